package io.github.cadence.engine;

import static io.github.cadence.Generators.indexScenarios;
import static io.github.cadence.Generators.misbehaviours;
import static io.github.cadence.Theories.qt;

import io.github.cadence.Generators.Misbehaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index with a rule that takes longer than the engine's evaluation budget. Apart from the other
 * properties, with few examples: each slow evaluation costs the whole budget (the mutation run
 * leaves this class out for that reason).
 */
class SlowRuleProperties {
  /**
   * Long enough that no fast evaluation runs over it on a loaded machine, short enough for a few
   * dozen slow evaluations per example.
   */
  private static final Duration BUDGET = Duration.ofMillis(100);

  @Test
  void theIndexAnswersLikeAFullEvaluationEvenWithASlowRuleAmongMisbehavingOnes() {
    qt(12)
        .forAll(indexScenarios(), misbehaviours())
        .checkAssert(
            (scenario, misbehaving) -> {
              List<Misbehaviour> rules = new ArrayList<>(misbehaving);
              rules.add(Misbehaviour.TAKES_LONGER_THAN_THE_BUDGET);
              QueueIndexProperties.answersLikeAFullEvaluation(
                  scenario, rules, engine -> engine.withEvaluationBudget(BUDGET));
            });
  }
}
