package io.github.cadence.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
}
