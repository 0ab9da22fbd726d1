package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which days the user networks on: business days only (the default, as sales tools plan calls and
 * mail), or every day; the weekend; the public holidays; and days worked anyway. Apollo and HubSpot
 * skip weekends and holidays for the same reason: a call on Christmas Day or a mail on a Sunday
 * reaches nobody, or the wrong impression.
 *
 * <p>The planner plans touches on working days only. A touch that becomes due on a day off waits
 * for the next working day, except one whose window closes (a reply owed, a follow-up after meeting
 * someone, an occasion): that one is planned on the working day before, so that a birthday on a
 * Sunday is marked on the Friday. Occasions keep their own dates; only the day the touch is planned
 * moves. Events on the calendar take place on their day whatever it is.
 *
 * <p>Immutable; build with {@link #builder()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@CheckReturnValue
public final class WorkingDays {
  private static final WorkingDays BUSINESS_DAYS = builder().build();
  private static final WorkingDays EVERY_DAY = builder().businessDaysOnly(false).build();

  private final boolean businessDaysOnly;
  private final Set<DayOfWeek> weekend;
  private final HolidayCalendar holidays;
  private final Set<LocalDate> workedAnyway;

  private WorkingDays(Builder b) {
    this.businessDaysOnly = b.businessDaysOnly;
    this.weekend = ImmutableSet.copyOf(b.weekend);
    this.holidays = b.holidays;
    this.workedAnyway = ImmutableSet.copyOf(b.workedAnyway);
  }

  /**
   * Monday to Friday, no holidays: the default.
   *
   * @return business days
   */
  public static WorkingDays businessDays() {
    return BUSINESS_DAYS;
  }

  /**
   * Every day of the week, no holidays: what the planner did before business days existed.
   *
   * @return every day
   */
  public static WorkingDays everyDay() {
    return EVERY_DAY;
  }

  /**
   * Starts from business days: Monday to Friday, Saturday and Sunday the weekend, no holidays.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether touches are planned on business days only (the weekend off).
   *
   * @return true by default
   */
  public boolean businessDaysOnly() {
    return businessDaysOnly;
  }

  /**
   * The days of the weekend, off when {@link #businessDaysOnly()}.
   *
   * @return Saturday and Sunday by default
   */
  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  /**
   * The public holidays.
   *
   * @return the calendar; {@link HolidayCalendar#none()} by default
   */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /**
   * Days worked although they are holidays or weekend days.
   *
   * @return the days
   */
  public Set<LocalDate> workedAnyway() {
    return workedAnyway;
  }

  /**
   * Whether touches are planned on a day.
   *
   * @param day the day
   * @return false on a holiday and, with business days only, on a weekend day, unless the day is
   *     worked anyway
   */
  public boolean isWorkingDay(LocalDate day) {
    return dayOff(day).isEmpty();
  }

  /**
   * The holiday on a day, unless it is worked anyway.
   *
   * @param day the day
   * @return the holiday's name, or empty
   */
  public Optional<String> holiday(LocalDate day) {
    requireNonNull(day, "day");
    if (workedAnyway.contains(day)) {
      return Optional.empty();
    }
    return requireNonNull(holidays.holiday(day), "a holiday calendar answered null");
  }

  /**
   * Why a day is not a working day, in words: the holiday's name, or "weekend".
   *
   * @param day the day
   * @return the reason, or empty on a working day
   */
  public Optional<String> dayOff(LocalDate day) {
    Optional<String> holiday = holiday(day);
    if (holiday.isPresent()) {
      return holiday;
    }
    if (businessDaysOnly && weekend.contains(day.getDayOfWeek()) && !workedAnyway.contains(day)) {
      return Optional.of("weekend");
    }
    return Optional.empty();
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.businessDaysOnly = businessDaysOnly;
    b.weekend.clear();
    b.weekend.addAll(weekend);
    b.holidays = holidays;
    b.workedAnyway.addAll(workedAnyway);
    return b;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingDays o
        && businessDaysOnly == o.businessDaysOnly
        && weekend.equals(o.weekend)
        && holidays.equals(o.holidays)
        && workedAnyway.equals(o.workedAnyway);
  }

  @Override
  public int hashCode() {
    return Objects.hash(businessDaysOnly, weekend, holidays, workedAnyway);
  }

  @Override
  public String toString() {
    return (businessDaysOnly ? "business days (weekend " + weekend + ")" : "every day")
        + ", holidays: "
        + holidays
        + (workedAnyway.isEmpty() ? "" : ", worked anyway: " + workedAnyway);
  }

  /** Builds {@link WorkingDays}. */
  public static final class Builder {
    private boolean businessDaysOnly = true;
    private final Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private HolidayCalendar holidays = HolidayCalendar.none();
    private final Set<LocalDate> workedAnyway = new HashSet<>();

    private Builder() {}

    /**
     * Plans touches on business days only, or on every day.
     *
     * @param value true for business days only
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder businessDaysOnly(boolean value) {
      this.businessDaysOnly = value;
      return this;
    }

    /**
     * Sets the days of the weekend (Friday and Saturday in much of the Middle East).
     *
     * @param days the days; fewer than seven
     * @return this builder
     * @throws IllegalArgumentException if every day of the week is given
     */
    @CanIgnoreReturnValue
    public Builder weekend(Set<DayOfWeek> days) {
      requireNonNull(days, "weekend").forEach(d -> requireNonNull(d, "weekend day"));
      if (days.size() == DayOfWeek.values().length) {
        throw new IllegalArgumentException(
            "weekend must leave at least one working day, was every day of the week");
      }
      weekend.clear();
      weekend.addAll(days);
      return this;
    }

    /**
     * Sets the public holidays.
     *
     * @param value the calendar
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder holidays(HolidayCalendar value) {
      this.holidays = requireNonNull(value, "holidays");
      return this;
    }

    /**
     * Works on a day although it is a holiday or a weekend day.
     *
     * @param day the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workOn(LocalDate day) {
      workedAnyway.add(requireNonNull(day, "day"));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the working days
     */
    public WorkingDays build() {
      return new WorkingDays(this);
    }
  }
}
