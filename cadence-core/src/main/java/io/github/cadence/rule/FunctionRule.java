package io.github.cadence.rule;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import java.time.Instant;

/** A rule made by {@link Rule#of}: an id and a function. */
record FunctionRule(String id, Rule.Evaluator evaluator) implements Rule {
  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    return evaluator.evaluate(contact, history, asOf);
  }

  @Override
  public String toString() {
    return "Rule[" + id + "]";
  }
}
