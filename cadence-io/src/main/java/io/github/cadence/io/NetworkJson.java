package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A whole network as one JSON document (the document {@code network.schema.json} in this jar
 * describes): every contact with every field, and every touchpoint. An {@link Importer} reads it
 * back to the same network; a malformed document is named with its line and column, a wrong value
 * with its line and its path, such as {@code contacts[3].handles[0].value}.
 */
final class NetworkJson {
  /** The classpath resource of the network document's JSON Schema. */
  static final String SCHEMA = "/io/github/cadence/io/schema/network.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NetworkJson() {}

  /**
   * Writes contacts and touchpoints as a network document.
   *
   * @param contacts the contacts, in the order to write them
   * @param touchpoints the touchpoints, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  static void write(Collection<Contact> contacts, Collection<Touchpoint> touchpoints, Writer out) {
    requireNonNull(contacts, "contacts");
    requireNonNull(touchpoints, "touchpoints");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", "cadence-network");
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("contacts");
      for (Contact c : contacts) {
        contact(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("touchpoints");
      for (Touchpoint t : touchpoints) {
        g.writeStartObject();
        g.writeStringField("contactId", t.contactId());
        g.writeStringField("at", t.at().toString());
        g.writeStringField("channel", Codes.name(t.channel()));
        g.writeStringField("direction", Codes.name(t.direction()));
        g.writeStringField("outcome", Codes.name(t.outcome()));
        g.writeStringField("intent", Codes.name(t.intent()));
        if (t.note().isPresent()) {
          g.writeStringField("note", t.note().get());
        }
        if (t.source().isPresent()) {
          g.writeStringField("source", t.source().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void contact(JsonGenerator g, Contact c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.displayName());
    g.writeObjectFieldStart("tier");
    g.writeStringField("name", c.tier().name());
    g.writeStringField("cadence", c.tier().cadence().toString());
    g.writeNumberField("weight", c.tier().weight());
    g.writeEndObject();
    g.writeArrayFieldStart("roles");
    for (Role r : c.roles()) {
      g.writeString(Codes.name(r));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tags");
    for (String t : c.tags()) {
      g.writeString(t);
    }
    g.writeEndArray();
    if (c.firstMet().isPresent()) {
      FirstMeeting m = c.firstMet().get();
      g.writeObjectFieldStart("firstMet");
      g.writeStringField("date", m.date().toString());
      if (m.where().isPresent()) {
        g.writeStringField("where", m.where().get());
      }
      g.writeEndObject();
    }
    g.writeStringField("zone", c.zone().getId());
    ContactStatus status = c.status();
    if (status instanceof ContactStatus.Paused p) {
      g.writeStringField("status", "paused");
      g.writeStringField("pausedUntil", p.firstDayBack().toString());
    } else {
      g.writeStringField("status", status.toString());
    }
    g.writeStringField("createdAt", c.createdAt().toString());
    g.writeArrayFieldStart("handles");
    for (Handle h : c.handles()) {
      g.writeStartObject();
      g.writeStringField("kind", Codes.name(h.kind()));
      g.writeStringField("value", h.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (c.organization().isPresent()) {
      g.writeStringField("organization", c.organization().get());
    }
    if (c.snoozedUntil().isPresent()) {
      g.writeStringField("snoozedUntil", c.snoozedUntil().get().toString());
    }
    if (c.nextMeeting().isPresent()) {
      g.writeStringField("nextMeeting", c.nextMeeting().get().toString());
    }
    if (c.note().isPresent()) {
      g.writeStringField("note", c.note().get());
    }
    g.writeArrayFieldStart("occasions");
    for (Occasion o : c.occasions()) {
      g.writeStartObject();
      g.writeStringField("kind", Codes.name(o.kind()));
      g.writeStringField("label", o.label());
      g.writeStringField("day", o.day().toString());
      if (o.year().isPresent()) {
        g.writeNumberField("year", o.year().getAsInt());
      }
      if (o.date().isFloating() || o.since().isPresent()) {
        g.writeStringField("rule", o.date().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- reading, for the Importer

  /** Reads a network document, handing out each contact and each touchpoint with its line. */
  static void read(
      String source,
      Reader text,
      Consumer<PersonRecord> contacts,
      Consumer<Importer.PlacedTouchpoint> touchpoints) {
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ImportException(
            source, line(p), null, null, "is not a Cadence network document: expected {", null);
      }
      long start = line(p);
      boolean format = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> {
            if (!"cadence-network".equals(p.getValueAsString())) {
              throw new ImportException(
                  source, line(p), "format", p.getText(), "is not \"cadence-network\"", null);
            }
            format = true;
          }
          case "version" -> {
            if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != 1) {
              throw new ImportException(
                  source,
                  line(p),
                  "version",
                  p.getText(),
                  "is not a version this Cadence reads (1); upgrade Cadence",
                  null);
            }
          }
          case "contacts" ->
              array(source, p, field, (node, at) -> contacts.accept(contact(source, at, node)));
          case "touchpoints" ->
              array(
                  source,
                  p,
                  field,
                  (node, at) ->
                      touchpoints.accept(
                          new Importer.PlacedTouchpoint(source, at.line(), touchpoint(node, at))));
          default -> p.skipChildren();
        }
      }
      if (!format) {
        throw new ImportException(
            source,
            start,
            "format",
            null,
            "is missing: a network document says \"cadence-network\"",
            null);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ImportException(
          source,
          at == null ? 0 : at.getLineNr(),
          null,
          null,
          "is not valid JSON"
              + (at == null ? "" : " (column " + at.getColumnNr() + ")")
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ImportException(source, 0, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** Where a value is: the line its object starts on, and its path in the document. */
  record At(String source, long line, String path) {
    At in(String field) {
      return new At(source, line, path + "." + field);
    }

    At at(int index) {
      return new At(source, line, path + "[" + index + "]");
    }

    ImportException fault(@Nullable String value, String problem) {
      return new ImportException(source, line, path, value, problem, null);
    }
  }

  private interface Element {
    void accept(JsonNode node, At at);
  }

  private static void array(String source, JsonParser p, String field, Element each)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new ImportException(source, line(p), field, p.getText(), "is not an array", null);
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      long line = line(p);
      JsonNode node = p.readValueAsTree();
      At at = new At(source, line, field + "[" + i + "]");
      if (node == null || !node.isObject()) {
        throw at.fault(node == null ? null : node.toString(), "is not an object");
      }
      each.accept(node, at);
      i++;
    }
  }

  private static String text(JsonNode node, At at, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw at.in(field).fault(null, "is missing");
    }
    if (!v.isTextual()) {
      throw at.in(field).fault(v.toString(), "is not a text");
    }
    return v.asText();
  }

  private static @Nullable String optional(JsonNode node, At at, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : text(node, at, field);
  }

  private static <T> T value(At at, String value, Function<String, T> maker) {
    try {
      return maker.apply(value);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw at.fault(value, "is not valid: " + e.getMessage());
    }
  }

  private static <E extends Enum<E>> E name(At at, String value, Class<E> type) {
    return value(at, value, v -> Codes.parse(type, v));
  }

  private static PersonRecord contact(String source, At at, JsonNode node) {
    String id = text(node, at, "id");
    Instant created = value(at.in("createdAt"), text(node, at, "createdAt"), Instant::parse);
    Contact.Builder b = value(at.in("id"), id, v -> Contact.builder(v, created));
    value(at.in("name"), text(node, at, "name"), b::displayName);
    JsonNode tier = node.get("tier");
    if (tier == null || !tier.isObject()) {
      throw at.in("tier").fault(tier == null ? null : tier.toString(), "is not a tier object");
    }
    At t = at.in("tier");
    String tierName = text(tier, t, "name");
    Period cadence = value(t.in("cadence"), text(tier, t, "cadence"), Period::parse);
    JsonNode weight = tier.get("weight");
    if (weight == null || !weight.isNumber()) {
      throw t.in("weight").fault(weight == null ? null : weight.toString(), "is not a number");
    }
    b.tier(value(t, tierName, n -> new Tier(n, cadence, weight.asDouble())));
    each(node, at, "roles", (v, a) -> b.roles(name(a, v.asText(), Role.class)));
    each(node, at, "tags", (v, a) -> value(a, v.asText(), b::tags));
    JsonNode met = node.get("firstMet");
    if (met != null && !met.isNull()) {
      At m = at.in("firstMet");
      LocalDate date = value(m.in("date"), text(met, m, "date"), LocalDate::parse);
      String where = optional(met, m, "where");
      b.firstMet(
          where == null
              ? FirstMeeting.on(date)
              : value(m.in("where"), where, w -> FirstMeeting.at(date, w)));
    }
    b.zone(value(at.in("zone"), text(node, at, "zone"), ZoneId::of));
    String status = text(node, at, "status");
    switch (status) {
      case "active" -> b.status(ContactStatus.active());
      case "archived" -> b.status(ContactStatus.archived());
      case "unmapped" -> b.status(ContactStatus.unmapped());
      case "paused" -> {
        LocalDate back =
            value(at.in("pausedUntil"), text(node, at, "pausedUntil"), LocalDate::parse);
        b.status(
            value(at.in("pausedUntil"), back.toString(), v -> ContactStatus.pausedUntil(back)));
      }
      default -> throw at.in("status").fault(status, "is not active, paused, archived or unmapped");
    }
    each(node, at, "handles", (v, a) -> b.handles(handle(v, a)));
    String organization = optional(node, at, "organization");
    if (organization != null) {
      value(at.in("organization"), organization, b::organization);
    }
    each(node, at, "occasions", (v, a) -> b.occasions(occasion(v, a)));
    String snoozed = optional(node, at, "snoozedUntil");
    if (snoozed != null) {
      LocalDate back = value(at.in("snoozedUntil"), snoozed, LocalDate::parse);
      value(at.in("snoozedUntil"), snoozed, v -> b.snoozedUntil(back));
    }
    String note = optional(node, at, "note");
    if (note != null) {
      value(at.in("note"), note, b::note);
    }
    String meeting = optional(node, at, "nextMeeting");
    if (meeting != null) {
      Instant start = value(at.in("nextMeeting"), meeting, Instant::parse);
      value(at.in("nextMeeting"), meeting, v -> b.nextMeeting(start));
    }
    Contact contact = value(at, id, v -> b.build());
    return PersonRecord.of(source, at.line(), contact);
  }

  private static Handle handle(JsonNode v, At a) {
    Handle.Kind kind = name(a.in("kind"), text(v, a, "kind"), Handle.Kind.class);
    return value(a.in("value"), text(v, a, "value"), h -> new Handle(kind, h));
  }

  private static Occasion occasion(JsonNode v, At a) {
    Occasion.Kind kind = name(a.in("kind"), text(v, a, "kind"), Occasion.Kind.class);
    String label = text(v, a, "label");
    MonthDay day = value(a.in("day"), text(v, a, "day"), MonthDay::parse);
    if (v.hasNonNull("rule")) {
      DateRule rule = value(a.in("rule"), text(v, a, "rule"), DateRule::parse);
      return value(a, label, l -> Occasion.of(kind, l, rule));
    }
    JsonNode year = v.get("year");
    return value(
        a,
        label,
        l ->
            CadenceCsv.occasion(kind, l, day, year == null || year.isNull() ? null : year.asInt()));
  }

  private interface Item {
    void accept(JsonNode value, At at);
  }

  private static void each(JsonNode node, At at, String field, Item item) {
    JsonNode list = node.get(field);
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      throw at.in(field).fault(list.toString(), "is not an array");
    }
    for (int i = 0; i < list.size(); i++) {
      item.accept(list.get(i), at.in(field).at(i));
    }
  }

  private static Touchpoint touchpoint(JsonNode node, At at) {
    String contactId = text(node, at, "contactId");
    Instant when = value(at.in("at"), text(node, at, "at"), Instant::parse);
    Touchpoint.Builder b = value(at.in("contactId"), contactId, v -> Touchpoint.builder(v, when));
    b.channel(name(at.in("channel"), text(node, at, "channel"), Channel.class));
    b.direction(name(at.in("direction"), text(node, at, "direction"), Direction.class));
    b.outcome(name(at.in("outcome"), text(node, at, "outcome"), Outcome.class));
    b.intent(name(at.in("intent"), text(node, at, "intent"), Intent.class));
    String note = optional(node, at, "note");
    if (note != null) {
      value(at.in("note"), note, b::note);
    }
    String source = optional(node, at, "source");
    if (source != null) {
      value(at.in("source"), source, b::source);
    }
    return value(at.in("at"), when.toString(), v -> b.build());
  }
}
