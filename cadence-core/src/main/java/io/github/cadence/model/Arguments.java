package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** Argument checks shared by the model's constructors; messages name the field and the value. */
final class Arguments {
  /** Earliest instant the model accepts; older dates are typing mistakes, not history. */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** Latest instant the model accepts, far enough for any plan and safe for date arithmetic. */
  static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private Arguments() {}

  static String checkText(String value, String field) {
    requireNonNull(value, field);
    checkArgument(!value.isBlank(), "%s must not be blank, was '%s'", field, value);
    return value;
  }

  static String checkId(String value, String field) {
    checkText(value, field);
    checkArgument(
        value.strip().equals(value),
        "%s must not start or end with whitespace, was '%s'",
        field,
        value);
    return value;
  }

  static Instant checkInstant(Instant value, String field) {
    requireNonNull(value, field);
    checkArgument(
        !value.isBefore(EARLIEST) && value.isBefore(LATEST),
        "%s must be between %s and %s, was %s",
        field,
        EARLIEST,
        LATEST,
        value);
    return value;
  }

  static LocalDate checkDate(LocalDate value, String field) {
    requireNonNull(value, field);
    checkArgument(
        value.getYear() >= 1900 && value.getYear() < 9999,
        "%s must be between years 1900 and 9998, was %s",
        field,
        value);
    return value;
  }
}
