package io.github.cadence.history;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts issue #29 added to a summary and a contact: restored, checked, chained. */
class HistoryPartsTest {
  @Test
  void theNewPartsAreCheckedAgainstTheRest() {
    assertThatThrownBy(() -> oneEmailTwoDaysAgo().lastBroadcast(daysAgo(1)).build())
        .hasMessage(
            "not a summary of touchpoints: lastBroadcast "
                + daysAgo(1)
                + " is after lastTouch "
                + daysAgo(2));
    assertThatThrownBy(
            () -> oneEmailTwoDaysAgo().lastGiveReceived(daysAgo(2)).givesReceived(1).build())
        .hasMessageContaining("lastGiveReceived " + daysAgo(2) + " is after lastInbound none");
    assertThatThrownBy(() -> oneEmailTwoDaysAgo().lastInbound(daysAgo(2)).givesReceived(1).build())
        .hasMessageContaining("1 gives received in 1 touches with lastGiveReceived none");
    assertThatThrownBy(
            () ->
                oneEmailTwoDaysAgo()
                    .lastInbound(daysAgo(2))
                    .lastGiveReceived(daysAgo(2))
                    .givesReceived(2)
                    .build())
        .hasMessageContaining("2 gives received in 1 touches");
    assertThatThrownBy(
            () ->
                oneEmailTwoDaysAgo()
                    .recent(new ContactHistory.Recent(daysAgo(1), Direction.OUTBOUND))
                    .build())
        .hasMessageContaining("1 recent touches, the latest at " + daysAgo(1));
    assertThatThrownBy(
            () ->
                oneEmailTwoDaysAgo()
                    .recent(new ContactHistory.Recent(daysAgo(3), Direction.OUTBOUND))
                    .recent(new ContactHistory.Recent(daysAgo(2), Direction.INBOUND))
                    .build())
        .hasMessageContaining("2 recent touches");
    assertThatThrownBy(() -> ContactHistory.builder().givesReceived(-1))
        .hasMessage("givesReceived must be zero or more, was -1");
  }

  /** The parts of a summary of one email two days ago, for a test to add the part it checks. */
  private static ContactHistory.Builder oneEmailTwoDaysAgo() {
    return ContactHistory.builder().count(Channel.EMAIL, 1).lastTouch(daysAgo(2));
  }

  @Test
  void aSummaryKeepsItsTwelveLatestTouchesWhateverTheOrderTheyCameIn() {
    List<Touchpoint> touches = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      touches.add(
          Touchpoint.builder("ana", daysAgo(40 - i))
              .channel(Channel.MESSAGE)
              .direction(i % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND)
              .outcome(i % 2 == 0 ? Outcome.SENT : Outcome.REPLIED)
              .build());
    }
    touches.add(
        Touchpoint.builder("ana", daysAgo(1))
            .channel(Channel.EMAIL)
            .outcome(Outcome.BROADCAST)
            .build());
    ContactHistory forward = ContactHistory.of(touches);
    java.util.Collections.reverse(touches);
    ContactHistory backward = ContactHistory.of(touches);
    assertThat(backward).isEqualTo(forward);
    List<ContactHistory.Recent> recent = forward.recentTouches();
    assertThat(recent).hasSize(12);
    assertThat(recent.get(0)).isEqualTo(new ContactHistory.Recent(daysAgo(32), Direction.OUTBOUND));
    assertThat(recent.get(11)).isEqualTo(new ContactHistory.Recent(daysAgo(21), Direction.INBOUND));
    assertThat(forward.toString()).contains("lastBroadcast=" + daysAgo(1), "warmth=Warmth[");
    assertThat(forward.warmth().replies()).isEqualTo(6);
    assertThat(ContactHistory.empty().warmth()).isEqualTo(Warmth.NONE);
    assertThat(ContactHistory.empty().recentTouches()).isEmpty();
  }

  @Test
  void aContactsBuilderChainsEveryRemoval() {
    Contact full =
        Contact.builder("ana", NOW)
            .occasions(Occasion.birthday(MonthDay.of(6, 1)))
            .note("likes tea")
            .snoozedUntil(LocalDate.of(2026, 12, 1))
            .nextMeeting(Instant.parse("2026-12-01T10:00:00Z"))
            .build();
    Contact plain =
        full.toBuilder().clearOccasions().noNote().unsnoozed().noMeetingPlanned().build();
    assertThat(plain.occasions()).isEmpty();
    assertThat(plain.note()).isEmpty();
    assertThat(plain.snoozedUntil()).isEmpty();
    assertThat(plain.nextMeeting()).isEmpty();
    assertThat(full.toString()).contains("note='likes tea'");
    assertThat(
            Touchpoint.builder("ana", NOW)
                .channel(Channel.EMAIL)
                .outcome(Outcome.BROADCAST)
                .intent(Intent.GIVE)
                .build()
                .isAttempt())
        .isFalse();
  }
}
