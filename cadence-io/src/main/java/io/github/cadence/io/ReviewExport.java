package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.tracking.GoalProgress;
import io.github.cadence.tracking.WeeklyReport;
import io.github.cadence.tracking.WeeklyReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Writes the weekly review ({@link WeeklyReport}) as JSON (the document {@code review.schema.json}
 * in this jar describes) or as one self-contained HTML page with charts: planned against done week
 * by week, the streak, the overdue contacts per tier, the goals, and the forecast of keeping the
 * plan against stopping.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReviewExport {
  /** The classpath resource of the review document's JSON Schema. */
  public static final String SCHEMA = "/io/github/cadence/io/schema/review.schema.json";

  private ReviewExport() {}

  /**
   * Writes the review as a JSON document: {@code {"format": "cadence-review", "version": 1, "asOf":
   * ..., "weekStart": ..., "planned": ..., "done": ..., "missed": [...], "streak": ...,
   * "overdueByTier": {...}, "goals": [...], "weeks": [...], "forecast": {...}}}.
   *
   * @param report the review
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(WeeklyReport report, Writer out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.generator(out)) {
      WeeklyReview week = report.week();
      g.writeStartObject();
      g.writeStringField("format", "cadence-review");
      g.writeNumberField("version", 1);
      g.writeStringField("asOf", report.asOf().toString());
      g.writeStringField("weekStart", week.weekStart().toString());
      g.writeNumberField("planned", week.planned());
      g.writeNumberField("done", week.done());
      g.writeArrayFieldStart("missed");
      for (String name : report.missed()) {
        g.writeString(name);
      }
      g.writeEndArray();
      g.writeNumberField("streak", week.streak());
      counts(g, "overdueByTier", week.overdueByTier());
      g.writeArrayFieldStart("goals");
      for (GoalProgress p : week.goals()) {
        goal(g, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("weeks");
      for (WeeklyReport.PastWeek w : report.weeks()) {
        g.writeStartObject();
        g.writeStringField("start", w.start().toString());
        g.writeNumberField("planned", w.planned());
        g.writeNumberField("done", w.done());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("forecast");
      g.writeNumberField("stoppedWeeks", report.forecast().stoppedWeeks());
      weeks(g, "keepThePlan", report.forecast().keepThePlan());
      weeks(g, "stopped", report.forecast().stopped());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes goals' progress alone as a JSON array, each as the review's {@code goals} holds it
   * ({@code $defs/goal} of the review's schema): for {@code cadence goals --json}.
   *
   * @param goals the progress of each goal
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void goalsJson(List<GoalProgress> goals, Writer out) {
    requireNonNull(goals, "goals");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (GoalProgress p : goals) {
        goal(g, p);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the review as one self-contained HTML page: inline SVG charts and CSS, no script,
   * nothing fetched; each chart has a table beside it with the same numbers, for screen readers and
   * for copying. Every name and goal is escaped and isolated, so nothing a user typed or imported
   * reads as markup or reorders the text around it.
   *
   * @param report the review
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void html(WeeklyReport report, Writer out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try {
      out.write(ReviewPage.html(report));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void goal(JsonGenerator g, GoalProgress p) throws IOException {
    g.writeStartObject();
    g.writeStringField("goal", p.goal().name());
    g.writeStringField("from", p.from().toString());
    g.writeStringField("to", p.toExclusive().minusDays(1).toString());
    g.writeNumberField("target", p.goal().target());
    g.writeNumberField("achieved", p.achieved());
    g.writeBooleanField("met", p.met());
    g.writeEndObject();
  }

  private static void weeks(JsonGenerator g, String name, List<Forecast.Week> weeks)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Forecast.Week w : weeks) {
      g.writeStartObject();
      g.writeStringField("start", w.start().toString());
      g.writeNumberField("touches", w.touches());
      counts(g, "overdueByTier", w.overdueByTier());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> counts)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
