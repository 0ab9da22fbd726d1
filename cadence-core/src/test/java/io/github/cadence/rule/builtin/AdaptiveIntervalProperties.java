package io.github.cadence.rule.builtin;

import static io.github.cadence.Generators.ints;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.Warmth;
import io.github.cadence.model.Tier;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The interval that learns: bounded, monotone in replies, deterministic. */
class AdaptiveIntervalProperties {
  static Gen<Warmth> warmths() {
    return in -> {
      int conversations = ints(0, Warmth.LAST).generate(in);
      int started = ints(0, conversations).generate(in);
      int replies = ints(0, Warmth.LAST).generate(in);
      Optional<Duration> typical =
          replies == 0
              ? Optional.empty()
              : Optional.of(Duration.ofMinutes(ints(0, 14 * 24 * 60).generate(in)));
      return new Warmth(conversations, started, replies, typical);
    };
  }

  static Gen<Tier> tiers() {
    return ints(1, 400).map(days -> new Tier("T", Period.ofDays(days), 1));
  }

  @Test
  void theIntervalStaysBetweenHalfAndTwiceTheCadenceAndIsTheSameEveryTime() {
    qt().forAll(warmths(), tiers(), ints(0, 1_000_000))
        .checkAssert(
            (warmth, tier, id) -> {
              TierCadenceRule.Interval a = TierCadenceRule.Interval.learned("c" + id, tier, warmth);
              int days = a.period().getDays();
              int cadence = tier.cadence().getDays();
              assertThat(days).isBetween((cadence + 1) / 2, 2 * cadence);
              assertThat(TierCadenceRule.Interval.learned("c" + id, tier, warmth)).isEqualTo(a);
              assertThat(a.words())
                  .as("an interval that did not change says the cadence")
                  .isEqualTo(
                      days == cadence ? "cadence " + Dates.describe(tier.cadence()) : a.words())
                  .doesNotContain("every " + cadence + " days instead");
            });
  }

  @Test
  void fasterRepliesNeverLengthenTheIntervalAndMoreStartsNeither() {
    qt().forAll(warmths(), ints(0, 14 * 24 * 60), ints(0, Warmth.LAST))
        .checkAssert(
            (w, fasterMinutes, moreStarts) -> {
              double factor = TierCadenceRule.Interval.factor(w);
              if (w.typicalReply().isPresent()
                  && fasterMinutes < w.typicalReply().get().toMinutes()) {
                Warmth faster =
                    new Warmth(
                        w.conversations(),
                        w.startedByThem(),
                        w.replies(),
                        Optional.of(Duration.ofMinutes(fasterMinutes)));
                assertThat(TierCadenceRule.Interval.factor(faster)).isLessThanOrEqualTo(factor);
              }
              int started = Math.min(w.conversations(), w.startedByThem() + moreStarts);
              Warmth warmer = new Warmth(w.conversations(), started, w.replies(), w.typicalReply());
              assertThat(TierCadenceRule.Interval.factor(warmer)).isLessThanOrEqualTo(factor);
              assertThat(factor).isBetween(0.5, 2.0);
            });
  }
}
