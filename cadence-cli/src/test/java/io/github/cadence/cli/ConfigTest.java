package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.Network;
import io.github.cadence.io.PublicHolidays;
import io.github.cadence.jdbc.Settings;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.Quota;
import io.github.cadence.plan.WorkingDays;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.tracking.Goal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.yaml: read, validated with located messages, shown with origins, used by the commands. */
class ConfigTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(
        NOW,
        Map.of(
            "CADENCE_WORKSPACE", dir.resolve("ws").toString(),
            "XDG_CONFIG_HOME", dir.resolve("config").toString()),
        args);
  }

  Path config(String yaml) throws IOException {
    Path file = dir.resolve("config/cadence/config.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  static final String FULL =
      """
      # My cadence
      zone: Europe/Paris
      region: fr
      tiers:
        A: {cadence: 10 days, weight: 4}
        B: 6 weeks
        VIP: {cadence: P7D, weight: 5}
      budget:
        daily: 45
        saturday: 0
      minutes:
        call: 20
      days-off: [2026-12-24, 2026-12-25]
      busy:
        - {from: 2027-01-04, to: 2027-01-08, minutes: 10}
      events:
        - {name: BNI breakfast, date: 2026-12-09, minutes: 90}
      quotas:
        client: {min: 3, max: 6}
        event: {max: 2, per: month}
      rules:
        no-pestering: {window: 5 days}
        unanswered-attempts: {max-attempts: 4}
        give-before-ask: {enabled: false}
      goals:
        - {touches: 12, per: week}
        - {touches: 2, role: strategic-partner}
      """;

  @Test
  void withoutAFileTheDefaultsAreShownAsDefaults() {
    Runs r = cadence("config", "show");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("No configuration file (" + dir.resolve("config/cadence/config.yaml") + ")")
        .containsPattern("tiers\\.A +every 2 weeks, weight 3 +default")
        .containsPattern("budget\\.daily +30 minutes +default")
        .containsPattern("quotas\\.client +at least 5 a week +default")
        .containsPattern("rules\\.no-pestering\\.window +3 days +default")
        .containsPattern("goals\\[0\\] +.+ +default")
        .containsPattern("zone +\\S+ +system time zone");
  }

  @Test
  void everyValueOfTheFileIsTakenAndShownWithItsLine() throws IOException {
    Path file = config(FULL);
    Config c = Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()));
    assertThat(c.file()).contains(file);
    assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(c.region()).contains("FR");
    assertThat(c.tiers())
        .containsEntry("A", new Tier("A", Period.ofDays(10), 4))
        .containsEntry("B", new Tier("B", Period.ofWeeks(6), 2))
        .containsEntry("C", Tier.C)
        .containsEntry("VIP", new Tier("VIP", Period.ofDays(7), 5));
    assertThat(c.plan().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(c.plan().dailyMinutes()).isEqualTo(45);
    assertThat(c.plan().weekdayMinutes()).containsEntry(DayOfWeek.SATURDAY, 0);
    assertThat(c.plan().minutes(io.github.cadence.model.Channel.CALL)).isEqualTo(20);
    assertThat(c.plan().daysOff())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    assertThat(c.plan().busy()).hasSize(1);
    assertThat(c.plan().events())
        .singleElement()
        .satisfies(e -> assertThat(e.minutes()).isEqualTo(90));
    assertThat(c.plan().quotas())
        .containsExactly(
            Quota.weekly(Category.CLIENT, 3, 6),
            Quota.atMost(Category.EVENT, io.github.cadence.plan.Span.MONTH, 2));
    assertThat(c.settings())
        .filteredOn(
            setting -> setting.key().startsWith("rules.") && !setting.origin().equals("default"))
        .extracting(Config.Setting::key, Config.Setting::value)
        .containsExactly(
            tuple("rules.no-pestering.window", "5 days"),
            tuple("rules.unanswered-attempts.max-attempts", "4"),
            tuple("rules.give-before-ask.enabled", "false"));
    assertThat(c.goals())
        .containsExactly(
            Goal.touches(12, io.github.cadence.plan.Span.WEEK),
            Goal.touches(
                io.github.cadence.model.Role.STRATEGIC_PARTNER,
                2,
                io.github.cadence.plan.Span.WEEK));
    assertThat(c.engine().rules().rule("give-before-ask")).isPresent();
    assertThat(c.engine().rules().isEnabled("give-before-ask")).isFalse();

    Runs r = cadence("config", "show");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("Configuration from " + file)
        .containsPattern("zone +Europe/Paris +" + file + ":2\n")
        .containsPattern("tiers\\.A +every 10 days, weight 4 +" + file + ":5\n")
        .containsPattern("tiers\\.C +every 90 days, weight 1 +default\n")
        .containsPattern("budget\\.saturday +0 minutes +" + file + ":10\n")
        .containsPattern("quotas\\.client +3 to 6 a week +" + file + ":19\n")
        .doesNotContain("quotas.strategic-partner")
        .containsPattern("rules\\.no-pestering\\.window +5 days +" + file + ":22\n")
        .containsPattern("rules\\.give-before-ask\\.enabled +false +" + file + ":24\n")
        .containsPattern("goals\\[1\\] +.+ +" + file + ":27\n");
    assertThat(cadence("config", "show", "--json").out())
        .contains("\"key\" : \"budget.daily\"", "\"value\" : \"45 minutes\"");
    assertThat(cadence("config", "path").out()).isEqualTo(file + "\n");
  }

  @Test
  void holidaysBusinessDaysTheWeekendAndDaysWorkedAnywayAreReadAndShown() throws IOException {
    Path file =
        config(
            """
            zone: Europe/Berlin
            holidays: de-by
            business-days: yes
            weekend: [friday, saturday]
            work-on: [2026-12-25]
            """);
    Config c = Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()));
    WorkingDays w = c.plan().workingDays();
    assertThat(w.holidays()).isEqualTo(PublicHolidays.of("DE-BY"));
    assertThat(w.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(c.plan().isWorkingDay(LocalDate.of(2026, 12, 25)))
        .as("a holiday on the weekend, worked anyway")
        .isTrue();
    assertThat(c.plan().dayOff(LocalDate.of(2026, 12, 26))).isPresent();
    assertThat(c.plan().isWorkingDay(LocalDate.of(2026, 12, 27))).as("a Sunday").isTrue();
    assertThat(c.plan().dayOff(LocalDate.of(2027, 1, 6))).as("Epiphany").isPresent();
    assertThat(cadence("config", "show").out())
        .containsPattern("business-days +true +" + file + ":3\n")
        .containsPattern("weekend +friday, saturday +" + file + ":4\n")
        .containsPattern("holidays +DE-BY +" + file + ":2\n")
        .containsPattern("work-on\\[0\\] +2026-12-25 +" + file + ":5\n");

    config("region: DE\n");
    assertThat(Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString())))
        .satisfies(
            d -> assertThat(d.plan().workingDays().holidays()).isEqualTo(PublicHolidays.of("DE")));
    assertThat(cadence("config", "show").out())
        .containsPattern("holidays +DE \\(the region's\\) +region\n");
    config("region: DE\nholidays: none\nbusiness-days: false\n");
    Config none = Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()));
    assertThat(none.plan().workingDays()).isEqualTo(WorkingDays.everyDay());
  }

  @Test
  void aDateNamedInTheConfigurationIsGivenByItsName() throws IOException {
    Path file = config("occasions:\n  Thanksgiving: fourth thursday of november\n");
    cadence("init");

    assertThat(
            cadence("contact", "add", "Ann Lee", "--tier", "B", "--occasion", "thanksgiving")
                .status())
        .isZero();

    assertThat(cadence("contact", "show", "ann").out())
        .contains("occasion   Thanksgiving: fourth Thursday of November (next Thu Nov 25, 2027)");
    assertThat(cadence("config", "show").out())
        .containsPattern("occasions\\.Thanksgiving +fourth Thursday of November +" + file + ":2\n");
  }

  @Test
  void theTiersWhoseIntervalsLearnAreListedUnderTheTierCadenceRule() throws IOException {
    assertThat(cadence("config", "show").out())
        .containsPattern("rules\\.tier-cadence\\.adaptive +none +default\n");
    Path file = config("rules:\n  tier-cadence:\n    adaptive: [A, B]\n");

    assertThat(cadence("config", "show").out())
        .containsPattern("rules\\.tier-cadence\\.adaptive +A, B +" + file + ":3\n");
    config("rules:\n  tier-cadence:\n    adaptive: A, VIP\n");
    assertThat(cadence("config", "show").out())
        .containsPattern("rules\\.tier-cadence\\.adaptive +A, VIP +");
  }

  @Test
  void weekNamesEachDayOffAndPlansFromTheDayAsked() throws IOException {
    config("zone: Europe/Berlin\nholidays: DE-BY\n");
    cadence("init");

    Runs week = cadence("week", "--from", "2026-12-21");

    assertThat(week.status()).isZero();
    assertThat(week.out())
        .startsWith("The week from Mon Dec 21")
        .contains("Thu Dec 24  0 of 30 min", "Fri Dec 25  day off: 1st Christmas day")
        .contains("Sun Dec 27  day off: weekend");
    assertThat(cadence("week", "--from", "2026-12-21", "--json").out())
        .contains("\"dayOff\" : \"1st Christmas day\"");
    Runs past = cadence("week", "--from", "2026-11-02");
    assertThat(past.status()).isEqualTo(2);
    assertThat(past.err())
        .contains("--from 2026-11-02: 2026-11-02 is before today (2026-11-30); plan from today on");
  }

  @Test
  void theWorkspaceKeepsWhatTheConfigurationSays() throws IOException {
    assertThat(cadence("init").status()).isZero();
    Runs added = cadence("contact", "add", "Ana López", "--tier", "A");
    assertThat(added.status()).as(added.err()).isZero();
    config(FULL);
    Path file = dir.resolve("ws").resolve(WorkspaceOption.FILE);
    byte[] before = Files.readAllBytes(file);

    // A reading command applies the configuration for its run and leaves the file as it was.
    for (String[] reading :
        new String[][] {
          {"today"},
          {"today", "--json"},
          {"contact", "list"},
          {"contact", "show", "ana"},
          {"goals"},
          {"tier", "list"},
          {"tier", "suggest"},
          {"review"},
          {"export", "json"},
          {"export", "ics"},
          {"config", "show"}
        }) {
      Runs run = cadence(reading);
      assertThat(run.status()).as("%s: %s", String.join(" ", reading), run.err()).isZero();
      assertThat(Files.readAllBytes(file)).as(String.join(" ", reading)).isEqualTo(before);
    }
    assertThat(cadence("today", "--json").out()).contains("\"contactId\" : \"ana-lopez\"");
    assertThat(cadence("goals").out()).contains("of 2");
    // A command that writes writes its own change, and none of the configuration: config.yaml
    // owns it, and every run applies it.
    assertThat(cadence("week").status()).isZero();
    assertThat(cadence("contact", "add", "Vic Vega", "--tier", "VIP").status()).isZero();
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      assertThat(w.contact("ana-lopez").orElseThrow().tier()).isEqualTo(Tier.A);
      assertThat(w.configuration().settings()).isEqualTo(Settings.defaults());
      assertThat(w.configuration().goals()).isEmpty();
      assertThat(w.tiers()).containsEntry("VIP", new Tier("VIP", Period.ofDays(7), 5));
    }
    assertThat(cadence("today", "--json").out())
        .as("the configured cadence of A, 10 days, applies to every run")
        .contains("\"contactId\" : \"ana-lopez\"");
  }

  @Test
  void theDefaultParametersAreTheRulesOwnDefaults() {
    Network demo = DemoNetwork.asOf(NOW);
    String builtIn =
        CadenceEngine.of(BuiltInRules.defaults()).queue(demo, QueueRequest.asOf(NOW)).toString();
    String configured =
        Config.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("none").toString()))
            .engine()
            .queue(demo, QueueRequest.asOf(NOW))
            .toString();
    assertThat(configured).isEqualTo(builtIn);
  }

  @Test
  void aBadValueIsNamedWithItsFileLineKeyAndWhatWasExpected() throws IOException {
    Path file = config("zone: UTC\nbudget:\n  daily: thirty\n");
    assertThat(cadence("init").status()).isZero();
    Runs r = cadence("today");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "cadence: "
                + file
                + ":3: budget.daily: 'thirty' is not minutes a day, a whole number from 0 to 1440\n");
  }

  @Test
  void eachMistakeHasItsOwnMessage() throws IOException {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("zone: Mars/Olympus\n", ":1: zone: 'Mars/Olympus' is not a time zone"),
            Map.entry("region: Narnia\n", ":1: region: 'Narnia' is not a country"),
            Map.entry(
                "me:\n  emails: [dana.example.com]\n",
                ":2: me.emails[0]: 'dana.example.com' is not an email address such as"
                    + " dana@example.com"),
            Map.entry("me:\n  mail: dana@example.com\n", ":2: unknown key 'me.mail'"),
            Map.entry("budgets:\n  daily: 30\n", ":1: unknown key 'budgets'; expected one of:"),
            Map.entry(
                "budget:\n  daily: 30\n  daily: 40\n", ":3: key 'budget.daily' is given twice"),
            Map.entry("budget:\n  daily: 5000\n", ":2: budget.daily: '5000' is out of range"),
            Map.entry(
                "tiers:\n  A: fortnightly\n", ":2: tiers.A: 'fortnightly' is not a length of time"),
            Map.entry("tiers:\n  Z: {weight: 2}\n", ":2: tiers.Z: a new tier needs a cadence"),
            Map.entry("days-off: [2026-13-01]\n", ":1: days-off[0]: '2026-13-01' is not a date"),
            Map.entry(
                "holidays: Narnia\n",
                ":1: holidays: 'Narnia' is not a place such as DE, DE-BY or US-NY, or none"),
            Map.entry("holidays: DE-XX\n", ":1: holidays: 'DE-XX' is not a place"),
            Map.entry(
                "weekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]\n",
                ":1: weekend: weekend must leave at least one working day"),
            Map.entry(
                "weekend: [caturday]\n", ":1: weekend[0]: 'caturday' is not a day of the week"),
            Map.entry("business-days: maybe\n", ":1: business-days: 'maybe' is not true or false"),
            Map.entry("quotas:\n  client: {per: week}\n", ":2: quotas.client: a quota needs a min"),
            Map.entry("quotas:\n  client: {min: 5, max: 2}\n", ":2: quotas.client: "),
            Map.entry(
                "rules:\n  no-pestering: {windows: 3d}\n",
                ":2: unknown key 'rules.no-pestering.windows'; expected one of: window, enabled"),
            Map.entry(
                "rules:\n  reconnect: {factor: 1}\n",
                ":2: rules.reconnect.factor: '1' is out of range"),
            Map.entry(
                "goals:\n  - {touches: 3, events: 1}\n", ":2: goals[0]: a goal counts one thing"),
            Map.entry(
                "goals:\n  - {events: 3, role: client}\n",
                ":2: goals[0].role: only a touches goal has a role"),
            Map.entry("events:\n  - {date: 2026-12-09}\n", ":2: events[0]: 'name' is missing"),
            Map.entry("zone: [UTC\n", ": not valid YAML"),
            Map.entry("- just\n- a list\n", ":1: : expected a mapping"));
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path file = config(c.getKey());
      Runs r = cadence("config", "show");
      assertThat(r.status()).as(c.getKey()).isEqualTo(2);
      assertThat(r.err()).as(c.getKey()).startsWith("cadence: " + file).contains(c.getValue());
      assertThat(r.err().lines()).as(c.getKey()).hasSize(1);
    }
  }

  @Test
  void aConfigurationFileGivenMustExist() {
    Runs r = cadence("--config", dir.resolve("nope.yaml").toString(), "config", "show");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("cadence: no configuration file at " + dir.resolve("nope.yaml") + "\n");
  }

  @Test
  void aHostileConfigurationIsRefusedWithItsFileNotAStackTrace() throws IOException {
    Path file = config("goals: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    Runs deep = cadence("config", "show");
    assertThat(deep.status()).isEqualTo(2);
    assertThat(deep.err())
        .isEqualTo(
            "cadence: "
                + file
                + ":1: nested more than 32 levels deep; a configuration is a few levels deep\n");

    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      indented.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    config(indented.toString());
    assertThat(cadence("config", "show").err()).contains("nested more than 32 levels deep");

    config("# " + "x".repeat(1 << 21) + "\n");
    assertThat(cadence("config", "show").err())
        .isEqualTo(
            "cadence: "
                + file
                + ": is 2,097,155 bytes; a configuration file is at most 1,048,576\n");

    StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      laughs.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))));
      laughs.append("]\n");
    }
    config(laughs.toString());
    Runs lol = cadence("config", "show");
    assertThat(lol.status()).isEqualTo(2);
    assertThat(lol.err()).startsWith("cadence: " + file).doesNotContain("Exception");
  }
}
