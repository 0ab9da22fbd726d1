package io.github.cadence.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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
 * <p>An inbound touchpoint whose outcome is not set defaults to {@link Outcome#CONNECTED} on a
 * call, meeting or event and to {@link Outcome#REPLIED} on the written channels.
 *
 * @param contactId the id of the contact
 * @param at when it happened, kept to the millisecond (a finer instant is truncated)
 * @param channel how it happened
 * @param direction who started it
 * @param outcome what came of it
 * @param intent whether the user gave, asked, or neither
 * @param note free text, e.g. the event's name; not blank when present
 * @param source where the touchpoint came from, as a key unique in the user's network (such as
 *     {@code "linkedin:msg:2-ODk3"} for one LinkedIn message), if known: a network records a
 *     touchpoint with a source it already has only once, which makes importing the same file again
 *     change nothing
 */
@CheckReturnValue
public record Touchpoint(
    String contactId,
    Instant at,
    Channel channel,
    Direction direction,
    Outcome outcome,
    Intent intent,
    Optional<String> note,
    Optional<String> source) {

  /**
   * Validates every component.
   *
   * @param contactId the id of the contact
   * @param at when it happened; truncated to the millisecond
   * @param channel how it happened
   * @param direction who started it
   * @param outcome what came of it
   * @param intent whether the user gave, asked, or neither
   * @param note free text, e.g. the event's name; not blank when present
   * @param source where the touchpoint came from, as a key unique in the user's network, if known
   */
  public Touchpoint {
    contactId = Checks.checkId(contactId, "contactId");
    at = Checks.checkInstant(at, "at").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(channel, "channel");
    requireNonNull(direction, "direction");
    requireNonNull(outcome, "outcome");
    requireNonNull(intent, "intent");
    requireNonNull(note, "note").ifPresent(n -> Checks.checkText(n, "note"));
    source = requireNonNull(source, "source").map(k -> Checks.checkId(k, "source"));
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
    return direction == Direction.OUTBOUND && channel.expectsReply() && !isConversation();
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
    private Optional<String> note = Optional.empty();
    private Optional<String> source = Optional.empty();

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
      this.note = Optional.of(Checks.checkText(value, "note"));
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
      this.source = Optional.of(Checks.checkId(value, "source"));
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
}
