package io.github.cadence.cli;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.AgendaExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence week}: the plan for the next seven days, within the time you have. */
@Command(
    name = "week",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the plan for the coming days: each day's touches and events within its time budget,",
      "and what did not fit."
    },
    footer = {"", "Examples:", "  cadence week", "  cadence week --days 14 --json"})
final class WeekCommand implements Callable<Integer> {
  @ParentCommand Cadence parent;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "How many days to plan (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--json", description = "Write the agenda as JSON (agenda.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    if (days < 1 || days > 90) {
      throw new IllegalArgumentException("--days must be between 1 and 90, was " + days);
    }
    Instant now = parent.clock().instant();
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace w = workspace.open(parent, now)) {
      Agenda agenda = plan(w, now, days);
      remember(w, agenda, now, days);
      if (json) {
        AgendaExport.json(agenda, out);
        out.println();
      } else {
        out.print(Text.agenda(agenda, parent.ansi()));
      }
    }
    out.flush();
    return 0;
  }

  /**
   * Remembers the plan shown, for the review's planned against done. Today's plan stays what it was
   * when first shown, so that a touch done since still counts as planned: only the days after today
   * are planned again.
   */
  private static void remember(Workspace w, Agenda agenda, Instant now, int days) {
    LocalDate today = agenda.from();
    PlanMemory memory = w.planMemory();
    if (memory.plannedBetween(today, today.plusDays(1)).isEmpty()) {
      w.remember(agenda);
    } else if (days > 1) {
      PlanSettings settings = w.settings().plan();
      w.remember(
          Planner.of(settings)
              .plan(w.queue(QueueRequest.asOf(now)), today.plusDays(1), days - 1, memory));
    }
  }

  /** The workspace's plan from today, with its settings and what it remembers. */
  static Agenda plan(Workspace w, Instant now, int days) {
    PlanSettings settings = w.settings().plan();
    return Planner.of(settings)
        .plan(
            w.queue(QueueRequest.asOf(now)),
            now.atZone(settings.zone()).toLocalDate(),
            days,
            w.planMemory());
  }
}
