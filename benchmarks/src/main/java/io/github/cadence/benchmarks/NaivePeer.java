package io.github.cadence.benchmarks;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The naive way: raw touchpoint lists, every rule called directly for every contact, then a sort of
 * everything.
 */
final class NaivePeer extends RawPeer {
  private final List<Rule> rules;

  NaivePeer(GeneratedNetwork.Data data, List<Rule> rules) {
    super(data);
    this.rules = List.copyOf(rules);
  }

  @Override
  List<Suggestion> suggestions(Contact contact, ContactHistory history, Instant asOf) {
    List<Suggestion> said = new ArrayList<>();
    for (Rule rule : rules) {
      said.addAll(rule.evaluate(contact, history, asOf).suggestions());
    }
    return said;
  }
}
