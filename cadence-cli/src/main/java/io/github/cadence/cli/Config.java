package io.github.cadence.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.io.Me;
import io.github.cadence.io.PublicHolidays;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.BusyPeriod;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.Intake;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Quota;
import io.github.cadence.plan.Span;
import io.github.cadence.plan.WorkingDays;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.rule.builtin.Parameter;
import io.github.cadence.rule.builtin.RuleParameters;
import io.github.cadence.tracking.Goal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The command's configuration: built-in defaults, overridden by {@code config.yaml}. It holds the
 * time zone, the phone region of imports, the tiers and their cadences, the planner's budgets,
 * durations, quotas, days off, busy periods and events, the rules' parameters and the goals; and,
 * for {@code cadence config show}, where each value came from.
 */
final class Config {
  static final String DEFAULT = "default";

  /** One effective value and where it came from: {@code default}, or {@code FILE:LINE}. */
  record Setting(String key, String value, String origin) {}

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  /** How many contacts never talked to {@code today} offers to map, as Anki offers new cards. */
  static final int MAP_DAILY = Intake.DEFAULT_PER_DAY;

  /** The top-level keys, in the order {@code config show} lists them. */
  private static final List<String> SECTIONS =
      List.of(
          "zone",
          "region",
          "me",
          "tiers",
          "budget",
          "map",
          "minutes",
          "days-off",
          "business-days",
          "weekend",
          "holidays",
          "work-on",
          "occasions",
          "busy",
          "events",
          "quotas",
          "rules",
          "goals");

  private final @Nullable Path file;
  private final ZoneId zone;
  private final Optional<String> region;
  private final Me me;
  private final Map<String, Tier> tiers;
  private final PlanSettings plan;
  private final int mapDaily;
  private final RuleParameters ruleParameters;
  private final Set<String> rulesOff;
  private final List<Goal> goals;
  private final Map<String, DateRule> occasions;
  private final List<Setting> settings;

  private Config(Builder b) {
    this.file = b.file;
    this.zone = b.zone;
    this.region = Optional.ofNullable(b.region);
    this.me = Me.of(b.meName, b.meHandles);
    this.tiers = ImmutableMap.copyOf(b.tiers);
    this.plan = b.plan.zone(b.zone).workingDays(b.workingDays()).build();
    this.mapDaily = b.mapDaily;
    this.ruleParameters = b.ruleParameters;
    this.rulesOff = Set.copyOf(b.rulesOff);
    this.goals = ImmutableList.copyOf(b.goals);
    this.occasions = ImmutableMap.copyOf(b.occasions);
    this.settings =
        b.settings.values().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    s -> SECTIONS.indexOf(s.key().split("[.\\[]", 2)[0])))
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * The configuration file: {@code --config FILE}, else {@code
   * $XDG_CONFIG_HOME/cadence/config.yaml}, else {@code ~/.config/cadence/config.yaml}.
   */
  static Path defaultFile(Map<String, String> env) {
    String home = env.get("XDG_CONFIG_HOME");
    Path dir =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".config");
    return dir.resolve("cadence").resolve("config.yaml");
  }

  /**
   * Loads the configuration: the file given (which must exist), else the default file if there is
   * one, else the defaults alone.
   */
  static Config load(@Nullable Path given, Map<String, String> env) {
    Path path = given != null ? given : defaultFile(env);
    if (!Files.exists(path)) {
      if (given != null) {
        throw new IllegalArgumentException("no configuration file at " + given);
      }
      return new Builder(null).build();
    }
    Builder b = new Builder(path);
    Yaml.read(path).ifPresent(root -> b.read(root));
    return b.build();
  }

  /** The file read, if there was one. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  ZoneId zone() {
    return zone;
  }

  /** The phone region for numbers written without a country code, if configured. */
  Optional<String> region() {
    return region;
  }

  /** Who the user is, as {@code me:} says; unknown (inferred by an import) where it is absent. */
  Me me() {
    return me;
  }

  /** The tiers configured or built in, by name. */
  Map<String, Tier> tiers() {
    return tiers;
  }

  PlanSettings plan() {
    return plan;
  }

  List<Goal> goals() {
    return goals;
  }

  /**
   * Dates named once for every contact: {@code occasions: {Father's Day: third Sunday of June}}, so
   * that {@code --occasion "Father's Day"} needs no date.
   */
  Map<String, DateRule> occasions() {
    return occasions;
  }

  /** How many contacts never talked to {@code today} offers to map. */
  int mapDaily() {
    return mapDaily;
  }

  /** The engine with the built-in rules, their parameters as configured, less those turned off. */
  CadenceEngine engine() {
    RuleSet.Builder rules = ruleParameters.rules().toBuilder();
    rulesOff.forEach(rules::disable);
    return CadenceEngine.of(rules.build());
  }

  /** Every effective value, with where it came from, in a stable order. */
  List<Setting> settings() {
    return settings;
  }

  /** Reads the document into the defaults, recording each value's origin. */
  private static final class Builder {
    final @Nullable Path file;
    ZoneId zone = ZoneId.systemDefault();
    @Nullable String region;
    @Nullable String meName;
    final List<Handle> meHandles = new ArrayList<>();
    final Map<String, Tier> tiers = new LinkedHashMap<>();
    final PlanSettings.Builder plan = PlanSettings.builder();
    final WorkingDays.Builder workingDays = WorkingDays.builder();

    /** The place whose holidays are days off: {@code holidays:}, else the region's country. */
    @Nullable String holidays;

    boolean holidaysSet;
    int mapDaily = MAP_DAILY;
    RuleParameters ruleParameters = RuleParameters.defaults();
    final Set<String> rulesOff = new java.util.TreeSet<>();
    final List<Goal> goals = new ArrayList<>();
    final Map<String, DateRule> occasions = new LinkedHashMap<>();
    final Map<String, Setting> settings = new LinkedHashMap<>();

    Builder(@Nullable Path file) {
      this.file = file;
      PlanSettings defaults = PlanSettings.defaults();
      set("zone", zone.getId(), "system time zone");
      set("region", "(none: numbers need a country code)", DEFAULT);
      set("me", "(none: an import of mail infers it from the mail)", DEFAULT);
      for (Tier t : List.of(Tier.A, Tier.B, Tier.C)) {
        tiers.put(t.name(), t);
        set("tiers." + t.name(), describe(t), DEFAULT);
      }
      set("budget.daily", defaults.dailyMinutes() + " minutes", DEFAULT);
      set("business-days", "true (touches on working days only)", DEFAULT);
      set("weekend", "saturday, sunday", DEFAULT);
      set("holidays", "none (set a place such as DE-BY, or a region)", DEFAULT);
      set("map.daily", MAP_DAILY + " contacts", DEFAULT);
      for (Channel c : Channel.values()) {
        set("minutes." + Codes.name(c), defaults.minutes(c) + " minutes", DEFAULT);
      }
      for (Quota q : defaults.quotas()) {
        set("quotas." + Codes.name(q.category()), describe(q), DEFAULT);
      }
      for (Parameter<?> p : RuleParameters.ALL) {
        set("rules." + p.name(), display(p.defaultValue()), DEFAULT);
      }
      for (Goal g : defaultGoals()) {
        goals.add(g);
        set("goals[" + (goals.size() - 1) + "]", g.name(), DEFAULT);
      }
    }

    void set(String key, String value, String origin) {
      settings.put(key, new Setting(key, value, origin));
    }

    void read(Yaml.Value root) {
      Map<String, Yaml.Value> top = root.mapping(new java.util.LinkedHashSet<>(SECTIONS));
      Yaml.Value v;
      if ((v = top.get("zone")) != null) {
        zone = v.as("a time zone such as Europe/Paris or America/New_York", ZoneId::of);
        set("zone", zone.getId(), v.origin());
      }
      if ((v = top.get("region")) != null) {
        String r = v.text().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(r).matches() || !Set.of(Locale.getISOCountries()).contains(r)) {
          throw v.fail(
              "a two-letter country code such as US or FR", "'" + v.text() + "' is not a country");
        }
        region = r;
        set("region", r, v.origin());
      }
      if ((v = top.get("me")) != null) {
        readMe(v);
      }
      if ((v = top.get("tiers")) != null) {
        readTiers(v);
      }
      if ((v = top.get("budget")) != null) {
        readBudget(v);
      }
      if ((v = top.get("map")) != null) {
        for (Map.Entry<String, Yaml.Value> e : v.mapping(Set.of("daily")).entrySet()) {
          mapDaily = e.getValue().integer(0, 1000, "contacts a day");
          set(e.getValue().key(), mapDaily + " contacts", e.getValue().origin());
        }
      }
      if ((v = top.get("minutes")) != null) {
        for (Map.Entry<String, Yaml.Value> e : v.mapping(names(Channel.values())).entrySet()) {
          int m = e.getValue().integer(1, 24 * 60, "minutes per touch");
          plan.channelMinutes(Codes.parse(Channel.class, e.getKey()), m);
          set(e.getValue().key(), m + " minutes", e.getValue().origin());
        }
      }
      if ((v = top.get("days-off")) != null) {
        for (Yaml.Value d : v.list()) {
          LocalDate day = d.as("a date such as 2026-12-25", LocalDate::parse);
          plan.dayOff(day);
          set(d.key(), day.toString(), d.origin());
        }
      }
      if ((v = top.get("business-days")) != null) {
        boolean on = v.as("true or false", Config::bool);
        workingDays.businessDaysOnly(on);
        set("business-days", String.valueOf(on), v.origin());
      }
      if ((v = top.get("weekend")) != null) {
        readWeekend(v);
      }
      if ((v = top.get("holidays")) != null) {
        String place = v.text().strip();
        holidaysSet = true;
        if (place.equalsIgnoreCase("none")) {
          holidays = null;
          set("holidays", "none", v.origin());
        } else {
          holidays =
              v.as(
                  "a place such as DE, DE-BY or US-NY, or none", p -> PublicHolidays.of(p).place());
          set("holidays", holidays, v.origin());
        }
      }
      if ((v = top.get("work-on")) != null) {
        for (Yaml.Value d : v.list()) {
          LocalDate day = d.as("a date such as 2026-12-24", LocalDate::parse);
          workingDays.workOn(day);
          set(d.key(), day.toString(), d.origin());
        }
      }
      if ((v = top.get("occasions")) != null) {
        for (Map.Entry<String, Yaml.Value> e : v.mapping(Set.of()).entrySet()) {
          DateRule rule =
              e.getValue()
                  .as("a date such as 'third Sunday of June' or 'June 14'", DateRule::parse);
          occasions.put(e.getKey(), rule);
          set(e.getValue().key(), rule.toString(), e.getValue().origin());
        }
      }
      if ((v = top.get("busy")) != null) {
        readBusy(v);
      }
      if ((v = top.get("events")) != null) {
        readEvents(v);
      }
      if ((v = top.get("quotas")) != null) {
        readQuotas(v);
      }
      if ((v = top.get("rules")) != null) {
        readRules(v);
      }
      if ((v = top.get("goals")) != null) {
        readGoals(v);
      }
    }

    /** {@code weekend: [friday, saturday]}: the days off when touches are on business days. */
    private void readWeekend(Yaml.Value v) {
      Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
      for (Yaml.Value d : v.list()) {
        days.add(d.as("a day of the week such as saturday", w -> Codes.parse(DayOfWeek.class, w)));
      }
      try {
        workingDays.weekend(days);
      } catch (IllegalArgumentException bad) {
        throw v.fail("the days of the weekend", String.valueOf(bad.getMessage()));
      }
      set(
          "weekend",
          days.isEmpty()
              ? "none"
              : String.join(", ", days.stream().map(d -> Codes.name(d)).toList()),
          v.origin());
    }

    /**
     * The working days as configured; holidays from {@code holidays:}, else from the phone region's
     * country (said in {@code config show}), unless {@code holidays: none}.
     */
    WorkingDays workingDays() {
      if (holidaysSet || region == null) {
        if (holidays != null) {
          workingDays.holidays(PublicHolidays.of(holidays));
        }
      } else {
        try {
          workingDays.holidays(PublicHolidays.of(region));
          set("holidays", region + " (the region's)", "region");
        } catch (IllegalArgumentException noData) {
          set("holidays", "none (no holiday data for " + region + ")", "region");
        }
      }
      return workingDays.build();
    }

    /** {@code me: {name: Dana Reyes, emails: [...], phones: [...], profiles: [...]}}. */
    private void readMe(Yaml.Value v) {
      settings.remove("me");
      Map<String, Yaml.Value> fields = v.mapping(Set.of("name", "emails", "phones", "profiles"));
      Yaml.Value name = fields.get("name");
      if (name != null) {
        meName = name.as("your name as chat exports show it", n -> requireNonBlank(n));
        set(name.key(), meName, name.origin());
      }
      readHandles(fields.get("emails"), "an email address such as dana@example.com", Handle::email);
      readHandles(fields.get("phones"), "a phone number such as +49 151 1234567", Handle::phone);
      readHandles(
          fields.get("profiles"),
          "a profile address such as https://www.linkedin.com/in/dana",
          Handle::profile);
    }

    private void readHandles(
        Yaml.@Nullable Value v, String expected, java.util.function.Function<String, Handle> make) {
      if (v == null) {
        return;
      }
      for (Yaml.Value item : v.list()) {
        Handle h = item.as(expected, make);
        meHandles.add(h);
        set(item.key(), h.value(), item.origin());
      }
    }

    private static String requireNonBlank(String text) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("blank");
      }
      return text;
    }

    private void readTiers(Yaml.Value v) {
      for (Map.Entry<String, Yaml.Value> e : v.mapping(Set.of()).entrySet()) {
        Yaml.Value t = e.getValue();
        Tier base = tiers.getOrDefault(e.getKey(), null);
        java.time.Period cadence;
        double weight = base != null ? base.weight() : 1.0;
        if (t.node() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
          cadence = t.as(Periods.EXPECTED, Periods::parse);
        } else {
          Map<String, Yaml.Value> fields = t.mapping(Set.of("cadence", "weight"));
          Yaml.Value c = fields.get("cadence");
          if (c == null) {
            if (base == null) {
              throw t.fail("a cadence", "a new tier needs a cadence");
            }
            cadence = base.cadence();
          } else {
            cadence = c.as(Periods.EXPECTED, Periods::parse);
          }
          Yaml.Value w = fields.get("weight");
          if (w != null) {
            weight = w.as("a positive number such as 2 or 1.5", Double::parseDouble);
            if (!(weight > 0) || weight > 1000) {
              throw w.fail("a positive number up to 1000", "'" + w.text() + "' is out of range");
            }
          }
        }
        Tier tier;
        try {
          tier = new Tier(e.getKey(), cadence, weight);
        } catch (IllegalArgumentException bad) {
          throw t.fail("a tier", String.valueOf(bad.getMessage()));
        }
        tiers.put(tier.name(), tier);
        set(t.key(), describe(tier), t.origin());
      }
    }

    private void readBudget(Yaml.Value v) {
      Set<String> keys = new java.util.LinkedHashSet<>(List.of("daily"));
      for (DayOfWeek d : DayOfWeek.values()) {
        keys.add(Codes.name(d));
      }
      for (Map.Entry<String, Yaml.Value> e : v.mapping(keys).entrySet()) {
        int m = e.getValue().integer(0, 24 * 60, "minutes a day");
        if (e.getKey().equals("daily")) {
          plan.dailyMinutes(m);
        } else {
          plan.weekday(Codes.parse(DayOfWeek.class, e.getKey()), m);
        }
        set(e.getValue().key(), m + " minutes", e.getValue().origin());
      }
    }

    private void readBusy(Yaml.Value v) {
      for (Yaml.Value item : v.list()) {
        Map<String, Yaml.Value> f = item.mapping(Set.of("from", "to", "minutes"));
        LocalDate from =
            required(item, f, "from").as("a date such as 2026-12-01", LocalDate::parse);
        LocalDate to = required(item, f, "to").as("a date such as 2026-12-14", LocalDate::parse);
        int minutes = required(item, f, "minutes").integer(0, 24 * 60, "minutes a day");
        BusyPeriod period;
        try {
          period = new BusyPeriod(from, to, minutes);
        } catch (IllegalArgumentException bad) {
          throw item.fail("a busy period", String.valueOf(bad.getMessage()));
        }
        plan.busy(period);
        set(item.key(), from + " to " + to + ": " + minutes + " minutes a day", item.origin());
      }
    }

    private void readEvents(Yaml.Value v) {
      for (Yaml.Value item : v.list()) {
        Map<String, Yaml.Value> f = item.mapping(Set.of("name", "date", "minutes"));
        String name = required(item, f, "name").text();
        LocalDate date =
            required(item, f, "date").as("a date such as 2026-12-09", LocalDate::parse);
        Yaml.Value m = f.get("minutes");
        int minutes = m == null ? 120 : m.integer(1, 24 * 60, "minutes");
        NetworkingEvent event;
        try {
          event = new NetworkingEvent(name, date, minutes);
        } catch (IllegalArgumentException bad) {
          throw item.fail("an event", String.valueOf(bad.getMessage()));
        }
        // An event on the calendar is a day set aside: it may take longer than the day's budget.
        plan.event(event).eventDay(date);
        set(item.key(), name + " on " + date + " (" + minutes + " minutes)", item.origin());
      }
    }

    private void readQuotas(Yaml.Value v) {
      // Quotas given replace the built-in ones: the user says which they want.
      settings.keySet().removeIf(k -> k.startsWith("quotas."));
      List<Quota> quotas = new ArrayList<>();
      for (Map.Entry<String, Yaml.Value> e : v.mapping(names(Category.values())).entrySet()) {
        Yaml.Value q = e.getValue();
        Map<String, Yaml.Value> f = q.mapping(Set.of("min", "max", "per"));
        Yaml.Value min = f.get("min");
        Yaml.Value max = f.get("max");
        if (min == null && max == null) {
          throw q.fail("min, max or both", "a quota needs a min, a max or both");
        }
        Span span = span(f.get("per"));
        Category c = Codes.parse(Category.class, e.getKey());
        int low = min == null ? -1 : min.integer(0, 1000, "a count");
        int high = max == null ? -1 : max.integer(0, 1000, "a count");
        Quota quota;
        try {
          quota =
              low >= 0 && high >= 0
                  ? Quota.between(c, span, low, high)
                  : low >= 0 ? Quota.atLeast(c, span, low) : Quota.atMost(c, span, high);
        } catch (IllegalArgumentException bad) {
          throw q.fail("a quota", String.valueOf(bad.getMessage()));
        }
        quotas.add(quota);
        set(q.key(), describe(quota), q.origin());
      }
      plan.quotas(quotas.toArray(Quota[]::new));
    }

    private void readRules(Yaml.Value v) {
      Set<String> ids = new LinkedHashSet<>();
      BuiltInRules.defaults().rules().forEach(r -> ids.add(r.id()));
      for (Map.Entry<String, Yaml.Value> e : v.mapping(ids).entrySet()) {
        Yaml.Value rule = e.getValue();
        Set<String> allowed = new LinkedHashSet<>();
        RuleParameters.ALL.stream()
            .filter(p -> p.ruleId().equals(e.getKey()))
            .forEach(p -> allowed.add(p.key()));
        allowed.add("enabled");
        for (Map.Entry<String, Yaml.Value> p : rule.mapping(allowed).entrySet()) {
          Yaml.Value value = p.getValue();
          if (p.getKey().equals("enabled")) {
            boolean on = value.as("true or false", Config::bool);
            if (on) {
              rulesOff.remove(e.getKey());
            } else {
              rulesOff.add(e.getKey());
            }
            set(value.key(), String.valueOf(on), value.origin());
            continue;
          }
          Parameter<?> parameter =
              RuleParameters.parameter(e.getKey() + "." + p.getKey()).orElseThrow();
          ruleParameters = configured(parameter, value);
          set(value.key(), display(ruleParameters.get(parameter)), value.origin());
        }
      }
    }

    /** The rules' parameters with one set as the file says: in the file's words, checked. */
    private <T> RuleParameters configured(Parameter<T> parameter, Yaml.Value value) {
      T read =
          parameter
              .type()
              .cast(
                  parameter.type() == Period.class
                      ? value.as(Periods.EXPECTED, Periods::parse)
                      : parameter.type() == String.class
                          ? parameter.parse(joinedNames(value))
                          : value.as(parameter.expected(), Integer::parseInt));
      try {
        return ruleParameters.with(parameter, read);
      } catch (IllegalArgumentException bad) {
        throw value.fail(
            parameter.expected(),
            "'" + value.text() + "' is out of range: expected " + parameter.expected());
      }
    }

    /** Names as a list ({@code [A, B]}) or in one text ({@code A, B}), joined by ", ". */
    private static String joinedNames(Yaml.Value value) {
      if (value.node() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode) {
        return String.join(", ", value.list().stream().map(Yaml.Value::text).toList());
      }
      return value.text();
    }

    /** A parameter's value as a person reads it: {@code 3 days}, {@code 2}. */
    private static String display(Object value) {
      return value instanceof Period period
          ? Periods.describe(period)
          : value instanceof String names && names.isEmpty() ? "none" : String.valueOf(value);
    }

    private void readGoals(Yaml.Value v) {
      goals.clear();
      settings.keySet().removeIf(k -> k.startsWith("goals["));
      for (Yaml.Value item : v.list()) {
        Map<String, Yaml.Value> f =
            item.mapping(
                Set.of("touches", "events", "new-contacts", "reactivated-clients", "role", "per"));
        List<String> kinds =
            f.keySet().stream().filter(k -> !k.equals("role") && !k.equals("per")).toList();
        if (kinds.size() != 1) {
          throw item.fail(
              "one of touches, events, new-contacts, reactivated-clients",
              "a goal counts one thing, was " + (kinds.isEmpty() ? "nothing" : kinds));
        }
        String kind = kinds.get(0);
        int target = requireValue(f.get(kind)).integer(1, 10_000, "a target");
        Span span = span(f.get("per"));
        Yaml.Value role = f.get("role");
        if (role != null && !kind.equals("touches")) {
          throw role.fail("no role", "only a touches goal has a role");
        }
        Goal goal =
            switch (kind) {
              case "events" -> Goal.events(target, span);
              case "new-contacts" -> Goal.newContacts(target, span);
              case "reactivated-clients" -> Goal.reactivatedClients(target, span);
              default ->
                  role == null
                      ? Goal.touches(target, span)
                      : Goal.touches(
                          role.as(
                              "a role such as client or strategic-partner",
                              r -> Codes.parse(Role.class, r)),
                          target,
                          span);
            };
        goals.add(goal);
        set(item.key(), goal.name(), item.origin());
      }
    }

    private static Yaml.Value required(Yaml.Value item, Map<String, Yaml.Value> f, String key) {
      Yaml.Value v = f.get(key);
      if (v == null) {
        throw item.fail(key, "'" + key + "' is missing");
      }
      return v;
    }

    private static Yaml.Value requireValue(Yaml.@Nullable Value v) {
      if (v == null) {
        throw new IllegalStateException("checked before");
      }
      return v;
    }

    private static Span span(Yaml.@Nullable Value per) {
      return per == null
          ? Span.WEEK
          : per.as("week, month or quarter", w -> Codes.parse(Span.class, w));
    }

    Config build() {
      return new Config(this);
    }
  }

  /** The goals of the seeds, when the configuration names none. */
  static List<Goal> defaultGoals() {
    return List.of(
        Goal.touches(10, Span.WEEK),
        Goal.reactivatedClients(3, Span.WEEK),
        Goal.touches(Role.STRATEGIC_PARTNER, 1, Span.WEEK),
        Goal.events(1, Span.MONTH));
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Enum<?> v : values) {
      names.add(Codes.name(v));
    }
    return names;
  }

  static String describe(Tier t) {
    return "every " + Periods.describe(t.cadence()) + ", weight " + trim(t.weight());
  }

  static String describe(Quota q) {
    String per = Codes.name(q.span());
    if (q.min().isPresent() && q.max().isPresent()) {
      return q.min().getAsInt() + " to " + q.max().getAsInt() + " a " + per;
    }
    return q.min().isPresent()
        ? "at least " + q.min().getAsInt() + " a " + per
        : "at most " + q.max().getAsInt() + " a " + per;
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** {@code true}, {@code yes} or {@code on}; {@code false}, {@code no} or {@code off}. */
  static boolean bool(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("not true or false: " + word);
    };
  }
}
