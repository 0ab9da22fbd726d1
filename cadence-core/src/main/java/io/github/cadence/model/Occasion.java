package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date worth remembering for a contact: a birthday, a business anniversary, or a custom date.
 * Yearly occasions recur every year (a February 29 falls on February 28 in other years); a one-time
 * occasion has a year.
 *
 * @param kind what sort of occasion this is
 * @param label how the user names it, e.g. "birthday" or "10 years in business"
 * @param day the month and day
 * @param year the year for a one-time occasion; empty for a yearly one
 */
@CheckReturnValue
public record Occasion(Kind kind, String label, MonthDay day, OptionalInt year) {

  /** The sorts of occasion. */
  public enum Kind {
    /** The contact's birthday. */
    BIRTHDAY,
    /** An anniversary: of the contact's business, of working together, of a wedding. */
    ANNIVERSARY,
    /** Any other date the user wants to remember (Cinco de Mayo, a product launch). */
    CUSTOM
  }

  /**
   * Validates every component; a one-time occasion must be a real date.
   *
   * @param kind what sort of occasion this is
   * @param label how the user names it, e.g. "birthday" or "10 years in business"
   * @param day the month and day
   * @param year the year for a one-time occasion; empty for a yearly one
   */
  public Occasion {
    requireNonNull(kind, "kind");
    Checks.checkText(label, "label");
    requireNonNull(day, "day");
    requireNonNull(year, "year");
    if (year.isPresent()) {
      int y = year.getAsInt();
      checkArgument(y >= 1900 && y < 9999, "year must be between 1900 and 9998, was %s", y);
      checkArgument(day.isValidYear(y), "day %s does not exist in year %s", day, y);
    }
  }

  /**
   * A yearly birthday.
   *
   * @param day the month and day of birth
   * @return the occasion
   */
  public static Occasion birthday(MonthDay day) {
    return new Occasion(Kind.BIRTHDAY, "birthday", day, OptionalInt.empty());
  }

  /**
   * A yearly anniversary.
   *
   * @param label what is celebrated, e.g. "company anniversary"
   * @param day the month and day
   * @return the occasion
   */
  public static Occasion anniversary(String label, MonthDay day) {
    return new Occasion(Kind.ANNIVERSARY, label, day, OptionalInt.empty());
  }

  /**
   * A custom yearly date.
   *
   * @param label what the date is
   * @param day the month and day
   * @return the occasion
   */
  public static Occasion yearly(String label, MonthDay day) {
    return new Occasion(Kind.CUSTOM, label, day, OptionalInt.empty());
  }

  /**
   * A custom date that happens once.
   *
   * @param label what the date is
   * @param date the date
   * @return the occasion
   */
  public static Occasion once(String label, LocalDate date) {
    requireNonNull(date, "date");
    return new Occasion(Kind.CUSTOM, label, MonthDay.from(date), OptionalInt.of(date.getYear()));
  }

  /**
   * The first day this occasion falls on, on or after {@code date}.
   *
   * @param date the first day to consider
   * @return the next occurrence, or empty if a one-time occasion is already past
   */
  public Optional<LocalDate> nextOnOrAfter(LocalDate date) {
    requireNonNull(date, "date");
    if (year.isPresent()) {
      LocalDate once = day.atYear(year.getAsInt());
      return once.isBefore(date) ? Optional.empty() : Optional.of(once);
    }
    LocalDate thisYear = day.atYear(date.getYear());
    if (!thisYear.isBefore(date)) {
      return Optional.of(thisYear);
    }
    return Optional.of(day.atYear(date.getYear() + 1));
  }
}
