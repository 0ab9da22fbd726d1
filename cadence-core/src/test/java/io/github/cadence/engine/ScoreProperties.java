package io.github.cadence.engine;

import static io.github.cadence.Generators.longs;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The score on milliseconds, as the index keeps instants, is the score on instants to the bit. */
class ScoreProperties {

  /** Around one day, with nanoseconds, so that instants share milliseconds and cross them. */
  private static Gen<Instant> instants() {
    return longs(-3_000_000_000L, 3_000_000_000L)
        .map(n -> Instant.parse("2026-11-23T09:00:00Z").plusNanos(n * 997));
  }

  @Test
  void scoringMillisecondsAndNanosecondsIsScoringInstants() {
    qt().forAll(instants(), instants(), instants())
        .checkAssert(
            (due, hold, asOf) -> {
              Instant effective = due.isAfter(hold) ? due : hold;

              double expected;
              if (effective.isAfter(asOf)) {
                expected = 2.5 * -(Duration.between(asOf, effective).toMillis() / 86_400_000.0);
              } else {
                double overdueDays = Duration.between(due, asOf).toMillis() / 86_400_000.0;
                expected = 2.5 * overdueDays + (overdueDays >= 0 ? 7.0 : 0.0);
              }

              assertThat(ContactEvaluation.score(2.5, 7.0, due, effective, asOf))
                  .isEqualTo(expected);
            });
  }
}
