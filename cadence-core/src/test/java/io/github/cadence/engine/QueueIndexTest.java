package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueIndexTest {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private MutableNetwork network;
  private QueueIndex index;

  @BeforeEach
  void setUp() {
    network = new MutableNetwork();
    for (int i = 0; i < 20; i++) {
      network.add(contact("c" + i).tier(i % 2 == 0 ? Tier.A : Tier.C).build());
      network.record(conversation("c" + i, daysAgo(5 + 3 * i), Channel.EMAIL));
    }
    index = QueueIndex.build(ENGINE, network, NOW);
  }

  @Test
  void theTopOfTheIndexIsTheTopOfTheQueue() {
    QueueRequest top5 = QueueRequest.asOf(NOW).withLimit(5);

    assertThat(index.queue(top5)).isEqualTo(index.read(n -> ENGINE.queue(n, top5)));
    assertThat(index.size()).isEqualTo(20);
    assertThat(index.now()).isEqualTo(NOW);
    assertThat(index).hasToString("QueueIndex[now=" + NOW + ", contacts=20, " + ENGINE + "]");
  }

  @Test
  void aBatchOfContactsAndOneOfTouchpointsAreIndexedLikeAFullEvaluation() {
    List<Contact> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(contact("b" + i).tier(i % 2 == 0 ? Tier.B : Tier.A).build());
    }
    index.addAll(batch);
    index.recordAll(
        List.of(
            conversation("b1", daysAgo(2), Channel.CALL),
            conversation("c3", daysAgo(1), Channel.MEETING),
            conversation("b1", daysAgo(40), Channel.EMAIL)));
    index.recordAll(List.of());

    assertThat(index.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(index.read(n -> ENGINE.queue(n, NOW)));
    assertThat(index.<List<Touchpoint>>read(n -> n.touchpoints("b1"))).hasSize(2);
  }

  @Test
  void aBatchWithOneBadItemChangesNothing() {
    FollowUpQueue before = index.queue(QueueRequest.asOf(NOW));
    assertThatThrownBy(() -> index.addAll(List.of(contact("new").build(), contact("c1").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contacts[1].id 'c1' is taken already");
    assertThatThrownBy(
            () -> index.addAll(List.of(contact("twice").build(), contact("twice").build())))
        .hasMessage("contacts[1].id 'twice' appears twice");
    assertThatThrownBy(
            () ->
                index.recordAll(
                    List.of(
                        conversation("c1", daysAgo(1), Channel.CALL),
                        conversation("nobody", daysAgo(1), Channel.CALL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");

    assertThat(index.<Boolean>read(n -> n.contains("new"))).isFalse();
    assertThat(index.queue(QueueRequest.asOf(NOW))).isEqualTo(before);
  }

  @Test
  void dueInstantsThatDifferBelowAMillisecondAreOrderedLikeTheQueue() {
    // Same millisecond, same score: the earlier due instant comes first, not the smaller id.
    MutableNetwork close = new MutableNetwork();
    close.add(Contact.builder("a", daysAgo(400).plusNanos(600_000)).tier(Tier.B).build());
    close.add(Contact.builder("b", daysAgo(400).plusNanos(200_000)).tier(Tier.B).build());
    Instant asOf = NOW.plusNanos(900_000);

    QueueIndex closeIndex = QueueIndex.build(ENGINE, close, asOf);
    FollowUpQueue fromIndex = closeIndex.queue(QueueRequest.asOf(asOf));

    assertThat(fromIndex.entries()).extracting(e -> e.contact().id()).containsExactly("b", "a");
    assertThat(fromIndex).isEqualTo(closeIndex.read(n -> ENGINE.queue(n, asOf)));
  }

  @Test
  void contactsAddedOffTheMillisecondAfterTheBuildAreIndexedExactly() {
    MutableNetwork growing = new MutableNetwork();
    growing.add(contact("first").tier(Tier.B).build());
    Instant asOf = NOW.plusNanos(300_000);
    QueueIndex grown = QueueIndex.build(ENGINE, growing, asOf);

    for (int i = 0; i < 40; i++) {
      grown.add(
          Contact.builder("n" + i, daysAgo(100 + i % 7).plusNanos(i * 37_000L % 1_000_000))
              .tier(i % 3 == 0 ? Tier.A : Tier.C)
              .build());
    }

    assertThat(grown.queue(QueueRequest.asOf(asOf)))
        .isEqualTo(grown.read(n -> ENGINE.queue(n, asOf)));
  }

  @Test
  void aNarrowFilterBelowManyBetterContactsStillFindsItsPage() {
    MutableNetwork wide = new MutableNetwork();
    for (int i = 0; i < 80; i++) {
      wide.add(contact("w" + i).tier(i < 75 ? Tier.A : Tier.C).build());
    }
    QueueRequest cOnly =
        QueueRequest.asOf(NOW).withLimit(3).withFilter(QueueFilter.all().tiers(Tier.C));

    QueueIndex wideIndex = QueueIndex.build(ENGINE, wide, NOW);
    FollowUpQueue fromIndex = wideIndex.queue(cOnly);

    assertThat(fromIndex).isEqualTo(wideIndex.read(n -> ENGINE.queue(n, cOnly)));
    assertThat(fromIndex.entries()).hasSize(3);
  }

  @Test
  void answersValidUntilTheFarFutureAreKeptUntilThen() {
    // Past what milliseconds in a long can count: the index saturates such an instant to "never".
    Instant farFuture = Instant.MAX.minusSeconds(1);
    Rule steady =
        new Rule() {
          @Override
          public String id() {
            return "steady";
          }

          @Override
          public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
            return Evaluation.of(Suggestion.followUp(daysAgo(1), "steady")).validUntil(farFuture);
          }
        };
    CadenceEngine engine = CadenceEngine.of(RuleSet.builder().add(steady).build());
    QueueIndex far = QueueIndex.build(engine, index.read(MutableNetwork::copyOf), NOW);

    assertThat(far.queue(QueueRequest.asOf(inDays(30))))
        .isEqualTo(index.read(n -> engine.queue(n, inDays(30))));
  }

  @Test
  void aRecordedTouchpointMovesItsContactAtOnce() {
    String first = index.queue(QueueRequest.asOf(NOW).withLimit(1)).entries().get(0).contact().id();

    index.record(conversation(first, NOW, Channel.CALL));

    assertThat(index.queue(QueueRequest.asOf(NOW).withLimit(1)).entries().get(0).contact().id())
        .isNotEqualTo(first);
    assertThat(index.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(index.read(n -> ENGINE.queue(n, NOW)));
  }

  @Test
  void addedAndUpdatedContactsAreIndexed() {
    index.add(contact("new").tier(Tier.A).build());
    index.update(
        index.read(n -> n.contact("c0")).orElseThrow().toBuilder()
            .status(ContactStatus.archived())
            .build());

    assertThat(index.size()).isEqualTo(20);
    assertThat(index.queue(QueueRequest.asOf(inDays(1))))
        .isEqualTo(index.read(n -> ENGINE.queue(n, inDays(1))));
  }

  @Test
  void timeOnlyMovesForward() {
    index.queue(QueueRequest.asOf(inDays(2)));

    assertThatThrownBy(() -> index.queue(QueueRequest.asOf(inDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf " + inDays(1) + " is before the index's time " + inDays(2));
  }

  @Test
  void aContactCreatedAfterTheIndexsTimeEntersTheQueueWhenItsTimeComes() {
    MutableNetwork withFuture =
        index.read(MutableNetwork::copyOf).add(Contact.builder("later", inDays(1)).build());
    QueueIndex built = QueueIndex.build(ENGINE, withFuture, NOW);
    index.add(Contact.builder("added", inDays(2)).tier(Tier.A).build());
    index.update(Contact.builder("c1", inDays(1)).build());

    for (Instant at : List.of(NOW, inDays(1), inDays(40))) {
      assertThat(built.queue(QueueRequest.asOf(at)))
          .isEqualTo(built.read(n -> ENGINE.queue(n, at)));
      assertThat(index.queue(QueueRequest.asOf(at)))
          .isEqualTo(index.read(n -> ENGINE.queue(n, at)));
    }
    assertThat(index.queue(QueueRequest.asOf(inDays(40))).entryFor("added")).isPresent();
  }

  @Test
  void queriesAndRecordsFromSeveralThreadsStayConsistent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    if (thread % 2 == 0) {
                      // Distinct instants: the same touchpoint recorded twice would count once.
                      Instant at = daysAgo(i % 7).minusSeconds(10L * i + thread);
                      index.record(conversation("c" + (i % 20), at, Channel.CALL));
                    } else {
                      FollowUpQueue q = index.queue(QueueRequest.asOf(NOW).withLimit(10));
                      assertThat(q.entries()).hasSizeLessThanOrEqualTo(10);
                      assertThat(q.entries()).isSortedAccordingTo(FollowUpQueue.ORDER);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(index.queue(QueueRequest.asOf(NOW.plus(Duration.ofHours(1)))))
        .isEqualTo(index.read(n -> ENGINE.queue(n, NOW.plus(Duration.ofHours(1)))));
    assertThat(index.read(n -> n.history("c0")).touches()).isEqualTo(1 + 20);
  }
}
