package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.apiguardian.api.API;

/**
 * After an event, follows up with everyone the user met there, whatever their tier. Seed: "Attend
 * as many networking events [...] BUT only if you plan to follow-up and follow-through afterwards",
 * and "just because a person doesn't 'seem like' they will be a good contact doesn't mean that
 * there isn't any gold to be mined".
 *
 * <p>Reads the latest {@link Channel#EVENT} touchpoint: a follow-up is due the day after the event,
 * unless the user or the contact reached out since. A first meeting at the event is left to {@link
 * FirstFollowUpRule}. Past {@code expiresAfter} the rule stops prompting.
 */
@API(status = STABLE, since = "0.1")
public final class AfterEventFollowUpRule implements Rule {
  /** This rule's id. */
  public static final String ID = "after-event";

  /** How long after the event the follow-up is still suggested: 14 days by default. */
  public static final Parameter<Period> EXPIRES_AFTER =
      Parameter.period(ID, "expires-after", Period.ofDays(14));

  private static final double WEIGHT = 2.0;
  private static final double BONUS = 15.0;

  private final Period expiresAfter;

  /** Creates the rule with its default: prompt for 14 days after the event. */
  public AfterEventFollowUpRule() {
    this(EXPIRES_AFTER.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param expiresAfter how long after the event the rule keeps prompting; positive
   */
  public AfterEventFollowUpRule(Period expiresAfter) {
    this.expiresAfter = EXPIRES_AFTER.check(expiresAfter);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    if (history.lastEvent().isEmpty()) {
      return Evaluation.none();
    }
    Instant event = history.lastEvent().get();
    LocalDate eventDay = Dates.dateOf(event, contact.zone());
    boolean firstMeeting = contact.firstMet().filter(m -> m.date().equals(eventDay)).isPresent();
    Instant expires = Dates.plus(event, expiresAfter, contact.zone());
    if (firstMeeting || history.inTouchSince(event) || !asOf.isBefore(expires)) {
      return Evaluation.none();
    }
    Instant due = Dates.startOf(eventDay.plusDays(1), contact.zone());
    String where = history.lastEventNote().orElse("an event");
    ZoneId zone = contact.zone();
    return Evaluation.of(
            Bands.closingWindow(
                    Suggestion.followUp(
                            due,
                            () ->
                                Dates.words(
                                    "seen at %s %s: follow up with everyone you met there, whatever their"
                                        + " tier",
                                    where, Dates.relative(event, asOf, zone)))
                        .as(Purpose.AFTER_EVENT),
                    WEIGHT,
                    BONUS)
                .via(Channel.EMAIL))
        .validUntil(expires);
  }
}
