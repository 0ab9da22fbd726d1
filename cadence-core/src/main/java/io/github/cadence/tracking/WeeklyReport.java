package io.github.cadence.tracking;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.forecast.Forecast;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The weekly review as a person reads it: this week's {@link WeeklyReview}, the names of the
 * contacts planned this week and not reached, planned against done week by week, and a forecast of
 * the overdue contacts if the plan is kept or stopped. Made by {@link Tracker#report}; what the
 * command prints, and the JSON and the page of {@code cadence-io}'s {@code ReviewExport} write.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WeeklyReport {
  private final Instant asOf;
  private final WeeklyReview week;
  private final List<String> missed;
  private final List<PastWeek> weeks;
  private final Forecast forecast;
  private final List<String> tiers;

  WeeklyReport(
      Instant asOf,
      WeeklyReview week,
      List<String> missed,
      List<PastWeek> weeks,
      Forecast forecast,
      List<String> tiers) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.week = requireNonNull(week, "week");
    this.missed = ImmutableList.copyOf(missed);
    this.weeks = ImmutableList.copyOf(weeks);
    this.forecast = requireNonNull(forecast, "forecast");
    this.tiers = ImmutableList.copyOf(tiers);
    checkState(
        !this.weeks.isEmpty()
            && this.weeks.get(this.weeks.size() - 1).start().equals(week.weekStart()),
        "the last of the weeks must be the week reviewed");
  }

  /**
   * When the review was made: the instant of the queue it read.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * This week's review: planned against done, the streak, overdue per tier, the goals.
   *
   * @return the week
   */
  public WeeklyReview week() {
    return week;
  }

  /**
   * The names of the contacts planned this week and not reached, as {@link WeeklyReview#missed()}
   * lists their ids (a contact removed since is named by its id).
   *
   * @return the names
   */
  public List<String> missed() {
    return missed;
  }

  /**
   * Planned against done week by week, oldest first, this week last.
   *
   * @return the weeks
   */
  public List<PastWeek> weeks() {
    return weeks;
  }

  /**
   * The coming weeks if the plan is kept, and if it is stopped.
   *
   * @return the forecast
   */
  public Forecast forecast() {
    return forecast;
  }

  /**
   * The names of the tiers in the overdue counts, this week's and the forecast's, sorted: the
   * columns a table of them shows.
   *
   * @return the tier names
   */
  public List<String> tiers() {
    return tiers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WeeklyReport o
        && asOf.equals(o.asOf)
        && week.equals(o.week)
        && missed.equals(o.missed)
        && weeks.equals(o.weeks)
        && forecast.equals(o.forecast)
        && tiers.equals(o.tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, week, missed, weeks, forecast, tiers);
  }

  @Override
  public String toString() {
    return "WeeklyReport[asOf="
        + asOf
        + ", week="
        + week
        + ", missed="
        + missed
        + ", weeks="
        + weeks
        + ", forecast="
        + forecast
        + ", tiers="
        + tiers
        + "]";
  }

  /** One week of the look back: how many touches its plans held, and how many were done. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class PastWeek {
    private final LocalDate start;
    private final int planned;
    private final int done;

    PastWeek(LocalDate start, int planned, int done) {
      this.start = requireNonNull(start, "start");
      checkState(
          done >= 0 && done <= planned,
          "done must be between 0 and planned (%s), was %s",
          planned,
          done);
      this.planned = planned;
      this.done = done;
    }

    /**
     * The Monday of the week.
     *
     * @return the day
     */
    public LocalDate start() {
      return start;
    }

    /**
     * How many contact touches the week's plans held.
     *
     * @return the count
     */
    public int planned() {
      return planned;
    }

    /**
     * How many of them were done.
     *
     * @return the count
     */
    public int done() {
      return done;
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
      return other instanceof PastWeek o
          && start.equals(o.start)
          && planned == o.planned
          && done == o.done;
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, planned, done);
    }

    @Override
    public String toString() {
      return "PastWeek[start=" + start + ", planned=" + planned + ", done=" + done + "]";
    }
  }
}
