package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Generators.longs;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.Suggestion.FollowUp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The score on milliseconds, as the index keeps instants, is the score on instants to the bit. */
class ScoreProperties {

  /** Around one day, with nanoseconds, so that instants share milliseconds and cross them. */
  private static Gen<Instant> instants() {
    return longs(-3_000_000_000L, 3_000_000_000L)
        .map(n -> Instant.parse("2026-11-23T09:00:00Z").plusNanos(n * 997));
  }

  /** A hold's end, and a saturation in milliseconds (none if zero). */
  record Held(Instant until, long saturationMillis) {}

  @Test
  void scoringMillisecondsAndNanosecondsIsScoringInstants() {
    qt().forAll(instants(), instants().zip(longs(0, 4_000_000_000L), Held::new), instants())
        .checkAssert(
            (due, held, asOf) -> {
              Instant hold = held.until();
              long saturationMillis = held.saturationMillis();
              Instant effective = due.isAfter(hold) ? due : hold;
              FollowUp f = Suggestion.followUp(due, "due").withPriority(2.5, 7.0);
              if (saturationMillis > 0) {
                f = f.saturatingAfter(Duration.ofMillis(saturationMillis));
              }

              double expected;
              if (effective.isAfter(asOf)) {
                expected = 2.5 * -(Duration.between(asOf, effective).toMillis() / 86_400_000.0);
              } else {
                long overdue = Duration.between(due, asOf).toMillis();
                if (saturationMillis > 0) {
                  overdue = Math.min(overdue, saturationMillis);
                }
                double overdueDays = overdue / 86_400_000.0;
                expected = 2.5 * overdueDays + (overdueDays >= 0 ? 7.0 : 0.0);
              }

              assertThat(ContactEvaluation.score(f, effective, asOf)).isEqualTo(expected);
              if (!effective.isAfter(asOf)) {
                assertThat(f.score(asOf)).isEqualTo(expected);
              }
            });
  }

  @Test
  void saturationNeverOrdersTwoFollowUpsOfOneRuleAndTierButByTheirDueInstants() {
    qt().forAll(instants(), instants(), instants())
        .checkAssert(
            (a, b, asOf) -> {
              Instant earlier = a.isBefore(b) ? a : b;
              Instant later = a.isBefore(b) ? b : a;
              FollowUp first = rhythm(earlier);
              FollowUp second = rhythm(later);

              assertThat(first.score(asOf)).isGreaterThanOrEqualTo(second.score(asOf));
            });
  }

  /** A rhythm follow-up of an A-tier contact: 30 points per 14 days overdue, saturating then. */
  private static FollowUp rhythm(Instant due) {
    return Suggestion.followUp(due, "A-tier")
        .withPriority(30.0 / 14, 0.0)
        .saturatingAfter(Duration.ofMillis(14 * 86_400_000L / 3));
  }

  @Test
  void aSaturatedFollowUpScoresTheSameAtEveryLaterInstant() {
    qt().forAll(instants(), longs(1, 3_000_000_000L), longs(0, 10_000_000_000L))
        .checkAssert(
            (due, saturationMillis, later) -> {
              FollowUp f =
                  Suggestion.followUp(due, "due")
                      .withPriority(2.5, 7.0)
                      .saturatingAfter(Duration.ofMillis(saturationMillis));
              Instant saturated = due.plusMillis(saturationMillis);

              assertThat(f.score(saturated.plusMillis(later))).isEqualTo(f.score(saturated));
              assertThat(f.score(saturated.minusMillis(1))).isLessThan(f.score(saturated));
            });
  }

  @Test
  void saturationMustBeWholePositiveMilliseconds() {
    FollowUp f = Suggestion.followUp(NOW, "due");
    for (Duration bad :
        List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofNanos(1_500_000))) {
      assertThatThrownBy(() -> f.saturatingAfter(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("overdue must be positive whole milliseconds, was " + bad);
    }
    assertThat(f.saturatingAfter(Duration.ofMillis(1))).isNotNull();
  }
}
