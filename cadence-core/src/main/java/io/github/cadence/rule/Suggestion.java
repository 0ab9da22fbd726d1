package io.github.cadence.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a rule says about a contact, with a reason a person reads. There are three kinds:
 *
 * <ul>
 *   <li>a {@link FollowUp}: reach out, due at an instant, with a weight per overdue day and a bonus
 *       once due; the engine keeps a contact in the queue only if some rule asks for a follow-up;
 *   <li>a {@link Hold}: no follow-up before an instant, whatever other rules say (no pestering,
 *       back-off after unanswered attempts);
 *   <li>an {@link Advice}: which channel or intent the next touch should have (call rather than
 *       email, give before asking).
 * </ul>
 *
 * <p>When rules disagree on channel or intent, the rule registered first in the {@link RuleSet}
 * wins.
 */
public sealed interface Suggestion permits Suggestion.FollowUp, Suggestion.Hold, Suggestion.Advice {

  /**
   * Why the rule says so, in words a person reads.
   *
   * @return the reason; not blank
   */
  String reason();

  /**
   * Suggests a follow-up due at an instant, with weight 1, no bonus, and no preferred channel or
   * intent. Use the {@code with...} methods to refine it.
   *
   * @param due when the follow-up is due
   * @param reason why, in words a person reads
   * @return the suggestion
   */
  static FollowUp followUp(Instant due, String reason) {
    return new FollowUp(due, 1.0, 0.0, Optional.empty(), Optional.empty(), reason);
  }

  /**
   * Forbids any follow-up before an instant.
   *
   * @param until the first instant a follow-up may be due
   * @param reason why, in words a person reads
   * @return the suggestion
   */
  static Hold hold(Instant until, String reason) {
    return new Hold(until, reason);
  }

  /**
   * Advises a channel for the next touch.
   *
   * @param channel the channel
   * @param reason why, in words a person reads
   * @return the suggestion
   */
  static Advice channel(Channel channel, String reason) {
    return new Advice(Optional.of(requireNonNull(channel, "channel")), Optional.empty(), reason);
  }

  /**
   * Advises an intent for the next touch.
   *
   * @param intent the intent
   * @param reason why, in words a person reads
   * @return the suggestion
   */
  static Advice intent(Intent intent, String reason) {
    return new Advice(Optional.empty(), Optional.of(requireNonNull(intent, "intent")), reason);
  }

  /**
   * A follow-up: reach out to the contact, due at an instant.
   *
   * <p>Its score as of an instant is {@code weight × days overdue}, plus {@code bonus} once due
   * (see {@link #score(Instant)}): a due follow-up always outranks one that is not due yet, and the
   * score grows linearly with time, so the order of two due follow-ups of the same weight never
   * changes as time passes. While a {@link Hold} delays it, a follow-up scores {@code weight ×
   * -(days until the hold ends)}; once the hold is over it scores as if never held, so waiting
   * politely does not cost a contact its place.
   *
   * @param due when the follow-up is due
   * @param weight points per overdue day; positive and finite
   * @param bonus a fixed importance added once due; zero or positive, finite
   * @param channel the channel this rule prefers, if any
   * @param intent the intent this rule prefers, if any
   * @param reason why, in words a person reads
   */
  record FollowUp(
      Instant due,
      double weight,
      double bonus,
      Optional<Channel> channel,
      Optional<Intent> intent,
      String reason)
      implements Suggestion {

    /**
     * Validates every component.
     *
     * @param due when the follow-up is due
     * @param weight points per overdue day; positive and finite
     * @param bonus a fixed importance added once due; zero or positive, finite
     * @param channel the channel this rule prefers, if any
     * @param intent the intent this rule prefers, if any
     * @param reason why, in words a person reads
     */
    public FollowUp {
      requireNonNull(due, "due");
      checkArgument(
          Double.isFinite(weight) && weight > 0,
          "weight must be positive and finite, was %s",
          weight);
      checkArgument(
          Double.isFinite(bonus) && bonus >= 0,
          "bonus must be zero or positive and finite, was %s",
          bonus);
      requireNonNull(channel, "channel");
      requireNonNull(intent, "intent");
      checkReason(reason);
    }

    /**
     * Returns this follow-up with another weight and bonus.
     *
     * @param newWeight how much each overdue day counts
     * @param newBonus a fixed importance added once due
     * @return the new follow-up
     */
    public FollowUp withPriority(double newWeight, double newBonus) {
      return new FollowUp(due, newWeight, newBonus, channel, intent, reason);
    }

    /**
     * Returns this follow-up with a preferred channel.
     *
     * @param newChannel the channel
     * @return the new follow-up
     */
    public FollowUp via(Channel newChannel) {
      return new FollowUp(
          due, weight, bonus, Optional.of(requireNonNull(newChannel, "channel")), intent, reason);
    }

    /**
     * Returns this follow-up with a preferred intent.
     *
     * @param newIntent the intent
     * @return the new follow-up
     */
    public FollowUp withIntent(Intent newIntent) {
      return new FollowUp(
          due, weight, bonus, channel, Optional.of(requireNonNull(newIntent, "intent")), reason);
    }

    /**
     * This follow-up's score as of an instant, with no hold.
     *
     * @param asOf the instant
     * @return {@code weight × days overdue} (negative before it is due), plus {@code bonus} once
     *     due
     */
    public double score(Instant asOf) {
      double overdueDays =
          Duration.between(due, requireNonNull(asOf, "asOf")).toMillis() / 86_400_000.0;
      return weight * overdueDays + (overdueDays >= 0 ? bonus : 0.0);
    }
  }

  /**
   * No follow-up before an instant.
   *
   * @param until the first instant a follow-up may be due
   * @param reason why, in words a person reads
   */
  record Hold(Instant until, String reason) implements Suggestion {
    /**
     * Validates every component.
     *
     * @param until the first instant a follow-up may be due
     * @param reason why, in words a person reads
     */
    public Hold {
      requireNonNull(until, "until");
      checkReason(reason);
    }
  }

  /**
   * Which channel or intent the next touch should have; at least one is present.
   *
   * @param channel the advised channel, if any
   * @param intent the advised intent, if any
   * @param reason why, in words a person reads
   */
  record Advice(Optional<Channel> channel, Optional<Intent> intent, String reason)
      implements Suggestion {
    /**
     * Validates every component.
     *
     * @param channel the advised channel, if any
     * @param intent the advised intent, if any
     * @param reason why, in words a person reads
     */
    public Advice {
      requireNonNull(channel, "channel");
      requireNonNull(intent, "intent");
      checkArgument(
          channel.isPresent() || intent.isPresent(), "advice needs a channel or an intent");
      checkReason(reason);
    }
  }

  private static void checkReason(String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank, was '%s'", reason);
  }
}
