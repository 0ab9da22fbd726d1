package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Days the user marked as busy: a big project, a deadline. The budget shrinks but never to zero,
 * because "as soon as you stop your activities you can project when the slowdown will occur".
 *
 * @param from the first busy day
 * @param to the last busy day, inclusive; not before {@code from}
 * @param minutesPerDay the reduced daily budget; positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BusyPeriod(LocalDate from, LocalDate to, int minutesPerDay) {
  /**
   * Validates every component.
   *
   * @param from the first busy day
   * @param to the last busy day, inclusive; not before {@code from}
   * @param minutesPerDay the reduced daily budget; positive
   */
  public BusyPeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from, was from %s, to %s", from, to);
    checkArgument(
        minutesPerDay > 0,
        "minutesPerDay of a busy period must be positive (busy weeks shrink the budget, never to"
            + " zero), was %s",
        minutesPerDay);
  }

  /**
   * Whether a day is in this period.
   *
   * @param day the day
   * @return true if it is between {@code from} and {@code to}, inclusive
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
