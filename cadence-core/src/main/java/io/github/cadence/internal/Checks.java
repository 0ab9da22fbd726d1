package io.github.cadence.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * Argument checks shared by the model and the built-in rules. Not exported by the module: not part
 * of the API.
 */
public final class Checks {
  /** Earliest instant the library accepts; older dates are typing mistakes, not history. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** Latest instant the library accepts, far enough for any plan and safe for date arithmetic. */
  public static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  /** How much of a value an error message quotes. */
  private static final int QUOTED_MAX = 100;

  /** The largest weight or bonus a score may use: scores stay finite over any instants. */
  public static final double WEIGHT_MAX = 1_000_000;

  private Checks() {}

  /**
   * A value as an error message quotes it: in single quotes, cut after 100 characters with the
   * length it had, so that a megabyte of input does not make a megabyte of message.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    if (value.length() <= QUOTED_MAX) {
      return "'" + visible(value) + "'";
    }
    int end = QUOTED_MAX;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "'" + visible(value.substring(0, end)) + "...' (" + value.length() + " characters)";
  }

  /**
   * Whether a character is a control (C0, DEL, C1) or bidirectional control character (U+202A to
   * U+202E, U+2066 to U+2069): the one policy, which {@code model.Texts} publishes.
   *
   * @param c the character
   * @return true if it is one
   */
  public static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The index of the first control character in a text.
   *
   * @param text the text
   * @param lineFeeds whether line feeds are allowed
   * @return the index, or -1
   */
  public static int firstControl(String text, boolean lineFeeds) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !(lineFeeds && c == '\n')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A text with each control character shown as a visible escape (a backslash, u, four hex digits).
   *
   * @param text the text
   * @return the text, or the same instance if it has none
   */
  public static String visible(String text) {
    int first = firstControl(text, false);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void checkNoHidden(String value, String field, boolean lineBreaks) {
    int i = firstControl(value, lineBreaks);
    if (i >= 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must not contain control or bidirectional control characters (U+%04X at index"
                  + " %d), was %s",
              field,
              (int) value.charAt(i),
              i,
              quote(value)));
    }
  }

  /**
   * Checks that a text is present: not null, not blank.
   *
   * @param value the text
   * @param field the name of the field or parameter, for the message
   * @return the text
   * @throws IllegalArgumentException naming the field and the value if it is blank
   */
  public static String checkText(String value, String field) {
    requireNonNull(value, field);
    checkArgument(!value.isBlank(), "%s must not be blank, was %s", field, quote(value));
    checkNoHidden(value, field, false);
    return value;
  }

  /**
   * Checks a note: as {@link #checkText}, but line feeds are allowed (a note may have several
   * lines; a carriage return is not: write line breaks as {@code \n}).
   *
   * @param value the note
   * @param field the name of the field or parameter, for the message
   * @return the note
   * @throws IllegalArgumentException naming the field and the value if it is blank or holds a
   *     control character other than a line feed
   */
  public static String checkNote(String value, String field) {
    requireNonNull(value, field);
    checkArgument(!value.isBlank(), "%s must not be blank, was %s", field, quote(value));
    checkNoHidden(value, field, true);
    return value;
  }

  /**
   * Checks an id and returns it in Unicode normalization form C, the form ids are compared in (so
   * that "é" typed as one character or as "e" and an accent is one id). An id has a visible
   * character, no control or other invisible character at its start or end, and no control
   * character (a line break, a tab) anywhere.
   *
   * @param value the id
   * @param field the name of the field or parameter, for the message
   * @return the id, normalized
   * @throws IllegalArgumentException naming the field and the value if it is not a usable id
   */
  public static String checkId(String value, String field) {
    requireNonNull(value, field);
    if (isPlainAscii(value)) {
      return value;
    }
    String id = normalize(value);
    checkArgument(!id.isEmpty(), "%s must not be blank, was %s", field, quote(value));
    boolean visible = false;
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      if (Character.getType(c) == Character.CONTROL) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s must not contain control characters (U+%04X at index %d), was %s",
                field,
                c,
                i,
                quote(value)));
      }
      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        checkNoHidden(id, field, false);
      }
      visible |= !invisible(c);
      i += Character.charCount(c);
    }
    checkArgument(
        visible,
        "%s must have a visible character (not only spaces or invisible characters), was %s",
        field,
        quote(value));
    checkArgument(
        !invisible(id.codePointAt(0)) && !invisible(id.codePointBefore(id.length())),
        "%s must not start or end with a space or an invisible character, was %s",
        field,
        quote(value));
    return id;
  }

  /**
   * Whether a text is an id that needs no further look: printable ASCII, spaces only inside. Most
   * ids and source keys are, and an import of a million touchpoints checks two of them each.
   */
  private static boolean isPlainAscii(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * An id in Unicode normalization form C, as ids are stored and compared.
   *
   * @param id the id
   * @return the same id, composed
   */
  public static String normalize(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 0x300) {
        return Normalizer.normalize(id, Normalizer.Form.NFC);
      }
    }
    // Below U+0300 no character composes with another: the id is already in form C.
    return id;
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || c == 0x3164 // Hangul filler, a letter that shows nothing
        || c == 0x115F
        || c == 0x1160;
  }

  /**
   * Checks that an instant lies between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @param value the instant
   * @param field the name of the field or parameter, for the message
   * @return the instant
   * @throws IllegalArgumentException naming the field and the value if it is out of range
   */
  public static Instant checkInstant(Instant value, String field) {
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

  /**
   * Checks that a date lies between the years 1900 and 9998.
   *
   * @param value the date
   * @param field the name of the field or parameter, for the message
   * @return the date
   * @throws IllegalArgumentException naming the field and the value if it is out of range
   */
  public static LocalDate checkDate(LocalDate value, String field) {
    requireNonNull(value, field);
    checkArgument(
        value.getYear() >= 1900 && value.getYear() < 9999,
        "%s must be between years 1900 and 9998, was %s",
        field,
        value);
    return value;
  }

  /**
   * Checks a weight of the score: positive, finite and at most {@link #WEIGHT_MAX}, so that no
   * score over the instants the library accepts can overflow to infinity.
   *
   * @param value the weight
   * @param field the name of the field or parameter, for the message
   * @return the weight
   * @throws IllegalArgumentException naming the field and the value if it is out of range
   */
  public static double checkWeight(double value, String field) {
    checkArgument(
        value > 0 && value <= WEIGHT_MAX,
        "%s must be positive and at most %s, was %s",
        field,
        WEIGHT_MAX,
        value);
    return value;
  }

  /**
   * Checks a bonus of the score: zero or positive, and at most {@link #WEIGHT_MAX}.
   *
   * @param value the bonus
   * @param field the name of the field or parameter, for the message
   * @return the bonus
   * @throws IllegalArgumentException naming the field and the value if it is out of range
   */
  public static double checkBonus(double value, String field) {
    checkArgument(
        value >= 0 && value <= WEIGHT_MAX,
        "%s must be zero or positive and at most %s, was %s",
        field,
        WEIGHT_MAX,
        value);
    return value;
  }

  /**
   * Whether a throwable must not be caught as one rule's failure for one contact: the JVM is out of
   * memory or broken. A {@link StackOverflowError} is a rule recursing too deep, that rule's
   * failure, as are {@link AssertionError} and {@link LinkageError}.
   *
   * @param t the throwable
   * @return true for a {@link VirtualMachineError} other than a stack overflow
   */
  public static boolean isFatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }

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
    checkArgument(
        approximateDays(value) <= MAX_PERIOD_DAYS,
        "%s must be at most 100 years (dates past the year 9999 cannot be planned), was %s",
        field,
        value);
    return value;
  }

  /** The longest period a setting may have: a century, far inside the dates the library plans. */
  private static final long MAX_PERIOD_DAYS = 1_200 * 31L;

  /**
   * A period's length in days, a month counted as 31 days (a year as 372): never less than the
   * period is on any date.
   *
   * @param value the period
   * @return its days, at least
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days part, added to the months counted apart
  public static long approximateDays(Period value) {
    return value.toTotalMonths() * 31L + value.getDays();
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
