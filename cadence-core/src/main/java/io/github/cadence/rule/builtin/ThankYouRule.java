package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Thanks people who gave: a contact who sent the user a referral, made an introduction for them or
 * did them a favour (an inbound touch with a giving intent; see {@link
 * ContactHistory#lastGiveReceived()}) is owed a thank-you {@code within} two days. Seeds: "give
 * before you ask", and a referral is the best gift a network gives. Any later touch from the user
 * ends it; past {@code expiresAfter} it lapses.
 *
 * <p>A thank-you is a closing window, as a reply owed is, and counts for the give/ask ledger as the
 * contact's give.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ThankYouRule implements Rule {
  /** This rule's id. */
  public static final String ID = "thank-you";

  /** How soon the thank-you is due after they gave: within 2 days by default. */
  public static final Parameter<Period> WITHIN = Parameter.period(ID, "within", Period.ofDays(2));

  /** How long a thank-you stays owed: 30 days by default. */
  public static final Parameter<Period> EXPIRES_AFTER =
      Parameter.period(ID, "expires-after", Period.ofDays(30));

  private static final double LATE_BONUS = 20.0;

  private final Period within;
  private final Period expiresAfter;

  /** Creates the rule with its defaults: thank within 2 days, the debt lapses after 30. */
  public ThankYouRule() {
    this(WITHIN.defaultValue(), EXPIRES_AFTER.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param within how soon after they gave the thank-you is due; positive
   * @param expiresAfter how long it stays owed; positive
   */
  public ThankYouRule(Period within, Period expiresAfter) {
    this.within = WITHIN.check(within);
    this.expiresAfter = EXPIRES_AFTER.check(expiresAfter);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    if (history.lastGiveReceived().isEmpty()) {
      return Evaluation.none();
    }
    Instant gave = history.lastGiveReceived().get();
    ZoneId zone = contact.zone();
    boolean thanked = history.lastOutbound().filter(o -> !o.isBefore(gave)).isPresent();
    Optional<Owed> owed = Owed.of(gave, within, expiresAfter, zone, asOf);
    if (thanked || owed.isEmpty()) {
      return Evaluation.none();
    }
    Channel on =
        history
            .lastInboundChannel()
            .map(c -> c == Channel.EMAIL || c == Channel.CALL ? c : Channel.MESSAGE)
            .orElse(Channel.MESSAGE);
    String name = contact.displayName();
    return Evaluation.of(
            owed.get()
                .followUp(
                    () ->
                        Dates.words(
                            "%s gave you a referral or an introduction %s: say thank you",
                            name, Dates.relative(gave, asOf, zone)),
                    Purpose.THANKS,
                    LATE_BONUS)
                .via(on)
                .withIntent(Intent.GIVE))
        .validUntil(owed.get().validUntil());
  }
}
