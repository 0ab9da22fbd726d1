package io.github.cadence.cli;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.io.ReviewExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.tracking.GoalProgress;
import io.github.cadence.tracking.Tracker;
import io.github.cadence.tracking.WeeklyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cadence review}: the weekly look back, and ahead. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "The weekly review: the plan kept, who is overdue, the goals, and a forecast.",
      "The touches planned this week and those done, the streak of weeks with the plan",
      "done, who is overdue per tier, the goals, and a forecast of the overdue",
      "contacts if you keep the plan or stop for a few weeks."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence review",
      "  cadence review --html review.html      a page with charts, for a browser",
      "  cadence review --stop 6 --ahead 12 --json"
    })
final class ReviewCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      defaultValue = "8",
      description = "How many weeks of planned against done to show (default: ${DEFAULT-VALUE}).")
  int weeks;

  @Option(
      names = "--ahead",
      paramLabel = "N",
      defaultValue = "8",
      description = "How many weeks the forecast looks ahead (default: ${DEFAULT-VALUE}).")
  int ahead;

  @Option(
      names = "--stop",
      paramLabel = "N",
      defaultValue = "4",
      description = "How many weeks the stopping scenario stops for (default: ${DEFAULT-VALUE}).")
  int stop;

  @Option(names = "--json", description = "Write the review as JSON.")
  boolean json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the review as a page with charts (self-contained HTML).")
  @Nullable Path html;

  @Option(
      names = "--force",
      description = "Write the page over a file that holds a database (refused otherwise).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (weeks < 1 || weeks > Tracker.MAX_REPORT_WEEKS) {
      throw new IllegalArgumentException(
          "--weeks must be between 1 and " + Tracker.MAX_REPORT_WEEKS + ", was " + weeks);
    }
    if (ahead < 1 || ahead > Forecast.MAX_WEEKS) {
      throw new IllegalArgumentException(
          "--ahead must be between 1 and " + Forecast.MAX_WEEKS + ", was " + ahead);
    }
    if (stop < 0 || stop > ahead) {
      throw new IllegalArgumentException(
          "--stop must be between 0 and --ahead (" + ahead + "), was " + stop);
    }
    Instant now = workspace.root().clock().instant();
    Config config = workspace.root().config();
    WeeklyReport review;
    List<String> capacity;
    try (Workspace w = workspace.read(now)) {
      PlanSettings settings = workspace.root().config().plan();
      var queue = w.queue(QueueRequest.asOf(now));
      var memory = w.plan().memory();
      var goals = workspace.root().config().goals();
      LocalDate today = now.atZone(settings.zone()).toLocalDate();
      review =
          w.read(
              n -> {
                Forecast forecast =
                    Forecast.compare(config.engine(), Planner.of(settings), n, today, ahead, stop);
                return Tracker.of(settings.zone()).report(n, queue, memory, goals, weeks, forecast);
              });
      capacity = WeekCommand.capacityWarnings(w, settings);
    }
    PrintWriter out = workspace.out();
    if (html != null) {
      WeeklyReport page = review;
      OutputFile.write(html, force, file -> ReviewExport.html(page, file));
    }
    if (json) {
      ReviewExport.json(review, out);
      out.println();
    } else {
      out.print(text(review, workspace.root().ansi()));
      capacity.forEach(out::println);
      if (html != null) {
        out.println("The page: " + html);
      }
    }
    out.flush();
    return 0;
  }

  static String text(WeeklyReport r, Ansi ansi) {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    var week = r.week();
    s.append(ansi.string("@|bold Week of " + week.weekStart() + "|@")).append(nl);
    s.append(
            String.format(
                Locale.ROOT,
                "  Plan:     %d of %d planned touches done%s",
                week.done(),
                week.planned(),
                week.planned() == 0 ? " ('cadence week' plans them)" : ""))
        .append(nl);
    if (!r.missed().isEmpty()) {
      List<String> first = r.missed().subList(0, Math.min(10, r.missed().size()));
      s.append("  To reach: ")
          .append(
              String.join(", ", first.stream().map(n -> Screen.fit(n, Screen.NAME_MAX)).toList()))
          .append(
              first.size() < r.missed().size()
                  ? " and " + (r.missed().size() - first.size()) + " more"
                  : "")
          .append(nl);
    }
    s.append("  Streak:   ")
        .append(week.streak())
        .append(week.streak() == 1 ? " week" : " weeks")
        .append(" in a row with every planned touch done")
        .append(nl);
    s.append("  Overdue:  ").append(tiers(week.overdueByTier(), r.tiers())).append(nl);
    if (!week.goals().isEmpty()) {
      s.append(nl).append(ansi.string("@|bold Goals|@")).append(nl);
      for (GoalProgress g : week.goals()) {
        s.append(g.met() ? "  ✓ " : "  · ").append(g.describe()).append(nl);
      }
    }
    s.append(nl).append(ansi.string("@|bold Planned and done, week by week|@")).append(nl);
    for (WeeklyReport.PastWeek w : r.weeks()) {
      s.append(
              String.format(
                  Locale.ROOT,
                  "  %s  %3d planned  %3d done  %s",
                  w.start(),
                  w.planned(),
                  w.done(),
                  w.metThePlan() ? "✓" : ""))
          .append(nl);
    }
    Forecast f = r.forecast();
    s.append(nl)
        .append(
            ansi.string(
                "@|bold Overdue contacts ahead: keep the plan | stop for "
                    + f.stoppedWeeks()
                    + " weeks|@"))
        .append(nl);
    for (int i = 0; i < f.keepThePlan().size(); i++) {
      Forecast.Week keep = f.keepThePlan().get(i);
      Forecast.Week stopped = f.stopped().get(i);
      s.append(
              String.format(
                  Locale.ROOT,
                  "  %s  %4d | %4d   %s | %s",
                  keep.start(),
                  keep.overdue(),
                  stopped.overdue(),
                  tiers(keep.overdueByTier(), r.tiers()),
                  tiers(stopped.overdueByTier(), r.tiers())))
          .append(nl);
    }
    return s.toString();
  }

  private static String tiers(Map<String, Integer> overdue, List<String> tiers) {
    StringBuilder s = new StringBuilder();
    for (String t : tiers) {
      s.append(s.length() == 0 ? "" : " ").append(t).append(' ').append(overdue.getOrDefault(t, 0));
    }
    return s.length() == 0 ? "none" : s.toString();
  }
}
