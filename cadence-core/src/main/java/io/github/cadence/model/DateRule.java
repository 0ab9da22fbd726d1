package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When an occasion falls: a day every year ("June 14", perhaps since a year: a birthday with its
 * birth year), one date ("2027-01-15"), the nth or last weekday of a month every year or every
 * month ("third Sunday of June", Father's Day in many countries; "last Friday of the month"), or
 * the first weekday after a day ("first Monday after September 15").
 *
 * <p>Built on java.time's adjusters. February 29 falls on February 28 in other years. A fifth
 * weekday of a month falls only in the years or months that have one. Immutable; {@link
 * #toString()} writes the rule in words that {@link #parse(String)} reads back.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DateRule {
  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth");
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
  private static final String WEEKDAYS =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs"
          + "|fri|sat|sun)";
  private static final String ORDINAL =
      "(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)";
  private static final String DAY_OF_MONTH =
      "(?:"
          + MONTHS
          + " (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?"
          + MONTHS
          + "|--(\\d{2})-(\\d{2}))";
  private static final Pattern ONCE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEARLY = Pattern.compile(DAY_OF_MONTH + "(?:,? since (\\d{4}))?");
  private static final Pattern NTH =
      Pattern.compile(
          ORDINAL
              + " "
              + WEEKDAYS
              + " (?:of|in) (?:(?:the|each|every) month|(?:every )?"
              + MONTHS
              + ")");
  private static final Pattern AFTER =
      Pattern.compile("(?:(?:first|next) )?" + WEEKDAYS + " after " + DAY_OF_MONTH);

  /** The forms a rule takes. */
  private enum Form {
    YEARLY,
    ONCE,
    NTH_WEEKDAY,
    WEEKDAY_AFTER
  }

  private final Form form;
  private final @Nullable MonthDay day;
  private final @Nullable Integer year;
  private final int ordinal;
  private final @Nullable DayOfWeek weekday;
  private final @Nullable Month month;

  private DateRule(
      Form form,
      @Nullable MonthDay day,
      @Nullable Integer year,
      int ordinal,
      @Nullable DayOfWeek weekday,
      @Nullable Month month) {
    this.form = form;
    this.day = day;
    this.year = year;
    this.ordinal = ordinal;
    this.weekday = weekday;
    this.month = month;
  }

  /**
   * The same day every year.
   *
   * @param day the month and day
   * @return the rule
   */
  public static DateRule yearly(MonthDay day) {
    return new DateRule(Form.YEARLY, requireNonNull(day, "day"), null, 0, null, null);
  }

  /**
   * The same day every year since a first date: a birthday with its birth year, the day a company
   * was founded. Nothing falls before the first date.
   *
   * @param first the first date, from 1900 on
   * @return the rule
   */
  public static DateRule yearlySince(LocalDate first) {
    requireNonNull(first, "first");
    checkYear(first.getYear());
    return new DateRule(Form.YEARLY, MonthDay.from(first), first.getYear(), 0, null, null);
  }

  /**
   * One date.
   *
   * @param date the date, from 1900 on
   * @return the rule
   */
  public static DateRule once(LocalDate date) {
    requireNonNull(date, "date");
    checkYear(date.getYear());
    return new DateRule(Form.ONCE, MonthDay.from(date), date.getYear(), 0, null, null);
  }

  /**
   * The nth weekday of a month every year: {@code nthWeekday(3, SUNDAY, JUNE)} is the third Sunday
   * of June.
   *
   * @param ordinal 1 to 5, or -1 for the last
   * @param weekday the weekday
   * @param month the month
   * @return the rule
   */
  public static DateRule nthWeekday(int ordinal, DayOfWeek weekday, Month month) {
    return new DateRule(
        Form.NTH_WEEKDAY,
        null,
        null,
        checkOrdinal(ordinal),
        requireNonNull(weekday, "weekday"),
        requireNonNull(month, "month"));
  }

  /**
   * The nth weekday of every month: {@code nthWeekdayOfEveryMonth(-1, FRIDAY)} is the last Friday
   * of the month.
   *
   * @param ordinal 1 to 5, or -1 for the last
   * @param weekday the weekday
   * @return the rule
   */
  public static DateRule nthWeekdayOfEveryMonth(int ordinal, DayOfWeek weekday) {
    return new DateRule(
        Form.NTH_WEEKDAY,
        null,
        null,
        checkOrdinal(ordinal),
        requireNonNull(weekday, "weekday"),
        null);
  }

  /**
   * The first weekday after a day every year: {@code weekdayAfter(MONDAY, --09-15)} is the first
   * Monday after September 15 (the 22nd when the 15th is itself a Monday).
   *
   * @param weekday the weekday
   * @param after the day it follows
   * @return the rule
   */
  public static DateRule weekdayAfter(DayOfWeek weekday, MonthDay after) {
    return new DateRule(
        Form.WEEKDAY_AFTER,
        requireNonNull(after, "after"),
        null,
        0,
        requireNonNull(weekday, "weekday"),
        null);
  }

  /**
   * Reads a rule in words or in ISO form, in any case: "June 14", "14 June", "--06-14", "June 14
   * since 1980", "2027-01-15", "third Sunday of June", "last Friday of the month", "first Monday
   * after September 15".
   *
   * @param text the rule
   * @return the rule
   * @throws IllegalArgumentException naming the text and the forms known
   */
  public static DateRule parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.startsWith("the ")) {
      t = t.substring(4);
    }
    try {
      Matcher m = ONCE.matcher(t);
      if (m.matches()) {
        return once(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      m = YEARLY.matcher(t);
      if (m.matches()) {
        MonthDay day = dayOfMonth(m, 1);
        String since = m.group(7);
        if (since == null) {
          return yearly(day);
        }
        int y = Integer.parseInt(since);
        checkYear(y);
        checkArgument(day.isValidYear(y), "%s does not exist in %s", day, y);
        return yearlySince(day.atYear(y));
      }
      m = NTH.matcher(t);
      if (m.matches()) {
        int ordinal = ordinal(m.group(1));
        DayOfWeek weekday = weekday(m.group(2));
        return m.group(3) == null
            ? nthWeekdayOfEveryMonth(ordinal, weekday)
            : nthWeekday(ordinal, weekday, month(m.group(3)));
      }
      m = AFTER.matcher(t);
      if (m.matches()) {
        return weekdayAfter(weekday(m.group(1)), dayOfMonth(m, 2));
      }
    } catch (DateTimeException | IllegalArgumentException bad) {
      throw new IllegalArgumentException("'" + text + "' is not a date: " + bad.getMessage(), bad);
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a date such as 'June 14', '--06-14', 'June 14 since 1980', '2027-01-15',"
            + " 'third Sunday of June', 'last Friday of the month' or 'first Monday after"
            + " September 15'");
  }

  /** The month and day of a match of {@link #DAY_OF_MONTH} whose groups start at {@code g}. */
  private static MonthDay dayOfMonth(Matcher m, int g) {
    if (m.group(g) != null) {
      return MonthDay.of(month(m.group(g)), Integer.parseInt(m.group(g + 1)));
    }
    if (m.group(g + 2) != null) {
      return MonthDay.of(month(m.group(g + 3)), Integer.parseInt(m.group(g + 2)));
    }
    return MonthDay.of(Integer.parseInt(m.group(g + 4)), Integer.parseInt(m.group(g + 5)));
  }

  private static Month month(String word) {
    for (Month mo : Month.values()) {
      if (word.length() >= 3 && mo.name().toLowerCase(Locale.ROOT).startsWith(word)) {
        return mo;
      }
    }
    throw new IllegalArgumentException("no month '" + word + "'");
  }

  private static DayOfWeek weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(word)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no weekday '" + word + "'");
  }

  private static int ordinal(String word) {
    if (word.equals("last")) {
      return -1;
    }
    int i = ORDINALS.indexOf(word);
    return i >= 0 ? i + 1 : Integer.parseInt(word.substring(0, 1));
  }

  private static int checkOrdinal(int ordinal) {
    checkArgument(
        ordinal == -1 || (ordinal >= 1 && ordinal <= 5),
        "ordinal must be 1 to 5, or -1 for the last, was %s",
        ordinal);
    return ordinal;
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1900 && year < 9999, "year must be between 1900 and 9998, was %s", year);
  }

  /**
   * Whether the rule names one date rather than a recurring one.
   *
   * @return true for {@link #once(LocalDate)}
   */
  public boolean isOnce() {
    return form == Form.ONCE;
  }

  /**
   * Whether the date moves from year to year (a weekday of a month, a weekday after a day).
   *
   * @return true for the weekday forms
   */
  public boolean isFloating() {
    return form == Form.NTH_WEEKDAY || form == Form.WEEKDAY_AFTER;
  }

  /**
   * The year of a one-time date, or the first year of a yearly one that has it.
   *
   * @return the year, or empty
   */
  public OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * The month and day of a fixed date; for a floating one, the earliest day of the year it can fall
   * on (June 15 for the third Sunday of June, January 1 for one of every month): what an older
   * reader of the month and day alone comes closest with.
   *
   * @return the month and day
   */
  public MonthDay earliestDay() {
    return switch (form) {
      case YEARLY, ONCE -> requireNonNull(day);
      case WEEKDAY_AFTER -> MonthDay.from(requireNonNull(day).atYear(2000).plusDays(1));
      case NTH_WEEKDAY -> {
        Month m = month == null ? Month.JANUARY : month;
        yield MonthDay.of(m, ordinal == -1 ? m.minLength() - 6 : 7 * (ordinal - 1) + 1);
      }
    };
  }

  /**
   * The first day the rule falls on, on or after {@code date}.
   *
   * @param date the first day to consider
   * @return the day, or empty if a one-time date is past
   */
  public Optional<LocalDate> nextOnOrAfter(LocalDate date) {
    requireNonNull(date, "date");
    return switch (form) {
      case ONCE -> {
        LocalDate once = requireNonNull(day).atYear(requireNonNull(year));
        yield once.isBefore(date) ? Optional.empty() : Optional.of(once);
      }
      case YEARLY -> {
        LocalDate from = year != null && date.getYear() < year ? LocalDate.of(year, 1, 1) : date;
        yield Optional.of(firstFrom(from.getYear(), from, y -> requireNonNull(day).atYear(y)));
      }
      case WEEKDAY_AFTER ->
          Optional.of(
              firstFrom(
                  date.getYear(),
                  date,
                  y ->
                      requireNonNull(day)
                          .atYear(y)
                          .with(TemporalAdjusters.next(requireNonNull(weekday)))));
      case NTH_WEEKDAY -> Optional.of(nthWeekdayFrom(date));
    };
  }

  /**
   * The first day on or after {@code from} of those the rule gives for the year before, the year
   * and the year after: the first Monday after December 30 of one year falls in January of the
   * next.
   */
  private static LocalDate firstFrom(
      int year, LocalDate from, java.util.function.IntFunction<LocalDate> forYear) {
    for (int y = year - 1; y <= year + 1; y++) {
      LocalDate d = forYear.apply(y);
      if (!d.isBefore(from)) {
        return d;
      }
    }
    throw new IllegalStateException("no day of " + year + " or around it is on or after " + from);
  }

  /**
   * The nth weekday on or after a date: month by month (every month) or year by year; a fifth
   * weekday that a month lacks is skipped, and every month has one within a year of months.
   */
  private LocalDate nthWeekdayFrom(LocalDate date) {
    TemporalAdjuster adjuster =
        ordinal == -1
            ? TemporalAdjusters.lastInMonth(requireNonNull(weekday))
            : TemporalAdjusters.dayOfWeekInMonth(ordinal, requireNonNull(weekday));
    LocalDate first =
        month == null ? date.withDayOfMonth(1) : LocalDate.of(date.getYear(), month, 1);
    // A fifth weekday of a month comes back within 40 years (February's, across 2100), and one of
    // every month within a year.
    for (int i = 0; i <= 40 * 12; i++) {
      LocalDate start = month == null ? first.plusMonths(i) : first.plusYears(i);
      LocalDate d = start.with(adjuster);
      if (d.getMonth() == start.getMonth() && !d.isBefore(date)) {
        return d;
      }
    }
    throw new IllegalStateException(this + " falls on no day within 40 years of " + date);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DateRule o
        && form == o.form
        && Objects.equals(day, o.day)
        && Objects.equals(year, o.year)
        && ordinal == o.ordinal
        && weekday == o.weekday
        && month == o.month;
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, day, year, ordinal, weekday, month);
  }

  /**
   * The rule in words that {@link #parse(String)} reads back: "June 14", "June 14 since 1980",
   * "2027-01-15", "third Sunday of June", "last Friday of the month", "first Monday after September
   * 15".
   */
  @Override
  public String toString() {
    return switch (form) {
      case ONCE -> requireNonNull(day).atYear(requireNonNull(year)).toString();
      case YEARLY -> words(requireNonNull(day)) + (year == null ? "" : " since " + year);
      case NTH_WEEKDAY ->
          (ordinal == -1 ? "last" : ORDINALS.get(ordinal - 1))
              + " "
              + name(requireNonNull(weekday))
              + " of "
              + (month == null ? "the month" : name(month));
      case WEEKDAY_AFTER ->
          "first " + name(requireNonNull(weekday)) + " after " + words(requireNonNull(day));
    };
  }

  private static String words(MonthDay d) {
    return name(d.getMonth()) + " " + d.getDayOfMonth();
  }

  private static String name(Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
