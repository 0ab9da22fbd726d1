package io.github.cadence.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Intake;
import io.github.cadence.plan.Planner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Projects how many contacts per tier will be overdue in the coming weeks. Seed: "as soon as you
 * stop your activities you can project when the slowdown in your business will occur".
 *
 * <p>The projection simulates the weeks on a copy of the network: at the start of each week it
 * counts what is overdue, then, in an active week, plans the week with the planner and marks every
 * planned touch done (as a conversation at noon on its day). {@link #compare} sets "keep the plan"
 * beside "stop for N weeks", where nothing is done in the first N weeks. The network itself is
 * never changed. Each simulated week evaluates the whole network once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Forecast {
  private final List<Week> keepThePlan;
  private final List<Week> stopped;
  private final int stoppedWeeks;

  Forecast(List<Week> keepThePlan, List<Week> stopped, int stoppedWeeks) {
    keepThePlan = ImmutableList.copyOf(requireNonNull(keepThePlan, "keepThePlan"));
    stopped = ImmutableList.copyOf(requireNonNull(stopped, "stopped"));
    checkState(stoppedWeeks >= 0, "stoppedWeeks must be zero or more, was %s", stoppedWeeks);
    this.keepThePlan = keepThePlan;
    this.stopped = stopped;
    this.stoppedWeeks = stoppedWeeks;
  }

  /**
   * The weeks with the plan kept throughout.
   *
   * @return the keepThePlan
   */
  public List<Week> keepThePlan() {
    return keepThePlan;
  }

  /**
   * The weeks with the first {@code stoppedWeeks} weeks idle.
   *
   * @return the stopped
   */
  public List<Week> stopped() {
    return stopped;
  }

  /**
   * How many weeks the second scenario stops for.
   *
   * @return the stoppedWeeks
   */
  public int stoppedWeeks() {
    return stoppedWeeks;
  }

  /** The longest projection, in weeks. */
  public static final int MAX_WEEKS = 52;

  /** One projected week. */
  public static final class Week {
    private final LocalDate start;
    private final Map<String, Integer> overdueByTier;
    private final int touches;

    Week(LocalDate start, Map<String, Integer> overdueByTier, int touches) {
      requireNonNull(start, "start");
      overdueByTier = ImmutableSortedMap.copyOf(requireNonNull(overdueByTier, "overdueByTier"));
      checkState(touches >= 0, "touches must be zero or more, was %s", touches);
      this.start = start;
      this.overdueByTier = overdueByTier;
      this.touches = touches;
    }

    /**
     * The first day of the week.
     *
     * @return the start
     */
    public LocalDate start() {
      return start;
    }

    /**
     * Per tier name, how many contacts are due for a follow-up at the start of the week (contacts
     * still to map are not counted: they have no rhythm yet).
     *
     * @return the overdueByTier
     */
    public Map<String, Integer> overdueByTier() {
      return overdueByTier;
    }

    /**
     * How many touches the scenario makes during the week.
     *
     * @return the touches
     */
    public int touches() {
      return touches;
    }

    /**
     * How many contacts are overdue in all tiers.
     *
     * @return the total
     */
    public int overdue() {
      return overdueByTier.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Week o
          && start.equals(o.start)
          && overdueByTier.equals(o.overdueByTier)
          && touches == o.touches;
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, overdueByTier, touches);
    }

    @Override
    public String toString() {
      return "Week["
          + "start="
          + start
          + ", "
          + "overdueByTier="
          + overdueByTier
          + ", "
          + "touches="
          + touches
          + "]";
    }
  }

  /**
   * Projects "keep the plan" and "stop for {@code stopWeeks} weeks" side by side.
   *
   * @param engine the engine with the user's rules
   * @param planner the planner with the user's settings
   * @param network the network; not changed
   * @param from the first day of the projection
   * @param weeks how many weeks; 1 to {@value #MAX_WEEKS}
   * @param stopWeeks how many weeks the second scenario stops for; 0 to {@code weeks}
   * @return both projections
   * @throws IllegalArgumentException if {@code weeks} or {@code stopWeeks} is out of range
   */
  public static Forecast compare(
      CadenceEngine engine,
      Planner planner,
      Network network,
      LocalDate from,
      int weeks,
      int stopWeeks) {
    checkArgument(
        stopWeeks >= 0 && stopWeeks <= weeks,
        "stopWeeks must be between 0 and weeks (%s), was %s",
        weeks,
        stopWeeks);
    return new Forecast(
        project(engine, planner, network, from, weeks, 0),
        project(engine, planner, network, from, weeks, stopWeeks),
        stopWeeks);
  }

  /**
   * Projects one scenario: idle for the first {@code idleWeeks} weeks, then keeping the plan. With
   * {@code idleWeeks == weeks}, it shows what happens with no activity at all.
   *
   * @param engine the engine with the user's rules
   * @param planner the planner with the user's settings
   * @param network the network; not changed
   * @param from the first day of the projection
   * @param weeks how many weeks; 1 to {@value #MAX_WEEKS}
   * @param idleWeeks how many weeks nothing is done; 0 to {@code weeks}
   * @return the weeks
   * @throws IllegalArgumentException if {@code weeks} or {@code idleWeeks} is out of range
   */
  public static List<Week> project(
      CadenceEngine engine,
      Planner planner,
      Network network,
      LocalDate from,
      int weeks,
      int idleWeeks) {
    requireNonNull(engine, "engine");
    requireNonNull(planner, "planner");
    requireNonNull(network, "network");
    requireNonNull(from, "from");
    checkArgument(
        weeks >= 1 && weeks <= MAX_WEEKS,
        "weeks must be between 1 and %s, was %s",
        MAX_WEEKS,
        weeks);
    checkArgument(
        idleWeeks >= 0 && idleWeeks <= weeks,
        "idleWeeks must be between 0 and weeks (%s), was %s",
        weeks,
        idleWeeks);
    MutableNetwork simulated = MutableNetwork.copyOf(network);
    List<Week> result = new ArrayList<>(weeks);
    for (int w = 0; w < weeks; w++) {
      LocalDate start = from.plusWeeks(w);
      Instant asOf = start.atStartOfDay(planner.settings().zone()).toInstant();
      FollowUpQueue queue = engine.queue(simulated, asOf);
      Map<String, Integer> overdue = new TreeMap<>();
      for (QueueEntry e : Intake.followUps(queue)) { // contacts to map have no rhythm yet
        overdue.merge(e.contact().tier().name(), 1, Integer::sum);
      }
      for (Tier t : tiersOf(simulated)) {
        overdue.putIfAbsent(t.name(), 0);
      }
      int touches = 0;
      if (w >= idleWeeks) {
        Agenda agenda = planner.plan(queue, start, 7);
        for (AgendaDay day : agenda.days()) {
          Instant noon =
              day.date()
                  .atStartOfDay(planner.settings().zone())
                  .toInstant()
                  .plus(Duration.ofHours(12));
          for (AgendaItem item : day.items()) {
            if (item instanceof AgendaItem.Touch touch) {
              planner.markDone(simulated, touch, noon, Outcome.CONNECTED);
              touches++;
            }
          }
        }
      }
      result.add(new Week(start, overdue, touches));
    }
    return result;
  }

  private static List<Tier> tiersOf(Network network) {
    List<Tier> tiers = new ArrayList<>();
    network
        .contacts()
        .forEach(
            c -> {
              if (!tiers.contains(c.tier())) {
                tiers.add(c.tier());
              }
            });
    return tiers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Forecast o
        && keepThePlan.equals(o.keepThePlan)
        && stopped.equals(o.stopped)
        && stoppedWeeks == o.stoppedWeeks;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keepThePlan, stopped, stoppedWeeks);
  }

  @Override
  public String toString() {
    return "Forecast[keepThePlan="
        + keepThePlan
        + ", stopped="
        + stopped
        + ", stoppedWeeks="
        + stoppedWeeks
        + "]";
  }
}
