package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One bad rule, record or query breaks nothing for the other contacts, and never leaves the index
 * disagreeing with a full evaluation.
 */
class RobustnessTest {
  private MutableNetwork network;

  @BeforeEach
  void setUp() {
    network = new MutableNetwork();
    for (int i = 0; i < 6; i++) {
      network.add(contact("c" + i).tier(i % 2 == 0 ? Tier.A : Tier.B).build());
      network.record(conversation("c" + i, daysAgo(20 + i), Channel.CALL));
    }
  }

  /** Runs the default rules plus one more. */
  private static CadenceEngine engineWith(Rule rule) {
    return CadenceEngine.of(BuiltInRules.defaults().toBuilder().add(rule).build());
  }

  /** A rule with an id and a body. */
  private static Rule rule(String id, Rule.Evaluator body) {
    return Rule.of(id, body);
  }

  /** A rule that does {@code what} for contact c3 only. */
  private static Rule forC3(String id, Supplier<Evaluation> what) {
    return rule(id, (c, h, asOf) -> c.id().equals("c3") ? what.get() : Evaluation.none());
  }

  private static Evaluation throwing(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    throw (RuntimeException) t;
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // a guard: before the fix, the query never ended
  void aRuleValidOnlyUntilNowDoesNotFreezeTheIndex() {
    Rule untilNow =
        rule(
            "until-now",
            (c, h, asOf) ->
                Evaluation.of(Suggestion.followUp(asOf, "always due")).validUntil(asOf));
    CadenceEngine engine = engineWith(untilNow);
    QueueIndex index = QueueIndex.build(engine, network, NOW);

    for (Instant at : List.of(NOW, NOW, inDays(1), inDays(1).plusNanos(1), inDays(3))) {
      assertThat(index.queue(QueueRequest.asOf(at)))
          .isEqualTo(index.read(n -> engine.queue(n, at)));
    }
  }

  @Test
  void aRuleThatThrowsAnErrorFailsForThatContactOnly() {
    for (Throwable error :
        List.of(
            new StackOverflowError("deep"),
            new AssertionError("broken invariant"),
            new NoClassDefFoundError("com/example/Gone"),
            new IllegalStateException("bad state"))) {
      CadenceEngine engine = engineWith(forC3("fragile", () -> throwing(error)));

      FollowUpQueue queue = engine.queue(network, NOW);

      assertThat(queue.entries()).extracting(e -> e.contact().id()).contains("c0", "c3", "c5");
      assertThat(queue.failures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("fragile");
                assertThat(f.contactId()).isEqualTo("c3");
                assertThat(f.error()).isEqualTo(error.toString());
              });
      QueueIndex index = QueueIndex.build(engine, MutableNetwork.copyOf(network), NOW);
      assertThat(index.queue(QueueRequest.asOf(NOW))).isEqualTo(queue);
    }
  }

  @Test
  void anErrorOfTheJvmItselfIsNotSwallowed() {
    CadenceEngine engine =
        engineWith(forC3("hungry", () -> throwing(new OutOfMemoryError("heap"))));

    assertThatThrownBy(() -> engine.queue(network, NOW))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("heap");
  }

  @Test
  void aReasonThatFailsToBeWordedFailsForThatContactOnly() {
    Rule rule =
        forC3(
            "mute",
            () ->
                Evaluation.of(
                    Suggestion.followUp(
                        daysAgo(1),
                        () -> {
                          throw new AssertionError("no words");
                        })));
    CadenceEngine engine = engineWith(rule);

    FollowUpQueue queue = engine.queue(network, NOW);

    assertThat(queue.entries()).hasSize(6);
    assertThat(queue.entryFor("c3").orElseThrow().reasons())
        .anySatisfy(r -> assertThat(r.text()).contains("could not be worded"));
    assertThat(queue.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.contactId()).isEqualTo("c3"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // a guard: without a budget this takes 60 seconds
  void underABudgetASlowRuleCostsOnlyItsContactsEntry() {
    Rule slow =
        forC3(
            "slow",
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Evaluation.none();
            });
    CadenceEngine engine = engineWith(slow).withEvaluationBudget(Duration.ofMillis(200));

    FollowUpQueue queue = engine.queue(network, NOW);
    QueueIndex index = QueueIndex.build(engine, network, NOW);
    index.record(conversation("c3", daysAgo(1), Channel.EMAIL));

    assertThat(queue.entries()).extracting(e -> e.contact().id()).doesNotContain("c3").hasSize(5);
    assertThat(queue.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("slow");
              assertThat(f.contactId()).isEqualTo("c3");
              assertThat(f.error())
                  .isEqualTo(
                      "took longer than the evaluation budget of PT0.2S for this contact; the"
                          + " contact has no entry until it is evaluated again");
            });
    assertThat(index.queue(QueueRequest.asOf(NOW)).entries()).hasSize(5);
    assertThat(engine.evaluationBudget()).contains(Duration.ofMillis(200));
    assertThat(engine.parallel().evaluationBudget()).contains(Duration.ofMillis(200));
    assertThat(CadenceEngine.of(BuiltInRules.defaults()).evaluationBudget()).isEmpty();
    assertThatThrownBy(() -> engine.withEvaluationBudget(Duration.ZERO))
        .hasMessage("budget must be positive, was PT0S");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // a guard: without a budget this takes 60 seconds
  void aContactWhoseRulesTimedOutIsAskedAgainAtTheIndexsNextQuery() {
    boolean[] slow = {true};
    Rule once =
        forC3(
            "slow-once",
            () -> {
              if (slow[0]) {
                slow[0] = false;
                try {
                  Thread.sleep(60_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return Evaluation.none();
            });
    CadenceEngine engine = engineWith(once).withEvaluationBudget(Duration.ofMillis(200));

    QueueIndex index = QueueIndex.build(engine, network, NOW);
    FollowUpQueue first = index.queue(QueueRequest.asOf(NOW));
    FollowUpQueue later = index.queue(QueueRequest.asOf(NOW.plusSeconds(1)));

    assertThat(first.entryFor("c3")).isEmpty();
    assertThat(later.entryFor("c3")).isPresent();
    assertThat(later).isEqualTo(index.read(n -> engine.queue(n, NOW.plusSeconds(1))));
  }

  @Test
  void aCallerInterruptedWhileWaitingForTheRulesGetsFailuresNotAHang() {
    CountDownLatch never = new CountDownLatch(1);
    Rule waiting =
        rule(
            "waiting",
            (c, h, asOf) -> {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Evaluation.none();
            });
    CadenceEngine engine = engineWith(waiting).withEvaluationBudget(Duration.ofSeconds(30));

    Thread.currentThread().interrupt();
    FollowUpQueue queue;
    try {
      queue = engine.queue(network, NOW);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }

    assertThat(queue.entries()).isEmpty();
    assertThat(queue.failures())
        .hasSize(6)
        .allSatisfy(
            f -> assertThat(f.error()).isEqualTo("interrupted while waiting for the rules"));
  }

  @Test
  void theIndexReportsTheFailuresOfThePageItReturnsOnly() {
    CadenceEngine engine =
        engineWith(forC3("fragile", () -> throwing(new IllegalStateException())));
    QueueIndex index = QueueIndex.build(engine, network, NOW);
    List<QueueEntry> all = index.read(n -> engine.queue(n, NOW)).entries();
    int c3 = all.indexOf(all.stream().filter(e -> e.contact().id().equals("c3")).findFirst().get());

    FollowUpQueue atC3 = index.queue(QueueRequest.asOf(NOW).withOffset(c3).withLimit(1));
    FollowUpQueue afterC3 = index.queue(QueueRequest.asOf(NOW).withOffset(c3 + 1));

    assertThat(atC3.failures()).extracting(RuleFailure::contactId).containsExactly("c3");
    assertThat(afterC3.failures()).isEmpty();
  }

  @Test
  void underABudgetFastRulesGiveTheSameQueueAsWithout() {
    CadenceEngine plain = CadenceEngine.of(BuiltInRules.defaults());
    CadenceEngine budgeted = plain.withEvaluationBudget(Duration.ofSeconds(30));

    assertThat(budgeted.queue(network, NOW)).isEqualTo(plain.queue(network, NOW));
    assertThat(budgeted.parallel().queue(network, inDays(20)))
        .isEqualTo(plain.queue(network, inDays(20)));
  }

  @Test
  void aRuleThatChangesTheNetworkWhileItIsEvaluatedIsRefused() {
    Rule meddling =
        forC3(
            "meddling",
            () -> {
              network.record(conversation("c3", NOW, Channel.CALL));
              return Evaluation.none();
            });
    CadenceEngine engine = engineWith(meddling);

    FollowUpQueue queue = engine.queue(network, NOW);

    assertThat(queue.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.contactId()).isEqualTo("c3");
              assertThat(f.error()).contains("the network is read-only while it is evaluated");
            });
    assertThat(network.touchpoints("c3")).hasSize(1);
    assertThat(queue.entries()).hasSize(6);
  }

  /**
   * A rule that blocks c3's evaluation, once, as soon as c3 has an email, until released: a slow
   * evaluation under way on another thread.
   */
  private static final class BlockingOnce {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean blocked = new AtomicBoolean();

    Rule rule() {
      return RobustnessTest.rule(
          "blocking",
          (c, h, asOf) -> {
            if (c.id().equals("c3")
                && h.count(Channel.EMAIL) > 0
                && blocked.compareAndSet(false, true)) {
              started.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return Evaluation.none();
          });
    }
  }

  @Test
  // A guard: before the fix, the first query waited for ever, on a lock no interrupt ends.
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSlowEvaluationKeepsNoOtherThreadWaiting() throws Exception {
    BlockingOnce blocking = new BlockingOnce();
    CadenceEngine engine = engineWith(blocking.rule());
    QueueIndex index = QueueIndex.build(engine, network, NOW);
    FollowUpQueue before = index.queue(QueueRequest.asOf(NOW));

    Thread writer = new Thread(() -> index.record(conversation("c3", daysAgo(1), Channel.EMAIL)));
    writer.start();
    blocking.started.await();

    // While c3's evaluation is under way, queries and changes of other contacts go on, and see c3
    // as it was before its change.
    assertThat(index.queue(QueueRequest.asOf(NOW))).isEqualTo(before);
    index.record(conversation("c1", daysAgo(1), Channel.CALL));
    FollowUpQueue during = index.queue(QueueRequest.asOf(NOW.plusSeconds(60)));
    QueueEntry c3Before = before.entryFor("c3").orElseThrow();
    assertThat(during.entryFor("c3").orElseThrow())
        .satisfies(e -> assertThat(e.due()).isEqualTo(c3Before.due()))
        .satisfies(e -> assertThat(e.reasons()).isEqualTo(c3Before.reasons()));
    assertThat(during.entryFor("c1").orElseThrow().due())
        .isNotEqualTo(before.entryFor("c1").orElseThrow().due());

    blocking.release.countDown();
    writer.join();
    Instant after = NOW.plusSeconds(60);
    assertThat(index.queue(QueueRequest.asOf(after)))
        .isEqualTo(index.read(n -> engine.queue(n, after)));
    assertThat(index.queue(QueueRequest.asOf(after)).entryFor("c3").orElseThrow().due())
        .isNotEqualTo(c3Before.due());
  }

  @Test
  // A guard: the slow change is released only here.
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSlowChangeNeverOverwritesANewerOneOfTheSameContact() throws Exception {
    BlockingOnce blocking = new BlockingOnce();
    CadenceEngine engine = engineWith(blocking.rule());
    QueueIndex index = QueueIndex.build(engine, network, NOW);

    Thread slow = new Thread(() -> index.record(conversation("c3", daysAgo(2), Channel.EMAIL)));
    slow.start();
    blocking.started.await();
    index.record(conversation("c3", daysAgo(1), Channel.CALL));
    FollowUpQueue newer = index.queue(QueueRequest.asOf(NOW));
    blocking.release.countDown();
    slow.join();

    assertThat(newer).isEqualTo(index.read(n -> engine.queue(n, NOW)));
    assertThat(index.queue(QueueRequest.asOf(NOW))).isEqualTo(newer);
  }

  @Test
  void noRuleRunsWhileTheIndexHoldsItsLock() {
    AtomicReference<QueueIndex> watched = new AtomicReference<>();
    AtomicInteger underLock = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    Rule watching =
        rule(
            "watching",
            (c, h, asOf) -> {
              runs.incrementAndGet();
              QueueIndex index = watched.get();
              if (index != null && Thread.holdsLock(index)) {
                underLock.incrementAndGet();
              }
              // Valid for an hour: a query two hours later finds every contact's timer due.
              return Evaluation.of(
                      Suggestion.followUp(
                          asOf.minus(Duration.ofDays(1)),
                          () -> {
                            QueueIndex i = watched.get();
                            if (i != null && Thread.holdsLock(i)) {
                              underLock.incrementAndGet();
                            }
                            return "watched";
                          }))
                  .validUntil(asOf.plus(Duration.ofHours(1)));
            });
    CadenceEngine engine = engineWith(watching);
    QueueIndex index = QueueIndex.build(engine, network, NOW);
    watched.set(index);

    index.queue(QueueRequest.asOf(NOW).withLimit(3));
    index.record(conversation("c1", daysAgo(1), Channel.CALL));
    index.add(contact("new").build());
    index.update(contact("c2").tier(Tier.C).build());
    Instant later = NOW.plus(Duration.ofHours(2));
    QueueRequest byChannel =
        QueueRequest.asOf(later).withLimit(1).withFilter(QueueFilter.all().channels(Channel.CALL));
    FollowUpQueue filtered = index.queue(byChannel);
    FollowUpQueue all = index.queue(QueueRequest.asOf(later));

    assertThat(runs.get()).as("rules ran").isGreaterThan(20);
    assertThat(underLock.get()).as("rule runs under the index's lock").isZero();
    assertThat(filtered).isEqualTo(index.read(n -> engine.queue(n, byChannel)));
    assertThat(all).isEqualTo(index.read(n -> engine.queue(n, later)));
  }

  @Test
  void aRefusedQueryLeavesTheIndexsClockWhereItWas() {
    QueueIndex index = QueueIndex.build(CadenceEngine.of(BuiltInRules.defaults()), network, NOW);

    assertThatThrownBy(() -> index.queue(QueueRequest.asOf(Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf must be between");

    assertThat(index.now()).isEqualTo(NOW);
    assertThat(index.queue(QueueRequest.asOf(inDays(1))).entries()).hasSize(6);
  }

  @Test
  void aRecordThatFailsWithAnErrorOfTheJvmLeavesTheContactToBeEvaluatedAgain() {
    boolean[] failing = {false};
    Rule flaky =
        forC3("flaky", () -> failing[0] ? throwing(new InternalError("jit")) : Evaluation.none());
    CadenceEngine engine = engineWith(flaky);
    QueueIndex index = QueueIndex.build(engine, network, NOW);
    failing[0] = true;

    assertThatThrownBy(() -> index.record(conversation("c3", daysAgo(1), Channel.CALL)))
        .isInstanceOf(InternalError.class);

    failing[0] = false;
    assertThat(index.<List<Touchpoint>>read(n -> n.touchpoints("c3"))).hasSize(2);
    assertThat(index.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(index.read(n -> engine.queue(n, NOW)));
  }

  @Test
  void aContactRemovedThroughTheIndexLeavesTheQueue() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    QueueIndex index = QueueIndex.build(engine, network, NOW);

    assertThat(index.remove("c2")).isTrue();
    assertThat(index.remove("c2")).isFalse();

    assertThat(index.<Boolean>read(n -> n.contains("c2"))).isFalse();
    assertThat(index.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(index.read(n -> engine.queue(n, NOW)));
    assertThat(index.size()).isEqualTo(5);
    index.add(contact("c2").tier(Tier.A).build());
    assertThat(index.queue(QueueRequest.asOf(inDays(2))))
        .isEqualTo(index.read(n -> engine.queue(n, inDays(2))));
  }

  @Test
  void theIndexOwnsItsNetworkSoNothingChangesItBehindTheIndexsBack() {
    QueueIndex index = QueueIndex.build(CadenceEngine.of(BuiltInRules.defaults()), network, NOW);

    for (ThrowingCallable use :
        List.<ThrowingCallable>of(
            () -> network.remove("c2"),
            () -> network.record(conversation("c1", NOW, Channel.CALL)),
            () -> network.add(contact("c9").build()),
            () -> network.contacts(),
            () -> MutableNetwork.copyOf(network),
            () -> QueueIndex.build(CadenceEngine.of(BuiltInRules.defaults()), network, NOW))) {
      assertThatThrownBy(use)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("this network was handed over (to a QueueIndex, say)");
    }
    assertThat(index.<Boolean>read(n -> n.contains("c2"))).isTrue();
    assertThat(index.<Boolean>read(n -> n instanceof MutableNetwork)).as("the view lent").isFalse();
    index.remove("c2");
    assertThat(index.<Boolean>read(n -> n.contains("c2"))).isFalse();
    assertThat(index.read(MutableNetwork::copyOf).contains("c1")).isTrue();
  }

  @Test
  void theSameTouchpointRecordedTwiceCountsOnce() {
    Touchpoint call = conversation("c1", daysAgo(2), Channel.CALL);

    network.record(call).record(call).recordAll(List.of(call, call));

    assertThat(network.touchpoints("c1")).hasSize(2);
    assertThat(network.history("c1").touches()).isEqualTo(2);
  }

  @Test
  void aSourceKeyMakesReimportingChangeNothing() {
    Touchpoint message =
        Touchpoint.builder("c1", daysAgo(2))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.REPLIED)
            .source("linkedin:msg:1")
            .build();
    Touchpoint edited =
        Touchpoint.builder("c1", daysAgo(1))
            .channel(Channel.MESSAGE)
            .outcome(Outcome.REPLIED)
            .source("linkedin:msg:1")
            .build();

    network.recordAll(List.of(message, edited));
    network.record(edited);

    assertThat(network.touchpoints("c1")).hasSize(2).contains(message);
    assertThatThrownBy(
            () ->
                network.record(
                    Touchpoint.builder("c2", NOW)
                        .channel(Channel.MESSAGE)
                        .outcome(Outcome.REPLIED)
                        .source("linkedin:msg:1")
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "touchpoint.source 'linkedin:msg:1' is recorded for contact 'c1' already, not for"
                + " 'c2'");
    assertThat(network.touchpoints("c2")).hasSize(1);
  }

  @Test
  void idsAreComparedComposedAndInvisibleOnesAreRefused() {
    network.add(contact("jos\u00e9").build());

    assertThat(network.contact("jose\u0301")).isPresent();
    assertThat(conversation("jose\u0301", NOW, Channel.CALL).contactId()).isEqualTo("jos\u00e9");
    for (String invisible : List.of("\u00a0", "\u200b", "\u200b\u200b", "\u0007")) {
      assertThatThrownBy(() -> contact(invisible))
          .as("id %s", invisible.codePoints().boxed().toList())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("id must");
    }
    assertThatThrownBy(() -> contact("ana\nbell"))
        .hasMessage(
            "id must not contain control characters (U+000A at index 3), was 'ana\\u000Abell'");
    assertThatThrownBy(() -> contact("ana\u202Ebell"))
        .hasMessage(
            "id must not contain control or bidirectional control characters (U+202E at index 3),"
                + " was 'ana\\u202Ebell'");
    assertThatThrownBy(() -> contact("\u200bana"))
        .hasMessageStartingWith("id must not start or end with a space or an invisible character");
  }

  @Test
  void aFirstMeetingDatedAheadCountsOnlyOnceItHappens() {
    LocalDate nextWeek = LocalDate.of(2026, 11, 30);
    network.add(
        contact("met-later").tier(Tier.A).firstMet(FirstMeeting.at(nextWeek, "BNI")).build());
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    QueueIndex index = QueueIndex.build(engine, network, NOW);

    QueueEntry before = index.read(n -> engine.entry(n, "met-later", NOW)).orElseThrow();
    QueueEntry after = index.read(n -> engine.entry(n, "met-later", inDays(8))).orElseThrow();

    assertThat(before.reasons()).noneSatisfy(r -> assertThat(r.text()).contains("met"));
    assertThat(index.read(n -> engine.queue(n, NOW)).failures()).isEmpty();
    assertThat(index.read(n -> engine.queue(n, inDays(8))).failures()).isEmpty();
    assertThat(after.reasons())
        .anySatisfy(r -> assertThat(r.text()).startsWith("met at BNI yesterday"));
    for (Instant at : List.of(NOW, inDays(7), inDays(8), inDays(30))) {
      assertThat(index.queue(QueueRequest.asOf(at)))
          .isEqualTo(index.read(n -> engine.queue(n, at)));
    }
  }

  @Test
  void anErrorMessageQuotesAtMostAHundredCharactersOfAValue() {
    String huge = "x".repeat(1_000_000);

    assertThatThrownBy(() -> network.history(huge))
        .hasMessage(
            "contactId '%s...' (1000000 characters) is not a contact of this network",
            "x".repeat(100));
  }
}
