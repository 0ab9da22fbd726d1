package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static io.github.cadence.Fixtures.inbound;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Nobody should be told to call someone they meet on Tuesday." NOW is Monday 23 November 2026. */
class MeetingHoldTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private MutableNetwork network;

  @BeforeEach
  void network() {
    network = new MutableNetwork();
    // Overdue at tier B's rhythm: last talked 70 days ago.
    network.add(contact("ken").tier(Tier.B).nextMeeting(inDays(1.2)).build());
    network.record(conversation("ken", daysAgo(70), Channel.EMAIL));
    network.add(contact("ana").tier(Tier.B).build());
    network.record(conversation("ana", daysAgo(70), Channel.EMAIL));
  }

  @Test
  void aRhythmFollowUpWaitsForTheMeetingAndSaysSo() {
    FollowUpQueue queue = ENGINE.queue(network, NOW);

    QueueEntry ken = queue.entryFor("ken").orElseThrow();
    assertThat(ken.isDueAt(NOW)).isFalse();
    assertThat(ken.due()).isEqualTo(inDays(1.2));
    assertThat(ken.reasons().get(0).text())
        .endsWith("; but you meet them on Tue Nov 24, so it waits until then");
    assertThat(queue.entries().get(0).contact().id()).isEqualTo("ana");
  }

  @Test
  void afterTheMeetingTheRhythmCountsFromItAndTheIndexAgrees() {
    QueueRequest later = QueueRequest.asOf(inDays(3));
    QueueIndex index = QueueIndex.build(ENGINE, MutableNetwork.copyOf(network), NOW);

    FollowUpQueue queue = ENGINE.queue(network, later);

    QueueEntry ken = queue.entryFor("ken").orElseThrow();
    assertThat(ken.isDueAt(inDays(3))).isTrue();
    assertThat(ken.reasons().get(0).text()).endsWith("; counted from your meeting on Tue Nov 24");
    // Overdue since the meeting, not for the 70 days before it: behind Ana.
    assertThat(queue.entries().get(0).contact().id()).isEqualTo("ana");
    assertThat(index.queue(later)).isEqualTo(queue);
  }

  @Test
  void aReplyOwedIsNotHeldByAMeeting() {
    network.record(inbound("ken", daysAgo(1), Channel.EMAIL));

    QueueEntry ken = ENGINE.queue(network, NOW).entryFor("ken").orElseThrow();

    assertThat(ken.isDueAt(NOW)).isTrue();
    assertThat(ken.purpose()).isEqualTo(Purpose.REPLY);
  }
}
