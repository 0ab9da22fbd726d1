package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.Fixtures;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
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
            "thank-you",
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
        .hasMessage(
            "first-follow-up.within must be positive (no negative part, not zero), was P0D");
    assertThatThrownBy(() -> new NoPesteringRule(Period.ofDays(-1)))
        .hasMessage("no-pestering.window must be positive (no negative part, not zero), was P-1D");
    assertThatThrownBy(() -> new DormantClientRule(Period.ZERO))
        .hasMessageStartingWith("dormant-client.dormant-after must be positive");
    assertThatThrownBy(() -> new StrategicPartnerRule(Period.ZERO))
        .hasMessageStartingWith("strategic-partner.every must be positive");
    assertThatThrownBy(() -> new AfterEventFollowUpRule(Period.ZERO))
        .hasMessageStartingWith("after-event.expires-after must be positive");
    assertThatThrownBy(() -> new OccasionRule(Period.ofDays(-2)))
        .hasMessage("occasion.lead must not be negative, was P-2D");
    assertThatThrownBy(() -> FirstFollowUpRule.builder().within(null))
        .hasMessage("first-follow-up.within");
    assertThatThrownBy(() -> FirstFollowUpRule.builder().expiresAfter(Period.ofDays(-1)))
        .hasMessageStartingWith("first-follow-up.expires-after must be positive");
  }

  @Test
  void countsAreCheckedToo() {
    assertThatThrownBy(() -> new ReconnectRule(1))
        .hasMessage("reconnect.factor must be from 2 to 100, was 1");
    assertThatThrownBy(() -> new GiveBeforeAskRule(0))
        .hasMessage("give-before-ask.ask-after-net-gives must be from 1 to 100, was 0");
    UnansweredAttemptsRule.Builder builder = UnansweredAttemptsRule.builder();
    assertThatThrownBy(() -> builder.maxAttempts(0))
        .hasMessage("unanswered-attempts.max-attempts must be from 1 to 20, was 0");
    assertThatThrownBy(() -> builder.rotation()).hasMessage("rotation must not be empty");
    assertThatThrownBy(() -> builder.rotation(Channel.CALL, Channel.CALL))
        .hasMessage("rotation must not repeat a channel, was [CALL, CALL]");
    assertThatThrownBy(() -> builder.firstPause(Period.ZERO))
        .hasMessageStartingWith("unanswered-attempts.first-pause must be positive");
    assertThatThrownBy(() -> builder.longestPause(Period.ofDays(-1)))
        .hasMessageStartingWith("unanswered-attempts.longest-pause must be positive");
    assertThatThrownBy(() -> builder.window(Period.ZERO))
        .hasMessageStartingWith("unanswered-attempts.window must be positive");
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

  // "Dates as a person says them": not "added 5308 days ago".
  @Test
  void longSpansAreSaidInMonthsFromTwoMonthsAndInYearsFromTwoYears() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    ZoneId utc = ZoneOffset.UTC;
    LocalDate today = LocalDate.of(2026, 11, 23);

    assertThat(Dates.relative(at(today.minusMonths(2).plusDays(1)), now, utc))
        .isEqualTo("60 days ago");
    assertThat(Dates.relative(at(today.minusMonths(2)), now, utc)).isEqualTo("2 months ago");
    assertThat(Dates.relative(at(today.minusMonths(24).plusDays(1)), now, utc))
        .isEqualTo("23 months ago");
    assertThat(Dates.relative(at(today.minusYears(2)), now, utc)).isEqualTo("2 years ago");
    assertThat(Dates.relative(at(today.minusDays(5308)), now, utc)).isEqualTo("14 years ago");
    assertThat(Dates.relative(at(today.plusMonths(3)), now, utc)).isEqualTo("in 3 months");
    assertThat(Dates.relative(at(today.plusYears(3)), now, utc)).isEqualTo("in 3 years");
  }

  private static Instant at(LocalDate day) {
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  @Test
  void anOwedReplyIsDueWhenTheyWroteWithinItsWindowAndLapsesAfterItsTime() {
    OwedReplyRule rule =
        OwedReplyRule.builder().within(Period.ofDays(5)).expiresAfter(Period.ofDays(10)).build();
    Contact ana = Fixtures.contact("ana").displayName("Ana").build();
    ContactHistory wrote =
        ContactHistory.of(List.of(Fixtures.inbound("ana", Fixtures.daysAgo(3), Channel.EMAIL)));

    Evaluation now = rule.evaluate(ana, wrote, Fixtures.NOW);
    Suggestion.FollowUp reply = (Suggestion.FollowUp) now.suggestions().get(0);

    assertThat(reply.due()).isEqualTo(Fixtures.daysAgo(3));
    assertThat(reply.reason()).isEqualTo("Ana wrote by email 3 days ago: reply owed, by Nov 25");
    assertThat(reply.score(Fixtures.NOW)).isCloseTo(2_050 + 3 * 3, Assertions.within(1e-9));
    assertThat(now.validUntil()).isEqualTo(Fixtures.inDays(2));
    Evaluation late = rule.evaluate(ana, wrote, Fixtures.inDays(3));
    assertThat(((Suggestion.FollowUp) late.suggestions().get(0)).score(Fixtures.inDays(3)))
        .isCloseTo(2_020 + 6, Assertions.within(1e-9));
    assertThat(late.validUntil()).isEqualTo(Fixtures.inDays(7));
    assertThat(rule.evaluate(ana, wrote, Fixtures.inDays(7)).suggestions()).isEmpty();
    assertThat(rule.evaluate(ana, ContactHistory.empty(), Fixtures.NOW).suggestions()).isEmpty();
    assertThatThrownBy(() -> OwedReplyRule.builder().within(Period.ZERO))
        .hasMessageContaining("owed-reply.within");
    assertThatThrownBy(() -> OwedReplyRule.builder().expiresAfter(Period.ofDays(-1)))
        .hasMessageContaining("owed-reply.expires-after");
  }

  @Test
  void theReplyIsOnTheChannelTheyUsedAndAGiftIsThankedByNote() {
    Contact bo = Fixtures.contact("bo").displayName("Bo").build();
    OwedReplyRule rule = new OwedReplyRule();

    assertThat(reply(rule, bo, Channel.SOCIAL).channel()).contains(Channel.MESSAGE);
    assertThat(reply(rule, bo, Channel.GIFT).channel()).contains(Channel.NOTE);
    assertThat(reply(rule, bo, Channel.GIFT).reason()).startsWith("Bo sent a gift ");
    assertThat(reply(rule, bo, Channel.NOTE).reason()).startsWith("Bo sent a note ");
    assertThat(reply(rule, bo, Channel.SOCIAL).reason())
        .startsWith("Bo reached out on social media ");
    assertThat(reply(rule, bo, Channel.EMAIL).channel()).contains(Channel.EMAIL);
  }

  private static Suggestion.FollowUp reply(OwedReplyRule rule, Contact c, Channel channel) {
    ContactHistory h =
        ContactHistory.of(List.of(Fixtures.inbound(c.id(), Fixtures.daysAgo(1), channel)));
    return (Suggestion.FollowUp) rule.evaluate(c, h, Fixtures.NOW).suggestions().get(0);
  }

  @Test
  void intakeCountsPromiseFromWhatIsOnFileAndWaitsForAMeetingDatedAhead() {
    IntakeRule rule = new IntakeRule();
    Contact base = Fixtures.contact("cy").status(ContactStatus.unmapped()).build();
    double plain = intake(rule, base).bonus();

    assertThat(intake(rule, base.toBuilder().handles(Handle.phone("+4930123456")).build()).bonus())
        .isEqualTo(plain + 2);
    assertThat(
            intake(
                    rule,
                    base.toBuilder()
                        .handles(Handle.profile("https://www.linkedin.com/in/cy"))
                        .build())
                .bonus())
        .isEqualTo(plain);
    Contact ahead = base.toBuilder().firstMet(FirstMeeting.on(LocalDate.of(2026, 12, 24))).build();
    Evaluation waiting = rule.evaluate(ahead, ContactHistory.empty(), Fixtures.NOW);
    assertThat(((Suggestion.FollowUp) waiting.suggestions().get(0)).due())
        .isEqualTo(ahead.createdAt());
    assertThat(waiting.validUntil()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
    Contact recent =
        Contact.builder("new", Fixtures.daysAgo(10)).status(ContactStatus.unmapped()).build();
    Evaluation fresh = rule.evaluate(recent, ContactHistory.empty(), Fixtures.NOW);
    assertThat(((Suggestion.FollowUp) fresh.suggestions().get(0)).bonus()).isEqualTo(plain + 1);
    assertThat(fresh.validUntil()).isEqualTo(Fixtures.daysAgo(10).plus(Duration.ofDays(365)));
    assertThat(
            rule.evaluate(
                    base.toBuilder().status(ContactStatus.active()).build(),
                    ContactHistory.empty(),
                    Fixtures.NOW)
                .suggestions())
        .isEmpty();
  }

  private static Suggestion.FollowUp intake(IntakeRule rule, Contact c) {
    return (Suggestion.FollowUp)
        rule.evaluate(c, ContactHistory.empty(), Fixtures.NOW).suggestions().get(0);
  }

  @Test
  void aFirstMeetingIsAFreshWindowForAWeekThenRanksBehindFresherOnes() {
    FirstFollowUpRule rule = new FirstFollowUpRule();
    Contact met =
        Fixtures.contact("tom")
            .firstMet(FirstMeeting.at(LocalDate.of(2026, 11, 20), "BNI"))
            .build();

    Evaluation fresh = rule.evaluate(met, ContactHistory.empty(), Fixtures.NOW);
    Suggestion.FollowUp f = (Suggestion.FollowUp) fresh.suggestions().get(0);
    Instant weekLater = Instant.parse("2026-11-27T00:00:00Z");
    Evaluation late = rule.evaluate(met, ContactHistory.empty(), weekLater);
    Suggestion.FollowUp l = (Suggestion.FollowUp) late.suggestions().get(0);

    assertThat(f.bonus()).isEqualTo(2_050);
    assertThat(f.reason()).startsWith("met at BNI 3 days ago");
    assertThat(fresh.validUntil()).isEqualTo(weekLater);
    assertThat(l.bonus()).isEqualTo(2_010);
    assertThat(l.weight()).isEqualTo(1.0);
    assertThat(late.validUntil()).isEqualTo(Instant.parse("2026-12-20T00:00:00Z"));
  }

  @Test
  void theRhythmCountsFromTheLaterOfTheLastConversationAndTheFirstMeeting() {
    Contact met =
        Fixtures.contact("ivy")
            .firstMet(FirstMeeting.at(LocalDate.of(2026, 10, 1), "a fair"))
            .build();
    ContactHistory before =
        ContactHistory.of(
            List.of(
                Fixtures.conversation("ivy", Instant.parse("2026-09-01T10:00:00Z"), Channel.CALL)));
    ContactHistory after =
        ContactHistory.of(
            List.of(
                Fixtures.conversation("ivy", Instant.parse("2026-10-05T10:00:00Z"), Channel.CALL)));

    assertThat(Anchor.of(met, before, Fixtures.NOW).words())
        .isEqualTo("met at a fair 53 days ago, no conversation since");
    assertThat(Anchor.of(met, after, Fixtures.NOW).words())
        .isEqualTo("last real conversation 49 days ago");
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
