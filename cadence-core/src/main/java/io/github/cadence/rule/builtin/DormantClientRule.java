package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Role;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import org.apiguardian.api.API;

/**
 * Phones clients who have gone quiet, to grow or reopen the business. Seed: "Reach out by phone to
 * 5 existing or dormant clients per week with the goal of growing or reopening the business that
 * you do with them."
 *
 * <p>A {@link Role#CLIENT} with no real conversation for {@code dormantAfter} gets a call due then,
 * weighted by the tier and with a bonus, so dormant clients rise above ordinary cadence touches.
 */
@API(status = STABLE, since = "0.1")
public final class DormantClientRule implements Rule {
  /** This rule's id. */
  public static final String ID = "dormant-client";

  /** How long without a conversation makes a client dormant: 60 days by default. */
  public static final Parameter<Period> DORMANT_AFTER =
      Parameter.period(ID, "dormant-after", Period.ofDays(60));

  private static final double BONUS = 5.0;

  private final Period dormantAfter;

  /**
   * Creates the rule with its default: a client is dormant after 60 days without a conversation.
   */
  public DormantClientRule() {
    this(DORMANT_AFTER.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param dormantAfter how long without a real conversation makes a client dormant; positive
   */
  public DormantClientRule(Period dormantAfter) {
    this.dormantAfter = DORMANT_AFTER.check(dormantAfter);
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
    if (!contact.hasRole(Role.CLIENT)) {
      return Evaluation.none();
    }
    Anchor anchor = Anchor.of(contact, history, asOf);
    Instant due = Dates.plus(anchor.at(), dormantAfter, contact.zone());
    return Evaluation.of(
            Bands.rhythm(
                    Suggestion.followUp(
                            due,
                            () ->
                                due.isAfter(asOf)
                                    ? Dates.words(
                                        "client: %s; a call is due %s to keep the business warm",
                                        anchor.words(), Dates.relative(due, asOf, anchor.zone()))
                                    : Dates.words(
                                        "dormant client: %s (dormant after %s): phone to grow or reopen the"
                                            + " business",
                                        anchor.words(), Dates.describe(dormantAfter)))
                        .as(Purpose.CLIENT),
                    contact.tier().weight(),
                    dormantAfter,
                    BONUS)
                .via(Channel.CALL))
        .validUntil(anchor.changesAt());
  }
}
