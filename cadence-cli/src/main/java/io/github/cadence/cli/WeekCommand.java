package io.github.cadence.cli;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.AgendaExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.Capacity;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cadence week}: the plan for the next seven days, within the time you have. */
@Command(
    name = "week",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the plan for the coming days and what did not fit.",
      "Each day's touches and events within its time budget. Touches are planned on",
      "working days: not on weekends (business-days: false plans every day), nor on",
      "the public holidays of the place in config.yaml (holidays: DE-BY)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence week",
      "  cadence week --days 14 --json",
      "  cadence week --from 2027-01-04"
    })
final class WeekCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "How many days to plan (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--from",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "The first day to plan, today or later: " + SpokenTime.FORMS + ".")
  String from = "today";

  @Option(names = "--json", description = "Write the agenda as JSON (agenda.schema.json).")
  boolean json;

  @Option(
      names = "--more",
      description = "Fill what is left of days already planned with new touches.")
  boolean more;

  @Override
  public Integer call() {
    if (days < 1 || days > 90) {
      throw new IllegalArgumentException("--days must be between 1 and 90, was " + days);
    }
    Instant now = workspace.root().clock().instant();
    PrintWriter out = workspace.out();
    PlanSettings settings = workspace.root().config().plan();
    LocalDate today = now.atZone(settings.zone()).toLocalDate();
    LocalDate first = SpokenTime.day(from, now, settings.zone(), from);
    if (first.isBefore(today)) {
      throw new IllegalArgumentException(
          "--from " + from + ": " + first + " is before today (" + today + "); plan from today on");
    }
    try (Workspace w = workspace.open(now)) {
      Agenda agenda = plan(settings, w, now, first, days, more);
      w.plan().remember(agenda);
      if (json) {
        AgendaExport.json(agenda, out);
        out.println();
      } else {
        out.print(Screen.agenda(agenda, workspace.root().ansi()));
        capacityWarnings(w, settings).forEach(out::println);
      }
    }
    out.flush();
    return 0;
  }

  /**
   * What {@code cadence capacity} would warn about, as lines for the end of {@code week} and {@code
   * review}: the rhythm needs more than an ordinary week has, or a tier is past its layer.
   */
  static List<String> capacityWarnings(Workspace w, PlanSettings settings) {
    Capacity capacity = w.read(n -> Capacity.of(n, settings));
    List<String> lines = new ArrayList<>();
    capacity.warnings().forEach(warning -> lines.add("! capacity: " + warning));
    if (!lines.isEmpty()) {
      lines.add("  'cadence capacity' shows whom to move down a tier first.");
    }
    return lines;
  }

  /**
   * The workspace's plan from today, with the configured settings and what it remembers: the days
   * already planned stay as they were, their touches done since shown as done, and get new touches
   * only with {@code more}. The plan shown is remembered, so that {@code review} counts what it
   * showed.
   */
  static Agenda plan(PlanSettings settings, Workspace w, Instant now, int days, boolean more) {
    return plan(settings, w, now, now.atZone(settings.zone()).toLocalDate(), days, more);
  }

  /**
   * The plan from a day, today or later. A later day is planned as it will be: from the queue as of
   * that day's start (a birthday passed by then is not planned, one to come is worded from then),
   * and from nothing remembered (days planned before it are not missed yet), so that a person plans
   * the week after the holidays before leaving; the plan shown is remembered, and kept when that
   * week comes.
   */
  static Agenda plan(
      PlanSettings settings, Workspace w, Instant now, LocalDate from, int days, boolean more) {
    boolean later = from.isAfter(now.atZone(settings.zone()).toLocalDate());
    Instant asOf = later ? from.atStartOfDay(settings.zone()).toInstant() : now;
    return Planner.of(settings)
        .plan(
            w.queue(QueueRequest.asOf(asOf)),
            from,
            days,
            later ? PlanMemory.empty() : w.plan().memory(),
            more);
  }
}
