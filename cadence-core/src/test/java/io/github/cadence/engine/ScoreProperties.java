package io.github.cadence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The score on milliseconds, as the index keeps instants, is the score on instants to the bit. */
class ScoreProperties {

  @Provide
  Arbitrary<Instant> instants() {
    // Around one day, with nanoseconds, so that instants share milliseconds and cross them.
    return Arbitraries.longs()
        .between(-3_000_000_000L, 3_000_000_000L)
        .map(n -> Instant.parse("2026-11-23T09:00:00Z").plusNanos(n * 997));
  }

  @Property
  void scoringMillisecondsAndNanosecondsIsScoringInstants(
      @ForAll("instants") Instant due,
      @ForAll("instants") Instant hold,
      @ForAll("instants") Instant asOf) {
    Instant effective = due.isAfter(hold) ? due : hold;

    double expected;
    if (effective.isAfter(asOf)) {
      expected = 2.5 * -(Duration.between(asOf, effective).toMillis() / 86_400_000.0);
    } else {
      double overdueDays = Duration.between(due, asOf).toMillis() / 86_400_000.0;
      expected = 2.5 * overdueDays + (overdueDays >= 0 ? 7.0 : 0.0);
    }

    assertThat(ContactEvaluation.score(2.5, 7.0, due, effective, asOf)).isEqualTo(expected);
  }
}
