package io.github.cadence.history;

import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.event;
import static io.github.cadence.Fixtures.inbound;
import static io.github.cadence.Fixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.ContactHistory.Attempt;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ContactHistoryTest {

  @Test
  void summarizesTheLastTouchesAndTheBalance() {
    ContactHistory h =
        ContactHistory.of(
            List.of(
                conversation("a", daysAgo(30), Channel.CALL, Intent.GIVE),
                conversation("a", daysAgo(20), Channel.EMAIL, Intent.ASK),
                conversation("a", daysAgo(10), Channel.CALL, Intent.ASK),
                inbound("a", daysAgo(5), Channel.EMAIL)));

    assertThat(h.touches()).isEqualTo(4);
    assertThat(h.lastTouch()).contains(daysAgo(5));
    // They wrote: contact made, whatever the outcome recorded.
    assertThat(h.lastConversation()).contains(daysAgo(5));
    assertThat(h.lastInbound()).contains(daysAgo(5));
    assertThat(h.lastOutbound()).contains(daysAgo(10));
    assertThat(h.gives()).isEqualTo(1);
    assertThat(h.asks()).isEqualTo(2);
    assertThat(h.giveAskBalance()).isEqualTo(-1);
    assertThat(h.count(Channel.CALL)).isEqualTo(2);
    assertThat(h.count(Channel.EMAIL)).isEqualTo(2);
    assertThat(h.usualChannel()).contains(Channel.CALL);
  }

  @Test
  void countsUnansweredAttemptsSinceTheContactLastAnswered() {
    ContactHistory h =
        ContactHistory.of(
            List.of(
                unanswered("a", daysAgo(40), Channel.CALL),
                conversation("a", daysAgo(30), Channel.CALL),
                unanswered("a", daysAgo(12), Channel.CALL),
                unanswered("a", daysAgo(8), Channel.EMAIL)));

    assertThat(h.consecutiveUnanswered()).isEqualTo(2);
    assertThat(h.unansweredAttempts())
        .containsExactly(
            new Attempt(daysAgo(12), Channel.CALL), new Attempt(daysAgo(8), Channel.EMAIL));
  }

  @Test
  void anyInboundTouchEndsAStreakOfUnansweredAttempts() {
    ContactHistory h =
        ContactHistory.of(
            List.of(
                unanswered("a", daysAgo(12), Channel.CALL),
                unanswered("a", daysAgo(8), Channel.EMAIL),
                inbound("a", daysAgo(7), Channel.MESSAGE),
                unanswered("a", daysAgo(2), Channel.CALL)));

    assertThat(h.unansweredAttempts()).containsExactly(new Attempt(daysAgo(2), Channel.CALL));
  }

  @Test
  void anImportOfOldCallsGivesTheSameSummaryAsRecordingThemInOrder() {
    var newest =
        List.of(
            unanswered("a", daysAgo(3), Channel.CALL),
            conversation("a", daysAgo(10), Channel.MEETING));
    var oldImport =
        List.of(
            unanswered("a", daysAgo(50), Channel.EMAIL),
            conversation("a", daysAgo(20), Channel.CALL));

    ContactHistory newFirst = ContactHistory.of(newest);
    for (var t : oldImport) {
      newFirst = newFirst.plus(t);
    }
    ContactHistory chronological =
        ContactHistory.of(
            List.of(oldImport.get(0), oldImport.get(1), newest.get(1), newest.get(0)));

    assertThat(newFirst).isEqualTo(chronological);
    assertThat(newFirst.hashCode()).isEqualTo(chronological.hashCode());
    assertThat(newFirst.lastConversation()).contains(daysAgo(10));
    assertThat(newFirst.consecutiveUnanswered()).isEqualTo(1);
  }

  @Test
  void meetingAtAnEventIsRememberedButIsNotReachingOut() {
    ContactHistory h = ContactHistory.of(List.of(event("a", daysAgo(2), "BNI breakfast")));

    assertThat(h.lastEvent()).contains(daysAgo(2));
    assertThat(h.lastEventNote()).contains("BNI breakfast");
    assertThat(h.lastOutbound()).isEmpty();
    assertThat(h.lastConversation()).contains(daysAgo(2));
  }

  @Test
  void plusLeavesTheOriginalUnchanged() {
    ContactHistory empty = ContactHistory.empty();
    ContactHistory one = empty.plus(conversation("a", daysAgo(1), Channel.CALL));

    assertThat(empty.touches()).isZero();
    assertThat(empty.lastTouch()).isEmpty();
    assertThat(one.touches()).isEqualTo(1);
    assertThat(one)
        .isNotEqualTo(empty)
        .isNotEqualTo("a summary")
        .doesNotHaveSameHashCodeAs(empty)
        .isEqualTo(ContactHistory.empty().plus(conversation("a", daysAgo(1), Channel.CALL)));
  }

  @Test
  void twoEventsAtTheSameInstantKeepTheSameNoteWhateverTheOrder() {
    var a = event("a", daysAgo(2), "Chamber mixer");
    var b = event("a", daysAgo(2), "BNI breakfast");

    assertThat(ContactHistory.of(List.of(a, b)).lastEventNote()).contains("Chamber mixer");
    assertThat(ContactHistory.of(List.of(b, a)).lastEventNote()).contains("Chamber mixer");
  }

  @Test
  void theUsualChannelIsTheMostUsedAndTiesGoToTheChannelDeclaredFirst() {
    var tie =
        List.of(
            conversation("a", daysAgo(3), Channel.EMAIL),
            conversation("a", daysAgo(2), Channel.CALL));

    assertThat(ContactHistory.of(tie).usualChannel()).contains(Channel.CALL);
    assertThat(ContactHistory.empty().usualChannel()).isEmpty();
  }

  @Test
  void anAttemptAtTheInstantTheContactAnsweredIsNotUnanswered() {
    ContactHistory h =
        ContactHistory.of(
            List.of(
                unanswered("a", daysAgo(2), Channel.EMAIL),
                inbound("a", daysAgo(2), Channel.CALL)));

    assertThat(h.consecutiveUnanswered()).isZero();
    assertThat(
            ContactHistory.of(List.of(unanswered("a", daysAgo(2), Channel.EMAIL)))
                .inTouchSince(daysAgo(2)))
        .as("reaching out at the instant itself")
        .isTrue();
  }

  @Test
  void beingInTouchSinceAnInstantIncludesTheInstantItself() {
    ContactHistory h = ContactHistory.of(List.of(inbound("a", daysAgo(2), Channel.EMAIL)));

    assertThat(h.inTouchSince(daysAgo(2))).isTrue();
    assertThat(h.inTouchSince(daysAgo(1))).isFalse();
    assertThat(ContactHistory.empty().inTouchSince(daysAgo(9))).isFalse();
  }

  @Test
  void describesItselfForDebugging() {
    assertThat(ContactHistory.of(List.of(event("a", daysAgo(2), "BNI"))).toString())
        .startsWith("ContactHistory{touches=1")
        .contains("lastEventNote=BNI");
  }

  @Test
  void countsPastWhatSixteenBitsHoldStayExact() {
    Touchpoint note =
        Touchpoint.builder("a", daysAgo(3)).channel(Channel.NOTE).outcome(Outcome.SENT).build();
    Touchpoint call = conversation("a", daysAgo(2), Channel.CALL, Intent.NEUTRAL);
    ContactHistory h = ContactHistory.empty().plus(call);
    for (int i = 0; i < 70_000; i++) {
      h = h.plus(note);
    }
    h = h.plus(call);

    ContactHistory before = h;
    h = h.plus(note);
    assertThat(before.count(Channel.NOTE)).as("a summary never changes").isEqualTo(70_000);
    assertThat(h.count(Channel.NOTE)).isEqualTo(70_001);
    h = before;
    assertThat(h.count(Channel.NOTE)).isEqualTo(70_000);
    assertThat(h.count(Channel.CALL)).isEqualTo(2);
    assertThat(h.count(Channel.EMAIL)).isZero();
    assertThat(h.touches()).isEqualTo(70_002);
    assertThat(h.usualChannel()).contains(Channel.CALL);
  }

  @Test
  void everyChannelIsCountedApart() {
    ContactHistory h = ContactHistory.empty();
    for (Channel c : Channel.values()) {
      for (int i = 0; i <= c.ordinal(); i++) {
        h =
            h.plus(
                Touchpoint.builder("a", daysAgo(i + 1)).channel(c).outcome(Outcome.SENT).build());
      }
    }
    for (Channel c : Channel.values()) {
      assertThat(h.count(c)).as(c.name()).isEqualTo(c.ordinal() + 1);
    }
  }

  @Test
  void instantsBeforeNineteenSeventyAreKept() {
    Instant old = Instant.parse("1950-06-01T10:15:30.123Z");
    ContactHistory h =
        ContactHistory.of(
            List.of(
                unanswered("a", old, Channel.EMAIL),
                unanswered("a", old, Channel.CALL),
                inbound("a", old.minusSeconds(60), Channel.EMAIL)));

    assertThat(h.lastTouch()).contains(old);
    assertThat(h.lastInbound()).contains(old.minusSeconds(60));
    assertThat(h.unansweredAttempts())
        .containsExactly(new Attempt(old, Channel.CALL), new Attempt(old, Channel.EMAIL));
  }

  @Test
  void aPersonIsReachedByAConversationOrAGiftButNotByAnUnansweredCallOrTheirOwnMessage() {
    Touchpoint gift =
        Touchpoint.builder("a", daysAgo(3))
            .channel(Channel.GIFT)
            .outcome(Outcome.SENT)
            .intent(Intent.GIVE)
            .build();
    Touchpoint neutralMessage =
        Touchpoint.builder("a", daysAgo(2)).channel(Channel.MESSAGE).outcome(Outcome.SENT).build();

    assertThat(ContactHistory.of(List.of(unanswered("a", daysAgo(1), Channel.CALL))).lastReached())
        .isEmpty();
    assertThat(ContactHistory.of(List.of(inbound("a", daysAgo(1), Channel.EMAIL))).lastReached())
        .isEmpty();
    assertThat(ContactHistory.of(List.of(neutralMessage)).lastReached()).isEmpty();
    assertThat(ContactHistory.of(List.of(gift, neutralMessage)).lastReached()).contains(daysAgo(3));
    assertThat(
            ContactHistory.of(List.of(gift, conversation("a", daysAgo(5), Channel.CALL)))
                .lastReached())
        .contains(daysAgo(3));
    assertThat(
            ContactHistory.of(List.of(conversation("a", daysAgo(5), Channel.CALL))).lastReached())
        .contains(daysAgo(5));
  }

  @Test
  void aBuilderRestoresALargeCountAndRefusesPartsNoTouchpointsCouldGive() {
    ContactHistory many =
        ContactHistory.builder()
            .lastTouch(daysAgo(1))
            .lastOutbound(daysAgo(1))
            .count(Channel.EMAIL, 70_000)
            .build();
    assertThat(many.count(Channel.EMAIL)).isEqualTo(70_000);
    assertThat(many.plus(unanswered("a", daysAgo(2), Channel.EMAIL)).count(Channel.EMAIL))
        .isEqualTo(70_001);

    assertThatThrownBy(() -> ContactHistory.builder().lastTouch(daysAgo(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a summary of touchpoints: 0 touches with lastTouch " + daysAgo(1));
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(3))
                    .lastInbound(daysAgo(2))
                    .count(Channel.CALL, 1)
                    .build())
        .hasMessage(
            "not a summary of touchpoints: lastInbound "
                + daysAgo(2)
                + " is after lastTouch "
                + daysAgo(3));
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(1))
                    .lastConversation(daysAgo(1))
                    .lastOutbound(daysAgo(1))
                    .unanswered(new Attempt(daysAgo(2), Channel.CALL))
                    .count(Channel.CALL, 2)
                    .build())
        .hasMessageContaining("unanswered attempt Attempt[at=" + daysAgo(2))
        .hasMessageEndingWith(
            "is not after the last answer ("
                + daysAgo(1)
                + ") and by the last outbound touch ("
                + daysAgo(1)
                + ")");
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(1))
                    .count(Channel.CALL, 1)
                    .gives(2)
                    .build())
        .hasMessage("not a summary of touchpoints: 2 gives and 0 asks in 1 touches");
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(1))
                    .count(Channel.CALL, 1)
                    .gives(1)
                    .asks(1)
                    .build())
        .hasMessage("not a summary of touchpoints: 1 gives and 1 asks in 1 touches");
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(1))
                    .lastInbound(daysAgo(1))
                    .lastOutbound(daysAgo(1))
                    .unanswered(new Attempt(daysAgo(1), Channel.CALL))
                    .count(Channel.CALL, 2)
                    .build())
        .as("an attempt at the instant the contact answered")
        .hasMessageContaining("is not after the last answer");
    assertThatThrownBy(
            () -> ContactHistory.builder().count(Channel.EVENT, 1).lastTouch(daysAgo(1)).build())
        .hasMessage("not a summary of touchpoints: 1 event touches with lastEvent none");
    Map<String, Function<ContactHistory.Builder, ContactHistory.Builder>> laterThanLastTouch =
        Map.of(
            "lastConversation", b -> b.lastConversation(daysAgo(1)),
            "lastOutbound", b -> b.lastOutbound(daysAgo(1)),
            "lastReached", b -> b.lastReached(daysAgo(1)),
            "lastEvent", b -> b.lastEvent(daysAgo(1), null));
    laterThanLastTouch.forEach(
        (name, set) ->
            assertThatThrownBy(
                    () ->
                        set.apply(
                                ContactHistory.builder()
                                    .lastTouch(daysAgo(2))
                                    .count(Channel.EVENT, 1)
                                    .lastEvent(daysAgo(2), "Expo"))
                            .build())
                .hasMessage(
                    "not a summary of touchpoints: %s %s is after lastTouch %s",
                    name, daysAgo(1), daysAgo(2)));
    assertThatThrownBy(
            () ->
                ContactHistory.builder()
                    .lastTouch(daysAgo(1))
                    .lastOutbound(daysAgo(1))
                    .unanswered(new Attempt(daysAgo(1), Channel.CALL))
                    .unanswered(new Attempt(daysAgo(1), Channel.EMAIL))
                    .count(Channel.CALL, 1)
                    .build())
        .hasMessage("not a summary of touchpoints: 2 unanswered attempts in 1 touches");
    assertThatThrownBy(() -> ContactHistory.builder().asks(-2))
        .hasMessage("asks must be zero or more, was -2");
    assertThatThrownBy(() -> ContactHistory.builder().count(Channel.NOTE, -3))
        .hasMessage("count of NOTE must be zero or more, was -3");
    assertThatThrownBy(() -> ContactHistory.builder().gives(-1))
        .hasMessage("gives must be zero or more, was -1");
    assertThatThrownBy(
            () -> ContactHistory.builder().lastTouch(Instant.parse("2026-01-01T00:00:00.000001Z")))
        .hasMessage(
            "lastTouch 2026-01-01T00:00:00.000001Z is finer than a millisecond, the precision of a"
                + " touchpoint");
    assertThatThrownBy(() -> ContactHistory.builder().count(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("channel");
  }

  @Test
  void theLatestInboundTouchKeepsItsInstantAndKindBeforeAndAfter1970() {
    for (Instant at : List.of(Instant.parse("1950-03-01T10:00:00.001Z"), daysAgo(2))) {
      ContactHistory h = ContactHistory.empty().plus(inbound("a", at, Channel.GIFT));
      assertThat(h.lastInbound()).contains(at);
      assertThat(h.lastInboundChannel()).contains(Channel.GIFT);
      assertThat(h.replyOwed()).isTrue();
      assertThat(
              ContactHistory.builder()
                  .lastInbound(at)
                  .lastTouch(at)
                  .count(Channel.GIFT, 1)
                  .build()
                  .lastInboundChannel())
          .isEmpty();
    }
  }

  @Test
  void aRestoredSummaryHoldsOnlyATouchpointsInstants() {
    assertThatThrownBy(
            () -> ContactHistory.builder().lastInbound(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastInbound must be between");
  }
}
