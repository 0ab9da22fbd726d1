package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A day-by-day plan: what to do each day within its budget, what did not fit and why, and warnings
 * about the settings (quotas whose minimums cannot fit, minimums not met).
 *
 * @param from the first day
 * @param days the days, in order
 * @param deferred what was due in the horizon but is not planned, and why
 * @param warnings what the user should know about the plan as a whole
 */
public record Agenda(
    LocalDate from, List<AgendaDay> days, List<Deferral> deferred, List<String> warnings) {

  /**
   * Validates every component and takes immutable copies.
   *
   * @param from the first day
   * @param days the days, in order
   * @param deferred what was due in the horizon but is not planned, and why
   * @param warnings what the user should know about the plan as a whole
   */
  public Agenda {
    requireNonNull(from, "from");
    days = ImmutableList.copyOf(requireNonNull(days, "days"));
    deferred = ImmutableList.copyOf(requireNonNull(deferred, "deferred"));
    warnings = ImmutableList.copyOf(requireNonNull(warnings, "warnings"));
  }

  /**
   * Every item of every day, in order.
   *
   * @return the items
   */
  public List<AgendaItem> items() {
    return days.stream().flatMap(d -> d.items().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The day a contact is planned on.
   *
   * @param contactId the contact's id
   * @return the day, or empty if the contact is not in this agenda
   */
  public Optional<LocalDate> dayOf(String contactId) {
    requireNonNull(contactId, "contactId");
    for (AgendaDay day : days) {
      for (AgendaItem item : day.items()) {
        if (item.contact().filter(c -> c.id().equals(contactId)).isPresent()) {
          return Optional.of(day.date());
        }
      }
    }
    return Optional.empty();
  }
}
