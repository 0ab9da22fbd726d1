package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.PlanMemory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code week}, {@code log}, {@code goals} and {@code review} over three weeks of a demo workspace:
 * two weeks with every planned touch done, a third in progress. The page is checked in {@link
 * ReviewPageBrowserTest}.
 */
class ReviewTest {
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 9);
  static final Instant REVIEWED = Instant.parse("2026-11-25T14:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  record Run(int status, String out, String err) {}

  static Run cadence(Instant at, String... args) {
    CommandLine cli =
        Cadence.commandLine(
            Clock.fixed(at, ZoneOffset.UTC),
            Map.of(
                "CADENCE_WORKSPACE", dir.resolve("ws").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "NO_COLOR", "1"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Run r = new Run(cli.execute(args), out.toString(), err.toString());
    assertThat(r.status()).as("%s: %s", List.of(args), r.err()).isZero();
    return r;
  }

  /** Three weeks: the plan of the first two done in full, of the third one touch of it. */
  @BeforeAll
  static void threeWeeks() throws IOException {
    Path config = dir.resolve("config/cadence/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "zone: UTC\n", StandardCharsets.UTF_8);
    Instant start = FIRST_MONDAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
    cadence(
        start, "demo", "--as-of", start.toString(), "--workspace", dir.resolve("ws").toString());
    for (int week = 0; week < 3; week++) {
      LocalDate monday = FIRST_MONDAY.plusWeeks(week);
      cadence(monday.atTime(8, 0).toInstant(ZoneOffset.UTC), "week");
      List<PlanMemory.PlannedTouch> planned = planned(monday);
      assertThat(planned).as("the week's plan is remembered").isNotEmpty();
      List<PlanMemory.PlannedTouch> toDo = week < 2 ? planned : planned.subList(0, 1);
      Instant evening =
          week < 2 ? monday.plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC) : REVIEWED;
      for (PlanMemory.PlannedTouch p : toDo) {
        cadence(
            evening,
            "log",
            p.contactId(),
            "--channel",
            "call",
            "--outcome",
            "connected",
            "--when",
            p.date().atTime(9, 0).toInstant(ZoneOffset.UTC).toString());
      }
    }
  }

  static List<PlanMemory.PlannedTouch> planned(LocalDate monday) {
    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(REVIEWED)) {
      return w.planMemory().plannedBetween(monday, monday.plusWeeks(1));
    }
  }

  @Test
  void theReviewComparesPlannedWithDoneAndCountsTheStreak() throws IOException {
    JsonNode r = JSON.readTree(cadence(REVIEWED, "review", "--json", "--weeks", "4").out());
    LocalDate monday = FIRST_MONDAY.plusWeeks(2);
    int planned = planned(monday).size();
    assertThat(r.get("weekStart").asText()).isEqualTo(monday.toString());
    assertThat(r.get("planned").asInt()).isEqualTo(planned);
    assertThat(r.get("done").asInt()).isEqualTo(1);
    assertThat(r.get("missed")).hasSize(planned - 1);
    assertThat(r.get("streak").asInt()).as("two weeks done; this one in progress").isEqualTo(2);
    JsonNode weeks = r.get("weeks");
    assertThat(weeks).hasSize(4);
    assertThat(weeks.get(0).get("planned").asInt()).as("before the first plan").isZero();
    for (int i = 1; i <= 2; i++) {
      JsonNode w = weeks.get(i);
      assertThat(w.get("start").asText()).isEqualTo(FIRST_MONDAY.plusWeeks(i - 1).toString());
      assertThat(w.get("planned").asInt()).isPositive();
      assertThat(w.get("done").asInt()).isEqualTo(w.get("planned").asInt());
    }
    assertThat(weeks.get(3).get("done").asInt()).isEqualTo(1);
    assertThat(r.get("goals")).hasSize(Config.defaultGoals().size());

    JsonNode forecast = r.get("forecast");
    assertThat(forecast.get("stoppedWeeks").asInt()).isEqualTo(4);
    JsonNode keep = forecast.get("keepThePlan");
    JsonNode stopped = forecast.get("stopped");
    assertThat(keep).hasSize(8);
    assertThat(stopped).hasSize(8);
    assertThat(total(stopped.get(4))).as("after four idle weeks").isGreaterThan(total(keep.get(4)));
    assertThat(stopped.get(1).get("touches").asInt()).isZero();
    assertThat(keep.get(1).get("touches").asInt()).isPositive();
  }

  @Test
  void theTextReviewReadsInATerminal() {
    String text = cadence(REVIEWED, "review", "--weeks", "3", "--ahead", "3", "--stop", "2").out();
    assertThat(text)
        .startsWith("Week of 2026-11-23\n  Plan:     1 of ")
        .contains("  Streak:   2 weeks in a row with every planned touch done\n")
        .containsPattern("  2026-11-16 +\\d+ planned +\\d+ done +✓\n")
        .contains("Overdue contacts ahead: keep the plan | stop for 2 weeks\n");
    assertThat(text.lines().filter(l -> l.matches("  2026-1[12]-\\d\\d +\\d+ \\| +\\d+ .*")))
        .hasSize(3);
  }

  @Test
  void goalsShowWhatIsDoneInTheirSpan() throws IOException {
    JsonNode goals = JSON.readTree(cadence(REVIEWED, "goals", "--json").out());
    assertThat(goals).hasSize(4);
    assertThat(goals.get(0).get("goal").asText()).isEqualTo("10 touches per week");
    assertThat(goals.get(0).get("from").asText()).isEqualTo("2026-11-23");
    assertThat(goals.get(0).get("achieved").asInt()).isPositive();
    assertThat(cadence(REVIEWED, "goals").out()).contains("10 touches per week", " of 10 ");
  }

  @Test
  void aBadOptionIsBadUsage() {
    CommandLine cli = Cadence.commandLine(Clock.fixed(REVIEWED, ZoneOffset.UTC), Map.of());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("review", "--ahead", "4", "--stop", "5")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("cadence: --stop must be between 0 and --ahead (4), was 5\n");
  }

  static int total(JsonNode week) {
    int n = 0;
    for (JsonNode c : week.get("overdueByTier")) {
      n += c.asInt();
    }
    return n;
  }
}
