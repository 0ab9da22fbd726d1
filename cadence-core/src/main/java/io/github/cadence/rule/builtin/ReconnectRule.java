package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Flags lost ties: a contact with no real conversation for {@code factor} times its tier's cadence
 * gets a "reconnect" reason and a richer channel than usual (a call rather than an email, a meeting
 * rather than a call). Seed: "set aside half an hour a day for getting in touch with people he had
 * lost touch with, to renew and develop the contacts he had worked hard to nurture".
 *
 * <p>A client is phoned rather than met: the seeds ask for a few calls to dormant clients each
 * week, and a call fits a short day where a meeting does not. Before the threshold the rule says
 * nothing, and its evaluation is valid until the threshold.
 */
@API(status = STABLE, since = "0.1")
public final class ReconnectRule implements Rule {
  /** This rule's id. */
  public static final String ID = "reconnect";

  /** How many times a tier's cadence without a conversation makes a tie lost: 2 by default. */
  public static final Parameter<Integer> FACTOR = Parameter.count(ID, "factor", 2, 2, 100);

  private static final double BONUS = 2.0;

  private final int factor;

  /** Creates the rule with its default: a tie is lost after twice the tier's cadence. */
  public ReconnectRule() {
    this(FACTOR.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param factor how many cadences without a conversation make a tie lost; at least 2
   */
  public ReconnectRule(int factor) {
    FACTOR.check(factor);
    this.factor = factor;
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
    Anchor anchor = Anchor.of(contact, history, asOf);
    Instant lost = Dates.plus(anchor.at(), tier.cadence().multipliedBy(factor), contact.zone());
    if (asOf.isBefore(lost)) {
      return Evaluation.none().validUntil(anchor.changesBy(lost));
    }
    Channel usual = history.usualChannel().orElse(Channel.EMAIL);
    boolean meet =
        !contact.hasRole(Role.CLIENT) && (usual == Channel.CALL || usual == Channel.MEETING);
    Channel richer = meet ? Channel.MEETING : Channel.CALL;
    return Evaluation.of(
            Bands.rhythm(
                    Suggestion.followUp(
                            lost,
                            () ->
                                Dates.words(
                                    "lost touch: %s, over %dx the %s-tier cadence of %s",
                                    anchor.words(),
                                    factor,
                                    tier.name(),
                                    Dates.describe(tier.cadence())))
                        .as(Purpose.RECONNECT),
                    tier.weight(),
                    tier.cadence(),
                    BONUS)
                .via(richer),
            Suggestion.channel(
                    richer,
                    () ->
                        richer == usual
                            ? "a lost tie deserves a meeting in person"
                            : Dates.words(
                                "a lost tie deserves a %s rather than the usual %s",
                                richer.name().toLowerCase(Locale.ROOT),
                                usual.name().toLowerCase(Locale.ROOT)))
                .as(Purpose.RECONNECT))
        .validUntil(anchor.changesAt());
  }
}
