package io.github.cadence.cli;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.QueueExport;
import io.github.cadence.jdbc.Workspace;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence today}: whom to reach out to today, and why. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = "Shows whom to reach out to today, and why: the contacts due now, first first.",
    footer = {"", "Examples:", "  cadence today", "  cadence today --limit 5 --json"})
final class TodayCommand implements Callable<Integer> {
  @ParentCommand Cadence parent;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Write the queue as JSON (queue.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
    }
    Instant now = parent.clock().instant();
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace w = workspace.open(parent, now)) {
      if (json) {
        // The first entries, as far as they are due (at least the first, to show when it is).
        FollowUpQueue all = w.queue(QueueRequest.asOf(now));
        int due = (int) all.entries().stream().filter(e -> e.isDueAt(now)).count();
        QueueExport.json(
            w.queue(QueueRequest.asOf(now).withLimit(Math.min(limit, Math.max(due, 1)))), out);
        out.println();
      } else {
        // One evaluation: the count of who is due and the first of them come from one queue.
        out.print(
            Text.queue(
                w.queue(QueueRequest.asOf(now)), parent.config().zone(), limit, parent.ansi()));
      }
    }
    out.flush();
    return 0;
  }
}
