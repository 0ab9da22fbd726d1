package io.github.cadence.rule.builtin;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Warmth;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Anki and FSRS adapt intervals to outcomes; no PRM does. A contact who replies within the hour.
 */
class AdaptiveIntervalTest {
  private static final CadenceEngine ADAPTIVE_A =
      CadenceEngine.of(RuleParameters.defaults().with(TierCadenceRule.ADAPTIVE, "A").rules());
  private static final CadenceEngine FIXED = CadenceEngine.of(BuiltInRules.defaults());

  private final MutableNetwork network = new MutableNetwork();

  private void touch(String id, Instant at, Direction direction) {
    network.record(
        Touchpoint.builder(id, at)
            .channel(Channel.MESSAGE)
            .direction(direction)
            .outcome(direction == Direction.INBOUND ? Outcome.REPLIED : Outcome.SENT)
            .build());
  }

  @Test
  void aContactWhoAlwaysRepliesWithinAnHourIsTouchedMoreOftenAndSaysWhy() {
    network.add(contact("lena").displayName("Lena Fischer").tier(Tier.A).build());
    // Six conversations a week apart: you write, she answers within 40 minutes; every other week
    // she writes first, you answer, and she answers you within 30 minutes.
    for (int week = 6; week >= 1; week--) {
      Instant start = daysAgo(7 * week + 3);
      boolean hers = week % 2 == 0;
      touch("lena", start, hers ? Direction.INBOUND : Direction.OUTBOUND);
      touch(
          "lena",
          start.plus(Duration.ofMinutes(40)),
          hers ? Direction.OUTBOUND : Direction.INBOUND);
      if (hers) {
        touch("lena", start.plus(Duration.ofMinutes(70)), Direction.INBOUND);
      }
    }

    // You called her after her last message: nothing owed, the last real conversation.
    network.record(
        Touchpoint.builder("lena", daysAgo(10).plus(Duration.ofHours(2)))
            .channel(Channel.CALL)
            .outcome(Outcome.CONNECTED)
            .build());

    Warmth warmth = network.history("lena").warmth();
    assertThat(warmth.conversations())
        .as("the 12 latest touches hold the last four conversations whole")
        .isEqualTo(4);
    assertThat(warmth.startedByThem()).isEqualTo(2);
    assertThat(warmth.typicalReply()).contains(Duration.ofMinutes(30));

    QueueEntry adaptive = ADAPTIVE_A.entry(network, "lena", NOW).orElseThrow();
    QueueEntry fixed = FIXED.entry(network, "lena", NOW).orElseThrow();
    assertThat(fixed.due()).isAfter(NOW);
    assertThat(adaptive.due()).isBefore(fixed.due());
    assertThat(adaptive.reasons().get(0).text())
        .matches(
            "A-tier: last real conversation 10 days ago, every [78] days instead of 14 days:"
                + " replies within an hour, started 2 of the last 4 conversations");
  }

  @Test
  void theFactorIsBoundedAndANonReplyNeverShortensTheInterval() {
    Warmth hot = new Warmth(6, 6, 6, Optional.of(Duration.ofMinutes(5)));
    Warmth cold = new Warmth(6, 0, 2, Optional.of(Duration.ofDays(13)));
    assertThat(TierCadenceRule.Interval.factor(hot)).isEqualTo(0.5);
    assertThat(TierCadenceRule.Interval.factor(cold)).isEqualTo(1.25);
    assertThat(TierCadenceRule.Interval.factor(Warmth.NONE)).isEqualTo(1.0);
    assertThat(TierCadenceRule.Interval.factor(new Warmth(6, 0, 0, Optional.empty())))
        .as("you wrote six times, they never answered: no evidence, the back-off's work")
        .isEqualTo(1.0);
    assertThat(TierCadenceRule.Interval.learned("x", Tier.B, Warmth.NONE).words())
        .isEqualTo("cadence 30 days");
    assertThatThrownBy(() -> new Warmth(2, 3, 0, Optional.empty()))
        .hasMessageStartingWith("not a warmth");
  }
}
