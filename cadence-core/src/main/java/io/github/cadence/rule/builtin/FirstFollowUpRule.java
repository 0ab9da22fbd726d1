package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.apiguardian.api.API;

/**
 * Suggests a prompt follow-up after a first meeting: people's memories of a short conversation fade
 * within days, so the first touch is due on the day they met and should happen {@code within} a
 * couple of days. Seed: "Timing counts. Don't wait for weeks to go by before reaching out [...]
 * People's memories get hazy very quickly".
 *
 * <p>In the first week after meeting the follow-up is a fresh window, ranked with the replies of
 * the last two days; after that it still ranks among the closing windows, behind them.
 *
 * <p>The contact counts as followed up once the user reached out (any outbound touch but meeting at
 * an event) or the contact did, on or after the day they met. Past {@code expiresAfter} the rule
 * stops: the tier's cadence and the reconnect rule take over.
 */
@API(status = STABLE, since = "0.1")
public final class FirstFollowUpRule implements Rule {
  /** This rule's id. */
  public static final String ID = "first-follow-up";

  /** How soon after the first meeting the follow-up is due: within 2 days by default. */
  public static final Parameter<Period> WITHIN = Parameter.period(ID, "within", Period.ofDays(2));

  /** How long after the meeting the follow-up is still suggested: 30 days by default. */
  public static final Parameter<Period> EXPIRES_AFTER =
      Parameter.period(ID, "expires-after", Period.ofDays(30));

  private static final double WEIGHT = 3.0;

  /** Past its first week, an unanswered first meeting still closes, but behind fresher windows. */
  private static final double LATE_BONUS = 10.0;

  private static final Period FRESH = Period.ofDays(7);

  private final Period within;
  private final Period expiresAfter;

  /** Creates the rule with its defaults: follow up within 2 days, give up prompting after 30. */
  public FirstFollowUpRule() {
    this(builder());
  }

  private FirstFollowUpRule(Builder builder) {
    this.within = builder.within;
    this.expiresAfter = builder.expiresAfter;
  }

  /**
   * A builder that starts from the defaults; each setting is checked when it is set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a {@link FirstFollowUpRule}, each checked when it is set. */
  public static final class Builder {
    private Period within = WITHIN.defaultValue();
    private Period expiresAfter = EXPIRES_AFTER.defaultValue();

    private Builder() {}

    /**
     * How soon after meeting the first follow-up should happen.
     *
     * @param value positive; 2 days by default
     * @return this builder
     * @throws IllegalArgumentException if not positive, naming the value
     */
    @CanIgnoreReturnValue
    public Builder within(Period value) {
      this.within = WITHIN.check(value);
      return this;
    }

    /**
     * How long after meeting the rule keeps prompting.
     *
     * @param value positive; 30 days by default
     * @return this builder
     * @throws IllegalArgumentException if not positive, naming the value
     */
    @CanIgnoreReturnValue
    public Builder expiresAfter(Period value) {
      this.expiresAfter = EXPIRES_AFTER.check(value);
      return this;
    }

    /**
     * The rule.
     *
     * @return the rule with these settings
     */
    public FirstFollowUpRule build() {
      return new FirstFollowUpRule(this);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    if (contact.firstMet().isEmpty()) {
      return Evaluation.none();
    }
    FirstMeeting met = contact.firstMet().get();
    Instant metAt = Dates.startOf(met.date(), contact.zone());
    if (metAt.isAfter(asOf)) {
      // A meeting dated ahead has not happened yet: nothing to follow up until it has.
      return Evaluation.none().validUntil(metAt);
    }
    Instant expires = Dates.plus(metAt, expiresAfter, contact.zone());
    if (history.inTouchSince(metAt) || !asOf.isBefore(expires)) {
      return Evaluation.none();
    }
    Instant deadline = Dates.plus(metAt, within, contact.zone());
    Instant freshUntil = Dates.plus(metAt, FRESH, contact.zone());
    boolean fresh = asOf.isBefore(freshUntil);
    ZoneId zone = contact.zone();
    Suggestion.FollowUp followUp =
        Bands.closingWindow(
                Suggestion.followUp(
                        metAt,
                        () -> {
                          String where = Dates.meeting(met);
                          String when = Dates.relative(metAt, asOf, zone);
                          return asOf.isBefore(deadline)
                              ? Dates.words(
                                  "%s %s and not yet followed up: timing counts, follow up by %s",
                                  where, when, Dates.day(Dates.dateOf(deadline, zone)))
                              : Dates.words(
                                  "%s %s and not yet followed up (aim: within %s): memories fade, reach"
                                      + " out now",
                                  where, when, Dates.describe(within));
                        })
                    .as(Purpose.FIRST_FOLLOW_UP),
                fresh ? WEIGHT : 1.0,
                fresh ? Bands.PROMPT : LATE_BONUS)
            .via(Channel.EMAIL);
    return Evaluation.of(followUp)
        .validUntil(fresh && freshUntil.isBefore(expires) ? freshUntil : expires);
  }
}
