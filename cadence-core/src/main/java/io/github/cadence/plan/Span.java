package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.apiguardian.api.API;

/** A calendar period, for the targets of goals and the bounds of quotas. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Span {
  /** Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter. */
  QUARTER;

  /**
   * The first day of the span holding a day.
   *
   * @param day the day
   * @return the span's first day
   */
  public LocalDate start(LocalDate day) {
    requireNonNull(day, "day");
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
    };
  }

  /**
   * The first day after the span holding a day.
   *
   * @param day the day
   * @return the day after the span's last day
   */
  public LocalDate end(LocalDate day) {
    LocalDate start = start(day);
    return switch (this) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }

  /**
   * The span's name in lowercase, as in "per week".
   *
   * @return "week", "month" or "quarter"
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
