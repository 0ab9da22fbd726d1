package io.github.cadence.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.builtin.UnansweredAttemptsRule;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  /** A rule that says nothing, named as asked. */
  private static Rule named(String id) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
        return Evaluation.none();
      }
    };
  }

  private static RuleSet abc() {
    return RuleSet.builder().add(named("a")).add(named("b")).add(named("c")).build();
  }

  @Test
  void keepsRulesInTheOrderTheyWereRegistered() {
    assertThat(abc().rules()).extracting(Rule::id).containsExactly("a", "b", "c");
  }

  @Test
  void aRuleCanBeInsertedBeforeAnotherToTakePrecedence() {
    RuleSet set = abc().toBuilder().addBefore("b", named("first-b")).build();

    assertThat(set.rules()).extracting(Rule::id).containsExactly("a", "first-b", "b", "c");
  }

  @Test
  void disabledRulesStayRegisteredButAreNotEvaluated() {
    RuleSet set = abc().toBuilder().disable("b").build();

    assertThat(set.isEnabled("b")).isFalse();
    assertThat(set.rule("b")).isPresent();
    assertThat(set.enabledRules()).extracting(Rule::id).containsExactly("a", "c");
    assertThat(set.toBuilder().enable("b").build().enabledRules()).hasSize(3);
    assertThat(set).hasToString("RuleSet[a, b (disabled), c]");
  }

  @Test
  void replacingARuleKeepsItsPlaceAndSwitch() {
    Rule newB = named("b");
    RuleSet set = abc().toBuilder().disable("b").replace(newB).build();

    assertThat(set.rules().get(1)).isSameAs(newB);
    assertThat(set.isEnabled("b")).isFalse();
  }

  @Test
  void removingARuleForgetsItsSwitch() {
    RuleSet set = abc().toBuilder().disable("b").remove("b").add(named("b")).build();

    assertThat(set.isEnabled("b")).isTrue();
    assertThat(set.rules()).extracting(Rule::id).containsExactly("a", "c", "b");
  }

  @Test
  void badIdsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> RuleSet.builder().add(named("a")).add(named("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule.id 'a' is already registered; use replace to configure it");
    assertThatThrownBy(() -> RuleSet.builder().add(named("Tier Cadence")))
        .hasMessage(
            "rule.id must be lowercase letters and digits joined by '-', was 'Tier Cadence'");
    assertThatThrownBy(() -> RuleSet.builder().add(named(null))).hasMessage("rule.id");
    assertThatThrownBy(() -> abc().toBuilder().disable("zzz"))
        .hasMessage("rule id 'zzz' is not registered in this rule set");
    assertThatThrownBy(() -> abc().toBuilder().replace(named("zzz")))
        .hasMessage("rule id 'zzz' is not registered in this rule set");
  }

  @Test
  void theEnginesAndThePlannersOwnIdsAreReserved() {
    for (String id : List.of("status", "channel", "planner", "calendar")) {
      assertThatThrownBy(() -> RuleSet.builder().add(named(id)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "rule.id '"
                  + id
                  + "' is reserved for the engine and the planner's own reasons (status, channel,"
                  + " planner, calendar); choose another");
    }
    assertThat(RuleSet.RESERVED_IDS).containsExactly("status", "channel", "planner", "calendar");
  }

  @Test
  void aRuleWhoseIdChangesBetweenCallsIsRefused() {
    AtomicInteger calls = new AtomicInteger();
    Rule shifty =
        new Rule() {
          @Override
          public String id() {
            return "shifty-" + calls.incrementAndGet();
          }

          @Override
          public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
            return Evaluation.none();
          }
        };

    assertThatThrownBy(() -> RuleSet.builder().add(shifty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule.id() must return the same id on every call, returned 'shifty-1' then 'shifty-2'");
  }

  @Test
  void aBackOffWhoseFirstPauseIsLongerThanItsLongestIsRefused() {
    assertThatThrownBy(
            () ->
                UnansweredAttemptsRule.builder()
                    .firstPause(Period.ofDays(40))
                    .longestPause(Period.ofDays(30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("firstPause (P40D) must not be longer than longestPause (P30D)");
    assertThatThrownBy(() -> Tier.A.withCadence(Period.ofYears(200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cadence must be at most 100 years (dates past the year 9999 cannot be planned), was P200Y");
  }
}
