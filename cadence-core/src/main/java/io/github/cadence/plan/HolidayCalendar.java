package io.github.cadence.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The public holidays of the place the user works: days off for the planner, named in the week
 * view. Core ships no holiday data; {@code cadence-io}'s {@code PublicHolidays} reads them for a
 * country and region, and an application may supply its own (a company's closing days).
 *
 * <p>An implementation answers for any day, deterministically, and quickly: the planner asks about
 * each day it plans, and the day before a closing window.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface HolidayCalendar {
  /**
   * The name of the holiday on a day, as the week view shows it ("Christmas Day").
   *
   * @param day the day
   * @return its name, or empty if the day is not a holiday
   */
  Optional<String> holiday(LocalDate day);

  /**
   * No holidays at all.
   *
   * @return a calendar in which no day is a holiday
   */
  static HolidayCalendar none() {
    return NoHolidays.INSTANCE;
  }
}

/** The calendar with no holiday; one instance, so that settings built alike are equal. */
enum NoHolidays implements HolidayCalendar {
  INSTANCE;

  @Override
  public Optional<String> holiday(LocalDate day) {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "no holidays";
  }
}
