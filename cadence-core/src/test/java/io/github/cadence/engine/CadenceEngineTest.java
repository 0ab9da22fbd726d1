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
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.rule.builtin.GiveBeforeAskRule;
import io.github.cadence.rule.builtin.TierCadenceRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CadenceEngineTest {
  private MutableNetwork network;

  @BeforeEach
  void setUp() {
    network = new MutableNetwork();
    network.add(contact("ana").tier(Tier.A).roles(Role.CLIENT).tags("golf").build());
    network.add(contact("bob").tier(Tier.B).roles(Role.PROSPECT).build());
    network.add(contact("cy").tier(Tier.C).roles(Role.CLIENT).build());
    network.record(conversation("ana", daysAgo(20), Channel.CALL));
    network.record(conversation("bob", daysAgo(40), Channel.EMAIL));
    network.record(conversation("cy", daysAgo(100), Channel.EMAIL));
  }

  /** A rule that throws for one contact. */
  private static Rule failingFor(String contactId) {
    return new Rule() {
      @Override
      public String id() {
        return "flaky";
      }

      @Override
      public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
        if (contact.id().equals(contactId)) {
          throw new IllegalStateException("boom");
        }
        return Evaluation.none();
      }
    };
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOtherRulesStillApply() {
    RuleSet rules =
        BuiltInRules.defaults().toBuilder()
            .addBefore(TierCadenceRule.ID, failingFor("bob"))
            .build();
    FollowUpQueue expectedEntries = CadenceEngine.of(BuiltInRules.defaults()).queue(network, NOW);

    FollowUpQueue queue = CadenceEngine.of(rules).queue(network, NOW);

    assertThat(queue.failures())
        .containsExactly(
            new RuleFailure("flaky", "bob", "java.lang.IllegalStateException: boom", null));
    assertThat(queue.failures().get(0).cause())
        .containsInstanceOf(IllegalStateException.class)
        .hasValueSatisfying(e -> assertThat(e).hasMessage("boom"));
    assertThat(queue.entries()).isEqualTo(expectedEntries.entries());
  }

  @Test
  void aContactIsEvaluatedFromItsHistoryOnlyIfTheHistoryIsAsOfTheInstant() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    Contact bob = network.contact("bob").orElseThrow();
    ContactHistory later =
        network.history("bob").plus(conversation("bob", inDays(2), Channel.CALL));

    assertThat(engine.queue(bob, network.history("bob", NOW), NOW).entries())
        .containsExactlyElementsOf(engine.queue(network, NOW).entryFor("bob").stream().toList());
    assertThatThrownBy(() -> engine.queue(bob, later, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "history of contact 'bob' holds a touchpoint at "
                + inDays(2)
                + ", after asOf "
                + NOW
                + ": summarize only those up to asOf");
    assertThatThrownBy(() -> engine.queue(bob, later, Instant.parse("1800-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf");
    assertThatThrownBy(() -> engine.queue(null, later, NOW)).hasMessage("contact");
    assertThatThrownBy(() -> engine.queue(bob, null, NOW)).hasMessage("history");
  }

  @Test
  void aRuleThatReturnsNullIsReportedToo() {
    Rule nullRule =
        new Rule() {
          @Override
          public String id() {
            return "null-rule";
          }

          @Override
          public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
            return null;
          }
        };

    FollowUpQueue queue =
        CadenceEngine.of(BuiltInRules.defaults().toBuilder().add(nullRule).build())
            .queue(network, NOW);

    assertThat(queue.failures())
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.error()).contains("returned null"));
    assertThat(queue.size()).isEqualTo(3);
  }

  /** A rule that asks to follow up everyone, counting how often its reason is worded. */
  private static Rule countingReasons(AtomicInteger worded, String reason) {
    return new Rule() {
      @Override
      public String id() {
        return "counting";
      }

      @Override
      public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
        return Evaluation.of(
            Suggestion.followUp(
                daysAgo(1),
                () -> {
                  worded.incrementAndGet();
                  return reason;
                }));
      }
    };
  }

  @Test
  void onlyTheReturnedPageIsWordedOnOneThreadAndOnAll() {
    AtomicInteger worded = new AtomicInteger();
    CadenceEngine engine =
        CadenceEngine.of(RuleSet.builder().add(countingReasons(worded, "check in")).build());
    QueueRequest secondOfThree = QueueRequest.asOf(NOW).withOffset(1).withLimit(1);

    assertThat(engine.queue(network, secondOfThree).entries())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reasons())
                    .containsExactly(Reason.of("counting", Purpose.OTHER, "check in")));
    FollowUpQueue parallel = engine.parallel().queue(network, secondOfThree);
    assertThat(parallel.totalMatching()).isEqualTo(3);
    assertThat(parallel.entries().get(0).reasons().get(0).text()).isEqualTo("check in");
    assertThat(worded).hasValue(2);
  }

  @Test
  void aReasonIsWordedWhenFirstReadOnceAndEveryReasonOnThePageWhenFailuresAreAsked() {
    AtomicInteger worded = new AtomicInteger();
    CadenceEngine engine =
        CadenceEngine.of(RuleSet.builder().add(countingReasons(worded, "check in")).build());

    FollowUpQueue whole = engine.queue(network, NOW);

    assertThat(whole.entries()).hasSize(3);
    assertThat(worded).hasValue(0);
    Reason first = whole.entries().get(0).reasons().get(0);
    assertThat(first.text()).isEqualTo("check in");
    assertThat(first.text()).isEqualTo("check in");
    assertThat(worded).hasValue(1);
    assertThat(whole.failures()).isEmpty();
    assertThat(worded).hasValue(3);
  }

  @Test
  void aReasonThatCannotBeWordedIsReportedAndTheEntryStays() {
    CadenceEngine engine =
        CadenceEngine.of(RuleSet.builder().add(countingReasons(new AtomicInteger(), "")).build());

    FollowUpQueue queue = engine.queue(network, QueueRequest.asOf(NOW).withLimit(1));

    assertThat(queue.entries())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reasons().get(0).text())
                    .isEqualTo(
                        "the reason could not be worded (java.lang.IllegalStateException: a rule's"
                            + " reason must not be blank, was '')"));
    assertThat(queue.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("counting"));
  }

  @Test
  void aContactCreatedAfterTheInstantAskedAboutIsNotInThatQueueYet() {
    network.add(Contact.builder("new", daysAgo(1)).tier(Tier.A).build());
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    FollowUpQueue before = engine.queue(network, daysAgo(2));
    FollowUpQueue after = engine.queue(network, inDays(30));

    assertThat(before.entryFor("new")).isEmpty();
    assertThat(before.failures()).isEmpty();
    assertThat(before.entries()).isNotEmpty();
    assertThat(after.entryFor("new")).isPresent();
    assertThat(engine.entry(network, "new", daysAgo(2))).isEmpty();
  }

  @Test
  void contactsWithTheSameScoreAndDueAreOrderedByTheirId() {
    MutableNetwork twins = new MutableNetwork();
    for (String id : new String[] {"zed", "amy", "kim"}) {
      twins.add(contact(id).tier(Tier.B).build());
      twins.record(conversation(id, daysAgo(35), Channel.CALL));
    }

    assertThat(CadenceEngine.of(BuiltInRules.defaults()).queue(twins, NOW).entries())
        .extracting(e -> e.contact().id())
        .containsExactly("amy", "kim", "zed");
  }

  @Test
  void aClockIsReadOnceAndGivesTheSameQueueAsItsInstant() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    assertThat(engine.queue(network, Clock.fixed(NOW, ZoneOffset.UTC)))
        .isEqualTo(engine.queue(network, NOW));
  }

  @Test
  void filtersKeepTheRequestedTiersRolesTagsAndChannels() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    assertThat(ids(engine, QueueFilter.all().roles(Role.CLIENT))).containsExactly("ana", "cy");
    assertThat(ids(engine, QueueFilter.all().tiers(Tier.B))).containsExactly("bob");
    assertThat(ids(engine, QueueFilter.all().tags("golf"))).containsExactly("ana");
    assertThat(ids(engine, QueueFilter.all().roles(Role.CLIENT).tiers(Tier.A)))
        .containsExactly("ana");
    assertThat(ids(engine, QueueFilter.all().channels(Channel.MEETING))).isEmpty();
  }

  @Test
  void pagingReportsHowManyEntriesMatched() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    FollowUpQueue page = engine.queue(network, QueueRequest.asOf(NOW).withOffset(1).withLimit(1));

    assertThat(page.size()).isEqualTo(1);
    assertThat(page.totalMatching()).isEqualTo(3);
    assertThat(engine.queue(network, QueueRequest.asOf(NOW).withOffset(5)).entries()).isEmpty();
    assertThatThrownBy(() -> QueueRequest.asOf(NOW).withLimit(0))
        .hasMessage("limit must be positive, was 0");
    assertThatThrownBy(() -> QueueRequest.asOf(NOW).withOffset(-1))
        .hasMessage("offset must be zero or more, was -1");
  }

  @Test
  void aContactNoRuleAsksToFollowUpIsNotInTheQueue() {
    RuleSet onlyAdvice = RuleSet.builder().add(new GiveBeforeAskRule()).build();

    assertThat(CadenceEngine.of(onlyAdvice).queue(network, NOW).entries()).isEmpty();
  }

  @Test
  void disablingARuleRemovesItsReasons() {
    RuleSet noTier = BuiltInRules.defaults().toBuilder().disable(TierCadenceRule.ID).build();

    FollowUpQueue queue = CadenceEngine.of(noTier).queue(network, NOW);

    assertThat(queue.entries())
        .flatExtracting(QueueEntry::reasons)
        .extracting(Reason::ruleId)
        .doesNotContain(TierCadenceRule.ID);
  }

  @Test
  void unknownContactsAreRejected() {
    assertThatThrownBy(() -> CadenceEngine.of(BuiltInRules.defaults()).entry(network, "zoe", NOW))
        .hasMessage("contactId 'zoe' is not a contact of this network");
  }

  private List<String> ids(CadenceEngine engine, QueueFilter filter) {
    return engine.queue(network, QueueRequest.asOf(NOW).withFilter(filter)).entries().stream()
        .map(e -> e.contact().id())
        .toList();
  }

  @Test
  void askingAboutAnInstantOutsideTheYears1900To9999IsAClearError() {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    assertThatThrownBy(() -> engine.queue(network, Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "asOf must be between 1900-01-01T00:00:00Z and 9999-01-01T00:00:00Z, was %s",
            Instant.MAX);
    assertThatThrownBy(() -> engine.entry(network, "ana", Instant.parse("+20260-11-23T09:00:00Z")))
        .hasMessageStartingWith("asOf must be between");
  }

  @Test
  void dueOnlyLeavesOutWhatIsNotDueYet() {
    network.add(contact("dee").tier(Tier.C).build());
    network.record(conversation("dee", daysAgo(1), Channel.CALL));
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    FollowUpQueue due = engine.queue(network, QueueRequest.asOf(NOW).withDueOnly(true));

    assertThat(due.entries()).extracting(e -> e.contact().id()).containsExactly("ana", "cy", "bob");
    assertThat(engine.queue(network, NOW).entryFor("dee")).isPresent();
  }

  @Test
  void anEntrySaysUntilWhenItsRulesHold() {
    MutableNetwork n = new MutableNetwork();
    n.add(contact("lena").tier(Tier.C).occasions(Occasion.birthday(MonthDay.of(11, 25))).build());
    n.record(conversation("lena", daysAgo(10), Channel.CALL));

    QueueEntry lena = CadenceEngine.of(BuiltInRules.defaults()).entry(n, "lena", NOW).orElseThrow();

    assertThat(lena.validUntil())
        .as("the day after the birthday, the next one is a year away")
        .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    QueueEntry beforeReconnect =
        CadenceEngine.of(BuiltInRules.defaults()).entry(network, "bob", NOW).orElseThrow();
    assertThat(beforeReconnect.validUntil())
        .as("the reconnect rule speaks up at twice the cadence")
        .isEqualTo(daysAgo(40).plus(Duration.ofDays(60)));
  }

  @Test
  void anEngineKeepsItsRules() {
    RuleSet rules = BuiltInRules.defaults();
    CadenceEngine engine = CadenceEngine.of(rules);

    assertThat(engine.rules()).isSameAs(rules);
    assertThat(engine).hasToString("CadenceEngine[" + rules + "]");
    assertThat(engine.isParallel()).isFalse();
    assertThat(engine.parallel().isParallel()).isTrue();
    assertThat(engine.parallel().rules()).isSameAs(rules);
    assertThat(engine.parallel()).hasToString("CadenceEngine[" + rules + ", parallel]");
  }
}
