package io.github.cadence.cli;

import com.google.common.collect.ImmutableList;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.history.Network;
import io.github.cadence.model.Contact;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.Planner;
import io.github.cadence.tracking.Goal;
import io.github.cadence.tracking.Tracker;
import io.github.cadence.tracking.WeeklyReview;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the weekly review shows: this week's planned against done, the streak, what is overdue per
 * tier, the goals, the past weeks' planned against done, and the forecast of keeping the plan
 * against stopping for a few weeks.
 *
 * @param asOf when the review was made
 * @param week this week's review
 * @param missed the names of the contacts planned this week and not reached
 * @param weeks planned against done in the past weeks, oldest first, this week last
 * @param forecast the coming weeks, kept and stopped
 * @param tiers the tier names of the overdue counts, sorted
 */
record Review(
    Instant asOf,
    WeeklyReview week,
    List<String> missed,
    List<PastWeek> weeks,
    Forecast forecast,
    List<String> tiers) {

  /** One past week: how many touches were planned, how many done. */
  record PastWeek(LocalDate start, int planned, int done) {
    boolean met() {
      return planned > 0 && done >= planned;
    }
  }

  Review {
    missed = ImmutableList.copyOf(missed);
    weeks = ImmutableList.copyOf(weeks);
    tiers = ImmutableList.copyOf(tiers);
  }

  /**
   * Makes the review of the week holding {@code asOf}: {@code pastWeeks} weeks of history, a
   * forecast {@code ahead} weeks long whose second scenario stops for {@code stopWeeks}.
   */
  static Review of(
      Network network,
      FollowUpQueue queue,
      PlanMemory memory,
      List<Goal> goals,
      CadenceEngine engine,
      Planner planner,
      ZoneId zone,
      Instant asOf,
      int pastWeeks,
      int ahead,
      int stopWeeks) {
    Tracker tracker = Tracker.of(zone);
    LocalDate today = asOf.atZone(zone).toLocalDate();
    WeeklyReview week = tracker.review(network, queue, memory, today, goals);
    List<String> missed =
        week.missed().stream()
            .map(id -> network.contact(id).map(Contact::displayName).orElse(id))
            .toList();
    ImmutableList.Builder<PastWeek> weeks = ImmutableList.builder();
    for (int i = pastWeeks - 1; i >= 1; i--) {
      LocalDate monday = week.weekStart().minusWeeks(i);
      WeeklyReview r = tracker.review(network, queue, memory, monday, List.of());
      weeks.add(new PastWeek(monday, r.planned(), r.done()));
    }
    weeks.add(new PastWeek(week.weekStart(), week.planned(), week.done()));
    Forecast forecast = Forecast.compare(engine, planner, network, today, ahead, stopWeeks);
    Set<String> tiers = new TreeSet<>(week.overdueByTier().keySet());
    forecast.keepThePlan().forEach(w -> tiers.addAll(w.overdueByTier().keySet()));
    forecast.stopped().forEach(w -> tiers.addAll(w.overdueByTier().keySet()));
    return new Review(asOf, week, missed, weeks.build(), forecast, List.copyOf(tiers));
  }
}
