package io.github.cadence.cli;

import io.github.cadence.io.ReviewExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.tracking.Goal;
import io.github.cadence.tracking.GoalProgress;
import io.github.cadence.tracking.Tracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cadence goals}: how far along each goal is in its week, month or quarter. */
@Command(
    name = "goals",
    mixinStandardHelpOptions = true,
    description = {
      "Shows each goal with what is done so far in its week, month or quarter.",
      "Goals are set in config.yaml (goals:); without them, the seeds' goals: 10",
      "touches and 3 dormant clients a week, a strategic partner a week, an event a",
      "month."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  cadence goals", "  cadence goals --json"})
final class GoalsCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--json", description = "Write the goals and their progress as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Instant now = workspace.root().clock().instant();
    List<GoalProgress> progress;
    try (Workspace w = workspace.read(now)) {
      ZoneId zone = workspace.root().config().plan().zone();
      LocalDate today = now.atZone(zone).toLocalDate();
      Tracker tracker = Tracker.of(zone);
      List<Goal> goals = workspace.root().config().goals();
      progress = w.read(n -> goals.stream().map(g -> tracker.progress(g, n, today)).toList());
    }
    PrintWriter out = workspace.out();
    if (json) {
      ReviewExport.goalsJson(progress, out);
      out.println();
    } else {
      int width = progress.stream().mapToInt(p -> p.goal().name().length()).max().orElse(0);
      for (GoalProgress p : progress) {
        int target = p.goal().target();
        int filled = Math.min(10, p.achieved() * 10 / target);
        out.println(
            String.format(
                Locale.ROOT,
                "%s %-" + width + "s  %3d of %-3d %s  %s to %s",
                p.met() ? workspace.root().ansi().string("@|green ✓|@") : "·",
                p.goal().name(),
                p.achieved(),
                target,
                "#".repeat(filled) + ".".repeat(10 - filled),
                p.from(),
                p.toExclusive().minusDays(1)));
      }
    }
    out.flush();
    return 0;
  }
}
