package io.github.cadence.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Role;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Intake;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The tracking mechanism of the seeds: goal progress computed from the touchpoint history, and a
 * weekly review of planned against done.
 *
 * <p>It reads the raw touchpoints of the network, so a review costs time in proportion to the
 * touchpoints of the contacts involved; it is meant for a weekly look back, not for every page
 * view.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Tracker {
  /** A client counts as reactivated after this long without a conversation. */
  private static final Duration DORMANT = Duration.ofDays(60);

  private static final int MAX_STREAK_WEEKS = 520;

  /** The most weeks a report looks back on: two years. */
  public static final int MAX_REPORT_WEEKS = 104;

  private final ZoneId zone;

  private Tracker(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Creates a tracker whose days and weeks start at midnight in a zone.
   *
   * @param zone the user's time zone
   * @return the tracker
   */
  public static Tracker of(ZoneId zone) {
    return new Tracker(requireNonNull(zone, "zone"));
  }

  /**
   * A goal's progress in the span holding a day.
   *
   * @param goal the goal
   * @param network the network, with its touchpoints
   * @param day any day of the span
   * @return the progress
   */
  public GoalProgress progress(Goal goal, Network network, LocalDate day) {
    requireNonNull(goal, "goal");
    requireNonNull(network, "network");
    requireNonNull(day, "day");
    LocalDate from = goal.span().start(day);
    LocalDate to = goal.span().end(day);
    Instant start = startOf(from);
    Instant end = startOf(to);
    int achieved =
        switch (goal.kind()) {
          case TOUCHES -> countTouches(network, goal, start, end);
          case REACTIVATED_CLIENTS -> countReactivated(network, start, end);
          case EVENTS -> countEvents(network, start, end);
          case NEW_CONTACTS ->
              (int)
                  network.contacts().stream()
                      .filter(c -> inRange(c.createdAt(), start, end))
                      .count();
        };
    return new GoalProgress(goal, from, to, achieved);
  }

  /**
   * Reviews the week holding a day: planned against done from the remembered plans, the streak of
   * weeks that met their plan, what is overdue per tier in the queue, and the goals.
   *
   * @param network the network, with its touchpoints
   * @param queue the current queue, for the overdue counts
   * @param memory the remembered plans
   * @param day any day of the week; the goals are measured in their periods holding this day
   * @param goals the goals to report on
   * @return the review
   */
  public WeeklyReview review(
      Network network, FollowUpQueue queue, PlanMemory memory, LocalDate day, List<Goal> goals) {
    requireNonNull(network, "network");
    requireNonNull(queue, "queue");
    requireNonNull(memory, "memory");
    requireNonNull(goals, "goals");
    LocalDate monday = Span.WEEK.start(requireNonNull(day, "day"));
    List<String> missed = new ArrayList<>();
    int[] week = plannedAndDone(network, memory, monday, missed);
    int streak = 0;
    LocalDate earliest =
        memory.planned().isEmpty() ? monday : Span.WEEK.start(memory.planned().get(0).date());
    for (LocalDate w = monday;
        !w.isBefore(earliest) && streak < MAX_STREAK_WEEKS;
        w = w.minusWeeks(1)) {
      int[] pd = w.equals(monday) ? week : plannedAndDone(network, memory, w, new ArrayList<>());
      if (pd[0] == 0 || pd[1] < pd[0]) {
        if (w.equals(monday)) {
          continue; // the week under review may still be in progress: it does not break the streak
        }
        break;
      }
      streak++;
    }
    Map<String, Integer> overdue = new TreeMap<>();
    for (QueueEntry e : Intake.followUps(queue)) { // contacts to map have no rhythm yet
      overdue.merge(e.contact().tier().name(), 1, Integer::sum);
    }
    List<GoalProgress> progress = new ArrayList<>();
    // Each goal in its own period holding the day, as progress() measures it: a monthly goal
    // reviewed on a Sunday in December counts December, though the week began in November.
    goals.forEach(g -> progress.add(progress(g, network, day)));
    return new WeeklyReview(monday, week[0], week[1], missed, streak, overdue, progress);
  }

  /**
   * The weekly review as a person reads it (see {@link WeeklyReport}): this week's {@linkplain
   * #review review} as of the queue's instant, the names of those planned and not reached, planned
   * against done over the past weeks, and a forecast made by the caller ({@code Forecast.compare}),
   * whose tiers join the overdue counts' columns.
   *
   * @param network the network, with its touchpoints
   * @param queue the current queue: its instant is the review's, its due entries the overdue counts
   * @param memory the remembered plans
   * @param goals the goals to report on
   * @param pastWeeks how many weeks of planned against done, this one included; 1 to 104
   * @param forecast the coming weeks, kept and stopped
   * @return the report
   * @throws IllegalArgumentException if {@code pastWeeks} is out of range
   */
  public WeeklyReport report(
      Network network,
      FollowUpQueue queue,
      PlanMemory memory,
      List<Goal> goals,
      int pastWeeks,
      Forecast forecast) {
    requireNonNull(forecast, "forecast");
    checkArgument(
        pastWeeks >= 1 && pastWeeks <= MAX_REPORT_WEEKS,
        "pastWeeks must be between 1 and %s, was %s",
        MAX_REPORT_WEEKS,
        pastWeeks);
    LocalDate today = requireNonNull(queue, "queue").asOf().atZone(zone).toLocalDate();
    WeeklyReview week = review(network, queue, memory, today, goals);
    List<String> missed =
        week.missed().stream()
            .map(id -> network.contact(id).map(Contact::displayName).orElse(id))
            .toList();
    List<WeeklyReport.PastWeek> weeks = new ArrayList<>(pastWeeks);
    for (int i = pastWeeks - 1; i >= 1; i--) {
      LocalDate monday = week.weekStart().minusWeeks(i);
      int[] pd = plannedAndDone(network, memory, monday, new ArrayList<>());
      weeks.add(new WeeklyReport.PastWeek(monday, pd[0], pd[1]));
    }
    weeks.add(new WeeklyReport.PastWeek(week.weekStart(), week.planned(), week.done()));
    Set<String> tiers = new TreeSet<>(week.overdueByTier().keySet());
    forecast.keepThePlan().forEach(w -> tiers.addAll(w.overdueByTier().keySet()));
    forecast.stopped().forEach(w -> tiers.addAll(w.overdueByTier().keySet()));
    return new WeeklyReport(queue.asOf(), week, missed, weeks, forecast, List.copyOf(tiers));
  }

  /** {planned, done} for the week starting on {@code monday}; adds the missed ids to the list. */
  private int[] plannedAndDone(
      Network network, PlanMemory memory, LocalDate monday, List<String> missed) {
    Instant weekEnd = startOf(monday.plusWeeks(1));
    int planned = 0;
    int done = 0;
    for (PlanMemory.PlannedTouch p : memory.plannedBetween(monday, monday.plusWeeks(1))) {
      planned++;
      Instant from = startOf(p.date());
      boolean reached =
          network.contains(p.contactId())
              && network.touchpoints(p.contactId()).stream()
                  .anyMatch(t -> isReachingOut(t) && inRange(t.at(), from, weekEnd));
      if (reached) {
        done++;
      } else {
        missed.add(p.contactId());
      }
    }
    return new int[] {planned, done};
  }

  private static boolean isReachingOut(Touchpoint t) {
    return (t.direction() == Direction.OUTBOUND && t.channel() != Channel.EVENT)
        || t.isConversation();
  }

  private static int countTouches(Network network, Goal goal, Instant start, Instant end) {
    int n = 0;
    for (Contact c : network.contacts()) {
      if (goal.role().isPresent() && !c.hasRole(goal.role().get())) {
        continue;
      }
      for (Touchpoint t : network.touchpoints(c.id())) {
        if (t.direction() == Direction.OUTBOUND
            && t.channel() != Channel.EVENT
            && inRange(t.at(), start, end)) {
          n++;
        }
      }
    }
    return n;
  }

  private static int countReactivated(Network network, Instant start, Instant end) {
    int n = 0;
    for (Contact c : network.contacts()) {
      if (!c.hasRole(Role.CLIENT)) {
        continue;
      }
      Instant previous = null;
      for (Touchpoint t : network.touchpoints(c.id())) {
        if (!t.isConversation()) {
          continue;
        }
        boolean afterSilence =
            previous == null || !Duration.between(previous, t.at()).minus(DORMANT).isNegative();
        if (inRange(t.at(), start, end) && afterSilence) {
          n++;
          break;
        }
        previous = t.at();
      }
    }
    return n;
  }

  private int countEvents(Network network, Instant start, Instant end) {
    Set<String> events = new HashSet<>();
    for (Contact c : network.contacts()) {
      for (Touchpoint t : network.touchpoints(c.id())) {
        if (t.channel() == Channel.EVENT && inRange(t.at(), start, end)) {
          events.add(t.at().atZone(zone).toLocalDate() + "/" + t.note().orElse(""));
        }
      }
    }
    return events.size();
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static boolean inRange(Instant t, Instant start, Instant end) {
    checkArgument(!end.isBefore(start), "end before start");
    return !t.isBefore(start) && t.isBefore(end);
  }
}
