package io.github.cadence.tracking;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The week looked back on: what was planned and done, how many weeks in a row met the plan, what is
 * overdue per tier, and how the goals stand.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WeeklyReview {
  private final LocalDate weekStart;
  private final int planned;
  private final int done;
  private final List<String> missed;
  private final int streak;
  private final Map<String, Integer> overdueByTier;
  private final List<GoalProgress> goals;

  WeeklyReview(
      LocalDate weekStart,
      int planned,
      int done,
      List<String> missed,
      int streak,
      Map<String, Integer> overdueByTier,
      List<GoalProgress> goals) {
    requireNonNull(weekStart, "weekStart");
    checkState(
        done >= 0 && done <= planned,
        "done must be between 0 and planned (%s), was %s",
        planned,
        done);
    missed = ImmutableList.copyOf(requireNonNull(missed, "missed"));
    checkState(streak >= 0, "streak must be zero or more, was %s", streak);
    overdueByTier = ImmutableSortedMap.copyOf(requireNonNull(overdueByTier, "overdueByTier"));
    goals = ImmutableList.copyOf(requireNonNull(goals, "goals"));
    this.weekStart = weekStart;
    this.planned = planned;
    this.done = done;
    this.missed = missed;
    this.streak = streak;
    this.overdueByTier = overdueByTier;
    this.goals = goals;
  }

  /**
   * The Monday of the week.
   *
   * @return the weekStart
   */
  public LocalDate weekStart() {
    return weekStart;
  }

  /**
   * How many contact touches the plans of the week held.
   *
   * @return the planned
   */
  public int planned() {
    return planned;
  }

  /**
   * How many of them were done (the contact was reached on or after its planned day, within the
   * week).
   *
   * @return the done
   */
  public int done() {
    return done;
  }

  /**
   * The ids of the contacts planned and not reached.
   *
   * @return the missed
   */
  public List<String> missed() {
    return missed;
  }

  /**
   * How many weeks in a row met their plan, ending with this one if it met its plan, else with the
   * week before: a week still in progress does not break the streak, the week before it does.
   *
   * @return the streak
   */
  public int streak() {
    return streak;
  }

  /**
   * Per tier name, how many contacts are due now for a follow-up (a contact still to map has no
   * rhythm yet, so it is not overdue: the intake offers it).
   *
   * @return the overdueByTier
   */
  public Map<String, Integer> overdueByTier() {
    return overdueByTier;
  }

  /**
   * The goals' progress.
   *
   * @return the goals
   */
  public List<GoalProgress> goals() {
    return goals;
  }

  /**
   * Whether the week met its plan: something was planned and all of it was done.
   *
   * @return true if it did
   */
  public boolean metThePlan() {
    return planned > 0 && done == planned;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WeeklyReview o
        && weekStart.equals(o.weekStart)
        && planned == o.planned
        && done == o.done
        && missed.equals(o.missed)
        && streak == o.streak
        && overdueByTier.equals(o.overdueByTier)
        && goals.equals(o.goals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekStart, planned, done, missed, streak, overdueByTier, goals);
  }

  @Override
  public String toString() {
    return "WeeklyReview["
        + "weekStart="
        + weekStart
        + ", "
        + "planned="
        + planned
        + ", "
        + "done="
        + done
        + ", "
        + "missed="
        + missed
        + ", "
        + "streak="
        + streak
        + ", "
        + "overdueByTier="
        + overdueByTier
        + ", "
        + "goals="
        + goals
        + "]";
  }
}
