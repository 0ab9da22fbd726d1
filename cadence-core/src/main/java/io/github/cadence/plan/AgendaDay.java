package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of an agenda.
 *
 * @param date the day
 * @param budgetMinutes the time available that day (an event on a day set aside for it adds its own
 *     length)
 * @param busy whether the day is in a busy period
 * @param items what to do, in order
 */
public record AgendaDay(LocalDate date, int budgetMinutes, boolean busy, List<AgendaItem> items) {
  /**
   * Validates every component: the items never exceed the budget.
   *
   * @param date the day
   * @param budgetMinutes the time available that day
   * @param busy whether the day is in a busy period
   * @param items what to do, in order
   */
  public AgendaDay {
    requireNonNull(date, "date");
    items = ImmutableList.copyOf(requireNonNull(items, "items"));
    int planned = items.stream().mapToInt(AgendaItem::minutes).sum();
    checkArgument(
        planned <= budgetMinutes,
        "items of %s take %s minutes, more than the budget of %s",
        date,
        planned,
        budgetMinutes);
  }

  /**
   * The time the items take.
   *
   * @return minutes
   */
  public int plannedMinutes() {
    return items.stream().mapToInt(AgendaItem::minutes).sum();
  }
}
