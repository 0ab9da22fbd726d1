package io.github.cadence.engine;

import static io.github.cadence.Generators.indexScenarios;
import static io.github.cadence.Generators.misbehaviours;
import static io.github.cadence.Generators.networks;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.IndexOp;
import io.github.cadence.Generators.IndexScenario;
import io.github.cadence.Generators.Misbehaviour;
import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.RuleParameters;
import io.github.cadence.rule.builtin.TierCadenceRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The index gives the full evaluation's answer after any sequence of changes and queries. */
class QueueIndexProperties {
  /** The built-in rules with the A and B tiers' intervals learning: the index must stay exact. */
  private static final RuleSet RULES =
      RuleParameters.defaults().with(TierCadenceRule.ADAPTIVE, "A, B").rules();

  private static final CadenceEngine ENGINE = CadenceEngine.of(RULES);

  @Test
  void theIndexAnswersLikeAFullEvaluationAfterAnyChanges() {
    qt().forAll(indexScenarios())
        .checkAssert(scenario -> answersLikeAFullEvaluation(scenario, List.of(), e -> e));
  }

  @Test
  void theIndexAnswersLikeAFullEvaluationEvenWithRulesThatMisbehave() {
    qt().forAll(indexScenarios(), misbehaviours())
        .checkAssert(
            (scenario, misbehaving) -> answersLikeAFullEvaluation(scenario, misbehaving, e -> e));
  }

  // Saturated follow-ups tie, and the queue orders ties by the contact's due instant: a rule whose
  // follow-ups saturate after a day, beside one that makes the contact due earlier, keeps the index
  // at the tie-breaks on every query.
  @Test
  void theIndexAnswersLikeAFullEvaluationWhenFollowUpsSaturateAndTie() {
    qt().forAll(indexScenarios())
        .checkAssert(
            scenario ->
                answersLikeAFullEvaluation(
                    scenario, List.of(), e -> e, List.of(new SaturatingSoon())));
  }

  /**
   * Runs a scenario's operations on an index and compares each query with a full evaluation by an
   * engine with the same rules: the built-in ones and the misbehaving ones, in an engine configured
   * by {@code configure}.
   */
  static void answersLikeAFullEvaluation(
      IndexScenario scenario,
      List<Misbehaviour> misbehaviours,
      UnaryOperator<CadenceEngine> configure) {
    answersLikeAFullEvaluation(scenario, misbehaviours, configure, List.of());
  }

  private static void answersLikeAFullEvaluation(
      IndexScenario scenario,
      List<Misbehaviour> misbehaviours,
      UnaryOperator<CadenceEngine> configure,
      List<Rule> more) {
    NetworkSpec spec = scenario.network();
    MutableNetwork network = spec.build();
    RuleSet.Builder rules = RULES.toBuilder();
    String first = network.contacts().isEmpty() ? "" : network.contacts().get(0).id();
    misbehaviours.forEach(m -> rules.add(new Misbehaving(m, network, first)));
    more.forEach(rules::add);
    CadenceEngine engine = configure.apply(CadenceEngine.of(rules.build()));
    QueueIndex index = QueueIndex.build(engine, network, spec.asOf());
    Instant now = spec.asOf();

    for (IndexOp op : scenario.ops()) {
      if (op instanceof IndexOp.Record r) {
        if (index.<Boolean>read(n -> n.contains(r.contact()))) {
          index.record(r.toTouchpoint(now));
        }
      } else if (op instanceof IndexOp.Remove r) {
        index.remove(r.contact());
      } else if (op instanceof IndexOp.Advance a) {
        now = now.plus(a.by());
      } else if (op instanceof IndexOp.Query q) {
        QueueRequest request = q.request(now);
        assertSameQueue(index.queue(request), index.read(n -> engine.queue(n, request)));
      }
    }
    Instant end = now;
    FollowUpQueue all = index.queue(QueueRequest.asOf(end));
    assertSameQueue(all, index.read(n -> engine.queue(n, end)));
    assertThat(index.size()).isEqualTo(all.totalMatching());
  }

  /**
   * The same page, and the same failures for its contacts (the index reports the failures of the
   * contacts it returns only, the engine those of every contact it evaluated).
   */
  private static void assertSameQueue(FollowUpQueue actual, FollowUpQueue expected) {
    assertThat(actual.entries()).as("page at %s", expected.asOf()).isEqualTo(expected.entries());
    assertThat(actual.totalMatching()).isEqualTo(expected.totalMatching());
    assertThat(actual.asOf()).isEqualTo(expected.asOf());
    Set<String> returned =
        expected.entries().stream().map(e -> e.contact().id()).collect(Collectors.toSet());
    Comparator<RuleFailure> order =
        Comparator.comparing(RuleFailure::contactId)
            .thenComparing(RuleFailure::ruleId)
            .thenComparing(RuleFailure::error);
    assertThat(actual.failures().stream().sorted(order).toList())
        .as("failures at %s", expected.asOf())
        .isEqualTo(
            expected.failures().stream()
                .filter(f -> returned.contains(f.contactId()))
                .sorted(order)
                .toList());
  }

  /**
   * Follow-ups that saturate a day after they fall due, at one of a few instants (so that many tie
   * once saturated), and an earlier one of small weight that makes the contact due first.
   */
  private record SaturatingSoon() implements Rule {
    @Override
    public String id() {
      return "saturating-soon";
    }

    @Override
    public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
      Instant due =
          history
              .lastTouch()
              .orElse(contact.createdAt())
              .plus(Duration.ofHours(6L * Math.floorMod(contact.id().hashCode(), 5)));
      return Evaluation.of(
          Suggestion.followUp(due, "saturates")
              .withPriority(12.0, 1.0)
              .saturatingAfter(Duration.ofDays(1)),
          Suggestion.followUp(due.minus(Duration.ofDays(3)), "earlier").withPriority(0.5, 0.0));
    }
  }

  /**
   * A user's rule that goes wrong for contacts with 1, 4, 7... touchpoints as of the instant; the
   * slow one for the network's first contact only, every time, to keep examples fast.
   */
  private record Misbehaving(Misbehaviour how, MutableNetwork network, String first)
      implements Rule {
    @Override
    public String id() {
      return how.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
      if (how == Misbehaviour.TAKES_LONGER_THAN_THE_BUDGET
          ? !contact.id().equals(first)
          : history.touches() % 3 != 1) {
        return Evaluation.none();
      }
      return switch (how) {
        case OVERFLOWS_THE_STACK -> recurse(0);
        case FAILS_AN_ASSERTION -> throw new AssertionError("an invariant of " + contact.id());
        case THROWS -> throw new IllegalStateException("no answer for " + contact.id());
        case VALID_ONLY_UNTIL_NOW ->
            Evaluation.of(Suggestion.followUp(asOf.minus(Duration.ofDays(1)), "a day overdue"))
                .validUntil(asOf);
        case CANNOT_WORD_ITS_REASON ->
            Evaluation.of(
                Suggestion.followUp(
                    // A due instant of the contact's own, not of asOf: the answer holds for ever.
                    contact.createdAt().plus(Duration.ofDays(1)),
                    () -> {
                      throw new IllegalStateException("no words for " + contact.id());
                    }));
        case CHANGES_THE_NETWORK -> {
          network.record(
              Touchpoint.builder(contact.id(), asOf)
                  .channel(Channel.CALL)
                  .outcome(Outcome.CONNECTED)
                  .build());
          yield Evaluation.none();
        }
        case TAKES_LONGER_THAN_THE_BUDGET -> {
          try {
            Thread.sleep(Long.MAX_VALUE); // until the budget's end interrupts it
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          yield Evaluation.none();
        }
      };
    }

    private static Evaluation recurse(int depth) {
      return depth < 0 ? Evaluation.none() : recurse(depth + 1);
    }
  }

  @Test
  void aParallelBuildGivesTheSameIndex() {
    qt(100)
        .forAll(networks())
        .checkAssert(
            spec -> {
              MutableNetwork network = spec.build();

              QueueIndex sequential =
                  QueueIndex.build(ENGINE, MutableNetwork.copyOf(network), spec.asOf());
              QueueIndex parallel = QueueIndex.build(ENGINE.parallel(), network, spec.asOf());

              assertThat(parallel.queue(QueueRequest.asOf(spec.asOf())))
                  .isEqualTo(sequential.queue(QueueRequest.asOf(spec.asOf())));
            });
  }
}
