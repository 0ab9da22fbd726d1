package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Channel;
import io.github.cadence.rule.Rule;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

  @Test
  void theDefaultsRegisterEveryBuiltInRuleRestraintFirst() {
    assertThat(BuiltInRules.defaults().enabledRules())
        .extracting(Rule::id)
        .containsExactly(
            "no-pestering",
            "unanswered-attempts",
            "give-before-ask",
            "reconnect",
            "first-follow-up",
            "after-event",
            "occasion",
            "dormant-client",
            "strategic-partner",
            "tier-cadence");
  }

  @Test
  void zeroOrNegativePeriodsAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> new FirstFollowUpRule(Period.ZERO, Period.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("within must be positive (no negative part, not zero), was P0D");
    assertThatThrownBy(() -> new NoPesteringRule(Period.ofDays(-1)))
        .hasMessage("window must be positive (no negative part, not zero), was P-1D");
    assertThatThrownBy(() -> new DormantClientRule(Period.ZERO))
        .hasMessageStartingWith("dormantAfter must be positive");
    assertThatThrownBy(() -> new StrategicPartnerRule(Period.ZERO))
        .hasMessageStartingWith("every must be positive");
    assertThatThrownBy(() -> new AfterEventFollowUpRule(Period.ZERO))
        .hasMessageStartingWith("expiresAfter must be positive");
    assertThatThrownBy(() -> new OccasionRule(Period.ofDays(-2)))
        .hasMessage("lead must not be negative, was P-2D");
    assertThatThrownBy(() -> new FirstFollowUpRule(null, Period.ofDays(1))).hasMessage("within");
  }

  @Test
  void countsAreCheckedToo() {
    assertThatThrownBy(() -> new ReconnectRule(1)).hasMessage("factor must be at least 2, was 1");
    assertThatThrownBy(() -> new GiveBeforeAskRule(0))
        .hasMessage("askAfterNetGives must be at least 1, was 0");
    assertThatThrownBy(
            () ->
                new UnansweredAttemptsRule(
                    Period.ofDays(3),
                    Period.ofDays(30),
                    0,
                    Period.ofDays(30),
                    List.of(Channel.CALL)))
        .hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(
            () ->
                new UnansweredAttemptsRule(
                    Period.ofDays(3), Period.ofDays(30), 3, Period.ofDays(30), List.of()))
        .hasMessage("rotation must not be empty");
    assertThatThrownBy(
            () ->
                new UnansweredAttemptsRule(
                    Period.ofDays(3),
                    Period.ofDays(30),
                    3,
                    Period.ofDays(30),
                    List.of(Channel.CALL, Channel.CALL)))
        .hasMessage("rotation must not repeat a channel, was [CALL, CALL]");
  }

  @Test
  void describesPeriodsInWords() {
    assertThat(Dates.describe(Period.ofDays(14))).isEqualTo("14 days");
    assertThat(Dates.describe(Period.of(1, 2, 1))).isEqualTo("1 year 2 months 1 day");
  }
}
