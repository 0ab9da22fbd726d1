package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Touches every contact at its tier's rhythm: a follow-up is due one {@link Tier#cadence()} after
 * the last real conversation (or after the first meeting, or after the contact was added, if
 * later). Seed: "Map your network – determine A, B, C contacts (it will help with scheduling how
 * often you contact them)".
 *
 * <p>The follow-up scores ten times {@link Tier#weight()} per cadence overdue: an A-tier contact
 * one cadence late outranks a C-tier contact one cadence late, and a contact's urgency grows with
 * how many of its own rhythms it has missed. Configure the rhythm through the tiers.
 */
@API(status = STABLE, since = "0.1")
public final class TierCadenceRule implements Rule {
  /** This rule's id. */
  public static final String ID = "tier-cadence";

  /** Creates the rule. */
  public TierCadenceRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    if (IntakeRule.applies(contact, history)) {
      return Evaluation.none(); // to map, not to schedule at a rhythm nobody chose
    }
    Tier tier = contact.tier();
    Anchor anchor = Anchor.of(contact, history, asOf);
    Instant due = Dates.plus(anchor.at(), tier.cadence(), contact.zone());
    return Evaluation.of(
            Bands.rhythm(
                Suggestion.followUp(
                        due,
                        () ->
                            due.isAfter(asOf)
                                ? Dates.words(
                                    "%s-tier: %s, next touch due %s (cadence %s)",
                                    tier.name(),
                                    anchor.words(),
                                    Dates.relative(due, asOf, anchor.zone()),
                                    Dates.describe(tier.cadence()))
                                : Dates.words(
                                    "%s-tier: %s, cadence %s",
                                    tier.name(), anchor.words(), Dates.describe(tier.cadence())))
                    .as(Purpose.RHYTHM),
                tier.weight(),
                tier.cadence(),
                0))
        .validUntil(anchor.changesAt());
  }
}
