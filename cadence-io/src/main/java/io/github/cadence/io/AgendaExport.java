package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.model.Codes;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Deferral;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes an agenda as JSON (the document {@code agenda.schema.json} in this jar describes) or as
 * CSV for a spreadsheet: per day its budget and its items, each touch with the contact's id, name
 * and tier, the channel, intent, category, minutes and reasons, each networking event with its
 * name; or as an iCalendar file ({@link #ics}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgendaExport {
  /** The classpath resource of the agenda document's JSON Schema. */
  public static final String SCHEMA = "/io/github/cadence/io/schema/agenda.schema.json";

  static final List<String> COLUMNS =
      List.of(
          "date",
          "kind",
          "contact_id",
          "name",
          "tier",
          "channel",
          "intent",
          "category",
          "minutes",
          "carried_over_from",
          "reasons");

  private AgendaExport() {}

  /**
   * Writes the agenda as a JSON document: {@code {"format": "cadence-agenda", "version": 1, "from":
   * ..., "days": [...], "deferred": [...], "warnings": [...]}}.
   *
   * @param agenda the agenda
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(Agenda agenda, Writer out) {
    requireNonNull(agenda, "agenda");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", "cadence-agenda");
      g.writeNumberField("version", 1);
      g.writeStringField("from", agenda.from().toString());
      g.writeArrayFieldStart("days");
      for (AgendaDay day : agenda.days()) {
        g.writeStartObject();
        g.writeStringField("date", day.date().toString());
        g.writeNumberField("budgetMinutes", day.budgetMinutes());
        g.writeNumberField("plannedMinutes", day.plannedMinutes());
        g.writeBooleanField("busy", day.busy());
        if (day.dayOff().isPresent()) {
          g.writeStringField("dayOff", day.dayOff().get());
        }
        g.writeArrayFieldStart("items");
        for (AgendaItem item : day.items()) {
          item(g, item);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deferred");
      for (Deferral d : agenda.deferred()) {
        g.writeStartObject();
        g.writeStringField("subject", d.subject());
        if (d.contactId().isPresent()) {
          g.writeStringField("contactId", d.contactId().get());
        }
        g.writeStringField("category", d.category().label());
        g.writeStringField("why", Codes.name(d.why()));
        g.writeStringField("explanation", d.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String w : agenda.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void item(JsonGenerator g, AgendaItem item) throws IOException {
    g.writeStartObject();
    if (item instanceof AgendaItem.Touch t) {
      g.writeStringField("kind", "touch");
      g.writeStringField("contactId", t.contact().id());
      g.writeStringField("name", t.contact().displayName());
      g.writeStringField("tier", t.contact().tier().name());
      if (t.isDone()) {
        g.writeBooleanField("done", true);
      }
      if (t.carriedOverFrom().isPresent()) {
        g.writeStringField("carriedOverFrom", t.carriedOverFrom().get().toString());
      }
    } else if (item instanceof AgendaItem.Event e) {
      g.writeStringField("kind", "event");
      g.writeStringField("name", e.event().name());
    }
    g.writeStringField("subject", item.subject());
    g.writeStringField("channel", Codes.name(item.channel()));
    g.writeStringField("intent", Codes.name(item.intent()));
    g.writeStringField("category", item.category().label());
    g.writeNumberField("minutes", item.minutes());
    Json.reasons(g, item.reasons());
    g.writeEndObject();
  }

  /**
   * Writes the agenda as an iCalendar file (RFC 5545) for the user's calendar: one time block per
   * planned day listing its contacts, channels and reasons, each networking event as an all-day
   * entry, with UIDs that make a new export update the same entries (see {@link CalendarOptions}).
   *
   * @param agenda the agenda
   * @param options the zone, the daily block's start, a reminder, the UIDs' domain
   * @param stamp when the export is made (each entry's DTSTAMP); the same agenda and stamp give the
   *     same file
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void ics(Agenda agenda, CalendarOptions options, Instant stamp, Writer out) {
    requireNonNull(agenda, "agenda");
    requireNonNull(options, "options");
    requireNonNull(stamp, "stamp");
    requireNonNull(out, "out");
    options.ics(agenda, stamp, out);
  }

  /**
   * Writes the agenda as CSV: UTF-8 with a byte order mark, CRLF, one row per item of each day.
   *
   * @param agenda the agenda
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void csv(Agenda agenda, Writer out) {
    requireNonNull(agenda, "agenda");
    requireNonNull(out, "out");
    List<Row> rows = new ArrayList<>();
    agenda.days().forEach(d -> d.items().forEach(i -> rows.add(new Row(d.date(), i))));
    CadenceCsv.write(out, COLUMNS, rows, AgendaExport::fields);
  }

  private record Row(LocalDate date, AgendaItem item) {}

  private static List<String> fields(Row row) {
    AgendaItem item = row.item();
    boolean touch = item instanceof AgendaItem.Touch;
    AgendaItem.Touch t = touch ? (AgendaItem.Touch) item : null;
    return List.of(
        row.date().toString(),
        touch ? "touch" : "event",
        t == null ? "" : Json.cell(t.contact().id()),
        Json.cell(t == null ? ((AgendaItem.Event) item).event().name() : t.contact().displayName()),
        t == null ? "" : Json.cell(t.contact().tier().name()),
        Codes.name(item.channel()),
        Codes.name(item.intent()),
        item.category().label(),
        Integer.toString(item.minutes()),
        t == null ? "" : t.carriedOverFrom().map(LocalDate::toString).orElse(""),
        Json.cell(QueueExport.reasons(item.reasons())));
  }
}
