package io.github.cadence.engine;

import static io.github.cadence.Generators.indexScenarios;
import static io.github.cadence.Generators.networks;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.IndexOp;
import io.github.cadence.Generators.IndexScenario;
import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.history.Network;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The index gives the full evaluation's answer after any sequence of changes and queries. */
class QueueIndexProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  @Test
  void theIndexAnswersLikeAFullEvaluationAfterAnyChanges() {
    qt().forAll(indexScenarios()).checkAssert(QueueIndexProperties::answersLikeAFullEvaluation);
  }

  private static void answersLikeAFullEvaluation(IndexScenario scenario) {
    NetworkSpec spec = scenario.network();
    Network network = spec.build();
    QueueIndex index = QueueIndex.build(ENGINE, network, spec.asOf());
    Instant now = spec.asOf();

    for (IndexOp op : scenario.ops()) {
      if (op instanceof IndexOp.Record r) {
        index.record(r.toTouchpoint(now));
      } else if (op instanceof IndexOp.Advance a) {
        now = now.plus(a.by());
      } else if (op instanceof IndexOp.Query q) {
        QueueRequest request =
            QueueRequest.asOf(now)
                .withLimit(q.limit())
                .withOffset(q.offset())
                .withFilter(q.filter().filter())
                .withDueOnly(q.dueOnly());
        FollowUpQueue expected = ENGINE.queue(network, request);
        FollowUpQueue actual = index.queue(request);
        assertThat(actual.entries()).as("page at %s", now).isEqualTo(expected.entries());
        assertThat(actual.totalMatching()).isEqualTo(expected.totalMatching());
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
      }
    }
    FollowUpQueue all = index.queue(QueueRequest.asOf(now));
    assertThat(all.entries())
        .as("whole queue at %s", now)
        .isEqualTo(ENGINE.queue(network, now).entries());
    assertThat(index.size()).isEqualTo(all.totalMatching());
  }

  @Test
  void aParallelBuildGivesTheSameIndex() {
    qt(100)
        .forAll(networks())
        .checkAssert(
            spec -> {
              Network network = spec.build();

              QueueIndex sequential = QueueIndex.build(ENGINE, network, spec.asOf());
              QueueIndex parallel = QueueIndex.build(ENGINE.parallel(), network, spec.asOf());

              assertThat(parallel.queue(QueueRequest.asOf(spec.asOf())))
                  .isEqualTo(sequential.queue(QueueRequest.asOf(spec.asOf())));
            });
  }
}
