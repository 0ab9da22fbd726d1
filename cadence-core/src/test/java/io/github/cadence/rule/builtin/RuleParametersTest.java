package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.Fixtures;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in rules' parameters: defined once, read, checked and written back the same way. */
class RuleParametersTest {
  @Test
  void everyParameterIsNamedAfterItsRuleAndListedOnceInTheRulesOrder() {
    List<String> ruleIds = BuiltInRules.defaults().rules().stream().map(Rule::id).toList();
    assertThat(RuleParameters.ALL).doesNotHaveDuplicates().hasSize(19);
    int last = -1;
    for (Parameter<?> p : RuleParameters.ALL) {
      assertThat(p.name()).isEqualTo(p.ruleId() + "." + p.key()).matches("[a-z-]+\\.[a-z-]+");
      int at = ruleIds.indexOf(p.ruleId());
      assertThat(at).as(p.name()).isGreaterThanOrEqualTo(last);
      last = at;
      assertThat(RuleParameters.parameter(p.name())).containsSame(p);
      assertThat(defaultIsAccepted(p)).as(p.name()).isTrue();
    }
    assertThat(RuleParameters.parameter("tier-cadence.grace")).isEmpty();
  }

  private static <T> boolean defaultIsAccepted(Parameter<T> p) {
    return p.check(p.defaultValue()).equals(p.parse(p.format(p.defaultValue())));
  }

  /** Whether the set's no-pestering rule still holds a contact reached out to four days ago. */
  private static boolean holdsAfterFourDays(RuleParameters parameters) {
    Rule rule =
        parameters.rules().rules().stream()
            .filter(r -> r.id().equals(NoPesteringRule.ID))
            .findFirst()
            .orElseThrow();
    ContactHistory history =
        ContactHistory.empty().plus(Fixtures.unanswered("ana", Fixtures.daysAgo(4), Channel.EMAIL));
    Suggestion.Hold hold =
        (Suggestion.Hold)
            rule.evaluate(Fixtures.contact("ana").build(), history, Fixtures.NOW)
                .suggestions()
                .get(0);
    return hold.until().isAfter(Fixtures.NOW);
  }

  @Test
  void theDefaultsAreTheRulesOwn() {
    assertThat(RuleParameters.defaults().rules().rules())
        .extracting(Rule::id)
        .isEqualTo(BuiltInRules.defaults().rules().stream().map(Rule::id).toList());
    assertThat(holdsAfterFourDays(RuleParameters.defaults())).as("a 3-day window").isFalse();
    assertThat(RuleParameters.defaults().get(NoPesteringRule.WINDOW)).isEqualTo(Period.ofDays(3));
    assertThat(RuleParameters.defaults().get(UnansweredAttemptsRule.MAX_ATTEMPTS)).isEqualTo(3);
    assertThat(RuleParameters.defaults().changed()).isEmpty();
    assertThat(RuleParameters.defaults()).hasToString("RuleParameters[]");
  }

  @Test
  void aValueSetIsReadWrittenAndReadBackTheSame() {
    RuleParameters set =
        RuleParameters.defaults()
            .with(NoPesteringRule.WINDOW, Period.ofDays(5))
            .with(ReconnectRule.FACTOR, 3)
            .with(OccasionRule.LEAD, Period.ZERO);

    assertThat(set.get(NoPesteringRule.WINDOW)).isEqualTo(Period.ofDays(5));
    assertThat(set.changed())
        .containsExactly(
            Map.entry("no-pestering.window", "P5D"),
            Map.entry("occasion.lead", "P0D"),
            Map.entry("reconnect.factor", "3"));
    RuleParameters read = RuleParameters.defaults();
    for (Map.Entry<String, String> e : set.changed().entrySet()) {
      read = read.withParsed(e.getKey(), e.getValue());
    }
    assertThat(read).isEqualTo(set).hasSameHashCodeAs(set).isNotEqualTo(RuleParameters.defaults());
    assertThat(set.with(ReconnectRule.FACTOR, 2).changed())
        .as("a value set back to its default is unset")
        .doesNotContainKey("reconnect.factor");
    assertThat(holdsAfterFourDays(set)).as("a 5-day window").isTrue();
    assertThat(set)
        .hasToString(
            "RuleParameters[no-pestering.window=P5D, occasion.lead=P0D, reconnect.factor=3]");
  }

  @Test
  void aBadValueNamesTheParameterTheValueAndWhatWasExpected() {
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("no-pestering.window", "3 days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no-pestering.window must be a positive period of at most 100 years, such as P3D,"
                + " was '3 days'");
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("reconnect.factor", "two"))
        .hasMessage("reconnect.factor must be a count from 2 to 100, was 'two'");
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("reconnect.factor", "101"))
        .hasMessage("reconnect.factor must be from 2 to 100, was 101");
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("occasion.lead", "-P1D"))
        .hasMessage("occasion.lead must not be negative, was P-1D");
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("occasion.lead", "P200Y"))
        .hasMessageStartingWith("occasion.lead must be at most 100 years");
    assertThatThrownBy(() -> RuleParameters.defaults().withParsed("tier-cadence.grace", "P1D"))
        .hasMessageStartingWith(
            "no built-in rule has a parameter 'tier-cadence.grace'; the parameters are"
                + " no-pestering.window, unanswered-attempts.first-pause,");
    assertThatThrownBy(() -> RuleParameters.defaults().with(ReconnectRule.FACTOR, 1))
        .hasMessage("reconnect.factor must be from 2 to 100, was 1");
    assertThat(OccasionRule.LEAD.expected())
        .isEqualTo("a period of zero or more, at most 100 years, such as P3D");
    assertThat(OccasionRule.LEAD.format(Period.ofDays(2))).isEqualTo("P2D");
    assertThat(OccasionRule.LEAD.parse(" P2D ")).isEqualTo(Period.ofDays(2));
    assertThat(ReconnectRule.FACTOR.parse("4")).isEqualTo(4);
    assertThat(ReconnectRule.FACTOR).hasToString("reconnect.factor");
    assertThat(ReconnectRule.FACTOR.type()).isEqualTo(Integer.class);
    assertThat(NoPesteringRule.WINDOW.type()).isEqualTo(Period.class);
    assertThat(NoPesteringRule.WINDOW)
        .isEqualTo(RuleParameters.parameter("no-pestering.window").orElseThrow())
        .hasSameHashCodeAs(RuleParameters.parameter("no-pestering.window").orElseThrow())
        .isNotEqualTo(UnansweredAttemptsRule.WINDOW);
    assertThat(NoPesteringRule.WINDOW.hashCode())
        .isNotEqualTo(UnansweredAttemptsRule.WINDOW.hashCode());
    assertThat(RuleParameters.defaults().with(ReconnectRule.FACTOR, 3).hashCode())
        .isNotEqualTo(RuleParameters.defaults().hashCode());
  }
}
