package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A day-by-day plan: what to do each day within its budget, what did not fit and why, and warnings
 * about the settings (quotas whose minimums cannot fit, minimums not met).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Agenda {
  private final LocalDate from;
  private final List<AgendaDay> days;
  private final List<Deferral> deferred;
  private final List<String> warnings;

  Agenda(LocalDate from, List<AgendaDay> days, List<Deferral> deferred, List<String> warnings) {
    requireNonNull(from, "from");
    days = ImmutableList.copyOf(requireNonNull(days, "days"));
    deferred = ImmutableList.copyOf(requireNonNull(deferred, "deferred"));
    warnings = ImmutableList.copyOf(requireNonNull(warnings, "warnings"));
    this.from = from;
    this.days = days;
    this.deferred = deferred;
    this.warnings = warnings;
  }

  /**
   * The first day.
   *
   * @return the from
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The days, in order.
   *
   * @return the days
   */
  public List<AgendaDay> days() {
    return days;
  }

  /**
   * What was due in the horizon but is not planned, and why.
   *
   * @return the deferred
   */
  public List<Deferral> deferred() {
    return deferred;
  }

  /**
   * What the user should know about the plan as a whole.
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return warnings;
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
   * Every touch with a contact, in order: the items without the events.
   *
   * @return the touches
   */
  public List<AgendaItem.Touch> touches() {
    return days.stream()
        .flatMap(d -> d.items().stream())
        .filter(AgendaItem.Touch.class::isInstance)
        .map(AgendaItem.Touch.class::cast)
        .collect(ImmutableList.toImmutableList());
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
        if (item instanceof AgendaItem.Touch t && t.contact().id().equals(contactId)) {
          return Optional.of(day.date());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Agenda o
        && from.equals(o.from)
        && days.equals(o.days)
        && deferred.equals(o.deferred)
        && warnings.equals(o.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, days, deferred, warnings);
  }

  @Override
  public String toString() {
    return "Agenda["
        + "from="
        + from
        + ", "
        + "days="
        + days
        + ", "
        + "deferred="
        + deferred
        + ", "
        + "warnings="
        + warnings
        + "]";
  }
}
