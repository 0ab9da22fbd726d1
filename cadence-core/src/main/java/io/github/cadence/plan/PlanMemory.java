package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.model.Contact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What the planner remembers between plans: which contact was planned on which day (to carry over
 * what was missed and to review the weeks). Immutable: each change returns a new memory, which the
 * user keeps (in memory, a file, a database) and passes to the next plan.
 *
 * <p>Marking an item done is not kept here: it records a touchpoint in the network ({@link
 * Planner#markDone}), and the contact's rules then decide when it is due again. Nor are skips and
 * snoozes: they are the contact's ({@link Contact#snoozedUntil()}, set by {@link Planner#snooze}),
 * so that the queue and its index hold the contact back as the plan does.
 *
 * @param planned every contact planned, with its day and category
 */
@API(status = EXPERIMENTAL, since = "0.1")
@CheckReturnValue
public record PlanMemory(List<PlannedTouch> planned) {

  private static final PlanMemory EMPTY = new PlanMemory(List.of());

  /**
   * A contact that a plan put on a day.
   *
   * @param contactId the contact's id
   * @param date the day
   * @param category the category it counted for
   */
  public record PlannedTouch(String contactId, LocalDate date, Category category) {
    /**
     * Validates every component.
     *
     * @param contactId the contact's id
     * @param date the day
     * @param category the category it counted for
     */
    public PlannedTouch {
      requireNonNull(contactId, "contactId");
      requireNonNull(date, "date");
      requireNonNull(category, "category");
    }
  }

  /**
   * Validates every component and takes immutable copies.
   *
   * @param planned every contact planned, with its day and category
   */
  public PlanMemory {
    planned = ImmutableList.copyOf(requireNonNull(planned, "planned"));
  }

  /**
   * A memory with nothing in it.
   *
   * @return the empty memory
   */
  public static PlanMemory empty() {
    return EMPTY;
  }

  /**
   * Remembers which contact an agenda planned on which day. Remembering the same agenda twice
   * changes nothing; a later plan of the same days replaces what was remembered for them.
   *
   * @param agenda the agenda
   * @return the new memory
   */
  public PlanMemory remember(Agenda agenda) {
    requireNonNull(agenda, "agenda");
    LocalDate from = agenda.from();
    LocalDate to = from.plusDays(agenda.days().size());
    Set<PlannedTouch> all = new LinkedHashSet<>();
    for (PlannedTouch p : planned) {
      if (p.date().isBefore(from) || !p.date().isBefore(to)) {
        all.add(p);
      }
    }
    for (AgendaDay day : agenda.days()) {
      for (AgendaItem item : day.items()) {
        if (item instanceof AgendaItem.Touch t) {
          all.add(new PlannedTouch(t.contact().id(), day.date(), item.category()));
        }
      }
    }
    List<PlannedTouch> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(PlannedTouch::date).thenComparing(PlannedTouch::contactId));
    return new PlanMemory(sorted);
  }

  /**
   * The latest day before {@code day} on which a contact was planned.
   *
   * @param contactId the contact's id
   * @param day the day
   * @return the day it was planned, or empty
   */
  public Optional<LocalDate> plannedBefore(String contactId, LocalDate day) {
    requireNonNull(contactId, "contactId");
    requireNonNull(day, "day");
    LocalDate latest = null;
    for (PlannedTouch p : planned) {
      if (p.contactId().equals(contactId) && p.date().isBefore(day)) {
        latest = p.date();
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The contacts planned between two days.
   *
   * @param from the first day
   * @param toExclusive the day after the last
   * @return the planned touches in that range, by day
   */
  public List<PlannedTouch> plannedBetween(LocalDate from, LocalDate toExclusive) {
    checkArgument(
        !toExclusive.isBefore(from),
        "toExclusive must not be before from (%s), was %s",
        from,
        toExclusive);
    return planned.stream()
        .filter(p -> !p.date().isBefore(from) && p.date().isBefore(toExclusive))
        .collect(ImmutableList.toImmutableList());
  }
}
