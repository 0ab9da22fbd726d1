package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inbound;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Category;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The order a busy person would follow: replies owed and other closing windows first, then the
 * rhythm, in which urgency saturates so that a close contact a little late outranks a distant one
 * long silent.
 */
class RankingScenariosTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  private final MutableNetwork network = new MutableNetwork();

  private List<String> order() {
    return ENGINE.queue(network, NOW).entries().stream().map(e -> e.contact().id()).toList();
  }

  private QueueEntry entry(String id) {
    return ENGINE.queue(network, NOW).entries().stream()
        .filter(e -> e.contact().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not in the queue"));
  }

  private static String reasons(QueueEntry e) {
    return e.reasons().stream().map(Reason::text).collect(Collectors.joining("\n"));
  }

  /** A C-tier contact last talked to {@code years} years ago. */
  private void silentFor(String id, int years, Role... roles) {
    network.add(contact(id).tier(Tier.C).roles(roles).build());
    network.record(conversation(id, daysAgo(365.0 * years), Channel.CALL));
  }

  // Seed 004: "Don't wait for weeks to go by before [...] being responsive."
  @Test
  void someoneWhoWroteFiveDaysAgoIsOwedAReplyAndComesBeforeTheRhythm() {
    network.add(contact("maria").displayName("Maria Lopez").tier(Tier.C).build());
    network.record(conversation("maria", daysAgo(200), Channel.MEETING));
    network.record(inbound("maria", daysAgo(5), Channel.MESSAGE));
    network.add(contact("ana").tier(Tier.A).build());
    network.record(conversation("ana", daysAgo(60), Channel.CALL));

    QueueEntry maria = entry("maria");

    assertThat(order()).startsWith("maria", "ana");
    assertThat(maria.due()).isEqualTo(daysAgo(5));
    assertThat(maria.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(reasons(maria))
        .contains("Maria Lopez wrote by message 5 days ago: reply owed (aim: within 2 days)");
    assertThat(Category.of(maria)).isEqualTo(Category.REPLY);
  }

  @Test
  void aReplyWithinTheWindowSaysByWhen() {
    network.add(contact("ken").displayName("Ken Ito").build());
    network.record(inbound("ken", daysAgo(1), Channel.EMAIL));

    assertThat(reasons(entry("ken")))
        .contains("Ken Ito wrote by email yesterday: reply owed, by Nov 24");
  }

  @Test
  void anyLaterOutboundTouchEndsTheDebt() {
    network.add(contact("bo").tier(Tier.C).build());
    network.record(inbound("bo", daysAgo(5), Channel.EMAIL));
    network.record(
        Touchpoint.builder("bo", daysAgo(4))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.SENT)
            .build());

    assertThat(network.history("bo").replyOwed()).isFalse();
    assertThat(reasons(entry("bo"))).doesNotContain("reply owed").contains("1 unanswered attempt");
  }

  @Test
  void answeringSomeoneWhoWroteBackIsNotPestering() {
    network.add(contact("fay").displayName("Fay").tier(Tier.B).build());
    network.record(
        Touchpoint.builder("fay", daysAgo(2)).channel(Channel.EMAIL).outcome(Outcome.SENT).build());
    network.record(inbound("fay", daysAgo(1), Channel.EMAIL));

    QueueEntry fay = entry("fay");

    assertThat(fay.due()).isEqualTo(daysAgo(1));
    assertThat(reasons(fay))
        .contains("Fay wrote by email yesterday: reply owed")
        .doesNotContain("pester");
  }

  @Test
  void afterThirtyDaysTheOrdinaryRhythmTakesOver() {
    network.add(contact("cy").tier(Tier.A).build());
    network.record(inbound("cy", daysAgo(31), Channel.EMAIL));

    QueueEntry cy = entry("cy");

    assertThat(reasons(cy)).doesNotContain("reply owed").contains("A-tier");
    assertThat(cy.reasons()).extracting(Reason::purpose).doesNotContain(Purpose.REPLY);
  }

  @Test
  void aCallInWhichTheTwoSpokeOwesNothingButAMissedCallDoes() {
    network.add(contact("dee").tier(Tier.C).build());
    network.record(
        Touchpoint.builder("dee", daysAgo(3))
            .channel(Channel.CALL)
            .direction(Direction.INBOUND)
            .build());
    network.add(contact("eli").tier(Tier.C).build());
    network.record(
        Touchpoint.builder("eli", daysAgo(3))
            .channel(Channel.CALL)
            .direction(Direction.INBOUND)
            .outcome(Outcome.LEFT_MESSAGE)
            .build());

    assertThat(order()).containsExactly("eli", "dee");
    assertThat(entry("dee").score()).isNegative();
    assertThat(reasons(entry("dee"))).doesNotContain("reply owed");
    assertThat(reasons(entry("eli"))).contains("called and did not reach you 3 days ago");
    assertThat(entry("eli").channel()).isEqualTo(Channel.CALL);
  }

  // "Years of silence do not outrank a close contact one cadence late."
  @Test
  void anATierOrBTierContactOneCadenceLateOutranksAnyCTierContactHoweverLongSilent() {
    silentFor("c-ten-years", 10, Role.CLIENT);
    silentFor("c-three-years", 3);
    network.add(contact("a-late").tier(Tier.A).build());
    network.record(conversation("a-late", daysAgo(28), Channel.CALL));
    network.add(contact("b-late").tier(Tier.B).build());
    network.record(conversation("b-late", daysAgo(60), Channel.CALL));

    assertThat(order()).containsExactly("a-late", "b-late", "c-ten-years", "c-three-years");
  }

  @Test
  void saturatedContactsOfOneTierAreTakenLongestSilentFirst() {
    silentFor("c-two-years", 2);
    silentFor("c-five-years", 5);
    silentFor("c-one-year", 1);

    QueueEntry first = entry("c-five-years");

    assertThat(order()).containsExactly("c-five-years", "c-two-years", "c-one-year");
    assertThat(first.score()).isEqualTo(entry("c-one-year").score());
  }

  // Seed: "Timing counts. Don't wait for weeks to go by before reaching out."
  @Test
  void aPersonMetTwoDaysAgoComesBeforeEveryRhythmItem() {
    for (int i = 0; i < 20; i++) {
      network.add(contact("a" + i).tier(Tier.A).roles(Role.CLIENT).build());
      network.record(conversation("a" + i, daysAgo(100 + i), Channel.CALL));
    }
    network.add(
        contact("tom").firstMet(FirstMeeting.at(LocalDate.of(2026, 11, 21), "mixer")).build());

    assertThat(order().get(0)).isEqualTo("tom");
  }

  @Test
  void aLunchLoggedForAContactAddedTodayAnchorsItsRhythm() {
    network.add(Contact.builder("new", NOW).tier(Tier.A).build());
    network.record(conversation("new", daysAgo(20), Channel.MEETING));

    QueueEntry entry = entry("new");

    assertThat(entry.due()).isEqualTo(daysAgo(6));
    assertThat(reasons(entry)).contains("A-tier: last real conversation 20 days ago");
  }

  // Seed 003: "Map your network – determine A, B, C contacts."
  @Test
  void aConnectionNeverTalkedToIsToMapBelowEveryDueFollowUpNotOverdue() {
    network.add(
        contact("ken")
            .status(ContactStatus.unmapped())
            .firstMet(FirstMeeting.at(LocalDate.of(2012, 5, 3), "LinkedIn"))
            .build());
    network.add(contact("ana").tier(Tier.C).build());
    network.record(conversation("ana", daysAgo(100), Channel.CALL));
    network.add(contact("bo").displayName("Bo").build());
    network.record(inbound("bo", daysAgo(1), Channel.EMAIL));

    QueueEntry ken = entry("ken");

    assertThat(order()).containsExactly("bo", "ana", "ken");
    assertThat(ken.purpose()).isEqualTo(Purpose.INTAKE);
    assertThat(Category.of(ken)).isEqualTo(Category.INTAKE);
    assertThat(reasons(ken))
        .startsWith("connected on LinkedIn ")
        .endsWith(" ago, never talked: map them (choose a tier, archive, or reach out)")
        .doesNotContain("overdue", "-tier");
  }

  @Test
  void aContactLeavesIntakeWhenATierIsChosenOrAConversationHappens() {
    Contact unmapped = contact("cy").status(ContactStatus.unmapped()).build();
    network.add(unmapped);
    assertThat(entry("cy").purpose()).isEqualTo(Purpose.INTAKE);

    network.update(unmapped.toBuilder().status(ContactStatus.active()).tier(Tier.B).build());
    assertThat(entry("cy").purpose()).isIn(Purpose.RHYTHM, Purpose.RECONNECT);

    network.update(unmapped);
    network.record(inbound("cy", daysAgo(40), Channel.MESSAGE));
    assertThat(entry("cy").purpose()).isNotEqualTo(Purpose.INTAKE);
  }

  @Test
  void theMostPromisingContactsToMapComeFirstDeterministically() {
    network.add(contact("plain").status(ContactStatus.unmapped()).build());
    network.add(
        contact("with-email")
            .status(ContactStatus.unmapped())
            .handles(Handle.email("e@example.com"))
            .build());
    network.add(contact("client").status(ContactStatus.unmapped()).roles(Role.CLIENT).build());
    network.add(Contact.builder("recent", daysAgo(10)).status(ContactStatus.unmapped()).build());
    network.add(contact("another-plain").status(ContactStatus.unmapped()).build());

    assertThat(order()).containsExactly("client", "with-email", "recent", "another-plain", "plain");
    assertThat(order()).isEqualTo(order());
  }

  /** An A-tier client last called 60 days ago, so the dormant-client rule asks for a call. */
  private QueueEntry dormantClientWith(Handle... handles) {
    network.add(contact("dora").tier(Tier.A).roles(Role.CLIENT).handles(handles).build());
    network.record(conversation("dora", daysAgo(60), Channel.CALL));
    return entry("dora");
  }

  @Test
  void aCallNeedsAPhoneNumberAndOnlyAProfileGivesAMessageOnLinkedIn() {
    QueueEntry dora = dormantClientWith(Handle.profile("https://www.linkedin.com/in/dora"));

    assertThat(dora.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(dora.reachable()).isTrue();
    assertThat(dora.reasons())
        .last()
        .isEqualTo(
            Reason.of(
                "channel", dora.purpose(), "no phone number on file: message on LinkedIn instead"));
  }

  @Test
  void aCallWithOnlyAnEmailAddressOnFileBecomesAnEmail() {
    QueueEntry dora = dormantClientWith(Handle.email("dora@example.com"));

    assertThat(dora.channel()).isEqualTo(Channel.EMAIL);
    assertThat(reasons(dora)).endsWith("no phone number on file: email instead");
  }

  @Test
  void aPhoneNumberOnFileKeepsTheCallWithoutAWord() {
    QueueEntry dora = dormantClientWith(Handle.phone("+1 555 0100"));

    assertThat(dora.channel()).isEqualTo(Channel.CALL);
    assertThat(dora.reasons()).extracting(Reason::ruleId).doesNotContain("channel");
  }

  @Test
  void anEmailWithOnlyAPhoneNumberOnFileBecomesAText() {
    network.add(
        contact("nia")
            .handles(Handle.phone("+1 555 0101"))
            .firstMet(FirstMeeting.at(LocalDate.of(2026, 11, 22), "Chamber mixer"))
            .build());

    QueueEntry nia = entry("nia");

    assertThat(nia.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(reasons(nia)).endsWith("no email address on file: send a text instead");
  }

  @Test
  void withNoHandleAtAllTheChannelStaysAndTheEntryIsNotReachable() {
    QueueEntry dora = dormantClientWith();

    assertThat(dora.channel()).isEqualTo(Channel.CALL);
    assertThat(dora.reachable()).isFalse();
    assertThat(dora.reasons()).extracting(Reason::ruleId).doesNotContain("channel");
  }

  @Test
  void aSnoozedContactIsHeldBackUntilItsDayInTheIndexAsInAFullEvaluation() {
    network.add(contact("maria").displayName("Maria Lopez").tier(Tier.C).build());
    network.record(inbound("maria", daysAgo(3), Channel.MESSAGE));
    network.add(contact("ana").tier(Tier.A).build());
    network.record(conversation("ana", daysAgo(20), Channel.CALL));
    QueueIndex index = QueueIndex.build(ENGINE, network, NOW);
    Contact maria = index.read(n -> n.contact("maria")).orElseThrow();

    index.update(maria.toBuilder().snoozedUntil(LocalDate.of(2026, 11, 30)).build());
    FollowUpQueue snoozed = index.queue(QueueRequest.asOf(NOW));

    assertThat(snoozed.entries().get(0).contact().id()).isEqualTo("ana");
    QueueEntry held = snoozed.entryFor("maria").orElseThrow();
    assertThat(held.isDueAt(NOW)).isFalse();
    assertThat(held.due()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(reasons(held)).contains("snoozed until Mon Nov 30");
    assertThat(snoozed.entries()).isEqualTo(index.read(n -> ENGINE.queue(n, NOW)).entries());

    Instant back = Instant.parse("2026-11-30T08:00:00Z");
    FollowUpQueue after = index.queue(QueueRequest.asOf(back));
    assertThat(after.entries().get(0).contact().id()).isEqualTo("maria");
    assertThat(after.entries()).isEqualTo(index.read(n -> ENGINE.queue(n, back)).entries());
  }
}
