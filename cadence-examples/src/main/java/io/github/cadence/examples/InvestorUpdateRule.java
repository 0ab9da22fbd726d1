package io.github.cadence.examples;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;

/** A user's own rule (CONTRIBUTING.md's example): calls investors every two weeks. */
public final class InvestorUpdateRule implements Rule {
  private final int everyDays;

  /**
   * Creates the rule.
   *
   * @param everyDays how many days between updates; positive
   */
  public InvestorUpdateRule(int everyDays) {
    checkArgument(everyDays > 0, "everyDays must be positive, was %s", everyDays);
    this.everyDays = everyDays;
  }

  @Override
  public String id() {
    return "investor-update";
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    if (!contact.tags().contains("investor")) {
      return Evaluation.none();
    }
    Instant last = history.lastConversation().orElse(contact.createdAt());
    Instant due = last.atZone(contact.zone()).plusDays(everyDays).toInstant();
    return Evaluation.of(
        // A supplier: the reason is worded only if this contact is on the page asked for.
        Suggestion.followUp(due, () -> "investor: an update every " + everyDays + " days")
            .withPriority(2.0, 5.0)
            .via(Channel.CALL));
  }
}
