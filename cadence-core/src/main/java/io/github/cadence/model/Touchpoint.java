package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One interaction with a contact: a call, an email, a coffee, meeting again at an event. Immutable;
 * build one with {@link #builder(String, Instant)}.
 *
 * <p>Two derived notions drive every rule, from one table of direction and outcome:
 *
 * <ul>
 *   <li>a <em>conversation</em> ({@link #isConversation()}) is contact made: the user reached the
 *       person ({@link Outcome#CONNECTED}, {@link Outcome#REPLIED}), or the person reached out
 *       ({@link Direction#INBOUND}, whatever the outcome: they wrote, called or came to see you);
 *   <li>an <em>attempt</em> ({@link #isAttempt()}) is the user reaching out on a channel that
 *       expects a reply, without a conversation coming of it (yet).
 * </ul>
 *
 * <table>
 *   <caption>What a touchpoint counts as</caption>
 *   <tr><th>direction</th><th>CONNECTED, REPLIED</th><th>SENT, LEFT_MESSAGE, NO_RESPONSE</th></tr>
 *   <tr><td>INBOUND</td><td>conversation</td><td>conversation</td></tr>
 *   <tr><td>OUTBOUND</td><td>conversation</td><td>attempt on a call, email, message or social
 *       touch; on a meeting, event, gift or note, a touch only</td></tr>
 * </table>
 *
 * <p>A {@link Outcome#BROADCAST} (a newsletter, a post) is neither: outbound only, it is seen, not
 * spoken, and summaries keep it apart ({@link
 * io.github.cadence.history.ContactHistory#lastBroadcast()}).
 *
 * <p>An inbound touchpoint whose outcome is not set defaults to {@link Outcome#CONNECTED} on a
 * call, meeting or event and to {@link Outcome#REPLIED} on the written channels.
 */
@API(status = STABLE, since = "0.1")
public final class Touchpoint {
  private final String contactId;
  private final Instant at;
  private final Channel channel;
  private final Direction direction;
  private final Outcome outcome;
  private final Intent intent;
  private final @Nullable String note;
  private final @Nullable String source;

  Touchpoint(
      String contactId,
      Instant at,
      Channel channel,
      Direction direction,
      Outcome outcome,
      Intent intent,
      @Nullable String note,
      @Nullable String source) {
    contactId = Checks.checkId(contactId, "contactId");
    at = Checks.checkInstant(at, "at").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(channel, "channel");
    requireNonNull(direction, "direction");
    requireNonNull(outcome, "outcome");
    requireNonNull(intent, "intent");
    checkArgument(
        outcome != Outcome.BROADCAST || direction == Direction.OUTBOUND,
        "a broadcast goes out: direction must be OUTBOUND, was %s",
        direction);
    if (note != null) {
      Checks.checkNote(note, "note");
    }
    source = source == null ? null : Checks.checkId(source, "source");
    this.contactId = contactId;
    this.at = at;
    this.channel = channel;
    this.direction = direction;
    this.outcome = outcome;
    this.intent = intent;
    this.note = note;
    this.source = source;
  }

  /**
   * The id of the contact.
   *
   * @return the contactId
   */
  public String contactId() {
    return contactId;
  }

  /**
   * When it happened, kept to the millisecond (a finer instant is truncated).
   *
   * @return the at
   */
  public Instant at() {
    return at;
  }

  /**
   * How it happened.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Who started it.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * What came of it.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Whether the user gave, asked, or neither.
   *
   * @return the intent
   */
  public Intent intent() {
    return intent;
  }

  /**
   * Free text, e.g. the event's name; not blank when present.
   *
   * @return the note
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Where the touchpoint came from, as a key unique in the user's network (such as {@code
   * "linkedin:msg:2-ODk3"} for one LinkedIn message), if known: a network records a touchpoint with
   * a source it already has only once, which makes importing the same file again change nothing.
   *
   * @return the source
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Starts a touchpoint with a contact at an instant. Direction defaults to outbound, intent to
   * neutral; the channel must be set, and the outcome of an outbound touchpoint.
   *
   * @param contactId the id of the contact
   * @param at when it happened
   * @return a builder
   */
  public static Builder builder(String contactId, Instant at) {
    return new Builder(contactId, at);
  }

  /**
   * Whether contact was made: the user reached the person, or the person reached out (see the table
   * above).
   *
   * @return true for an inbound touchpoint, and for an outbound one that connected or was replied
   *     to
   */
  public boolean isConversation() {
    return direction == Direction.INBOUND || outcome.isConversation();
  }

  /**
   * Whether this touchpoint was the user reaching out for an answer that did not come (yet).
   *
   * @return true for an outbound touch on a channel that expects a reply, without a conversation
   */
  public boolean isAttempt() {
    return direction == Direction.OUTBOUND
        && channel.expectsReply()
        && !isConversation()
        && outcome != Outcome.BROADCAST;
  }

  /**
   * Whether this is a broadcast: a newsletter or a post sent to many ({@link Outcome#BROADCAST}).
   *
   * @return true for a broadcast
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public boolean isBroadcast() {
    return outcome == Outcome.BROADCAST;
  }

  private static boolean spoken(Channel channel) {
    return channel == Channel.CALL || channel == Channel.MEETING || channel == Channel.EVENT;
  }

  /** Builds a {@link Touchpoint}; every setter rejects null with the parameter's name. */
  public static final class Builder {
    private final String contactId;
    private final Instant at;
    private @Nullable Channel channel;
    private Direction direction = Direction.OUTBOUND;
    private @Nullable Outcome outcome;
    private Intent intent = Intent.NEUTRAL;
    private @Nullable String note;
    private @Nullable String source;

    private Builder(String contactId, Instant at) {
      this.contactId = requireNonNull(contactId, "contactId");
      this.at = requireNonNull(at, "at");
    }

    /**
     * Sets the channel.
     *
     * @param value the channel
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channel(Channel value) {
      this.channel = requireNonNull(value, "channel");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value the direction
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder direction(Direction value) {
      this.direction = requireNonNull(value, "direction");
      return this;
    }

    /**
     * Sets the outcome.
     *
     * @param value the outcome
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder outcome(Outcome value) {
      this.outcome = requireNonNull(value, "outcome");
      return this;
    }

    /**
     * Sets the intent.
     *
     * @param value the intent
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder intent(Intent value) {
      this.intent = requireNonNull(value, "intent");
      return this;
    }

    /**
     * Sets a note, e.g. the name of the event.
     *
     * @param value the note; not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder note(String value) {
      this.note = Checks.checkNote(value, "note");
      return this;
    }

    /**
     * Sets where the touchpoint came from: a key unique in the user's network, such as {@code
     * "linkedin:msg:2-ODk3"}, so that importing it again records nothing new.
     *
     * @param value the key; visible characters, no control characters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder source(String value) {
      this.source = Checks.checkId(value, "source");
      return this;
    }

    /**
     * Builds the touchpoint.
     *
     * @return the touchpoint
     * @throws NullPointerException if the channel was not set, or the outcome of an outbound
     *     touchpoint
     * @throws IllegalArgumentException if a value is invalid
     */
    public Touchpoint build() {
      Channel c = requireNonNull(channel, "channel was not set");
      Outcome o = outcome;
      if (o == null && direction == Direction.INBOUND) {
        o = spoken(c) ? Outcome.CONNECTED : Outcome.REPLIED;
      }
      requireNonNull(o, "outcome was not set");
      return new Touchpoint(contactId, at, c, direction, o, intent, note, source);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Touchpoint o
        && contactId.equals(o.contactId)
        && at.equals(o.at)
        && channel.equals(o.channel)
        && direction.equals(o.direction)
        && outcome.equals(o.outcome)
        && intent.equals(o.intent)
        && Objects.equals(note, o.note)
        && Objects.equals(source, o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactId, at, channel, direction, outcome, intent, note, source);
  }

  @Override
  public String toString() {
    return "Touchpoint["
        + "contactId="
        + contactId
        + ", "
        + "at="
        + at
        + ", "
        + "channel="
        + channel
        + ", "
        + "direction="
        + direction
        + ", "
        + "outcome="
        + outcome
        + ", "
        + "intent="
        + intent
        + ", "
        + "note="
        + note()
        + ", "
        + "source="
        + source()
        + "]";
  }
}
