package io.github.cadence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cadence.model.Channel;
import io.github.cadence.plan.BusyPeriod;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Quota;
import io.github.cadence.plan.Span;
import io.github.cadence.rule.builtin.RuleParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link Settings} as the JSON document a workspace keeps, format {@value #VERSION}. Fields are
 * written in a fixed order, so the same settings give the same document, byte for byte.
 */
final class SettingsDocument {
  /** The format this version of Cadence writes, and the newest it reads. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsDocument() {}

  static String write(Settings settings) {
    PlanSettings plan = settings.plan();
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode p = root.putObject("plan");
    p.put("zone", plan.zone().getId());
    p.put("dailyMinutes", plan.dailyMinutes());
    ObjectNode weekdays = p.putObject("weekdayMinutes");
    new TreeMap<>(plan.weekdayMinutes())
        .forEach((day, minutes) -> weekdays.put(day.name(), minutes));
    dates(p.putArray("daysOff"), plan.daysOff());
    ObjectNode channels = p.putObject("channelMinutes");
    new TreeMap<>(plan.channelMinutes()).forEach((c, minutes) -> channels.put(c.name(), minutes));
    ArrayNode quotas = p.putArray("quotas");
    for (Quota q : plan.quotas()) {
      ObjectNode n = quotas.addObject();
      n.put("category", q.category().name());
      n.put("span", q.span().name());
      q.min().ifPresent(min -> n.put("min", min));
      q.max().ifPresent(max -> n.put("max", max));
    }
    ArrayNode busy = p.putArray("busy");
    for (BusyPeriod b : plan.busy()) {
      busy.addObject()
          .put("from", b.from().toString())
          .put("to", b.to().toString())
          .put("minutesPerDay", b.minutesPerDay());
    }
    ArrayNode events = p.putArray("events");
    for (NetworkingEvent e : plan.events()) {
      events
          .addObject()
          .put("name", e.name())
          .put("date", e.date().toString())
          .put("minutes", e.minutes());
    }
    dates(p.putArray("eventDays"), plan.eventDays());
    ObjectNode rules = root.putObject("ruleParameters");
    settings.ruleParameters().changed().forEach(rules::put);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always writes", e);
    }
  }

  private static void dates(ArrayNode array, Set<LocalDate> dates) {
    dates.stream().sorted().forEach(d -> array.add(d.toString()));
  }

  /**
   * Reads a document.
   *
   * @throws IllegalArgumentException naming the field and the value if the document is malformed,
   *     or if it is of a newer format
   */
  static Settings read(String document) {
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the settings document is not valid JSON: " + e.getOriginalMessage(), e);
    }
    int version = integer(root, "version");
    if (version > VERSION) {
      throw new NewerFormatException(version);
    }
    JsonNode p = field(root, "plan");
    Map<DayOfWeek, Integer> weekdays = new LinkedHashMap<>();
    fields(field(p, "weekdayMinutes"))
        .forEach(
            (name, n) ->
                weekdays.put(
                    named(name, "plan.weekdayMinutes", DayOfWeek::valueOf),
                    whole(n, "plan.weekdayMinutes." + name)));
    Map<Channel, Integer> channels = new LinkedHashMap<>();
    fields(field(p, "channelMinutes"))
        .forEach(
            (name, n) ->
                channels.put(
                    named(name, "plan.channelMinutes", Channel::valueOf),
                    whole(n, "plan.channelMinutes." + name)));
    List<Quota> quotas = new ArrayList<>();
    for (JsonNode q : field(p, "quotas")) {
      Category category = named(text(q, "category"), "quota.category", Category::valueOf);
      Span span = named(text(q, "span"), "quota.span", Span::valueOf);
      boolean hasMin = q.has("min");
      boolean hasMax = q.has("max");
      if (hasMin && hasMax) {
        quotas.add(Quota.between(category, span, integer(q, "min"), integer(q, "max")));
      } else if (hasMin) {
        quotas.add(Quota.atLeast(category, span, integer(q, "min")));
      } else {
        quotas.add(Quota.atMost(category, span, integer(q, "max")));
      }
    }
    List<BusyPeriod> busy = new ArrayList<>();
    for (JsonNode b : field(p, "busy")) {
      busy.add(
          new BusyPeriod(
              date(text(b, "from"), "busy.from"),
              date(text(b, "to"), "busy.to"),
              integer(b, "minutesPerDay")));
    }
    List<NetworkingEvent> events = new ArrayList<>();
    for (JsonNode e : field(p, "events")) {
      events.add(
          new NetworkingEvent(
              text(e, "name"), date(text(e, "date"), "events.date"), integer(e, "minutes")));
    }
    PlanSettings plan =
        new PlanSettings(
            named(text(p, "zone"), "plan.zone", ZoneId::of),
            integer(p, "dailyMinutes"),
            weekdays,
            dates(field(p, "daysOff"), "plan.daysOff"),
            channels,
            quotas,
            busy,
            events,
            dates(field(p, "eventDays"), "plan.eventDays"));
    RuleParameters rules = RuleParameters.defaults();
    for (Map.Entry<String, JsonNode> e : fields(field(root, "ruleParameters")).entrySet()) {
      rules = rules.withParsed(e.getKey(), e.getValue().asText());
    }
    return Settings.of(plan, rules);
  }

  /** A settings document of a format newer than this version of Cadence reads. */
  static final class NewerFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    final int version;

    NewerFormatException(int version) {
      super(
          "the settings were saved by a newer Cadence (settings format "
              + version
              + "; this is format "
              + VERSION
              + "): upgrade Cadence");
      this.version = version;
    }
  }

  private static Map<String, JsonNode> fields(JsonNode object) {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    object.properties().forEach(e -> all.put(e.getKey(), e.getValue()));
    return all;
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("the settings document has no field " + name);
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "the settings document's field " + name + " must be text, was " + value);
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String name) {
    return whole(field(node, name), name);
  }

  private static int whole(JsonNode value, String name) {
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "the settings document's field " + name + " must be a whole number, was " + value);
    }
    return value.intValue();
  }

  private static <T> T named(String value, String field, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "the settings document's field " + field + " has an unknown value '" + value + "'", e);
    }
  }

  private static LocalDate date(String value, String field) {
    return named(value, field, LocalDate::parse);
  }

  private static Set<LocalDate> dates(JsonNode array, String field) {
    Set<LocalDate> all = new LinkedHashSet<>();
    for (JsonNode d : array) {
      all.add(date(d.asText(), field));
    }
    return all;
  }
}
