package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.model.Channel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The time the user really has and how they want to spend it: a daily budget (30 minutes by
 * default, "half an hour a day") on business days, per-weekday overrides, days off and public
 * holidays, how long each channel takes, weekly or monthly quotas per category, busy periods, and
 * the networking events on the calendar. Immutable; build with {@link #builder()}.
 *
 * <p>Default durations, in minutes: call 10, email 5, message 3, meeting 60 (a coffee), event 120,
 * social 3, gift 15, note 10. Default quotas follow the seeds: at least 5 clients and 1 strategic
 * partner a week, 1 to 2 events a month.
 *
 * @param zone the user's time zone: days start at midnight there
 * @param dailyMinutes the budget of an ordinary day; zero or more
 * @param weekdayMinutes budgets for particular weekdays (zero for a free weekday)
 * @param daysOff days with no networking at all
 * @param channelMinutes how long a touch on each channel takes; every channel present, positive
 * @param quotas at most one per category and period
 * @param busy busy periods with their reduced budgets
 * @param events networking events on the calendar
 * @param eventDays days the user set aside for an event: an event may take longer than the day's
 *     budget on those days only
 * @param workingDays the days touches are planned on: business days by default, with the public
 *     holidays configured; see {@link WorkingDays}
 */
@API(status = EXPERIMENTAL, since = "0.1")
@CheckReturnValue
public record PlanSettings(
    ZoneId zone,
    int dailyMinutes,
    Map<DayOfWeek, Integer> weekdayMinutes,
    Set<LocalDate> daysOff,
    Map<Channel, Integer> channelMinutes,
    List<Quota> quotas,
    List<BusyPeriod> busy,
    List<NetworkingEvent> events,
    Set<LocalDate> eventDays,
    WorkingDays workingDays) {

  private static final Map<Channel, Integer> DEFAULT_MINUTES = defaultMinutes();

  /**
   * Validates every component and takes immutable copies.
   *
   * @param zone the user's time zone: days start at midnight there
   * @param dailyMinutes the budget of an ordinary day; zero or more
   * @param weekdayMinutes budgets for particular weekdays (zero for a free weekday)
   * @param daysOff days with no networking at all
   * @param channelMinutes how long a touch on each channel takes; every channel present, positive
   * @param quotas at most one per category and period
   * @param busy busy periods with their reduced budgets
   * @param events networking events on the calendar
   * @param eventDays days set aside for an event
   * @param workingDays the days touches are planned on
   */
  public PlanSettings {
    requireNonNull(zone, "zone");
    checkArgument(dailyMinutes >= 0, "dailyMinutes must be zero or more, was %s", dailyMinutes);
    weekdayMinutes = ImmutableMap.copyOf(requireNonNull(weekdayMinutes, "weekdayMinutes"));
    weekdayMinutes.forEach(
        (day, minutes) ->
            checkArgument(
                minutes >= 0, "weekdayMinutes of %s must be zero or more, was %s", day, minutes));
    daysOff = ImmutableSet.copyOf(requireNonNull(daysOff, "daysOff"));
    channelMinutes = ImmutableMap.copyOf(requireNonNull(channelMinutes, "channelMinutes"));
    for (Channel c : Channel.values()) {
      Integer m = channelMinutes.get(c);
      checkArgument(m != null, "channelMinutes has no duration for %s", c);
      checkArgument(m > 0, "channelMinutes of %s must be positive, was %s", c, m);
    }
    quotas = ImmutableList.copyOf(requireNonNull(quotas, "quotas"));
    Set<String> seen = new HashSet<>();
    for (Quota q : quotas) {
      checkArgument(
          seen.add(q.category() + "/" + q.span()),
          "quotas has two quotas for %s per %s",
          q.category().label(),
          q.span());
    }
    busy = ImmutableList.copyOf(requireNonNull(busy, "busy"));
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
    eventDays = ImmutableSet.copyOf(requireNonNull(eventDays, "eventDays"));
    requireNonNull(workingDays, "workingDays");
  }

  /**
   * Settings planned on business days, with no holidays: the form before {@link WorkingDays}.
   *
   * @param zone the user's time zone: days start at midnight there
   * @param dailyMinutes the budget of an ordinary day; zero or more
   * @param weekdayMinutes budgets for particular weekdays (zero for a free weekday)
   * @param daysOff days with no networking at all
   * @param channelMinutes how long a touch on each channel takes; every channel present, positive
   * @param quotas at most one per category and period
   * @param busy busy periods with their reduced budgets
   * @param events networking events on the calendar
   * @param eventDays days set aside for an event
   */
  public PlanSettings(
      ZoneId zone,
      int dailyMinutes,
      Map<DayOfWeek, Integer> weekdayMinutes,
      Set<LocalDate> daysOff,
      Map<Channel, Integer> channelMinutes,
      List<Quota> quotas,
      List<BusyPeriod> busy,
      List<NetworkingEvent> events,
      Set<LocalDate> eventDays) {
    this(
        zone,
        dailyMinutes,
        weekdayMinutes,
        daysOff,
        channelMinutes,
        quotas,
        busy,
        events,
        eventDays,
        WorkingDays.businessDays());
  }

  /**
   * The defaults: 30 minutes a business day, no holidays, the default durations and quotas, in UTC.
   *
   * @return the default settings
   */
  public static PlanSettings defaults() {
    return builder().build();
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The budget of a day: zero on a day off (the user's own, a holiday, or with business days only a
   * weekend day), the busy budget in a busy period (the smaller one if the day's own budget is
   * smaller), else the weekday's override or the daily budget.
   *
   * @param day the day
   * @return the minutes available for networking
   */
  public int budget(LocalDate day) {
    if (!isWorkingDay(day)) {
      return 0;
    }
    int normal = weekdayMinutes.getOrDefault(day.getDayOfWeek(), dailyMinutes);
    for (BusyPeriod b : busy) {
      if (b.contains(day)) {
        return Math.min(normal, b.minutesPerDay());
      }
    }
    return normal;
  }

  /**
   * Whether touches are planned on a day: not one of the user's days off, nor a holiday, nor with
   * business days only a weekend day (unless worked anyway).
   *
   * @param day the day
   * @return true on a working day
   */
  public boolean isWorkingDay(LocalDate day) {
    return !daysOff.contains(requireNonNull(day, "day")) && workingDays.isWorkingDay(day);
  }

  /**
   * Why touches are not planned on a day, in words: the holiday's name, "weekend", or "day off".
   *
   * @param day the day
   * @return the reason, or empty on a working day
   */
  public Optional<String> dayOff(LocalDate day) {
    if (daysOff.contains(requireNonNull(day, "day"))) {
      return Optional.of(workingDays.holiday(day).orElse("day off"));
    }
    return workingDays.dayOff(day);
  }

  /**
   * Whether a day falls in a busy period.
   *
   * @param day the day
   * @return true if it does
   */
  public boolean isBusy(LocalDate day) {
    return busy.stream().anyMatch(b -> b.contains(day));
  }

  /**
   * How long a touch on a channel takes.
   *
   * @param channel the channel
   * @return minutes
   */
  public int minutes(Channel channel) {
    return requireNonNull(channelMinutes.get(requireNonNull(channel, "channel")));
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return a builder
   */
  @CanIgnoreReturnValue
  public Builder toBuilder() {
    Builder b = new Builder();
    b.zone = zone;
    b.dailyMinutes = dailyMinutes;
    b.weekdayMinutes.putAll(weekdayMinutes);
    b.daysOff.addAll(daysOff);
    b.channelMinutes.putAll(channelMinutes);
    b.quotas.clear();
    b.quotas.addAll(quotas);
    b.busy.addAll(busy);
    b.events.addAll(events);
    b.eventDays.addAll(eventDays);
    b.workingDays = workingDays;
    return b;
  }

  private static Map<Channel, Integer> defaultMinutes() {
    Map<Channel, Integer> m = new EnumMap<>(Channel.class);
    m.put(Channel.CALL, 10);
    m.put(Channel.EMAIL, 5);
    m.put(Channel.MESSAGE, 3);
    m.put(Channel.MEETING, 60);
    m.put(Channel.EVENT, 120);
    m.put(Channel.SOCIAL, 3);
    m.put(Channel.GIFT, 15);
    m.put(Channel.NOTE, 10);
    return m;
  }

  /** Builds {@link PlanSettings}; values are checked when built. */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private int dailyMinutes = 30;
    private final Map<DayOfWeek, Integer> weekdayMinutes = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Map<Channel, Integer> channelMinutes = new EnumMap<>(DEFAULT_MINUTES);
    private final List<Quota> quotas =
        new ArrayList<>(
            List.of(
                Quota.atLeastWeekly(Category.CLIENT, 5),
                Quota.atLeastWeekly(Category.STRATEGIC_PARTNER, 1),
                Quota.monthly(Category.EVENT, 1, 2)));
    private final List<BusyPeriod> busy = new ArrayList<>();
    private final List<NetworkingEvent> events = new ArrayList<>();
    private final Set<LocalDate> eventDays = new HashSet<>();
    private WorkingDays workingDays = WorkingDays.businessDays();

    private Builder() {}

    /**
     * Sets the user's time zone.
     *
     * @param value the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId value) {
      this.zone = requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets the budget of an ordinary day.
     *
     * @param minutes zero or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dailyMinutes(int minutes) {
      this.dailyMinutes = minutes;
      return this;
    }

    /**
     * Sets the budget of a weekday, e.g. 0 for Sundays.
     *
     * @param day the weekday
     * @param minutes zero or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weekday(DayOfWeek day, int minutes) {
      weekdayMinutes.put(requireNonNull(day, "day"), minutes);
      return this;
    }

    /**
     * Adds a day off.
     *
     * @param day the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dayOff(LocalDate day) {
      daysOff.add(requireNonNull(day, "day"));
      return this;
    }

    /**
     * Sets how long a touch on a channel takes.
     *
     * @param channel the channel
     * @param minutes positive
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channelMinutes(Channel channel, int minutes) {
      channelMinutes.put(requireNonNull(channel, "channel"), minutes);
      return this;
    }

    /**
     * Replaces the quotas.
     *
     * @param values the quotas, at most one per category and period
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quotas(Quota... values) {
      quotas.clear();
      for (Quota q : requireNonNull(values, "quotas")) {
        quotas.add(requireNonNull(q, "quota"));
      }
      return this;
    }

    /**
     * Marks a busy period.
     *
     * @param period the period
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder busy(BusyPeriod period) {
      busy.add(requireNonNull(period, "busy"));
      return this;
    }

    /**
     * Adds a networking event to the calendar.
     *
     * @param event the event
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder event(NetworkingEvent event) {
      events.add(requireNonNull(event, "event"));
      return this;
    }

    /**
     * Sets a day aside for an event: the event may then take longer than the day's budget.
     *
     * @param day the day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder eventDay(LocalDate day) {
      eventDays.add(requireNonNull(day, "day"));
      return this;
    }

    /**
     * Sets the days touches are planned on: business days or every day, the weekend, the public
     * holidays, days worked anyway.
     *
     * @param value the working days; {@link WorkingDays#businessDays()} by default
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder workingDays(WorkingDays value) {
      this.workingDays = requireNonNull(value, "workingDays");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException naming the field and value that is out of range
     */
    public PlanSettings build() {
      return new PlanSettings(
          zone,
          dailyMinutes,
          weekdayMinutes,
          daysOff,
          channelMinutes,
          quotas,
          busy,
          events,
          eventDays,
          workingDays);
    }
  }
}
