package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Codes;
import io.github.cadence.plan.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Writes a follow-up queue as JSON (the document {@code queue.schema.json} in this jar describes)
 * or as CSV for a spreadsheet: per entry the contact's id, name and tier, when the follow-up is
 * due, its score, channel, intent and category, and every reason in words.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QueueExport {
  /** The classpath resource of the queue document's JSON Schema. */
  public static final String SCHEMA = "/io/github/cadence/io/schema/queue.schema.json";

  /** The columns of the CSV. */
  static final List<String> COLUMNS =
      List.of(
          "contact_id",
          "name",
          "tier",
          "due",
          "score",
          "channel",
          "intent",
          "category",
          "reasons",
          "reachable");

  private QueueExport() {}

  /**
   * Writes the queue as a JSON document: {@code {"format": "cadence-queue", "version": 1, "asOf":
   * ..., "entries": [...]}}.
   *
   * @param queue the queue
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(FollowUpQueue queue, Writer out) {
    json(queue, requireNonNull(queue, "queue").entries(), out);
  }

  /**
   * Writes some entries of a queue as {@link #json(FollowUpQueue, Writer)} writes them all: those a
   * reader chose to show, such as the first follow-ups and the contacts to map offered today
   * ({@link io.github.cadence.plan.Intake}).
   *
   * @param queue the queue, for its instant
   * @param entries the entries to write, in order
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(FollowUpQueue queue, List<QueueEntry> entries, Writer out) {
    requireNonNull(queue, "queue");
    requireNonNull(entries, "entries");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", "cadence-queue");
      g.writeNumberField("version", 1);
      g.writeStringField("asOf", queue.asOf().toString());
      g.writeArrayFieldStart("entries");
      for (QueueEntry e : entries) {
        g.writeStartObject();
        g.writeStringField("contactId", e.contact().id());
        g.writeStringField("name", e.contact().displayName());
        g.writeStringField("tier", e.contact().tier().name());
        g.writeStringField("due", e.due().toString());
        g.writeNumberField("score", e.score());
        g.writeStringField("channel", Codes.name(e.channel()));
        g.writeBooleanField("reachable", e.reachable());
        g.writeStringField("intent", Codes.name(e.intent()));
        g.writeStringField("category", Category.of(e).label());
        Json.reasons(g, e.reasons());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the queue as CSV: UTF-8 with a byte order mark, CRLF, one row per entry, the reasons
   * joined by "; ", and last whether a handle on file reaches the contact ({@link
   * QueueEntry#reachable()}). A text that a spreadsheet would take for a formula (it starts with =,
   * +, - or @) is written with a leading apostrophe.
   *
   * @param queue the queue
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void csv(FollowUpQueue queue, Writer out) {
    requireNonNull(queue, "queue");
    requireNonNull(out, "out");
    CadenceCsv.write(
        out,
        COLUMNS,
        queue.entries(),
        e ->
            List.of(
                Json.cell(e.contact().id()),
                Json.cell(e.contact().displayName()),
                Json.cell(e.contact().tier().name()),
                e.due().toString(),
                BigDecimal.valueOf(e.score()).toPlainString(),
                Codes.name(e.channel()),
                Codes.name(e.intent()),
                Category.of(e).label(),
                Json.cell(reasons(e.reasons())),
                Boolean.toString(e.reachable())));
  }

  static String reasons(List<Reason> reasons) {
    return reasons.stream().map(Reason::text).collect(Collectors.joining("; "));
  }
}
