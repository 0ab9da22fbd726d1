package io.github.cadence.cli;

import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time as people write them: {@code 14 days}, {@code 2w}, {@code 3 months}, {@code
 * P14D}.
 */
final class Periods {
  static final String EXPECTED =
      "a length of time such as '14 days', '2 weeks', '3 months' or 'P14D'";

  private static final Pattern HUMAN =
      Pattern.compile("(\\d{1,4})\\s*(d|days?|w|weeks?|m|months?|y|years?)");

  private Periods() {}

  /** Parses a positive length of time; IllegalArgumentException otherwise. */
  static Period parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Period p;
    Matcher m = HUMAN.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      p =
          switch (m.group(2).charAt(0)) {
            case 'd' -> Period.ofDays(n);
            case 'w' -> Period.ofWeeks(n);
            case 'm' -> Period.ofMonths(n);
            default -> Period.ofYears(n);
          };
    } else {
      p = Period.parse(text.strip());
    }
    if (p.isNegative() || p.isZero()) {
      throw new IllegalArgumentException("not positive: " + text);
    }
    return p;
  }

  /** {@code 14 days}, {@code 2 weeks}, {@code 3 months}, {@code 1 year 2 months}. */
  static String describe(Period p) {
    StringBuilder s = new StringBuilder();
    part(s, p.getYears(), "year");
    part(s, p.getMonths(), "month");
    int days = p.getDays();
    if (days % 7 == 0) {
      part(s, days / 7, "week");
    } else {
      part(s, days, "day");
    }
    return s.length() == 0 ? "0 days" : s.toString();
  }

  private static void part(StringBuilder s, int n, String unit) {
    if (n != 0) {
      s.append(s.length() == 0 ? "" : " ")
          .append(n)
          .append(' ')
          .append(unit)
          .append(n == 1 ? "" : "s");
    }
  }
}
