package io.github.cadence.rule.builtin;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.ContactHistory.Attempt;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Keeps trying a contact who does not answer, with growing pauses and another channel each time,
 * and never gives up. Seed: "There's radio silence and after one or two attempts to break through
 * you simply back off. I don't understand it."; and, against the opposite mistake, people who are
 * pestered "start screening their calls".
 *
 * <p>After {@code n} unanswered attempts in a row, the next try is due {@code firstPause × 2^(n-1)}
 * after the last one, never more than {@code longestPause}: the contact always comes back. At most
 * {@code maxAttempts} tries fall within any {@code window}. The next try is advised on the channel
 * that follows the last one in {@code rotation} (by default call, email, message).
 */
@API(status = STABLE, since = "0.1")
public final class UnansweredAttemptsRule implements Rule {
  /** This rule's id. */
  public static final String ID = "unanswered-attempts";

  /** The pause after the first unanswered attempt: 3 days by default; it doubles after each. */
  public static final Parameter<Period> FIRST_PAUSE =
      Parameter.period(ID, "first-pause", Period.ofDays(3));

  /** The longest pause between attempts: 30 days by default. */
  public static final Parameter<Period> LONGEST_PAUSE =
      Parameter.period(ID, "longest-pause", Period.ofDays(30));

  /** The most tries within {@link #WINDOW}: 3 by default. */
  public static final Parameter<Integer> MAX_ATTEMPTS =
      Parameter.count(ID, "max-attempts", 3, 1, 20);

  /** The span in which attempts are counted: 30 days by default. */
  public static final Parameter<Period> WINDOW = Parameter.period(ID, "window", Period.ofDays(30));

  private static final double BONUS = 1.0;
  private static final int MAX_DOUBLINGS = 16;

  private final Period firstPause;
  private final Period longestPause;
  private final int maxAttempts;
  private final Period window;
  private final List<Channel> rotation;

  /**
   * Creates the rule with its defaults: pauses of 3, 6, 12, 24 days and then 30 days; at most 3
   * tries in 30 days; rotating call, email, message.
   */
  public UnansweredAttemptsRule() {
    this(builder());
  }

  private UnansweredAttemptsRule(Builder builder) {
    this.firstPause = builder.firstPause;
    this.longestPause = builder.longestPause;
    this.maxAttempts = builder.maxAttempts;
    this.window = builder.window;
    this.rotation = builder.rotation;
  }

  /**
   * A builder that starts from the defaults; each setting is checked when it is set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of an {@link UnansweredAttemptsRule}, each checked when it is set. */
  public static final class Builder {
    private Period firstPause = FIRST_PAUSE.defaultValue();
    private Period longestPause = LONGEST_PAUSE.defaultValue();
    private int maxAttempts = MAX_ATTEMPTS.defaultValue();
    private Period window = WINDOW.defaultValue();
    private List<Channel> rotation = List.of(Channel.CALL, Channel.EMAIL, Channel.MESSAGE);

    private Builder() {}

    /**
     * The pause after the first unanswered attempt; it doubles with each further one.
     *
     * @param value positive; 3 days by default
     * @return this builder
     * @throws IllegalArgumentException if not positive, naming the value
     */
    @CanIgnoreReturnValue
    public Builder firstPause(Period value) {
      this.firstPause = FIRST_PAUSE.check(value);
      return this;
    }

    /**
     * The longest pause between tries: the contact always comes back after at most this.
     *
     * @param value positive; 30 days by default
     * @return this builder
     * @throws IllegalArgumentException if not positive, naming the value
     */
    @CanIgnoreReturnValue
    public Builder longestPause(Period value) {
      this.longestPause = LONGEST_PAUSE.check(value);
      return this;
    }

    /**
     * The most tries within {@link #window}.
     *
     * @param value at least 1; 3 by default
     * @return this builder
     * @throws IllegalArgumentException if below 1, naming the value
     */
    @CanIgnoreReturnValue
    public Builder maxAttempts(int value) {
      MAX_ATTEMPTS.check(value);
      this.maxAttempts = value;
      return this;
    }

    /**
     * The window of the rate cap.
     *
     * @param value positive; 30 days by default
     * @return this builder
     * @throws IllegalArgumentException if not positive, naming the value
     */
    @CanIgnoreReturnValue
    public Builder window(Period value) {
      this.window = WINDOW.check(value);
      return this;
    }

    /**
     * The channels to rotate through, one try on each in turn.
     *
     * @param channels not empty, no channel twice; call, email, message by default
     * @return this builder
     * @throws IllegalArgumentException if empty or repeating a channel, naming the value
     */
    @CanIgnoreReturnValue
    public Builder rotation(Channel... channels) {
      List<Channel> value = ImmutableList.copyOf(requireNonNull(channels, "rotation"));
      checkArgument(!value.isEmpty(), "rotation must not be empty");
      checkArgument(
          value.stream().distinct().count() == value.size(),
          "rotation must not repeat a channel, was %s",
          value);
      this.rotation = value;
      return this;
    }

    /**
     * The rule.
     *
     * @return the rule with these settings
     * @throws IllegalArgumentException if the first pause is longer than the longest
     */
    public UnansweredAttemptsRule build() {
      checkArgument(
          Checks.approximateDays(firstPause) <= Checks.approximateDays(longestPause),
          "firstPause (%s) must not be longer than longestPause (%s): the contact comes back after"
              + " at most the longest pause",
          firstPause,
          longestPause);
      return new UnansweredAttemptsRule(this);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    List<Attempt> attempts = history.unansweredAttempts();
    int n = attempts.size();
    if (n == 0) {
      return Evaluation.none();
    }
    Attempt last = attempts.get(n - 1);
    Instant backedOff =
        Dates.plus(
            last.at(),
            firstPause.multipliedBy(1 << Math.min(n - 1, MAX_DOUBLINGS)),
            contact.zone());
    Instant ceiling = Dates.plus(last.at(), longestPause, contact.zone());
    Instant next = backedOff.isBefore(ceiling) ? backedOff : ceiling;
    boolean capped = false;
    if (n >= maxAttempts) {
      Instant windowEnd = Dates.plus(attempts.get(n - maxAttempts).at(), window, contact.zone());
      if (windowEnd.isAfter(next)) {
        next = windowEnd;
        capped = true;
      }
    }
    Channel switchTo = rotation.get((rotation.indexOf(last.channel()) + 1) % rotation.size());
    Tries tries = new Tries(n, last, next, capped, contact.zone());
    return Evaluation.of(
        Suggestion.hold(
                next,
                () ->
                    Dates.words(
                        "%s: pausing before the next try (until %s%s)",
                        tries.count(),
                        Dates.day(Dates.dateOf(tries.next(), tries.zone())),
                        tries.capped()
                            ? Dates.words(
                                ", at most %d %s in %s",
                                maxAttempts,
                                maxAttempts == 1 ? "try" : "tries",
                                Dates.describe(window))
                            : ""))
            .as(Purpose.RETRY),
        Bands.rhythm(
            Suggestion.followUp(
                    next,
                    () ->
                        Dates.words(
                            "%s (last by %s %s): try again %s, do not give up",
                            tries.count(),
                            tries.lastChannel(),
                            Dates.relative(last.at(), asOf, tries.zone()),
                            tries.next().isAfter(asOf)
                                ? Dates.relative(tries.next(), asOf, tries.zone())
                                : "now"))
                .as(Purpose.RETRY),
            contact.tier().weight(),
            contact.tier().cadence(),
            BONUS),
        Suggestion.channel(
                switchTo,
                () ->
                    Dates.words(
                        "last try by %s went unanswered: switch to %s",
                        tries.lastChannel(), switchTo.name().toLowerCase(Locale.ROOT)))
            .as(Purpose.RETRY));
  }

  /** What the reasons say about the attempts, kept until they are rendered. */
  private record Tries(int n, Attempt last, Instant next, boolean capped, ZoneId zone) {
    String count() {
      return n == 1 ? "1 unanswered attempt" : n + " unanswered attempts in a row";
    }

    String lastChannel() {
      return last.channel().name().toLowerCase(Locale.ROOT);
    }
  }
}
