package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
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
 * Yearly occasions recur every year (a February 29 falls on February 28 in other years), perhaps
 * since a known year (a birthday with its birth year); a one-time occasion has a year; a floating
 * one falls on a weekday that moves ("Father's Day: third Sunday of June", "last Friday of the
 * month"): see {@link DateRule}.
 */
@API(status = STABLE, since = "0.1")
public final class Occasion {
  private final Kind kind;
  private final String label;
  private final DateRule date;

  Occasion(Kind kind, String label, MonthDay day, @Nullable Integer year) {
    this(kind, label, rule(day, year));
  }

  private Occasion(Kind kind, String label, DateRule date) {
    requireNonNull(kind, "kind");
    Checks.checkText(label, "label");
    this.kind = kind;
    this.label = label;
    this.date = requireNonNull(date, "date");
  }

  private static DateRule rule(MonthDay day, @Nullable Integer year) {
    requireNonNull(day, "day");
    if (year == null) {
      return DateRule.yearly(day);
    }
    int y = year;
    checkArgument(y >= 1900 && y < 9999, "year must be between 1900 and 9998, was %s", y);
    checkArgument(day.isValidYear(y), "day %s does not exist in year %s", day, y);
    return DateRule.once(day.atYear(y));
  }

  /**
   * An occasion of any kind on any rule: {@code Occasion.of(CUSTOM, "Father's Day",
   * DateRule.parse("third Sunday of June"))}.
   *
   * @param kind the kind
   * @param label how the user names it
   * @param date when it falls
   * @return the occasion
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static Occasion of(Kind kind, String label, DateRule date) {
    return new Occasion(kind, label, date);
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
   * The month and day; for a floating occasion, the earliest day of the year it can fall on (see
   * {@link DateRule#earliestDay()}): read {@link #date()} for the rule itself.
   *
   * @return the day
   */
  public MonthDay day() {
    return date.earliestDay();
  }

  /**
   * The year for a one-time occasion; empty for a yearly one.
   *
   * @return the year
   */
  public OptionalInt year() {
    return date.isOnce() ? date.year() : OptionalInt.empty();
  }

  /**
   * When the occasion falls.
   *
   * @return the rule
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public DateRule date() {
    return date;
  }

  /**
   * The first year of a yearly occasion, where it is known: the birth year of a birthday.
   *
   * @return the year, or empty (always empty for a one-time occasion)
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public OptionalInt since() {
    return date.isOnce() ? OptionalInt.empty() : date.year();
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
    return new Occasion(Kind.CUSTOM, label, DateRule.once(requireNonNull(date, "date")));
  }

  /**
   * The first day this occasion falls on, on or after {@code date}.
   *
   * @param date the first day to consider
   * @return the next occurrence, or empty if a one-time occasion is already past
   */
  public Optional<LocalDate> nextOnOrAfter(LocalDate date) {
    return this.date.nextOnOrAfter(date);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Occasion o
        && kind.equals(o.kind)
        && label.equals(o.label)
        && date.equals(o.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, label, date);
  }

  @Override
  public String toString() {
    return "Occasion[kind=" + kind + ", label=" + label + ", date=" + date + "]";
  }
}
