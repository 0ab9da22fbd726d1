package io.github.cadence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.RandomNetworks;
import io.github.cadence.RandomNetworks.NetworkSpec;
import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index gives the full evaluation's answer after any sequence of changes and queries. */
class QueueIndexProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  /** One step: record a touchpoint, let time pass, or ask for a page. */
  record Op(Step step, int limit, int offset, int filter, boolean dueOnly) {
    int kind() {
      return step.kind();
    }
  }

  /** What a step does, and the touchpoint it records or the time it lets pass. */
  record Step(
      int kind,
      int pick,
      long minutes,
      Channel channel,
      Direction direction,
      Outcome outcome,
      Intent intent,
      int nanos) {}

  @Provide
  Arbitrary<NetworkSpec> networks() {
    return RandomNetworks.networks();
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op =
        Combinators.combine(
                Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 11),
                        Arbitraries.longs().between(-300L * 24 * 60, 20L * 24 * 60),
                        Arbitraries.of(Channel.class),
                        Arbitraries.of(Direction.class),
                        Arbitraries.of(Outcome.class),
                        Arbitraries.of(Intent.class),
                        // Instants off the millisecond, and steps across one.
                        Arbitraries.integers().between(0, 2_000_000))
                    .as(Step::new),
                Arbitraries.integers().between(1, 15),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(15);
  }

  private static QueueFilter filter(int kind) {
    return switch (kind) {
      case 1 -> QueueFilter.all().tiers(Tier.A, Tier.B);
      case 2 -> QueueFilter.all().roles(Role.CLIENT, Role.STRATEGIC_PARTNER);
      case 3 -> QueueFilter.all().channels(Channel.CALL, Channel.EMAIL);
      default -> QueueFilter.all();
    };
  }

  @Property
  void theIndexAnswersLikeAFullEvaluationAfterAnyChanges(
      @ForAll("networks") NetworkSpec spec, @ForAll("ops") List<Op> ops) {
    Network network = spec.build();
    QueueIndex index = QueueIndex.build(ENGINE, network, spec.asOf());
    Instant now = spec.asOf();

    for (Op op : ops) {
      switch (op.kind()) {
        case 0 -> {
          Step step = op.step();
          String id = NetworkSpec.id(step.pick() % spec.contacts().size());
          index.record(
              Touchpoint.builder(id, now.plus(Duration.ofMinutes(step.minutes())))
                  .channel(step.channel())
                  .direction(step.direction())
                  .outcome(step.outcome())
                  .intent(step.intent())
                  .build());
        }
        case 1 ->
            now =
                now.plus(Duration.ofMinutes(Math.abs(op.step().minutes()) % (20L * 24 * 60)))
                    .plusNanos(op.step().nanos());
        default -> {
          QueueRequest request =
              QueueRequest.asOf(now)
                  .withLimit(op.limit())
                  .withOffset(op.offset())
                  .withFilter(filter(op.filter()))
                  .withDueOnly(op.dueOnly());
          FollowUpQueue expected = ENGINE.queue(network, request);
          FollowUpQueue actual = index.queue(request);
          assertThat(actual.entries()).isEqualTo(expected.entries());
          assertThat(actual.totalMatching()).isEqualTo(expected.totalMatching());
          assertThat(actual.asOf()).isEqualTo(expected.asOf());
        }
      }
    }
    FollowUpQueue all = index.queue(QueueRequest.asOf(now));
    assertThat(all.entries()).isEqualTo(ENGINE.queue(network, now).entries());
    assertThat(index.size()).isEqualTo(all.totalMatching());
  }

  @Property(tries = 100)
  void aParallelBuildGivesTheSameIndex(@ForAll("networks") NetworkSpec spec) {
    Network network = spec.build();

    QueueIndex sequential = QueueIndex.build(ENGINE, network, spec.asOf());
    QueueIndex parallel = QueueIndex.build(ENGINE.parallel(), network, spec.asOf());

    assertThat(parallel.queue(QueueRequest.asOf(spec.asOf())))
        .isEqualTo(sequential.queue(QueueRequest.asOf(spec.asOf())));
  }
}
