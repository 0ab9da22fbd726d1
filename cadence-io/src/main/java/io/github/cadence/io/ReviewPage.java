package io.github.cadence.io;

import io.github.cadence.forecast.Forecast;
import io.github.cadence.model.Texts;
import io.github.cadence.tracking.GoalProgress;
import io.github.cadence.tracking.WeeklyReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The weekly review as one self-contained HTML page: inline SVG charts and CSS, no script, nothing
 * fetched. Each chart has a table beside it with the same numbers, for screen readers and for
 * copying.
 *
 * <p>The charts are drawn here rather than with a charting library: they are three simple kinds
 * (lines, paired bars, a row of squares), and the Java charting libraries draw through AWT, whose
 * font lookup needs fonts a headless server often lacks.
 */
final class ReviewPage {
  private static final String KEEP = "#1b6ec2";
  private static final String STOP = "#d9480f";
  private static final String PLANNED = "#adb5bd";
  private static final String DONE = "#2b8a3e";

  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final StringBuilder out = new StringBuilder();

  private ReviewPage() {}

  /** The page. */
  static String html(WeeklyReport r) {
    return new ReviewPage().page(r);
  }

  private String page(WeeklyReport r) {
    int planned = r.week().planned();
    int done = r.week().done();
    line("<!DOCTYPE html>");
    line("<html lang=\"en\">");
    line("<head>");
    line("<meta charset=\"utf-8\">");
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line("<title>Cadence weekly review, week of " + r.week().weekStart() + "</title>");
    line("<style>");
    line(
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;"
            + "max-width:46rem;padding:0 1rem;color:#212529}");
    line("h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem}");
    line(".figures{display:flex;gap:1rem;flex-wrap:wrap}");
    line(".figure{border:1px solid #dee2e6;border-radius:.5rem;padding:.6rem 1rem;min-width:9rem}");
    line(".figure b{display:block;font-size:1.8rem}");
    line("svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#495057}");
    line("table{border-collapse:collapse;margin-top:.5rem;font-size:.85rem}");
    line("td,th{border:1px solid #dee2e6;padding:.15rem .5rem;text-align:right}");
    line("th:first-child,td:first-child{text-align:left}");
    line("details{margin-top:.4rem}.met{color:" + DONE + "}");
    line("</style>");
    line("</head>");
    line("<body>");
    line("<main>");
    line("<h1>Weekly review, week of " + r.week().weekStart() + "</h1>");
    line("<div class=\"figures\">");
    figure("planned touches done", done + " of " + planned, "plan-done");
    figure("weeks in a row with the plan done", String.valueOf(r.week().streak()), "streak");
    figure(
        "contacts overdue now",
        String.valueOf(r.week().overdueByTier().values().stream().mapToInt(i -> i).sum()),
        "overdue");
    line("</div>");
    if (!r.missed().isEmpty()) {
      line(
          "<p>Planned this week and not reached yet: "
              + String.join(", ", r.missed().stream().map(ReviewPage::isolated).toList())
              + ".</p>");
    }

    Forecast f = r.forecast();
    line("<h2>Overdue contacts in the coming weeks: keeping the plan or stopping</h2>");
    line(
        "<p>If you keep the plan, and if you stop for "
            + f.stoppedWeeks()
            + " weeks"
            + (f.stoppedWeeks() > 0 ? " and then take it up again" : "")
            + ". One chart per tier.</p>");
    for (int i = 0; i < r.tiers().size(); i++) {
      forecastChart(r, r.tiers().get(i), "forecast-" + (i + 1));
    }

    line("<h2>Planned against done, week by week</h2>");
    plannedChart(r.weeks());

    line("<h2>Streak</h2>");
    streakChart(r.weeks(), r.week().streak());

    if (!r.week().goals().isEmpty()) {
      line("<h2>Goals</h2>");
      line("<ul>");
      for (GoalProgress g : r.week().goals()) {
        line("<li" + (g.met() ? " class=\"met\"" : "") + ">" + isolated(g.describe()) + "</li>");
      }
      line("</ul>");
    }
    line("</main>");
    line("<footer><p><small>Made by cadence on " + r.asOf() + ".</small></p></footer>");
    line("</body>");
    line("</html>");
    return out.toString();
  }

  private void figure(String label, String value, String id) {
    line("<div class=\"figure\" id=\"" + id + "\"><b>" + escape(value) + "</b>" + label + "</div>");
  }

  private void forecastChart(WeeklyReport r, String tier, String id) {
    List<Forecast.Week> keep = r.forecast().keepThePlan();
    List<Forecast.Week> stop = r.forecast().stopped();
    ToIntFunction<Forecast.Week> count = w -> w.overdueByTier().getOrDefault(tier, 0);
    int max = 1;
    for (Forecast.Week w : keep) {
      max = Math.max(max, count.applyAsInt(w));
    }
    for (Forecast.Week w : stop) {
      max = Math.max(max, count.applyAsInt(w));
    }
    max = niceCeiling(max);
    line("<figure>");
    open(id, "Overdue contacts of tier " + tier + ", keeping the plan and stopping");
    line("<desc>tier " + escape(tier) + "</desc>");
    axes(max, keep.stream().map(w -> SHORT.format(w.start())).toList());
    polyline(keep, count, max, KEEP, "keep", "");
    polyline(stop, count, max, STOP, "stop", " stroke-dasharray=\"6 4\"");
    legend(
        List.of("keep the plan", "stop for " + r.forecast().stoppedWeeks() + " weeks"),
        List.of(KEEP, STOP));
    line("</svg>");
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < keep.size(); i++) {
      rows.add(
          new String[] {
            keep.get(i).start().toString(),
            String.valueOf(count.applyAsInt(keep.get(i))),
            String.valueOf(i < stop.size() ? count.applyAsInt(stop.get(i)) : 0)
          });
    }
    table("week", "keep the plan", "stop", rows);
    line(
        "<figcaption>Tier "
            + escape(tier)
            + ": contacts overdue at the start of each week</figcaption>");
    line("</figure>");
  }

  private void plannedChart(List<WeeklyReport.PastWeek> weeks) {
    int max = 1;
    for (WeeklyReport.PastWeek w : weeks) {
      max = Math.max(max, Math.max(w.planned(), w.done()));
    }
    max = niceCeiling(max);
    line("<figure>");
    open("planned-done", "Planned and done touches per week");
    axes(max, weeks.stream().map(w -> SHORT.format(w.start())).toList());
    double slot = plotWidth() / (double) weeks.size();
    double bar = Math.min(24, slot / 3);
    for (int i = 0; i < weeks.size(); i++) {
      WeeklyReport.PastWeek w = weeks.get(i);
      double x = LEFT + slot * i + slot / 2;
      rect(
          "planned",
          x - bar,
          w.planned(),
          max,
          bar,
          PLANNED,
          w.start() + ": " + w.planned() + " planned");
      rect("done", x, w.done(), max, bar, DONE, w.start() + ": " + w.done() + " done");
    }
    legend(List.of("planned", "done"), List.of(PLANNED, DONE));
    line("</svg>");
    List<String[]> rows = new ArrayList<>();
    for (WeeklyReport.PastWeek w : weeks) {
      rows.add(
          new String[] {
            w.start().toString(), String.valueOf(w.planned()), String.valueOf(w.done())
          });
    }
    table("week", "planned", "done", rows);
    line(
        "<figcaption>Touches planned by <code>cadence week</code> and done, each week</figcaption>");
    line("</figure>");
  }

  private void streakChart(List<WeeklyReport.PastWeek> weeks, int streak) {
    int size = 28;
    int gap = 6;
    int width = Math.max(WIDTH, LEFT + weeks.size() * (size + gap));
    line("<figure>");
    line(
        "<svg id=\"streak-weeks\" role=\"img\" aria-labelledby=\"streak-weeks-title\""
            + " xmlns=\"http://www.w3.org/2000/svg\" width=\""
            + width
            + "\" height=\"70\" viewBox=\"0 0 "
            + width
            + " 70\">");
    line("<title id=\"streak-weeks-title\">Weeks with every planned touch done</title>");
    for (int i = 0; i < weeks.size(); i++) {
      WeeklyReport.PastWeek w = weeks.get(i);
      String fill = w.metThePlan() ? DONE : w.planned() == 0 ? "#f1f3f5" : "#ffe3e3";
      line(
          String.format(
              Locale.ROOT,
              "<rect class=\"week%s\" x=\"%d\" y=\"8\" width=\"%d\" height=\"%d\" rx=\"4\""
                  + " fill=\"%s\" stroke=\"#ced4da\"><title>%s: %s</title></rect>",
              w.metThePlan() ? " met" : "",
              LEFT + i * (size + gap),
              size,
              size,
              fill,
              w.start(),
              w.planned() == 0 ? "nothing planned" : w.done() + " of " + w.planned() + " done"));
    }
    line(
        "<text x=\""
            + LEFT
            + "\" y=\"60\">"
            + streak
            + (streak == 1 ? " week" : " weeks")
            + " in a row with every planned touch done</text>");
    line("</svg>");
    line(
        "<figcaption>Each square is a week, the latest on the right; green when the plan was done</figcaption>");
    line("</figure>");
  }

  private void open(String id, String title) {
    line(
        "<svg id=\""
            + id
            + "\" role=\"img\" aria-labelledby=\""
            + id
            + "-title\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
            + WIDTH
            + "\" height=\""
            + HEIGHT
            + "\" viewBox=\"0 0 "
            + WIDTH
            + " "
            + HEIGHT
            + "\">");
    line("<title id=\"" + id + "-title\">" + escape(title) + "</title>");
  }

  /** The value axis from 0 to {@code max} with gridlines, and the week labels below. */
  private void axes(int max, List<String> labels) {
    int steps = max % 4 == 0 ? 4 : max % 5 == 0 ? 5 : max % 2 == 0 ? 2 : 1;
    for (int i = 0; i <= steps; i++) {
      int value = max * i / steps;
      double y = y(value, max);
      line(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              i == 0 ? "#868e96" : "#e9ecef",
              LEFT - 6,
              y + 4,
              value));
    }
    double slot = plotWidth() / (double) labels.size();
    int every = Math.max(1, (int) Math.ceil(labels.size() / 10.0));
    for (int i = 0; i < labels.size(); i += every) {
      line(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              LEFT + slot * i + slot / 2,
              HEIGHT - BOTTOM + 16,
              escape(labels.get(i))));
    }
  }

  private void polyline(
      List<Forecast.Week> weeks,
      ToIntFunction<Forecast.Week> count,
      int max,
      String color,
      String cls,
      String extra) {
    double slot = plotWidth() / (double) weeks.size();
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < weeks.size(); i++) {
      double x = LEFT + slot * i + slot / 2;
      double y = y(count.applyAsInt(weeks.get(i)), max);
      points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
      dots.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %d</title></circle>",
              x,
              y,
              color,
              weeks.get(i).start(),
              count.applyAsInt(weeks.get(i))));
    }
    line(
        "<polyline class=\""
            + cls
            + "\" fill=\"none\" stroke=\""
            + color
            + "\" stroke-width=\"2.5\""
            + extra
            + " points=\""
            + points
            + "\"/>");
    line(dots.toString());
  }

  private void rect(
      String cls, double x, int value, int max, double width, String color, String title) {
    double top = y(value, max);
    line(
        String.format(
            Locale.ROOT,
            "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s</title></rect>",
            cls,
            x,
            top,
            width,
            y(0, max) - top,
            color,
            escape(title)));
  }

  private void legend(List<String> names, List<String> colors) {
    int x = LEFT + 8;
    for (int i = 0; i < names.size(); i++) {
      line(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>",
              x,
              HEIGHT - 16,
              colors.get(i),
              x + 16,
              HEIGHT - 6,
              escape(names.get(i))));
      x += 24 + names.get(i).length() * 7;
    }
  }

  private void table(String first, String second, String third, List<String[]> rows) {
    line("<details><summary>The numbers</summary>");
    line(
        "<table><thead><tr><th>"
            + first
            + "</th><th>"
            + second
            + "</th><th>"
            + third
            + "</th></tr></thead><tbody>");
    for (String[] row : rows) {
      line("<tr><td>" + row[0] + "</td><td>" + row[1] + "</td><td>" + row[2] + "</td></tr>");
    }
    line("</tbody></table></details>");
  }

  private static double plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static double y(int value, int max) {
    double plot = HEIGHT - TOP - BOTTOM;
    return TOP + plot - plot * value / max;
  }

  /** 1, 2, 5, 10, 20, 50… at or above {@code n}. */
  static int niceCeiling(int n) {
    int base = 1;
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        if (base * m >= n) {
          return base * m;
        }
      }
      base *= 10;
    }
  }

  /**
   * A user's text (a name, a goal) escaped and isolated in {@code <bdi>}, so that a right-to-left
   * name or a stray direction mark cannot reorder the sentence around it.
   */
  static String isolated(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }

  static String escape(String text) {
    return Texts.visible(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
