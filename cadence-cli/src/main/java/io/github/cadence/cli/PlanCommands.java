package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaItem;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cadence done|skip|snooze}: what happened to the week's plan. */
final class PlanCommands {
  private PlanCommands() {}

  /** What the three commands share: the workspace, the clock, the output. */
  abstract static class Base {
    @Mixin WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "CONTACT", description = "The id or the start of a name.")
    String who = "";

    PrintWriter out() {
      return workspace.out();
    }
  }

  @Command(
      name = "done",
      mixinStandardHelpOptions = true,
      description = "Marks a touch of this week's plan done: it becomes a touchpoint.",
      footerHeading = "%nExamples:%n",
      footer = {"  cadence done maria", "  cadence done ken --outcome no-response"})
  static final class Done extends Base implements java.util.concurrent.Callable<Integer> {
    @Option(
        names = "--outcome",
        description = "connected, replied, sent, left-message, no-response (default: connected).",
        converter = LogCommand.OutcomeConverter.class)
    @Nullable Outcome outcome;

    @Option(names = "--when", defaultValue = "now", description = "When: " + SpokenTime.FORMS + ".")
    String when = "now";

    @Override
    public Integer call() {
      Instant now = workspace.root().clock().instant();
      try (Workspace w = workspace.open(now)) {
        Contact c = ContactLookup.find(w, who);
        Agenda agenda = WeekCommand.plan(workspace.root().config().plan(), w, now, 7, false);
        AgendaItem.Touch item =
            agenda.touches().stream()
                .filter(t -> t.contact().id().equals(c.id()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            c.displayName()
                                + " is not in this week's plan; 'cadence log "
                                + c.id()
                                + "' records a touch"));
        if (item.isDone()) {
          throw new IllegalArgumentException(
              c.displayName()
                  + " is already done in this week's plan; 'cadence log "
                  + c.id()
                  + "' records another touch");
        }
        // The plan as shown is what stays: remember it before the touch moves the contact on.
        w.plan().remember(agenda);
        Instant at = SpokenTime.instant(when, now, workspace.root().config().plan().zone());
        Touchpoint t = w.markDone(item, at, outcome != null ? outcome : Outcome.CONNECTED);
        out().printf("Done: %s with %s (%s)%n", Codes.name(t.channel()), c.displayName(), c.id());
      }
      return 0;
    }
  }

  @Command(
      name = "skip",
      mixinStandardHelpOptions = true,
      description = "Skips a contact in the plan for a day; the plan finds them another day.",
      footerHeading = "%nExamples:%n",
      footer = {"  cadence skip maria", "  cadence skip ken --day friday"})
  static final class Skip extends Base implements java.util.concurrent.Callable<Integer> {
    @Option(
        names = "--day",
        defaultValue = "today",
        description = "The day: " + SpokenTime.FORMS + ".")
    String day = "today";

    @Override
    public Integer call() {
      Instant now = workspace.root().clock().instant();
      try (Workspace w = workspace.open(now)) {
        Contact c = ContactLookup.find(w, who);
        LocalDate d = SpokenTime.day(day, now, workspace.root().config().plan().zone(), day);
        Conflicts.retry(w, () -> w.skip(c.id(), d));
        out()
            .printf(
                "Skipped %s (%s) on %s%n",
                c.displayName(),
                c.id(),
                Screen.day(d, now.atZone(workspace.root().config().plan().zone()).toLocalDate()));
      }
      return 0;
    }
  }

  @Command(
      name = "snooze",
      mixinStandardHelpOptions = true,
      description = "Keeps a contact out of the queue and the plan until a day.",
      footerHeading = "%nExamples:%n",
      footer = {"  cadence snooze maria next-week", "  cadence snooze ken 2027-01-10"})
  static final class Snooze extends Base implements java.util.concurrent.Callable<Integer> {
    @Parameters(
        index = "1",
        paramLabel = "UNTIL",
        description = "The first day back: " + SpokenTime.FORMS + ".")
    String until = "";

    @Override
    public Integer call() {
      Instant now = workspace.root().clock().instant();
      try (Workspace w = workspace.open(now)) {
        Contact c = ContactLookup.find(w, who);
        ZoneId zone = workspace.root().config().plan().zone();
        LocalDate d = SpokenTime.day(until, now, zone, until);
        if (!d.isAfter(now.atZone(zone).toLocalDate())) {
          throw new IllegalArgumentException(
              "snooze until '" + until + "': that day is not after today");
        }
        Conflicts.retry(w, () -> w.snooze(c.id(), d));
        out()
            .printf(
                "Snoozed %s (%s) until %s%n",
                c.displayName(), c.id(), Screen.day(d, now.atZone(zone).toLocalDate()));
      }
      return 0;
    }
  }
}
