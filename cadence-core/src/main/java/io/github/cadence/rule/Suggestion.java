package io.github.cadence.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.internal.Checks;
import io.github.cadence.internal.Urgency;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 *
 * <p><b>Reasons are rendered when asked for.</b> A reason is given as text or as a {@link Supplier}
 * of text. A full evaluation asks every rule about every contact but returns a page of them, and a
 * plan keeps a few entries of the whole queue, so the engine words a reason only when it is first
 * read ({@link io.github.cadence.engine.Reason#text()}): wording that formats dates and durations
 * ("last real conversation 3 weeks ago") belongs in a supplier, which then costs nothing for the
 * million contacts that are not shown. A supplier must be a pure function of what the rule was
 * given, like the rule itself; {@link #reason()} calls it each time, the engine's reason once.
 * Suggestions are immutable values: two are equal when their kind, instants, weights, channel,
 * intent and rendered reason are, and their purpose.
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public sealed interface Suggestion permits Suggestion.FollowUp, Suggestion.Hold, Suggestion.Advice {

  /**
   * Why the rule says so, in words a person reads; rendered on each call.
   *
   * @return the reason; not blank
   * @throws IllegalStateException if the rule's reason supplier returned null or blank text
   */
  String reason();

  /**
   * Which practice this suggestion serves; {@link Purpose#OTHER} unless the rule said.
   *
   * @return the purpose
   */
  Purpose purpose();

  /**
   * Suggests a follow-up due at an instant, with weight 1, no bonus, and no preferred channel or
   * intent. Use the {@code with...} methods to refine it.
   *
   * @param due when the follow-up is due
   * @param reason why, in words a person reads; not blank
   * @return the suggestion
   */
  static FollowUp followUp(Instant due, String reason) {
    return followUp(due, fixed(reason));
  }

  /**
   * Suggests a follow-up due at an instant, with a reason rendered only when asked for.
   *
   * @param due when the follow-up is due
   * @param reason renders why, in words a person reads
   * @return the suggestion
   */
  static FollowUp followUp(Instant due, Supplier<String> reason) {
    return new FollowUp(due, 1.0, 0.0, Urgency.NEVER, null, null, Purpose.OTHER, reason);
  }

  /**
   * Forbids any follow-up before an instant.
   *
   * @param until the first instant a follow-up may be due
   * @param reason why, in words a person reads; not blank
   * @return the suggestion
   */
  static Hold hold(Instant until, String reason) {
    return hold(until, fixed(reason));
  }

  /**
   * Forbids any follow-up before an instant, with a reason rendered only when asked for.
   *
   * @param until the first instant a follow-up may be due
   * @param reason renders why, in words a person reads
   * @return the suggestion
   */
  static Hold hold(Instant until, Supplier<String> reason) {
    return new Hold(until, Purpose.OTHER, reason);
  }

  /**
   * Advises a channel for the next touch.
   *
   * @param channel the channel
   * @param reason why, in words a person reads; not blank
   * @return the suggestion
   */
  static Advice channel(Channel channel, String reason) {
    return channel(channel, fixed(reason));
  }

  /**
   * Advises a channel for the next touch, with a reason rendered only when asked for.
   *
   * @param channel the channel
   * @param reason renders why, in words a person reads
   * @return the suggestion
   */
  static Advice channel(Channel channel, Supplier<String> reason) {
    return new Advice(requireNonNull(channel, "channel"), null, Purpose.OTHER, reason);
  }

  /**
   * Advises an intent for the next touch.
   *
   * @param intent the intent
   * @param reason why, in words a person reads; not blank
   * @return the suggestion
   */
  static Advice intent(Intent intent, String reason) {
    return intent(intent, fixed(reason));
  }

  /**
   * Advises an intent for the next touch, with a reason rendered only when asked for.
   *
   * @param intent the intent
   * @param reason renders why, in words a person reads
   * @return the suggestion
   */
  static Advice intent(Intent intent, Supplier<String> reason) {
    return new Advice(null, requireNonNull(intent, "intent"), Purpose.OTHER, reason);
  }

  /**
   * A follow-up: reach out to the contact, due at an instant.
   *
   * <p>Its score as of an instant is {@code weight × days overdue}, plus {@code bonus} once due
   * (see {@link #score(Instant)}): a due follow-up always outranks one that is not due yet, and the
   * score grows linearly with time, so the order of two due follow-ups of the same weight never
   * changes as time passes. A follow-up may {@link #saturatingAfter saturate}: past that much
   * overdue time its score stops growing, so years of silence do not outrank a close contact a
   * little late; two saturated follow-ups of one weight and bonus tie, and the queue puts the
   * contact due first first. While a {@link Hold} delays it, a follow-up scores {@code weight ×
   * -(days until the hold ends)}; once the hold is over it scores as if never held, so waiting
   * politely does not cost a contact its place.
   */
  final class FollowUp implements Suggestion {
    private final Instant due;
    private final double weight;
    private final double bonus;
    private final long saturationMillis;
    private final @Nullable Channel channel;
    private final @Nullable Intent intent;
    private final Purpose purpose;
    private final Supplier<String> reason;

    private FollowUp(
        Instant due,
        double weight,
        double bonus,
        long saturationMillis,
        @Nullable Channel channel,
        @Nullable Intent intent,
        Purpose purpose,
        Supplier<String> reason) {
      this.due = Checks.checkScorable(due, "due");
      this.weight = Checks.checkWeight(weight, "weight");
      this.bonus = Checks.checkBonus(bonus, "bonus");
      this.saturationMillis = saturationMillis;
      this.channel = channel;
      this.intent = intent;
      this.purpose = requireNonNull(purpose, "purpose");
      this.reason = requireNonNull(reason, "reason");
    }

    /**
     * When the follow-up is due.
     *
     * @return the instant
     */
    public Instant due() {
      return due;
    }

    /**
     * Points per overdue day.
     *
     * @return the weight; positive, at most a million
     */
    public double weight() {
      return weight;
    }

    /**
     * The fixed importance added once due.
     *
     * @return the bonus; zero or positive, at most a million
     */
    public double bonus() {
      return bonus;
    }

    /**
     * How long overdue the follow-up's score stops growing, if it does.
     *
     * @return the overdue time past which the score stays as it is; empty if it grows for ever
     */
    public Optional<Duration> saturation() {
      return saturationMillis == Urgency.NEVER
          ? Optional.empty()
          : Optional.of(Duration.ofMillis(saturationMillis));
    }

    /**
     * Returns this follow-up with a score that stops growing once it is this long overdue: {@code
     * weight × days overdue + bonus} up to that point, then that score for ever. Rhythm rules
     * saturate after one of their own periods, so a contact's urgency counts how much of its own
     * rhythm it missed, up to a point (see the README's Scores).
     *
     * @param overdue positive, whole milliseconds, at most about 292 million years
     * @return the new follow-up
     * @throws IllegalArgumentException if not positive or finer than a millisecond, naming the
     *     value
     */
    public FollowUp saturatingAfter(Duration overdue) {
      requireNonNull(overdue, "overdue");
      checkArgument(
          !overdue.isNegative() && !overdue.isZero() && overdue.toNanosPart() % 1_000_000 == 0,
          "overdue must be positive whole milliseconds, was %s",
          overdue);
      long millis;
      try {
        millis = overdue.toMillis();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "overdue must be at most about 292 million years, was " + overdue, e);
      }
      return new FollowUp(due, weight, bonus, millis, channel, intent, purpose, reason);
    }

    /**
     * The channel this rule prefers, if any.
     *
     * @return the channel
     */
    public Optional<Channel> channel() {
      return Optional.ofNullable(channel);
    }

    /**
     * The intent this rule prefers, if any.
     *
     * @return the intent
     */
    public Optional<Intent> intent() {
      return Optional.ofNullable(intent);
    }

    @Override
    public String reason() {
      return render(reason);
    }

    @Override
    public Purpose purpose() {
      return purpose;
    }

    /**
     * Returns this follow-up with a purpose, which the planner reads.
     *
     * @param newPurpose the practice it serves
     * @return the new follow-up
     */
    public FollowUp as(Purpose newPurpose) {
      return new FollowUp(
          due,
          weight,
          bonus,
          saturationMillis,
          channel,
          intent,
          requireNonNull(newPurpose, "purpose"),
          reason);
    }

    /**
     * Returns this follow-up with another weight and bonus.
     *
     * @param newWeight how much each overdue day counts; positive, at most a million
     * @param newBonus a fixed importance added once due; zero or positive, at most a million
     * @return the new follow-up
     */
    public FollowUp withPriority(double newWeight, double newBonus) {
      return new FollowUp(
          due, newWeight, newBonus, saturationMillis, channel, intent, purpose, reason);
    }

    /**
     * Returns this follow-up with a preferred channel.
     *
     * @param newChannel the channel
     * @return the new follow-up
     */
    public FollowUp via(Channel newChannel) {
      return new FollowUp(
          due,
          weight,
          bonus,
          saturationMillis,
          requireNonNull(newChannel, "channel"),
          intent,
          purpose,
          reason);
    }

    /**
     * Returns this follow-up with a preferred intent.
     *
     * @param newIntent the intent
     * @return the new follow-up
     */
    public FollowUp withIntent(Intent newIntent) {
      return new FollowUp(
          due,
          weight,
          bonus,
          saturationMillis,
          channel,
          requireNonNull(newIntent, "intent"),
          purpose,
          reason);
    }

    /**
     * This follow-up's score as of an instant, with no hold.
     *
     * @param asOf the instant
     * @return {@code weight × days overdue} (negative before it is due; the days counted up to the
     *     {@link #saturation()} at most), plus {@code bonus} once due
     */
    public double score(Instant asOf) {
      long overdueMillis = Duration.between(due, requireNonNull(asOf, "asOf")).toMillis();
      return Urgency.score(weight, bonus, overdueMillis, saturationMillis);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FollowUp f
          && due.equals(f.due)
          && Double.compare(weight, f.weight) == 0
          && Double.compare(bonus, f.bonus) == 0
          && saturationMillis == f.saturationMillis
          && channel == f.channel
          && intent == f.intent
          && purpose == f.purpose
          && reason().equals(f.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(due, weight, bonus, saturationMillis, channel, intent, purpose, reason());
    }

    @Override
    public String toString() {
      return "FollowUp[due="
          + due
          + ", weight="
          + weight
          + ", bonus="
          + bonus
          + (saturationMillis == Urgency.NEVER ? "" : ", saturation=" + saturation().orElseThrow())
          + ", channel="
          + channel
          + ", intent="
          + intent
          + ", purpose="
          + purpose
          + ", reason="
          + reason()
          + "]";
    }
  }

  /** No follow-up before an instant. */
  final class Hold implements Suggestion {
    private final Instant until;
    private final Purpose purpose;
    private final Supplier<String> reason;

    private Hold(Instant until, Purpose purpose, Supplier<String> reason) {
      this.until = Checks.checkScorable(until, "until");
      this.purpose = requireNonNull(purpose, "purpose");
      this.reason = requireNonNull(reason, "reason");
    }

    /**
     * The first instant a follow-up may be due.
     *
     * @return the instant
     */
    public Instant until() {
      return until;
    }

    @Override
    public String reason() {
      return render(reason);
    }

    @Override
    public Purpose purpose() {
      return purpose;
    }

    /**
     * Returns this hold with a purpose.
     *
     * @param newPurpose the practice it serves
     * @return the new hold
     */
    public Hold as(Purpose newPurpose) {
      return new Hold(until, requireNonNull(newPurpose, "purpose"), reason);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hold h
          && until.equals(h.until)
          && purpose == h.purpose
          && reason().equals(h.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(until, purpose, reason());
    }

    @Override
    public String toString() {
      return "Hold[until=" + until + ", purpose=" + purpose + ", reason=" + reason() + "]";
    }
  }

  /** Which channel or intent the next touch should have. */
  final class Advice implements Suggestion {
    private final @Nullable Channel channel;
    private final @Nullable Intent intent;
    private final Purpose purpose;
    private final Supplier<String> reason;

    private Advice(
        @Nullable Channel channel,
        @Nullable Intent intent,
        Purpose purpose,
        Supplier<String> reason) {
      this.channel = channel;
      this.intent = intent;
      this.purpose = requireNonNull(purpose, "purpose");
      this.reason = requireNonNull(reason, "reason");
    }

    /**
     * The advised channel, if any.
     *
     * @return the channel
     */
    public Optional<Channel> channel() {
      return Optional.ofNullable(channel);
    }

    /**
     * The advised intent, if any.
     *
     * @return the intent
     */
    public Optional<Intent> intent() {
      return Optional.ofNullable(intent);
    }

    @Override
    public String reason() {
      return render(reason);
    }

    @Override
    public Purpose purpose() {
      return purpose;
    }

    /**
     * Returns this advice with a purpose.
     *
     * @param newPurpose the practice it serves
     * @return the new advice
     */
    public Advice as(Purpose newPurpose) {
      return new Advice(channel, intent, requireNonNull(newPurpose, "purpose"), reason);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Advice a
          && channel == a.channel
          && intent == a.intent
          && purpose == a.purpose
          && reason().equals(a.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(channel, intent, purpose, reason());
    }

    @Override
    public String toString() {
      return "Advice[channel="
          + channel
          + ", intent="
          + intent
          + ", purpose="
          + purpose
          + ", reason="
          + reason()
          + "]";
    }
  }

  private static Supplier<String> fixed(String reason) {
    checkReason(reason);
    return () -> reason;
  }

  private static String render(Supplier<String> reason) {
    String text = reason.get();
    checkState(
        text != null && !text.isBlank(), "a rule's reason must not be blank, was '%s'", text);
    return text;
  }

  private static void checkReason(String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank, was '%s'", reason);
  }
}
