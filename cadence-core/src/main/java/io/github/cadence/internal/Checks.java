package io.github.cadence.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.Period;

/**
 * Argument checks shared by the model and the built-in rules. Not exported by the module: not part
 * of the API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a period is positive: no negative part, not zero.
   *
   * @param value the period
   * @param field the name of the field or parameter, for the message
   * @return the period
   * @throws IllegalArgumentException naming the field and the value if it is not positive
   */
  public static Period checkPositive(Period value, String field) {
    requireNonNull(value, field);
    checkArgument(
        !value.isNegative() && !value.isZero(),
        "%s must be positive (no negative part, not zero), was %s",
        field,
        value);
    return value;
  }

  private static final Instant FIRST_SCORABLE = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant LAST_SCORABLE = Instant.ofEpochMilli(Long.MAX_VALUE);

  /**
   * Checks that an instant can be scored: scores count milliseconds, so an instant whose
   * milliseconds since 1970 do not fit in a long (such as {@link Instant#MAX}) is refused where the
   * rule that made it is known, rather than failing a whole queue later.
   *
   * @param value the instant
   * @param field the field's name, for the message
   * @return the instant
   * @throws IllegalArgumentException if it is out of range
   */
  public static Instant checkScorable(Instant value, String field) {
    requireNonNull(value, field);
    checkArgument(
        !value.isBefore(FIRST_SCORABLE) && !value.isAfter(LAST_SCORABLE),
        "%s must be within about 292 million years of 1970 (milliseconds in a long), was %s",
        field,
        value);
    return value;
  }
}
