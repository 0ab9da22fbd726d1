package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inbound;
import static io.github.cadence.Fixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seed 000: "maintain visibility and credibility" — a newsletter to tier C, and what it is not. */
class BroadcastTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private final MutableNetwork network = new MutableNetwork();

  private static Touchpoint newsletter(String id, Instant at) {
    return Touchpoint.builder(id, at)
        .channel(Channel.EMAIL)
        .outcome(Outcome.BROADCAST)
        .intent(Intent.GIVE)
        .note("December newsletter")
        .build();
  }

  @Test
  void aNewsletterKeepsACTierContactWarmButNotAnATierOne() {
    network.add(contact("carla").tier(Tier.C).build());
    network.record(conversation("carla", daysAgo(100), Channel.CALL));
    network.add(contact("anton").tier(Tier.A).build());
    network.record(conversation("anton", daysAgo(20), Channel.CALL));
    for (String id : new String[] {"carla", "anton"}) {
      network.record(newsletter(id, daysAgo(5)));
    }

    assertThat(ENGINE.entry(network, "carla", NOW))
        .as("the rhythm counts from the newsletter: due in 85 days")
        .hasValueSatisfying(
            e -> {
              assertThat(e.isDueAt(NOW)).isFalse();
              assertThat(e.due()).isEqualTo(daysAgo(5).plus(java.time.Duration.ofDays(90)));
              assertThat(e.reasons().get(0).text())
                  .startsWith("C-tier: your last broadcast reached them 5 days ago");
            });
    QueueEntry anton = ENGINE.entry(network, "anton", NOW).orElseThrow();
    assertThat(anton.isDueAt(NOW)).as("a newsletter never resets an A rhythm").isTrue();
    assertThat(anton.due()).isEqualTo(daysAgo(6));
  }

  @Test
  void aBroadcastIsNotAConversationAnAttemptAGiveNorAnAnswer() {
    network.add(contact("bea").tier(Tier.B).build());
    network.record(conversation("bea", daysAgo(40), Channel.CALL));
    network.record(unanswered("bea", daysAgo(10), Channel.EMAIL));
    network.record(inbound("bea", daysAgo(3), Channel.EMAIL));
    network.record(newsletter("bea", daysAgo(1)));

    ContactHistory h = network.history("bea");
    assertThat(h.lastBroadcast()).contains(daysAgo(1));
    assertThat(h.lastOutbound()).contains(daysAgo(10));
    assertThat(h.lastConversation()).contains(daysAgo(3));
    assertThat(h.gives()).isZero();
    assertThat(h.replyOwed()).as("a newsletter does not answer what she wrote").isTrue();
    QueueEntry bea = ENGINE.entry(network, "bea", NOW).orElseThrow();
    assertThat(bea.reasons()).anyMatch(r -> r.purpose() == Purpose.REPLY);

    network.add(contact("new").status(ContactStatus.unmapped()).build());
    network.record(newsletter("new", daysAgo(1)));
    assertThat(ENGINE.entry(network, "new", NOW).orElseThrow().purpose())
        .as("a subscriber never talked to is still to map")
        .isEqualTo(Purpose.INTAKE);
    assertThat(network.history("new").unansweredAttempts()).isEmpty();
  }

  @Test
  void aBroadcastGoesOut() {
    assertThatThrownBy(
            () ->
                Touchpoint.builder("bea", NOW)
                    .channel(Channel.EMAIL)
                    .direction(Direction.INBOUND)
                    .outcome(Outcome.BROADCAST)
                    .build())
        .hasMessage("a broadcast goes out: direction must be OUTBOUND, was INBOUND");
  }
}
