package io.github.cadence.history;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.internal.RuleScope;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private MutableNetwork network;

  @BeforeEach
  void setUp() {
    network = new MutableNetwork().add(contact("ana").build()).add(contact("bob").build());
  }

  @Test
  void aDuplicateContactIdIsRejectedAndTheFirstContactKept() {
    assertThatThrownBy(() -> network.add(contact("ana").tier(Tier.A).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact.id 'ana' is already in the network; use update to change a contact");
    assertThat(network.contact("ana").orElseThrow().tier()).isEqualTo(Tier.C);
    assertThat(network.size()).isEqualTo(2);
  }

  @Test
  void aTouchpointForAnUnknownContactLeavesTheNetworkUnchanged() {
    network.record(conversation("ana", daysAgo(3), Channel.CALL));
    ContactHistory before = network.history("ana");

    assertThatThrownBy(() -> network.record(conversation("zoe", daysAgo(1), Channel.CALL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint.contactId 'zoe' is not a contact of this network");
    assertThat(network.history("ana")).isEqualTo(before);
    assertThat(network.contains("zoe")).isFalse();
  }

  @Test
  void aBatchWithOneBadTouchpointRecordsNothing() {
    var batch =
        List.of(
            conversation("ana", daysAgo(3), Channel.CALL),
            conversation("bob", daysAgo(2), Channel.CALL),
            conversation("zoe", daysAgo(1), Channel.CALL));

    assertThatThrownBy(() -> network.recordAll(batch))
        .hasMessage("touchpoints[2].contactId 'zoe' is not a contact of this network");
    assertThat(network.history("ana").touches()).isZero();
    assertThat(network.history("bob").touches()).isZero();
    assertThat(network.touchpoints("ana")).isEmpty();
  }

  @Test
  void aBatchIsRecordedWhole() {
    network.recordAll(
        List.of(
            conversation("ana", daysAgo(3), Channel.CALL),
            conversation("ana", daysAgo(9), Channel.EMAIL),
            conversation("bob", daysAgo(2), Channel.CALL)));

    assertThat(network.history("ana").touches()).isEqualTo(2);
    assertThat(network.touchpoints("ana"))
        .extracting(t -> t.at())
        .containsExactly(daysAgo(9), daysAgo(3));
    assertThat(network.history("bob").lastConversation()).contains(daysAgo(2));
  }

  @Test
  void aTouchpointDatedAfterTheAsOfInstantDoesNotCountAsPast() {
    network.record(conversation("ana", daysAgo(20), Channel.CALL));
    network.record(conversation("ana", inDays(5), Channel.MEETING));

    assertThat(network.history("ana").lastConversation()).contains(inDays(5));
    ContactHistory asOfNow = network.history("ana", NOW);
    assertThat(asOfNow.lastConversation()).contains(daysAgo(20));
    assertThat(asOfNow.touches()).isEqualTo(1);
    assertThat(network.history("ana", inDays(6)).touches()).isEqualTo(2);
  }

  @Test
  void updatingAContactKeepsItsHistory() {
    network.record(conversation("ana", daysAgo(3), Channel.CALL));

    network.update(network.contact("ana").orElseThrow().toBuilder().tier(Tier.A).build());

    assertThat(network.contact("ana").orElseThrow().tier()).isEqualTo(Tier.A);
    assertThat(network.history("ana").touches()).isEqualTo(1);
    assertThatThrownBy(() -> network.update(contact("zoe").build()))
        .hasMessage("contact.id 'zoe' is not a contact of this network");
  }

  @Test
  void removingAContactForgetsItsTouchpoints() {
    network.record(conversation("ana", daysAgo(3), Channel.CALL));

    assertThat(network.remove("ana")).isTrue();
    assertThat(network.remove("ana")).isFalse();
    assertThat(network.contacts()).extracting(c -> c.id()).containsExactly("bob");
    assertThatThrownBy(() -> network.history("ana"))
        .hasMessage("contactId 'ana' is not a contact of this network");
  }

  @Test
  void changesCanBeChained() {
    MutableNetwork chained =
        network
            .record(conversation("ana", daysAgo(3), Channel.CALL))
            .recordAll(List.of(conversation("bob", daysAgo(2), Channel.CALL)))
            .update(contact("ana").tier(Tier.B).build());

    assertThat(chained).isSameAs(network);
    assertThat(chained.contains("ana")).isTrue();
    assertThat(chained.contains("zoe")).isFalse();
  }

  @Test
  void aThreadRunningARuleCannotChangeItAndEveryChangeCounts() {
    Touchpoint call = conversation("ana", NOW, Channel.CALL);
    long before = network.version();

    for (Runnable change :
        List.<Runnable>of(
            () -> network.add(contact("new").build()),
            () -> network.update(contact("ana").tier(Tier.A).build()),
            () -> network.remove("ana"),
            () -> network.record(call))) {
      assertThatThrownBy(
              () ->
                  RuleScope.run(
                      () -> {
                        change.run();
                        return null;
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the network is read-only while it is evaluated");
    }
    assertThat(network.version()).isEqualTo(before);
    assertThat(RuleScope.run(network::size)).isEqualTo(network.size());

    network.add(contact("new").build());
    long added = network.version();
    network.update(contact("new").tier(Tier.A).build());
    long updated = network.version();
    network.record(call);
    long recorded = network.version();
    network.remove("new");
    assertThat(List.of(before, added, updated, recorded, network.version()))
        .isSortedAccordingTo(Long::compare)
        .doesNotHaveDuplicates();
  }

  @Test
  void sourceKeysAndNotesSurviveACopyAndARemovedContactsKeysAreFreed() {
    Touchpoint imported =
        Touchpoint.builder("ana", daysAgo(3))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.REPLIED)
            .note("thanks!")
            .source("linkedin:msg:7")
            .build();
    network.record(imported);

    MutableNetwork copy = MutableNetwork.copyOf(network);
    copy.record(imported);
    assertThat(copy.touchpoints("ana"))
        .filteredOn(t -> t.source().isPresent())
        .containsExactly(imported);
    assertThatThrownBy(
            () ->
                copy.record(
                    Touchpoint.builder("bob", daysAgo(2))
                        .channel(Channel.MESSAGE)
                        .outcome(Outcome.REPLIED)
                        .source("linkedin:msg:7")
                        .build()))
        .as("the copy knows the source keys")
        .hasMessageContaining("is recorded for contact 'ana' already");

    network.remove("ana");
    network.record(
        Touchpoint.builder("bob", daysAgo(3))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.REPLIED)
            .source("linkedin:msg:7")
            .build());
    assertThat(network.touchpoints("bob")).hasSize(1);
    assertThat(copy.touchpoints("ana")).contains(imported);
  }

  @Test
  void aViewAnswersAsItsNetworkDoesAndFollowsItsChanges() {
    network.record(conversation("ana", daysAgo(3), Channel.CALL));
    network.record(conversation("ana", inDays(2), Channel.MEETING));
    Network view = network.view();

    assertThat(view)
        .isNotInstanceOf(MutableNetwork.class)
        .hasToString("a read-only view of a network");
    assertThat(view.version()).isEqualTo(network.version());
    assertThat(view.contains("ana")).isTrue();
    assertThat(view.contains("zoe")).isFalse();
    assertThat(view.contact("bob")).isEqualTo(network.contact("bob"));
    assertThat(view.contacts()).isEqualTo(network.contacts());
    assertThat(view.size()).isEqualTo(2);
    assertThat(view.history("ana")).isEqualTo(network.history("ana"));
    assertThat(view.history("ana", NOW)).isEqualTo(network.history("ana", NOW));
    assertThat(view.history("ana", NOW).touches()).isEqualTo(1);
    assertThat(view.histories(NOW)).isEqualTo(network.histories(NOW));
    assertThat(view.nextTouchAfter("ana", NOW)).contains(inDays(2));
    assertThat(view.touchpoints("ana")).isEqualTo(network.touchpoints("ana")).hasSize(2);

    network.remove("bob");
    assertThat(view.contains("bob")).isFalse();
    assertThat(view.version()).isEqualTo(network.version());
    assertThat(MutableNetwork.copyOf(view).contacts()).isEqualTo(network.contacts());
  }

  @Test
  void aNetworkHandedOverMovesWholeAndTheOldOneRefusesEverything() {
    network.record(conversation("ana", daysAgo(3), Channel.CALL));
    long version = network.version();
    Network oldView = network.view();

    MutableNetwork taker = network.handOver();

    assertThat(taker.contacts()).extracting(c -> c.id()).containsExactly("ana", "bob");
    assertThat(taker.version()).isEqualTo(version);
    assertThat(taker.touchpoints("ana")).hasSize(1);
    for (Runnable use :
        List.<Runnable>of(
            () -> network.contains("ana"),
            () -> network.contact("ana"),
            () -> network.size(),
            () -> network.version(),
            () -> network.histories(NOW),
            () -> network.history("ana"),
            () -> network.history("ana", NOW),
            () -> network.nextTouchAfter("ana", NOW),
            () -> network.touchpoints("ana"),
            () -> oldView.contacts(),
            () -> network.handOver(),
            () -> network.add(contact("cy").build()))) {
      assertThatThrownBy(use::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("was handed over");
    }
    taker.add(contact("cy").build());
    assertThat(taker.size()).isEqualTo(3);
  }

  @Test
  void aBatchLeavesOutWhatItBringsTwiceAndWhatIsRecordedAlready() {
    Touchpoint call = conversation("ana", daysAgo(3), Channel.CALL);
    Touchpoint other = conversation("ana", daysAgo(2), Channel.CALL);
    network.record(call);

    network.recordAll(List.of(other, call, other, conversation("ana", daysAgo(1), Channel.EMAIL)));

    assertThat(network.touchpoints("ana")).hasSize(3);
    assertThat(network.history("ana").touches()).isEqualTo(3);
  }
}
