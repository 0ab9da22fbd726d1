package io.github.cadence.benchmarks;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The same rules run by Easy Rules, a widely used Java rule engine: each Cadence rule is one Easy
 * Rules rule, in the same order (its priority), whose action adds the rule's suggestions to the
 * facts. For every question the engine is fired once per contact, with the contact, its summary
 * rebuilt from raw touchpoints and the instant as facts.
 */
final class EasyRulesPeer extends RawPeer {
  private static final String CONTACT = "contact";
  private static final String HISTORY = "history";
  private static final String AS_OF = "asOf";
  private static final String SAID = "said";

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  EasyRulesPeer(GeneratedNetwork.Data data, List<Rule> cadenceRules) {
    super(data);
    for (int i = 0; i < cadenceRules.size(); i++) {
      Rule rule = cadenceRules.get(i);
      rules.register(
          new RuleBuilder()
              .name(rule.id())
              .priority(i)
              .when(facts -> true)
              .then(
                  facts -> {
                    List<Suggestion> said = facts.get(SAID);
                    said.addAll(
                        rule.evaluate(facts.get(CONTACT), facts.get(HISTORY), facts.get(AS_OF))
                            .suggestions());
                  })
              .build());
    }
  }

  @Override
  List<Suggestion> suggestions(Contact contact, ContactHistory history, Instant asOf) {
    List<Suggestion> said = new ArrayList<>();
    Facts facts = new Facts();
    facts.put(CONTACT, contact);
    facts.put(HISTORY, history);
    facts.put(AS_OF, asOf);
    facts.put(SAID, said);
    engine.fire(rules, facts);
    return said;
  }
}
