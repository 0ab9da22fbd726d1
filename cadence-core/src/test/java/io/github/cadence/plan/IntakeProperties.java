package io.github.cadence.plan;

import static io.github.cadence.Generators.networks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the daily offer of contacts to map over random networks. */
class IntakeProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  @Test
  void theIntakeOffersAtMostNADayTheMostPromisingFirstAndTheSameEveryTime() {
    qt().forAll(networks(), integers().between(0, 8))
        .checkAssert(
            (spec, perDay) -> {
              MutableNetwork network = spec.build();
              FollowUpQueue queue = ENGINE.queue(network, spec.asOf());

              List<QueueEntry> offered = Intake.offered(queue, perDay);

              int waiting = Intake.waiting(queue);
              assertThat(offered).hasSize(Math.min(perDay, waiting));
              assertThat(offered)
                  .allSatisfy(
                      e -> {
                        assertThat(Category.of(e)).isEqualTo(Category.INTAKE);
                        assertThat(e.purpose()).isEqualTo(Purpose.INTAKE);
                        assertThat(e.isDueAt(queue.asOf())).isTrue();
                      });
              // The first of them in the queue's order, after every due follow-up.
              List<QueueEntry> due =
                  queue.entries().stream().filter(e -> e.isDueAt(queue.asOf())).toList();
              List<QueueEntry> followUps = Intake.followUps(queue);
              assertThat(followUps.size() + waiting).isEqualTo(due.size());
              assertThat(due.subList(followUps.size(), followUps.size() + offered.size()))
                  .isEqualTo(offered);
              // The same network gives the same offer, by a full evaluation or through the index.
              assertThat(Intake.offered(ENGINE.queue(spec.build(), spec.asOf()), perDay))
                  .isEqualTo(offered);
              FollowUpQueue indexed =
                  QueueIndex.build(ENGINE, network, spec.asOf())
                      .queue(
                          QueueRequest.asOf(spec.asOf())
                              .withDueOnly(true)
                              .withLimit(Integer.MAX_VALUE));
              assertThat(Intake.offered(indexed, perDay)).isEqualTo(offered);
            });
  }
}
