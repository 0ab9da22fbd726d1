package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.rule.builtin.TierCadenceRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvestorUpdateRuleTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void anInvestorLastCalled16DaysAgoIsDueWithACall() {
    RuleSet rules =
        BuiltInRules.defaults().toBuilder()
            .addBefore(TierCadenceRule.ID, new InvestorUpdateRule(14))
            .build();
    MutableNetwork network =
        new MutableNetwork()
            .add(
                Contact.builder("ivan", NOW.minus(Duration.ofDays(100)))
                    .tier(Tier.C)
                    .tags("investor")
                    .build());
    network.record(
        Touchpoint.builder("ivan", NOW.minus(Duration.ofDays(16)))
            .channel(Channel.MEETING)
            .outcome(Outcome.CONNECTED)
            .build());

    QueueEntry ivan = CadenceEngine.of(rules).entry(network, "ivan", NOW).orElseThrow();

    assertThat(ivan.isDueAt(NOW)).isTrue();
    assertThat(ivan.channel()).isEqualTo(Channel.CALL);
    assertThat(ivan.reasons())
        .contains(Reason.of("investor-update", Purpose.OTHER, "investor: an update every 14 days"));
  }

  @Test
  void rejectsAZeroPeriod() {
    assertThatThrownBy(() -> new InvestorUpdateRule(0))
        .hasMessage("everyDays must be positive, was 0");
  }
}
