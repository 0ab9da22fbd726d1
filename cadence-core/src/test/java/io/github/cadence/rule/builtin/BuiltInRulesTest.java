package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.Fixtures;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.Assertions;
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
            "owed-reply",
            "reconnect",
            "first-follow-up",
            "after-event",
            "occasion",
            "dormant-client",
            "strategic-partner",
            "tier-cadence",
            "intake");
  }

  @Test
  void zeroOrNegativePeriodsAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> FirstFollowUpRule.builder().within(Period.ZERO))
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
    assertThatThrownBy(() -> FirstFollowUpRule.builder().within(null)).hasMessage("within");
    assertThatThrownBy(() -> FirstFollowUpRule.builder().expiresAfter(Period.ofDays(-1)))
        .hasMessageStartingWith("expiresAfter must be positive");
  }

  @Test
  void countsAreCheckedToo() {
    assertThatThrownBy(() -> new ReconnectRule(1)).hasMessage("factor must be at least 2, was 1");
    assertThatThrownBy(() -> new GiveBeforeAskRule(0))
        .hasMessage("askAfterNetGives must be at least 1, was 0");
    UnansweredAttemptsRule.Builder builder = UnansweredAttemptsRule.builder();
    assertThatThrownBy(() -> builder.maxAttempts(0))
        .hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> builder.rotation()).hasMessage("rotation must not be empty");
    assertThatThrownBy(() -> builder.rotation(Channel.CALL, Channel.CALL))
        .hasMessage("rotation must not repeat a channel, was [CALL, CALL]");
    assertThatThrownBy(() -> builder.firstPause(Period.ZERO))
        .hasMessageStartingWith("firstPause must be positive");
    assertThatThrownBy(() -> builder.longestPause(Period.ofDays(-1)))
        .hasMessageStartingWith("longestPause must be positive");
    assertThatThrownBy(() -> builder.window(Period.ZERO))
        .hasMessageStartingWith("window must be positive");
  }

  @Test
  void theUnansweredAttemptsBuilderAppliesEachSetting() {
    Instant now = Fixtures.NOW;
    UnansweredAttemptsRule rule =
        UnansweredAttemptsRule.builder()
            .firstPause(Period.ofDays(1))
            .longestPause(Period.ofDays(20))
            .maxAttempts(5)
            .window(Period.ofDays(40))
            .rotation(Channel.EMAIL, Channel.GIFT)
            .build();
    ContactHistory history =
        ContactHistory.of(
            List.of(Fixtures.unanswered("x", now.minus(Duration.ofDays(5)), Channel.EMAIL)));

    Evaluation evaluation = rule.evaluate(Fixtures.contact("x").build(), history, now);

    assertThat(evaluation.suggestions())
        .anySatisfy(
            s ->
                assertThat(s)
                    .isInstanceOfSatisfying(
                        Suggestion.FollowUp.class,
                        f -> assertThat(f.due()).isEqualTo(now.minus(Duration.ofDays(4)))))
        .anySatisfy(
            s ->
                assertThat(s)
                    .isInstanceOfSatisfying(
                        Suggestion.Advice.class,
                        a -> assertThat(a.channel()).contains(Channel.GIFT)));
  }

  @Test
  void theFirstFollowUpBuilderAppliesEachSetting() {
    Instant now = Fixtures.NOW;
    FirstFollowUpRule rule =
        FirstFollowUpRule.builder().within(Period.ofDays(5)).expiresAfter(Period.ofDays(6)).build();
    var met =
        Fixtures.contact("x")
            .firstMet(FirstMeeting.at(LocalDate.of(2026, 11, 20), "BNI breakfast"))
            .build();

    Evaluation evaluation = rule.evaluate(met, ContactHistory.empty(), now);

    assertThat(evaluation.validUntil()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(evaluation.suggestions().get(0).reason()).endsWith("follow up by Nov 25");
    assertThat(
            rule.evaluate(met, ContactHistory.empty(), Instant.parse("2026-11-26T00:00:00Z"))
                .suggestions())
        .isEmpty();
  }

  @Test
  void describesPeriodsInWords() {
    assertThat(Dates.describe(Period.ofDays(14))).isEqualTo("14 days");
    assertThat(Dates.describe(Period.of(1, 2, 1))).isEqualTo("1 year 2 months 1 day");
  }

  @Test
  void describesTimeRelativeToTheQuestionInLocalDays() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    ZoneId utc = ZoneOffset.UTC;

    assertThat(Dates.relative(now, now, utc)).isEqualTo("today");
    assertThat(Dates.relative(now.minus(Duration.ofDays(1)), now, utc)).isEqualTo("yesterday");
    assertThat(Dates.relative(now.plus(Duration.ofDays(1)), now, utc)).isEqualTo("tomorrow");
    assertThat(Dates.relative(now.minus(Duration.ofDays(3)), now, utc)).isEqualTo("3 days ago");
    assertThat(Dates.relative(now.plus(Duration.ofDays(2)), now, utc)).isEqualTo("in 2 days");
  }

  @Test
  void oneCadenceOverdueWeighsTenTimesTheTierWeight() {
    assertThat(Dates.dailyWeight(3, Period.ofDays(14)) * 14)
        .isCloseTo(30.0, Assertions.within(1e-9));
    assertThat(Dates.dailyWeight(1, Period.ofMonths(1)) * 30.436875)
        .isCloseTo(10.0, Assertions.within(1e-9));
  }

  @Test
  void aSingleAttemptPerWindowIsAValidCap() {
    assertThat(UnansweredAttemptsRule.builder().maxAttempts(1).rotation(Channel.CALL).build().id())
        .isEqualTo(UnansweredAttemptsRule.ID);
  }

  @Test
  void theSmallestAskThresholdIsOne() {
    assertThat(new GiveBeforeAskRule(1).id()).isEqualTo(GiveBeforeAskRule.ID);
  }

  @Test
  void anAskIsWelcomeExactlyAtTheThreshold() {
    var rule = new GiveBeforeAskRule(2);
    var contact = Fixtures.contact("gus").build();
    var twoGives =
        ContactHistory.of(
            List.of(
                Fixtures.conversation("gus", Fixtures.daysAgo(9), Channel.CALL, Intent.GIVE),
                Fixtures.conversation("gus", Fixtures.daysAgo(5), Channel.CALL, Intent.GIVE)));
    var oneGive =
        ContactHistory.of(
            List.of(Fixtures.conversation("gus", Fixtures.daysAgo(5), Channel.CALL, Intent.GIVE)));

    assertThat(rule.evaluate(contact, twoGives, Fixtures.NOW).suggestions()).hasSize(1);
    assertThat(rule.evaluate(contact, oneGive, Fixtures.NOW).suggestions()).isEmpty();
  }

  // "History older than the contact counts": the record's date anchors only a contact never met.
  @Test
  void anchorsOnTheFirstMeetingEvenWhenItIsOlderThanTheRecord() {
    var contact =
        Fixtures.contact("old").firstMet(FirstMeeting.on(LocalDate.of(2020, 1, 1))).build();

    Anchor anchor = Anchor.of(contact, ContactHistory.empty(), Fixtures.NOW);

    assertThat(anchor.at()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(anchor.words()).startsWith("met ").endsWith("ago, no conversation since");
  }

  @Test
  void aConversationOlderThanTheRecordAnchorsTheRhythm() {
    var contact = Contact.builder("new", Fixtures.NOW).tier(Tier.A).build();
    var history =
        ContactHistory.of(
            List.of(
                Fixtures.conversation("new", Fixtures.daysAgo(20), Channel.CALL, Intent.NEUTRAL)));

    Anchor anchor = Anchor.of(contact, history, Fixtures.NOW);

    assertThat(anchor.at()).isEqualTo(Fixtures.daysAgo(20));
    assertThat(anchor.words()).isEqualTo("last real conversation 20 days ago");
    assertThat(Anchor.of(contact, ContactHistory.empty(), Fixtures.NOW).words())
        .isEqualTo("added today, no conversation since");
  }

  @Test
  void reasonTemplatesFillTheirPlaceholdersInOrder() {
    assertThat(Dates.words("%s-tier: %d days, 100%", "A", 14)).isEqualTo("A-tier: 14 days, 100%");
    assertThatThrownBy(() -> Dates.words("%s and %s", "one"))
        .hasMessage("too few arguments for %s and %s");
    assertThatThrownBy(() -> Dates.words("%s", "one", "two"))
        .hasMessage("2 arguments for 1 placeholders");
  }
}
