package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
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
 *
 * <p>A broadcast (a newsletter, a post: {@link io.github.cadence.model.Outcome#BROADCAST}) keeps a
 * distant tie warm: for a tier whose cadence is {@link #BROADCAST_WARMS} or longer (C by default,
 * 90 days), the rhythm counts from the last broadcast that reached the contact when it is later
 * than the last conversation. Seed: "maintain visibility and credibility". It never resets a closer
 * tier's rhythm: A and B contacts need a word of their own.
 */
@API(status = STABLE, since = "0.1")
public final class TierCadenceRule implements Rule {
  /** This rule's id. */
  public static final String ID = "tier-cadence";

  /** The shortest tier cadence a broadcast keeps warm: 60 days by default (C, not A or B). */
  public static final Parameter<Period> BROADCAST_WARMS =
      Parameter.period(ID, "broadcast-warms", Period.ofDays(60));

  private final long warmsFromDays;

  /** Creates the rule with its default: broadcasts keep tiers of 60 days or longer warm. */
  public TierCadenceRule() {
    this(BROADCAST_WARMS.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param broadcastWarms the shortest tier cadence a broadcast keeps warm; positive
   */
  public TierCadenceRule(Period broadcastWarms) {
    this.warmsFromDays = Checks.approximateDays(BROADCAST_WARMS.check(broadcastWarms));
  }

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
    Anchor anchor = warmed(tier, history, Anchor.of(contact, history, asOf));
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

  /** The anchor moved to the last broadcast, for a tier a broadcast keeps warm. */
  private Anchor warmed(Tier tier, ContactHistory history, Anchor anchor) {
    if (Checks.approximateDays(tier.cadence()) < warmsFromDays) {
      return anchor;
    }
    return history
        .lastBroadcast()
        .filter(b -> b.isAfter(anchor.at()))
        .map(anchor::broadcast)
        .orElse(anchor);
  }
}
