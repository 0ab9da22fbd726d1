package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Category;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seeds 001 and 004: introductions made and referrals received, a give each way. */
class IntroductionTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private final MutableNetwork network = new MutableNetwork();

  private static Touchpoint introduced(String id, String to, Instant at) {
    return Touchpoint.builder(id, at)
        .channel(Channel.EMAIL)
        .outcome(Outcome.SENT)
        .intent(Intent.GIVE)
        .note("introduced to " + to)
        .build();
  }

  @Test
  void anIntroductionOfMariaToKenCountsAsAGiveForBoth() {
    for (String id : new String[] {"maria", "ken"}) {
      network.add(contact(id).tier(Tier.B).build());
      network.record(conversation(id, daysAgo(40), Channel.CALL));
    }
    network.record(introduced("maria", "Ken", daysAgo(1)));
    network.record(introduced("ken", "Maria", daysAgo(1)));

    assertThat(network.history("maria").gives()).isEqualTo(1);
    assertThat(network.history("ken").gives()).isEqualTo(1);
    assertThat(network.history("ken").giveAskBalance()).isEqualTo(1);
  }

  @Test
  void aReferralReceivedPutsAThankYouWithinTwoDaysFirstInTheQueue() {
    network.add(contact("ken").displayName("Ken O'Hara").tier(Tier.C).build());
    network.record(conversation("ken", daysAgo(20), Channel.CALL));
    network.add(contact("ana").tier(Tier.A).build());
    network.record(conversation("ana", daysAgo(30), Channel.CALL));
    network.record(
        Touchpoint.builder("ken", daysAgo(1))
            .channel(Channel.CALL)
            .direction(Direction.INBOUND)
            .outcome(Outcome.CONNECTED)
            .intent(Intent.GIVE)
            .note("referred Lena from Acme")
            .build());

    assertThat(network.history("ken").givesReceived()).isEqualTo(1);
    FollowUpQueue queue = ENGINE.queue(network, NOW);
    QueueEntry ken = queue.entries().get(0);
    assertThat(ken.contact().id()).as("a thank-you outranks an overdue A").isEqualTo("ken");
    assertThat(Category.of(ken)).isEqualTo(Category.REPLY);
    assertThat(ken.intent()).isEqualTo(Intent.GIVE);
    assertThat(ken.reasons())
        .anySatisfy(
            r -> {
              assertThat(r.purpose()).isEqualTo(Purpose.THANKS);
              assertThat(r.text())
                  .isEqualTo(
                      "Ken O'Hara gave you a referral or an introduction yesterday: say thank"
                          + " you, by Nov 24");
            });

    network.record(conversation("ken", NOW.minusSeconds(60), Channel.CALL));
    assertThat(ENGINE.entry(network, "ken", NOW).orElseThrow().reasons())
        .as("thanked: the debt ends")
        .noneMatch(r -> r.purpose() == Purpose.THANKS);
  }
}
