package io.github.cadence.rule.builtin;

import io.github.cadence.rule.Suggestion.FollowUp;
import java.time.Duration;
import java.time.Period;

/**
 * Where the built-in rules' follow-ups rank, in the order a person would take them (see the
 * README's Scores):
 *
 * <ol>
 *   <li><b>closing windows</b> (a reply owed, the first follow-up after meeting someone, after an
 *       event, an occasion within its lead time) score {@link #CLOSING_WINDOW} more once due: their
 *       value falls with time. While a window is fresh (someone met this week, a message of the
 *       last two days) it scores {@link #PROMPT} more within the band; older, an occasion 45, a
 *       reply owed 20, an event 15, a first meeting 10;
 *   <li><b>rhythm</b> (tier cadence, dormant client, strategic partner, reconnect, retrying after
 *       unanswered attempts) scores {@link #RHYTHM} once due, plus ten times the tier's weight per
 *       period of its own rhythm overdue, and stops growing one period late: a rhythm item scores
 *       at most ten times the tier's weight plus a small bonus above the band, so an A-tier contact
 *       one cadence late (30) outranks any C-tier contact however long silent (at most 15), and a
 *       B-tier one (20) too;
 *   <li><b>intake</b> (contacts never talked to, to map) scores a few points of promise: below
 *       every due rhythm item.
 * </ol>
 *
 * Closing windows stay above rhythm for tier weights below 98.
 */
final class Bands {
  /** What a closing window scores once due, besides its own weight and bonus. */
  static final double CLOSING_WINDOW = 2_000.0;

  /** The bonus of a fresh window within the closing windows' band. */
  static final double PROMPT = 50.0;

  /** What a rhythm item scores once due, besides its own weight and bonus. */
  static final double RHYTHM = 1_000.0;

  private Bands() {}

  /** A follow-up of a closing window: its weight per overdue day and bonus within the band. */
  static FollowUp closingWindow(FollowUp f, double weight, double bonus) {
    return f.withPriority(weight, CLOSING_WINDOW + bonus);
  }

  /**
   * A follow-up of a rhythm of {@code period}: ten times {@code weight} per period overdue, plus
   * {@code bonus} once due, saturating one period late.
   */
  static FollowUp rhythm(FollowUp f, double weight, Period period, double bonus) {
    return f.withPriority(Dates.dailyWeight(weight, period), RHYTHM + bonus)
        .saturatingAfter(Duration.ofMillis(Math.round(Dates.days(period) * 86_400_000.0)));
  }
}
