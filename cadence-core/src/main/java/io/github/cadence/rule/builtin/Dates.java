package io.github.cadence.rule.builtin;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.cadence.model.FirstMeeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Date arithmetic in a contact's zone, and its wording in reasons. */
final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  private static final long SECONDS_PER_DAY = 86_400;

  private Dates() {}

  /**
   * Points per overdue day for a follow-up on a rhythm of {@code period}: ten times {@code weight}
   * per whole period overdue, so that being one cadence late weighs the same for a 14-day and a
   * 90-day rhythm. Months count as their average length.
   */
  static double dailyWeight(double weight, Period period) {
    return weight * 10.0 / days(period);
  }

  /** A period's length in days, months counted as their average length. */
  @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths() just before
  static double days(Period period) {
    return period.toTotalMonths() * 30.436875 + period.getDays();
  }

  /**
   * The instant a period after another, on the calendar of a zone. Days in a zone with a fixed
   * offset (UTC, most imported contacts) are 24 hours each, so no zoned date-time is built for
   * them: this runs for every rule and contact of a full evaluation.
   */
  @SuppressWarnings("JavaPeriodGetDays") // months and years take the zoned path
  static Instant plus(Instant instant, Period period, ZoneId zone) {
    if (period.toTotalMonths() == 0 && isFixed(zone)) {
      return instant.plusSeconds(period.getDays() * SECONDS_PER_DAY);
    }
    return instant.atZone(zone).plus(period).toInstant();
  }

  static Instant startOf(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).toInstant();
  }

  /** The date of an instant in a zone; for a fixed offset, without building a zoned date-time. */
  static LocalDate dateOf(Instant instant, ZoneId zone) {
    if (isFixed(zone)) {
      long local = instant.getEpochSecond() + offset(zone, instant).getTotalSeconds();
      return LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY));
    }
    return instant.atZone(zone).toLocalDate();
  }

  /** Whether a zone's offset never changes; a {@link ZoneOffset} builds new rules when asked. */
  private static boolean isFixed(ZoneId zone) {
    return zone instanceof ZoneOffset || zone.getRules().isFixedOffset();
  }

  private static ZoneOffset offset(ZoneId zone, Instant instant) {
    return zone instanceof ZoneOffset offset ? offset : zone.getRules().getOffset(instant);
  }

  /**
   * As a person says it: "today", "yesterday", "3 days ago", "tomorrow", "in 3 days", counted in
   * local days; from two months, in whole months ("5 months ago"); from two years, in whole years
   * ("14 years ago").
   */
  static String relative(Instant then, Instant asOf, ZoneId zone) {
    LocalDate today = dateOf(asOf, zone);
    LocalDate day = dateOf(then, zone);
    long days = ChronoUnit.DAYS.between(today, day);
    if (days == 0) {
      return "today";
    }
    if (days == -1) {
      return "yesterday";
    }
    if (days == 1) {
      return "tomorrow";
    }
    Period p = days < 0 ? Period.between(day, today) : Period.between(today, day);
    long months = p.toTotalMonths();
    String span =
        months < 2
            ? Math.abs(days) + " days"
            : months < 24 ? months + " months" : p.getYears() + " years";
    return days < 0 ? span + " ago" : "in " + span;
  }

  /**
   * Fills {@code %s} and {@code %d} in a reason's template with the arguments, in order. Every
   * entry shown is worded, and {@link String#format} parses its pattern each time: this does the
   * little the reasons need, several times faster.
   */
  static String words(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        char kind = template.charAt(i + 1);
        if (kind == 's' || kind == 'd') {
          checkArgument(next < args.length, "too few arguments for %s", template);
          out.append(args[next++]);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    checkArgument(next == args.length, "%s arguments for %s placeholders", args.length, next);
    return out.toString();
  }

  /**
   * How the user came to know a contact: "connected on LinkedIn" for a connection the LinkedIn
   * import dated, "met at the BNI breakfast", or "met".
   */
  static String meeting(FirstMeeting met) {
    return met.where()
        .map(w -> w.equalsIgnoreCase("LinkedIn") ? "connected on LinkedIn" : "met at " + w)
        .orElse("met");
  }

  /** "Nov 25". */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "14 days", "3 months", "1 year 2 months". */
  static String describe(Period period) {
    StringBuilder s = new StringBuilder();
    append(s, period.getYears(), "year");
    append(s, period.getMonths(), "month");
    append(s, period.getDays(), "day");
    return s.toString();
  }

  private static void append(StringBuilder s, int amount, String unit) {
    if (amount != 0) {
      s.append(s.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
      s.append(Math.abs(amount) == 1 ? "" : "s");
    }
  }
}
