package io.github.cadence.cli;

import io.github.cadence.plan.Planner;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The few ways people say when something happened or should: {@code now}, {@code today}, {@code
 * yesterday}, {@code today 14:00}, {@code last friday}, {@code friday} (the coming one), {@code
 * next-week} (next Monday; on a Sunday, the Monday after), an ISO date ({@code 2026-11-20}), a
 * local date and time ({@code 2026-11-20T14:00}) or an instant ({@code 2026-11-20T13:00:00Z}), read
 * in the user's zone. A fixed grammar of a dozen forms: a general natural-language date library
 * would guess where the user should be told.
 */
final class SpokenTime {
  static final String FORMS =
      "now, today, yesterday, tomorrow, 'today 14:00', 'last friday', friday, next-week,"
          + " 2026-11-20, 2026-11-20T14:00 or 2026-11-20T13:00:00Z";
  private static final Pattern DAY_AND_TIME = Pattern.compile("(.+?)\\s+(\\d{1,2}:\\d{2})");

  private SpokenTime() {}

  /** An instant: a day without a time is its start, or now if the day is today. */
  static Instant instant(String text, Instant now, ZoneId zone) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("now")) {
      return now;
    }
    if (t.endsWith("z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
      try {
        return Instant.parse(text.strip().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    if (t.contains("t") && Character.isDigit(t.charAt(0))) {
      try {
        return LocalDateTime.parse(text.strip().toUpperCase(Locale.ROOT)).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    Matcher m = DAY_AND_TIME.matcher(t);
    if (m.matches()) {
      LocalDate day = day(m.group(1), now, zone, text);
      try {
        return day.atTime(LocalTime.parse(m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2)))
            .atZone(zone)
            .toInstant();
      } catch (DateTimeException e) {
        throw invalid(text);
      }
    }
    LocalDate day = day(t, now, zone, text);
    LocalDate today = now.atZone(zone).toLocalDate();
    return day.equals(today) ? now : day.atStartOfDay(zone).toInstant();
  }

  /** A day. */
  static LocalDate day(String text, Instant now, ZoneId zone, String original) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    LocalDate today = now.atZone(zone).toLocalDate();
    switch (t) {
      case "today" -> {
        return today;
      }
      case "yesterday" -> {
        return today.minusDays(1);
      }
      case "tomorrow" -> {
        return today.plusDays(1);
      }
      case "next-week", "next week" -> {
        return Planner.nextWeek(today);
      }
      default -> {}
    }
    boolean last = t.startsWith("last ");
    DayOfWeek weekday = weekday(last ? t.substring(5).strip() : t);
    if (weekday != null) {
      return last
          ? today.with(TemporalAdjusters.previous(weekday))
          : today.with(TemporalAdjusters.next(weekday));
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw invalid(original);
    }
  }

  private static @Nullable DayOfWeek weekday(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (name.equals(full) || name.equals(full.substring(0, 3))) {
        return d;
      }
    }
    return null;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("'" + text + "' is not a time Cadence reads; say " + FORMS);
  }
}
