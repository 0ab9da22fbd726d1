package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A date worth remembering for a contact: a birthday, a business anniversary, or a custom date.
 * Yearly occasions recur every year (a February 29 falls on February 28 in other years); a one-time
 * occasion has a year.
 */
@API(status = STABLE, since = "0.1")
public final class Occasion {
  private final Kind kind;
  private final String label;
  private final MonthDay day;
  private final @Nullable Integer year;

  Occasion(Kind kind, String label, MonthDay day, @Nullable Integer year) {
    requireNonNull(kind, "kind");
    Checks.checkText(label, "label");
    requireNonNull(day, "day");
    if (year != null) {
      int y = year;
      checkArgument(y >= 1900 && y < 9999, "year must be between 1900 and 9998, was %s", y);
      checkArgument(day.isValidYear(y), "day %s does not exist in year %s", day, y);
    }
    this.kind = kind;
    this.label = label;
    this.day = day;
    this.year = year;
  }

  /**
   * What sort of occasion this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * How the user names it, e.g. "birthday" or "10 years in business".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The month and day.
   *
   * @return the day
   */
  public MonthDay day() {
    return day;
  }

  /**
   * The year for a one-time occasion; empty for a yearly one.
   *
   * @return the year
   */
  public OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

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
   * A yearly birthday.
   *
   * @param day the month and day of birth
   * @return the occasion
   */
  public static Occasion birthday(MonthDay day) {
    return new Occasion(Kind.BIRTHDAY, "birthday", day, null);
  }

  /**
   * A yearly anniversary.
   *
   * @param label what is celebrated, e.g. "company anniversary"
   * @param day the month and day
   * @return the occasion
   */
  public static Occasion anniversary(String label, MonthDay day) {
    return new Occasion(Kind.ANNIVERSARY, label, day, null);
  }

  /**
   * A custom yearly date.
   *
   * @param label what the date is
   * @param day the month and day
   * @return the occasion
   */
  public static Occasion yearly(String label, MonthDay day) {
    return new Occasion(Kind.CUSTOM, label, day, null);
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
    return new Occasion(Kind.CUSTOM, label, MonthDay.from(date), date.getYear());
  }

  /**
   * The first day this occasion falls on, on or after {@code date}.
   *
   * @param date the first day to consider
   * @return the next occurrence, or empty if a one-time occasion is already past
   */
  public Optional<LocalDate> nextOnOrAfter(LocalDate date) {
    requireNonNull(date, "date");
    if (year != null) {
      LocalDate once = day.atYear(year);
      return once.isBefore(date) ? Optional.empty() : Optional.of(once);
    }
    LocalDate thisYear = day.atYear(date.getYear());
    if (!thisYear.isBefore(date)) {
      return Optional.of(thisYear);
    }
    return Optional.of(day.atYear(date.getYear() + 1));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Occasion o
        && kind.equals(o.kind)
        && label.equals(o.label)
        && day.equals(o.day)
        && Objects.equals(year, o.year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, label, day, year);
  }

  @Override
  public String toString() {
    return "Occasion["
        + "kind="
        + kind
        + ", "
        + "label="
        + label
        + ", "
        + "day="
        + day
        + ", "
        + "year="
        + year()
        + "]";
  }
}
