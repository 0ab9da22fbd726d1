package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.event;
import static io.github.cadence.Fixtures.inDays;
import static io.github.cadence.Fixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Suggestion.FollowUp;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.rule.builtin.TierCadenceRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The seeds' situations, run through the engine with the default rules. */
class SeedScenariosTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final MutableNetwork network = new MutableNetwork();

  private QueueEntry entry(String id) {
    return entry(id, NOW);
  }

  private QueueEntry entry(String id, Instant asOf) {
    return ENGINE.entry(network, id, asOf).orElseThrow();
  }

  private static String reasons(QueueEntry e) {
    return e.reasons().toString();
  }

  // "Map your network – determine A, B, C contacts (it will help with scheduling how often you
  // contact them)"
  @Test
  void anATierClientLastSeen19DaysAgoIsFiveDaysOverdueAndABTierOneIsNot() {
    network.add(contact("maria").tier(Tier.A).roles(Role.CLIENT).build());
    network.add(contact("bob").tier(Tier.B).build());
    network.record(conversation("maria", daysAgo(19), Channel.MEETING));
    network.record(conversation("bob", daysAgo(19), Channel.MEETING));

    QueueEntry maria = entry("maria");
    assertThat(maria.due()).isEqualTo(daysAgo(5));
    assertThat(maria.isDueAt(NOW)).isTrue();
    assertThat(maria.reasons())
        .containsExactly(
            Reason.of(
                "tier-cadence",
                Purpose.RHYTHM,
                "A-tier: last real conversation 19 days ago, cadence 14 days"));
    QueueEntry bob = entry("bob");
    assertThat(bob.isDueAt(NOW)).isFalse();
    assertThat(bob.reasons())
        .containsExactly(
            Reason.of(
                "tier-cadence",
                Purpose.RHYTHM,
                "B-tier: last real conversation 19 days ago, next touch due in 11 days (cadence 30 days)"));
    assertThat(ENGINE.queue(network, NOW).entries())
        .extracting(e -> e.contact().id())
        .containsExactly("maria", "bob");
  }

  // "Timing counts. Don't wait for weeks to go by before reaching out."
  @Test
  void aContactMetAtAnEventThreeDaysAgoWithNoFollowUpIsFirstInTomorrowsQueue() {
    network.add(contact("maria").tier(Tier.A).build());
    network.add(contact("bob").tier(Tier.B).build());
    network.add(contact("carl").tier(Tier.C).build());
    network.add(
        Contact.builder("tom", daysAgo(3))
            .firstMet(FirstMeeting.at(TODAY.minusDays(3), "BNI breakfast"))
            .build());
    network.record(conversation("maria", daysAgo(19), Channel.CALL));
    network.record(conversation("bob", daysAgo(40), Channel.CALL));
    network.record(conversation("carl", daysAgo(120), Channel.CALL));

    FollowUpQueue tomorrow = ENGINE.queue(network, inDays(1));

    assertThat(tomorrow.first().orElseThrow().contact().id()).isEqualTo("tom");
    assertThat(reasons(tomorrow.first().orElseThrow()))
        .contains(
            "first-follow-up: met at BNI breakfast 4 days ago and not yet followed up (aim: within 2 days)");
    assertThat(tomorrow.first().orElseThrow().channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void theFirstFollowUpPromptStopsOnceTheUserHasReachedOut() {
    network.add(
        Contact.builder("tom", daysAgo(3))
            .firstMet(FirstMeeting.at(TODAY.minusDays(3), "BNI breakfast"))
            .build());
    assertThat(reasons(entry("tom"))).contains("first-follow-up");

    network.record(
        Touchpoint.builder("tom", daysAgo(1)).channel(Channel.EMAIL).outcome(Outcome.SENT).build());

    assertThat(reasons(entry("tom"))).doesNotContain("first-follow-up");
  }

  // "Attend [...] events BUT only if you plan to follow-up and follow-through afterwards."
  @Test
  void everyoneSeenAtAnEventGetsAFollowUpUnlessAlreadyContactedSince() {
    network.add(contact("grace").tier(Tier.C).build());
    network.add(contact("hal").tier(Tier.C).build());
    network.add(
        Contact.builder("ivy", daysAgo(1))
            .firstMet(FirstMeeting.at(TODAY.minusDays(1), "Chamber mixer"))
            .build());
    for (String id : new String[] {"grace", "hal", "ivy"}) {
      network.record(event(id, daysAgo(1), "Chamber mixer"));
    }
    network.record(
        Touchpoint.builder("hal", daysAgo(0.5))
            .channel(Channel.EMAIL)
            .outcome(Outcome.SENT)
            .build());

    QueueEntry grace = entry("grace");
    assertThat(grace.isDueAt(NOW)).isTrue();
    assertThat(grace.reasons())
        .containsExactly(
            Reason.of(
                "after-event",
                Purpose.AFTER_EVENT,
                "seen at Chamber mixer yesterday: follow up with everyone you met there, whatever their tier"));
    assertThat(reasons(entry("hal"))).doesNotContain("after-event");
    assertThat(reasons(entry("ivy"))).contains("first-follow-up").doesNotContain("after-event");
  }

  // "Reach out by phone to 5 existing or dormant clients per week"
  @Test
  void aClientSilentFor65DaysIsDormantAndGetsACall() {
    network.add(contact("ken").tier(Tier.C).roles(Role.CLIENT).build());
    network.add(contact("lou").tier(Tier.C).build());
    network.record(conversation("ken", daysAgo(65), Channel.EMAIL));
    network.record(conversation("lou", daysAgo(65), Channel.EMAIL));

    QueueEntry ken = entry("ken");
    assertThat(ken.isDueAt(NOW)).isTrue();
    assertThat(ken.channel()).isEqualTo(Channel.CALL);
    assertThat(reasons(ken))
        .contains(
            "dormant-client: dormant client: last real conversation 2 months ago (dormant after 60 days): phone to grow"
                + " or reopen the business");
    assertThat(entry("lou").isDueAt(NOW)).isFalse();
  }

  // "Reach out to 1 of your strategic networking partners per week"
  @Test
  void aStrategicPartnerIsDueEveryWeek() {
    network.add(contact("priya").tier(Tier.B).roles(Role.STRATEGIC_PARTNER).build());
    network.add(contact("quinn").tier(Tier.B).build());
    network.record(conversation("priya", daysAgo(8), Channel.CALL));
    network.record(conversation("quinn", daysAgo(8), Channel.CALL));

    QueueEntry priya = entry("priya");
    assertThat(priya.due()).isEqualTo(daysAgo(1));
    assertThat(reasons(priya))
        .contains("strategic partner (last real conversation 8 days ago): touch every 7 days");
    assertThat(entry("quinn").isDueAt(NOW)).isFalse();
  }

  // "after one or two attempts to break through you simply back off" is the mistake
  @Test
  void afterOneUnansweredCallTryAgainByEmailInThreeDays() {
    network.add(contact("dana").tier(Tier.A).build());
    network.record(conversation("dana", daysAgo(40), Channel.MEETING));
    network.record(unanswered("dana", daysAgo(2), Channel.CALL));

    QueueEntry dana = entry("dana");
    assertThat(dana.due()).isEqualTo(inDays(1));
    assertThat(dana.channel()).isEqualTo(Channel.EMAIL);
    assertThat(reasons(dana)).contains("1 unanswered attempt: pausing before the next try");
  }

  @Test
  void afterTwoUnansweredAttemptsWaitSixDaysAndSwitchChannelAgain() {
    network.add(contact("dana").tier(Tier.A).build());
    network.record(conversation("dana", daysAgo(40), Channel.MEETING));
    network.record(unanswered("dana", daysAgo(5), Channel.CALL));
    network.record(unanswered("dana", daysAgo(2), Channel.EMAIL));

    QueueEntry dana = entry("dana");
    assertThat(dana.due()).isEqualTo(inDays(4));
    assertThat(dana.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(reasons(entry("dana", inDays(4))))
        .contains(
            "2 unanswered attempts in a row (last by email 6 days ago): try again now, do not give up");
  }

  @Test
  void afterTenUnansweredAttemptsTheContactIsStillThereWithinThirtyDaysOfTheLastTry() {
    network.add(contact("dana").tier(Tier.A).build());
    network.record(conversation("dana", daysAgo(400), Channel.MEETING));
    for (int i = 0; i < 10; i++) {
      network.record(unanswered("dana", daysAgo(300 - 30 * i), Channel.CALL));
    }

    QueueEntry dana = entry("dana");
    assertThat(dana.due()).isEqualTo(daysAgo(300 - 30 * 9).plus(Duration.ofDays(30)));
    assertThat(dana.isDueAt(NOW)).isTrue();
  }

  @Test
  void neverMoreThanThreeTriesInThirtyDays() {
    network.add(contact("dana").tier(Tier.A).build());
    network.record(conversation("dana", daysAgo(60), Channel.MEETING));
    network.record(unanswered("dana", daysAgo(10), Channel.CALL));
    network.record(unanswered("dana", daysAgo(7), Channel.EMAIL));
    network.record(unanswered("dana", daysAgo(1), Channel.MESSAGE));

    QueueEntry dana = entry("dana");
    assertThat(dana.due()).isEqualTo(inDays(20));
    assertThat(reasons(dana)).contains("at most 3 tries in 30 days");
  }

  // "they'll start screening their calls when you ring them"
  @Test
  void noSuggestionWithinThreeDaysOfReachingOutEvenWhenOverdue() {
    network.add(contact("sam").tier(Tier.A).build());
    network.record(conversation("sam", daysAgo(20), Channel.CALL));
    network.record(
        Touchpoint.builder("sam", daysAgo(1)).channel(Channel.GIFT).outcome(Outcome.SENT).build());

    QueueEntry now = entry("sam");
    assertThat(now.due()).isEqualTo(inDays(2));
    assertThat(now.isDueAt(NOW)).isFalse();
    assertThat(reasons(now))
        .contains("you reached out yesterday: no new touch before Nov 25, so as not to pester");
    assertThat(now.score())
        .as("while held: minus the days left, at the contact's weight")
        .isCloseTo(-Tier.A.weight() * 10 / 14 * 2, within(1e-6));
    QueueEntry later = entry("sam", inDays(2));
    assertThat(later.isDueAt(inDays(2))).isTrue();
    assertThat(later.score())
        .as(
            "waiting politely does not cost the contact its place (the rhythm band, 1,000, once due)")
        .isCloseTo(1_000 + Tier.A.weight() * 10 / 14 * 8, within(1e-6));
  }

  // "a basket of fruit and a corona on Cinco de Mayo"
  @Test
  void aBirthdayInTwoDaysIsDueNowWithAGivingMessage() {
    network.add(
        contact("lena").tier(Tier.B).occasions(Occasion.birthday(MonthDay.of(11, 25))).build());
    network.record(conversation("lena", daysAgo(5), Channel.CALL));

    QueueEntry lena = entry("lena");
    assertThat(lena.due()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    assertThat(lena.intent()).isEqualTo(Intent.GIVE);
    assertThat(lena.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(lena.reasons())
        .contains(
            Reason.of(
                "occasion", Purpose.OCCASION, "birthday on Nov 25 (in 2 days): show you remember"));
  }

  // Monica's most-wanted date feature: "the third Sunday of June".
  @Test
  void fathersDayFallsOnTheThirdSundayOfJuneIn2027And2028AndABirthYearIsCounted() {
    network.add(
        contact("karl")
            .tier(Tier.C)
            .occasions(
                Occasion.of(
                    Occasion.Kind.CUSTOM, "Father's Day", DateRule.parse("third Sunday of June")),
                Occasion.of(
                    Occasion.Kind.BIRTHDAY,
                    "birthday",
                    DateRule.yearlySince(LocalDate.of(1980, 2, 29))))
            .build());
    network.record(conversation("karl", daysAgo(5), Channel.CALL));

    assertThat(reasons(entry("karl", Instant.parse("2027-06-17T09:00:00Z"))))
        .contains("Father's Day on Jun 20 (in 3 days): show you remember");
    assertThat(reasons(entry("karl", Instant.parse("2028-06-15T09:00:00Z"))))
        .contains("Father's Day on Jun 18 (in 3 days): show you remember");
    assertThat(reasons(entry("karl", Instant.parse("2027-02-26T09:00:00Z"))))
        .as("born on February 29: the 28th in other years, and the 47th birthday")
        .contains("birthday on Feb 28 (in 2 days), the 47th: show you remember");
  }

  @Test
  void anOccasionStartsAtMidnightInTheContactsOwnTimeZone() {
    Occasion birthday = Occasion.birthday(MonthDay.of(11, 26));
    network.add(contact("yuki").zone(ZoneId.of("Asia/Tokyo")).occasions(birthday).build());
    network.add(contact("uma").occasions(birthday).build());
    network.record(conversation("yuki", daysAgo(5), Channel.CALL));
    network.record(conversation("uma", daysAgo(5), Channel.CALL));

    assertThat(entry("yuki").due()).isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
    assertThat(entry("uma").due()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
  }

  @Test
  void anOccasionAlreadyMarkedIsNotSuggestedAgainThisYear() {
    network.add(
        contact("mia").tier(Tier.B).occasions(Occasion.birthday(MonthDay.of(11, 24))).build());
    network.record(conversation("mia", daysAgo(20), Channel.CALL));
    network.record(
        Touchpoint.builder("mia", daysAgo(0.5))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.SENT)
            .intent(Intent.GIVE)
            .build());

    assertThat(reasons(entry("mia"))).doesNotContain("birthday");
  }

  @Test
  void anUnansweredCallDoesNotMarkABirthdayButAWishDoes() {
    network.add(
        contact("mia").tier(Tier.B).occasions(Occasion.birthday(MonthDay.of(11, 24))).build());
    network.record(conversation("mia", daysAgo(20), Channel.CALL));
    network.record(unanswered("mia", daysAgo(1), Channel.CALL));

    assertThat(reasons(entry("mia"))).contains("birthday on Nov 24 (tomorrow): show you remember");

    network.record(
        Touchpoint.builder("mia", daysAgo(0.5))
            .channel(Channel.GIFT)
            .outcome(Outcome.SENT)
            .intent(Intent.GIVE)
            .build());
    assertThat(reasons(entry("mia"))).doesNotContain("birthday");
  }

  // "Any touch they start counts": they wrote, so contact was made, whatever the outcome says.
  @Test
  void anInboundEmailResetsTheTierCadenceWhateverItsOutcome() {
    network.add(contact("ivy").tier(Tier.A).build());
    network.record(conversation("ivy", daysAgo(30), Channel.CALL));
    network.record(
        Touchpoint.builder("ivy", daysAgo(2))
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .outcome(Outcome.SENT)
            .build());
    Touchpoint defaulted =
        Touchpoint.builder("ivy", daysAgo(1))
            .channel(Channel.CALL)
            .direction(Direction.INBOUND)
            .build();

    Contact ivy = network.contact("ivy").orElseThrow();
    Evaluation rhythm = new TierCadenceRule().evaluate(ivy, network.history("ivy"), NOW);
    assertThat(((FollowUp) rhythm.suggestions().get(0)).due()).isEqualTo(inDays(12));
    assertThat(rhythm.suggestions().get(0).reason()).contains("last real conversation 2 days ago");
    // They wrote and wait for an answer: the reply comes first.
    assertThat(entry("ivy").due()).isEqualTo(daysAgo(2));
    assertThat(reasons(entry("ivy"))).contains("wrote by email 2 days ago: reply owed");
    assertThat(defaulted.outcome()).isEqualTo(Outcome.CONNECTED);
    assertThat(
            Touchpoint.builder("ivy", NOW)
                .channel(Channel.EMAIL)
                .direction(Direction.INBOUND)
                .build()
                .outcome())
        .isEqualTo(Outcome.REPLIED);
  }

  // "give something to them before asking for something in return"
  @Test
  void afterAskingTwiceAndGivingNothingTheNextTouchGives() {
    network.add(contact("omar").tier(Tier.B).build());
    network.add(contact("gus").tier(Tier.B).build());
    network.record(conversation("omar", daysAgo(70), Channel.EMAIL, Intent.ASK));
    network.record(conversation("omar", daysAgo(35), Channel.CALL, Intent.ASK));
    for (int i = 1; i <= 3; i++) {
      network.record(conversation("gus", daysAgo(10 * i + 25), Channel.CALL, Intent.GIVE));
    }

    QueueEntry omar = entry("omar");
    assertThat(omar.intent()).isEqualTo(Intent.GIVE);
    assertThat(omar.reasons())
        .contains(
            Reason.of(
                "give-before-ask",
                Purpose.BALANCE,
                "2 asks and 0 gives so far: give before you ask (a lead, an introduction, an article)"));
    assertThat(entry("gus").intent()).isEqualTo(Intent.ASK);
  }

  // "getting in touch with people he had lost touch with"
  @Test
  void aTieLostForTwoCadencesGetsAReconnectReasonAndARicherChannel() {
    network.add(contact("ravi").tier(Tier.C).build());
    network.add(contact("rose").tier(Tier.C).build());
    network.record(conversation("ravi", daysAgo(200), Channel.EMAIL));
    network.record(conversation("rose", daysAgo(200), Channel.CALL));

    QueueEntry ravi = entry("ravi");
    assertThat(ravi.channel()).isEqualTo(Channel.CALL);
    assertThat(ravi.reasons())
        .contains(
            Reason.of(
                "reconnect",
                Purpose.RECONNECT,
                "lost touch: last real conversation 6 months ago, over 2x the C-tier cadence of 90 days"),
            Reason.of(
                "reconnect",
                Purpose.RECONNECT,
                "a lost tie deserves a call rather than the usual email"));
    assertThat(entry("rose").channel()).isEqualTo(Channel.MEETING);
  }

  @Test
  void aPausedContactComesBackOnTheDayThePauseEndsAndAnArchivedOneNever() {
    network.add(
        contact("julia")
            .tier(Tier.A)
            .status(ContactStatus.pausedUntil(LocalDate.of(2026, 12, 3)))
            .build());
    network.add(contact("ben").tier(Tier.A).status(ContactStatus.archived()).build());
    network.record(conversation("julia", daysAgo(50), Channel.MEETING));
    network.record(conversation("ben", daysAgo(50), Channel.MEETING));

    QueueEntry julia = entry("julia");
    assertThat(julia.due()).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    assertThat(julia.reasons())
        .contains(Reason.of("status", Purpose.PAUSE, "paused until 2026-12-03"));
    assertThat(ENGINE.entry(network, "ben", NOW)).isEmpty();
    assertThat(ENGINE.queue(network, NOW).entries())
        .extracting(e -> e.contact().id())
        .containsExactly("julia");
  }

  @Test
  void aCadenceKeepsTheLocalTimeOfDayAcrossADaylightSavingChange() {
    network.add(contact("nina").tier(Tier.A).zone(ZoneId.of("America/New_York")).build());
    network.record(conversation("nina", Instant.parse("2026-10-20T14:00:00Z"), Channel.CALL));

    assertThat(entry("nina").due()).isEqualTo(Instant.parse("2026-11-03T15:00:00Z"));
  }
}
