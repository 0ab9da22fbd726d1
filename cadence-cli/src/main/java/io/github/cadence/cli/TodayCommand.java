package io.github.cadence.cli;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.QueueExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.Intake;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cadence today}: whom to reach out to today, and why. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = "Shows whom to reach out to today, and why: the contacts due now, first first.",
    footerHeading = "%nExamples:%n",
    footer = {"  cadence today", "  cadence today --limit 5 --json"})
final class TodayCommand implements Callable<Integer> {
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
    Instant now = workspace.root().clock().instant();
    PrintWriter out = workspace.out();
    try (Workspace w = workspace.read(now)) {
      // Every due entry: the contacts to map rank after every follow-up, and both are counted.
      FollowUpQueue due =
          w.queue(QueueRequest.asOf(now).withDueOnly(true).withLimit(Integer.MAX_VALUE));
      if (json) {
        // The first follow-ups, then the contacts to map offered today, as the text shows them.
        List<QueueEntry> entries = new ArrayList<>(Intake.followUps(due));
        entries.subList(Math.min(limit, entries.size()), entries.size()).clear();
        entries.addAll(Intake.offered(due, workspace.root().config().mapDaily()));
        if (entries.isEmpty()) {
          // At least the first entry, to show when it falls due, even if nobody is due today.
          QueueExport.json(w.queue(QueueRequest.asOf(now).withLimit(1)), out);
        } else {
          QueueExport.json(due, entries, out);
        }
        out.println();
      } else {
        out.print(
            Screen.queue(
                due,
                w.contactCount(),
                workspace.root().config().zone(),
                limit,
                workspace.root().config().mapDaily(),
                workspace.root().ansi()));
      }
    }
    out.flush();
    return 0;
  }
}
