package io.github.cadence.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.github.cadence.rule.Rule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The rules an engine evaluates for each contact, in order, and the time one contact's evaluation
 * may take, if limited.
 *
 * @param rules the enabled rules
 * @param ids their ids, asked once when the engine was made: a reason or a failure is named by the
 *     id the rule set checked, whatever the rule answers later
 * @param budget the most one contact's evaluation may take, or null for no limit
 */
record EnabledRules(List<Rule> rules, List<String> ids, @Nullable Duration budget) {

  EnabledRules {
    rules = List.copyOf(requireNonNull(rules, "rules"));
    ids = List.copyOf(requireNonNull(ids, "ids"));
  }

  static EnabledRules of(List<Rule> rules, @Nullable Duration budget) {
    return new EnabledRules(rules, rules.stream().map(Rule::id).toList(), budget);
  }

  /**
   * The threads that run evaluations under a budget: the caller waits for at most the budget, then
   * leaves a rule that is still running to finish on its own. Daemon threads, made as needed and
   * dropped after a minute unused, so an engine without a budget never starts one.
   */
  static final class Workers {
    static final ExecutorService POOL =
        Executors.newCachedThreadPool(
            new ThreadFactoryBuilder()
                .setDaemon(true)
                .setNameFormat("cadence-rule-evaluation-%d")
                .build());

    private Workers() {}
  }
}
