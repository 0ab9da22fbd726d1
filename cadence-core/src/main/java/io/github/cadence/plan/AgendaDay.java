package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** One day of an agenda. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgendaDay {
  private final LocalDate date;
  private final int budgetMinutes;
  private final boolean busy;
  private final List<AgendaItem> items;
  private final @Nullable String dayOff;

  AgendaDay(
      LocalDate date,
      int budgetMinutes,
      boolean busy,
      List<AgendaItem> items,
      Optional<String> dayOff) {
    requireNonNull(date, "date");
    items = ImmutableList.copyOf(requireNonNull(items, "items"));
    int planned = toDo(items);
    checkState(
        planned <= budgetMinutes,
        "items of %s take %s minutes, more than the budget of %s",
        date,
        planned,
        budgetMinutes);
    this.date = date;
    this.budgetMinutes = budgetMinutes;
    this.busy = busy;
    this.items = items;
    this.dayOff = dayOff.orElse(null);
  }

  /**
   * Why no touch is planned on this day, if it is a day off: the holiday's name ("Christmas Day"),
   * "weekend", or "day off". Events on the calendar may still take place.
   *
   * @return the reason, or empty on a working day
   */
  public Optional<String> dayOff() {
    return Optional.ofNullable(dayOff);
  }

  /**
   * The day.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The time available that day (an event on a day set aside for it adds its own length).
   *
   * @return the budgetMinutes
   */
  public int budgetMinutes() {
    return budgetMinutes;
  }

  /**
   * Whether the day is in a busy period.
   *
   * @return the busy
   */
  public boolean busy() {
    return busy;
  }

  /**
   * What to do, in order.
   *
   * @return the items
   */
  public List<AgendaItem> items() {
    return items;
  }

  /**
   * The time the items still to do take: a touch done since the day was planned takes none.
   *
   * @return minutes
   */
  public int plannedMinutes() {
    return toDo(items);
  }

  /** The minutes of the items still to do: a touch done since the day was planned takes none. */
  private static int toDo(List<AgendaItem> items) {
    return items.stream()
        .filter(i -> !(i instanceof AgendaItem.Touch t && t.isDone()))
        .mapToInt(AgendaItem::minutes)
        .sum();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AgendaDay o
        && date.equals(o.date)
        && budgetMinutes == o.budgetMinutes
        && busy == o.busy
        && items.equals(o.items)
        && Objects.equals(dayOff, o.dayOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, budgetMinutes, busy, items, dayOff);
  }

  @Override
  public String toString() {
    return "AgendaDay["
        + "date="
        + date
        + ", "
        + "budgetMinutes="
        + budgetMinutes
        + ", "
        + "busy="
        + busy
        + ", "
        + "items="
        + items
        + (dayOff == null ? "" : ", dayOff=" + dayOff)
        + "]";
  }
}
