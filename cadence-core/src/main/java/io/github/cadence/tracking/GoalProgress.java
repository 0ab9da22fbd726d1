package io.github.cadence.tracking;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** How far a goal is in the span holding a day. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GoalProgress {
  private final Goal goal;
  private final LocalDate from;
  private final LocalDate toExclusive;
  private final int achieved;

  GoalProgress(Goal goal, LocalDate from, LocalDate toExclusive, int achieved) {
    requireNonNull(goal, "goal");
    requireNonNull(from, "from");
    requireNonNull(toExclusive, "toExclusive");
    checkState(achieved >= 0, "achieved must be zero or more, was %s", achieved);
    this.goal = goal;
    this.from = from;
    this.toExclusive = toExclusive;
    this.achieved = achieved;
  }

  /**
   * The goal.
   *
   * @return the goal
   */
  public Goal goal() {
    return goal;
  }

  /**
   * The span's first day.
   *
   * @return the from
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The day after the span's last day.
   *
   * @return the toExclusive
   */
  public LocalDate toExclusive() {
    return toExclusive;
  }

  /**
   * How many were counted so far; zero or more.
   *
   * @return the achieved
   */
  public int achieved() {
    return achieved;
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GoalProgress o
        && goal.equals(o.goal)
        && from.equals(o.from)
        && toExclusive.equals(o.toExclusive)
        && achieved == o.achieved;
  }

  @Override
  public int hashCode() {
    return Objects.hash(goal, from, toExclusive, achieved);
  }

  @Override
  public String toString() {
    return "GoalProgress["
        + "goal="
        + goal
        + ", "
        + "from="
        + from
        + ", "
        + "toExclusive="
        + toExclusive
        + ", "
        + "achieved="
        + achieved
        + "]";
  }
}
