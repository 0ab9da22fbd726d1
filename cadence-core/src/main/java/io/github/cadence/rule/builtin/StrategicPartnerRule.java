package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
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
 * Keeps strategic partners on a weekly rhythm. Seed: "Reach out to 1 of your strategic networking
 * partners per week (more if you have the time!) simply to stay in contact and see how you can help
 * each other."
 *
 * <p>A {@link Role#STRATEGIC_PARTNER} is due {@code every} (default a week) after the last real
 * conversation. With many partners, the planner's weekly quota picks which one to call this week.
 */
@API(status = STABLE, since = "0.1")
public final class StrategicPartnerRule implements Rule {
  /** This rule's id. */
  public static final String ID = "strategic-partner";

  /** How often a strategic partner is called: every 7 days by default. */
  public static final Parameter<Period> EVERY = Parameter.period(ID, "every", Period.ofDays(7));

  private static final double BONUS = 3.0;

  private final Period every;

  /** Creates the rule with its default: every 7 days. */
  public StrategicPartnerRule() {
    this(EVERY.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param every the rhythm for strategic partners; positive
   */
  public StrategicPartnerRule(Period every) {
    this.every = EVERY.check(every);
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
    if (!contact.hasRole(Role.STRATEGIC_PARTNER)) {
      return Evaluation.none();
    }
    Anchor anchor = Anchor.of(contact, history, asOf);
    Instant due = Dates.plus(anchor.at(), every, contact.zone());
    return Evaluation.of(
            Bands.rhythm(
                Suggestion.followUp(
                        due,
                        () ->
                            Dates.words(
                                "strategic partner (%s): touch every %s to stay in contact and see how you"
                                    + " can help each other",
                                anchor.words(), Dates.describe(every)))
                    .as(Purpose.PARTNER),
                contact.tier().weight(),
                every,
                BONUS))
        .validUntil(anchor.changesAt());
  }
}
