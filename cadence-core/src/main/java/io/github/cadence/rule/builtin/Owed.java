package io.github.cadence.rule.builtin;

import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Something owed since an instant, a reply or a thank-you: due at once, to be settled {@code
 * within} a period (a fresh window, first among closing windows), lapsing {@code expiresAfter} it
 * arose. The rules that owe share its timing, its words and its place in the ranking.
 */
record Owed(
    Instant since, Instant deadline, Instant expires, Period within, ZoneId zone, Instant asOf) {
  /** The debt as of an instant; empty once it has lapsed, or if it arises later. */
  static Optional<Owed> of(
      Instant since, Period within, Period expiresAfter, ZoneId zone, Instant asOf) {
    Instant expires = Dates.plus(since, expiresAfter, zone);
    if (!asOf.isBefore(expires) || since.isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(
        new Owed(since, Dates.plus(since, within, zone), expires, within, zone, asOf));
  }

  /** Whether it is still within its window. */
  boolean fresh() {
    return asOf.isBefore(deadline);
  }

  /**
   * The closing-window follow-up, worded "…, by Dec 8" while fresh, "… (aim: within 2 days)" late.
   */
  Suggestion.FollowUp followUp(Supplier<String> what, Purpose purpose, double lateBonus) {
    boolean fresh = fresh();
    return Bands.closingWindow(
        Suggestion.followUp(
                since,
                () ->
                    fresh
                        ? what.get() + ", by " + Dates.day(Dates.dateOf(deadline, zone))
                        : what.get() + " (aim: within " + Dates.describe(within) + ")")
            .as(purpose),
        fresh ? 3.0 : 1.0,
        fresh ? Bands.PROMPT : lateBonus);
  }

  /** Until when the answer holds: the end of the window, then the lapse. */
  Instant validUntil() {
    return fresh() ? deadline : expires;
  }
}
