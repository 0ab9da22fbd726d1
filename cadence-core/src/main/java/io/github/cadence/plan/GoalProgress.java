package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * How far a goal is in the span holding a day.
 *
 * @param goal the goal
 * @param from the span's first day
 * @param toExclusive the day after the span's last day
 * @param achieved how many were counted so far; zero or more
 */
public record GoalProgress(Goal goal, LocalDate from, LocalDate toExclusive, int achieved) {
  /**
   * Validates every component.
   *
   * @param goal the goal
   * @param from the span's first day
   * @param toExclusive the day after the span's last day
   * @param achieved how many were counted so far; zero or more
   */
  public GoalProgress {
    requireNonNull(goal, "goal");
    requireNonNull(from, "from");
    requireNonNull(toExclusive, "toExclusive");
    checkArgument(achieved >= 0, "achieved must be zero or more, was %s", achieved);
  }

  /**
   * Whether the target is reached.
   *
   * @return true if {@code achieved} is at least the goal's target
   */
  public boolean met() {
    return achieved >= goal.target();
  }

  /**
   * "3 of 10 reactivated clients per quarter (2026-10-01 to 2026-12-31)".
   *
   * @return the progress in words
   */
  public String describe() {
    return achieved
        + " of "
        + goal.name()
        + " ("
        + from
        + " to "
        + toExclusive.minusDays(1)
        + ")"
        + (met() ? ": met" : "");
  }
}
