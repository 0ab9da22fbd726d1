package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Answers people who wrote: a contact whose latest touch is inbound and asks for an answer (they
 * wrote, sent something, or called without reaching the user; see {@link
 * ContactHistory#replyOwed()}) is owed a reply, due at once and to be sent {@code within} a couple
 * of days. Seed: "Don't wait for weeks to go by before [...] being responsive". Any later outbound
 * touch ends it; past {@code expiresAfter} the contact's ordinary rhythm takes over.
 *
 * <p>An owed reply is a closing window: it ranks above every rhythm item while it is owed, and with
 * the people met this week while it is within {@code within}. It advises answering on the channel
 * they used.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OwedReplyRule implements Rule {
  /** This rule's id. */
  public static final String ID = "owed-reply";

  /** How soon a reply is due after their message: within 2 days by default. */
  public static final Parameter<Period> WITHIN = Parameter.period(ID, "within", Period.ofDays(2));

  /** How long a reply stays owed before the rule lets it go: 30 days by default. */
  public static final Parameter<Period> EXPIRES_AFTER =
      Parameter.period(ID, "expires-after", Period.ofDays(30));

  private static final double LATE_BONUS = 20.0;

  private final Period within;
  private final Period expiresAfter;

  /** Creates the rule with its defaults: reply within 2 days, the debt lapses after 30. */
  public OwedReplyRule() {
    this(builder());
  }

  private OwedReplyRule(Builder builder) {
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

  /** Settings of an {@link OwedReplyRule}, each checked when it is set. */
  public static final class Builder {
    private Period within = WITHIN.defaultValue();
    private Period expiresAfter = EXPIRES_AFTER.defaultValue();

    private Builder() {}

    /**
     * How soon after they wrote the reply should go out.
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
     * How long after they wrote the reply stays owed; then the contact's rhythm takes over.
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
    public OwedReplyRule build() {
      return new OwedReplyRule(this);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    if (!history.replyOwed()) {
      return Evaluation.none();
    }
    Instant wrote = history.lastInbound().orElseThrow();
    Channel came = history.lastInboundChannel().orElseThrow();
    ZoneId zone = contact.zone();
    // A touch dated ahead is not in the history as of an earlier instant: nothing to say.
    Optional<Owed> owed = Owed.of(wrote, within, expiresAfter, zone, asOf);
    if (owed.isEmpty()) {
      return Evaluation.none();
    }
    Channel answer = answerOn(came);
    String name = contact.displayName();
    Suggestion.FollowUp reply =
        owed.get()
            .followUp(
                () ->
                    Dates.words(
                        "%s %s %s: reply owed",
                        name, verb(came), Dates.relative(wrote, asOf, zone)),
                Purpose.REPLY,
                LATE_BONUS)
            .via(answer);
    return Evaluation.of(
            reply,
            Suggestion.channel(
                    answer,
                    () ->
                        "answer by "
                            + answer.name().toLowerCase(Locale.ROOT)
                            + (answer == came ? ", where they reached you" : ""))
                .as(Purpose.REPLY))
        .validUntil(owed.get().validUntil());
  }

  /** How a person says what the contact did. */
  private static String verb(Channel channel) {
    return switch (channel) {
      case EMAIL -> "wrote by email";
      case MESSAGE -> "wrote by message";
      case SOCIAL -> "reached out on social media";
      case NOTE -> "sent a note";
      case GIFT -> "sent a gift";
      case CALL -> "called and did not reach you";
      case MEETING, EVENT -> "reached out";
    };
  }

  /** The channel to answer on: the one they used, a thank-you note for a gift. */
  private static Channel answerOn(Channel channel) {
    return switch (channel) {
      case SOCIAL -> Channel.MESSAGE;
      case GIFT -> Channel.NOTE;
      default -> channel;
    };
  }
}
