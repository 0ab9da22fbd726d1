package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The week looked back on: what was planned and done, how many weeks in a row met the plan, what is
 * overdue per tier, and how the goals stand.
 *
 * @param weekStart the Monday of the week
 * @param planned how many contact touches the plans of the week held
 * @param done how many of them were done (the contact was reached on or after its planned day,
 *     within the week)
 * @param missed the ids of the contacts planned and not reached
 * @param streak how many weeks in a row, ending with this one, met their plan (0 if this one did
 *     not)
 * @param overdueByTier per tier name, how many contacts are due now
 * @param goals the goals' progress
 */
public record WeeklyReview(
    LocalDate weekStart,
    int planned,
    int done,
    List<String> missed,
    int streak,
    Map<String, Integer> overdueByTier,
    List<GoalProgress> goals) {

  /**
   * Validates every component and takes immutable copies.
   *
   * @param weekStart the Monday of the week
   * @param planned how many contact touches the plans of the week held
   * @param done how many of them were done
   * @param missed the ids of the contacts planned and not reached
   * @param streak how many weeks in a row met their plan
   * @param overdueByTier per tier name, how many contacts are due now
   * @param goals the goals' progress
   */
  public WeeklyReview {
    requireNonNull(weekStart, "weekStart");
    checkArgument(
        done >= 0 && done <= planned,
        "done must be between 0 and planned (%s), was %s",
        planned,
        done);
    missed = ImmutableList.copyOf(requireNonNull(missed, "missed"));
    checkArgument(streak >= 0, "streak must be zero or more, was %s", streak);
    overdueByTier = ImmutableSortedMap.copyOf(requireNonNull(overdueByTier, "overdueByTier"));
    goals = ImmutableList.copyOf(requireNonNull(goals, "goals"));
  }

  /**
   * Whether the week met its plan: something was planned and all of it was done.
   *
   * @return true if it did
   */
  public boolean metThePlan() {
    return planned > 0 && done == planned;
  }
}
