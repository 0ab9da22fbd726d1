package io.github.cadence.history;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The summary of one contact's touchpoints that every rule reads: last touch, last conversation,
 * last inbound and outbound touch, the unanswered attempts since the last conversation, the
 * give/ask balance and the count of touches per channel.
 *
 * <p>Immutable. {@link #plus(Touchpoint)} returns the summary with one more touchpoint in constant
 * time (plus the few unanswered attempts kept since the last conversation), never by rescanning the
 * history. The summary depends only on the set of touchpoints, not on the order they were recorded
 * in: importing old calls after new ones gives the same summary, which is why every "last" value is
 * a maximum and an attempt only counts if it is later than the last time the contact answered.
 */
// Counts per channel live in an int[] indexed by ordinal: one int per channel and no boxed map
// entries, which matters when a network holds millions of histories.
@SuppressWarnings("EnumOrdinal")
public final class ContactHistory {

  /**
   * An unanswered attempt to reach the contact.
   *
   * @param at when the attempt was made
   * @param channel the channel it was made on
   */
  public record Attempt(Instant at, Channel channel) {
    /**
     * Validates every component.
     *
     * @param at when the attempt was made
     * @param channel the channel it was made on
     */
    public Attempt {
      requireNonNull(at, "at");
      requireNonNull(channel, "channel");
    }
  }

  private static final Comparator<Attempt> ATTEMPT_ORDER =
      Comparator.comparing(Attempt::at).thenComparing(Attempt::channel);

  private static final ContactHistory EMPTY =
      new ContactHistory(
          0,
          null,
          null,
          null,
          null,
          null,
          null,
          ImmutableList.of(),
          0,
          0,
          new int[Channel.values().length]);

  private final int touches;
  private final @Nullable Instant lastTouch;
  private final @Nullable Instant lastConversation;
  private final @Nullable Instant lastInbound;
  private final @Nullable Instant lastOutbound;
  private final @Nullable Instant lastEvent;
  private final @Nullable String lastEventNote;
  private final ImmutableList<Attempt> unanswered;
  private final int gives;
  private final int asks;
  private final int[] byChannel;

  private ContactHistory(
      int touches,
      @Nullable Instant lastTouch,
      @Nullable Instant lastConversation,
      @Nullable Instant lastInbound,
      @Nullable Instant lastOutbound,
      @Nullable Instant lastEvent,
      @Nullable String lastEventNote,
      ImmutableList<Attempt> unanswered,
      int gives,
      int asks,
      int[] byChannel) {
    this.touches = touches;
    this.lastTouch = lastTouch;
    this.lastConversation = lastConversation;
    this.lastInbound = lastInbound;
    this.lastOutbound = lastOutbound;
    this.lastEvent = lastEvent;
    this.lastEventNote = lastEventNote;
    this.unanswered = unanswered;
    this.gives = gives;
    this.asks = asks;
    this.byChannel = byChannel;
  }

  /**
   * The history of a contact with no touchpoints.
   *
   * @return the empty history
   */
  public static ContactHistory empty() {
    return EMPTY;
  }

  /**
   * The history made of the given touchpoints, in any order.
   *
   * @param touchpoints the touchpoints, all of one contact
   * @return the summary
   */
  public static ContactHistory of(Iterable<Touchpoint> touchpoints) {
    requireNonNull(touchpoints, "touchpoints");
    ContactHistory history = EMPTY;
    for (Touchpoint t : touchpoints) {
      history = history.plus(t);
    }
    return history;
  }

  /**
   * Returns this history with one more touchpoint. The touchpoint may be older than those already
   * summarized.
   *
   * @param t the touchpoint
   * @return the new summary; this one is unchanged
   */
  public ContactHistory plus(Touchpoint t) {
    requireNonNull(t, "touchpoint");
    Instant at = t.at();
    boolean answered = t.isConversation() || t.direction() == Direction.INBOUND;
    Instant newConversation = t.isConversation() ? max(lastConversation, at) : lastConversation;
    Instant newInbound = t.direction() == Direction.INBOUND ? max(lastInbound, at) : lastInbound;
    boolean reachedOut = t.direction() == Direction.OUTBOUND && t.channel() != Channel.EVENT;
    Instant newOutbound = reachedOut ? max(lastOutbound, at) : lastOutbound;

    Instant newEvent = lastEvent;
    String newEventNote = lastEventNote;
    if (t.channel() == Channel.EVENT) {
      String note = t.note().orElse(null);
      int cmp = lastEvent == null ? 1 : at.compareTo(lastEvent);
      if (cmp > 0 || (cmp == 0 && compareNotes(note, lastEventNote) > 0)) {
        newEvent = at;
        newEventNote = note;
      }
    }

    ImmutableList<Attempt> newUnanswered = unanswered;
    Instant answeredAt = max(newConversation, newInbound);
    if (answered
        && answeredAt != null
        && !Objects.equals(answeredAt, max(lastConversation, lastInbound))) {
      newUnanswered = after(unanswered, answeredAt);
    }
    if (t.isAttempt() && (answeredAt == null || at.isAfter(answeredAt))) {
      newUnanswered = inserted(newUnanswered, new Attempt(at, t.channel()));
    }

    int[] newByChannel = Arrays.copyOf(byChannel, byChannel.length);
    newByChannel[t.channel().ordinal()]++;
    boolean outbound = t.direction() == Direction.OUTBOUND;
    return new ContactHistory(
        touches + 1,
        max(lastTouch, at),
        newConversation,
        newInbound,
        newOutbound,
        newEvent,
        newEventNote,
        newUnanswered,
        gives + (outbound && t.intent() == Intent.GIVE ? 1 : 0),
        asks + (outbound && t.intent() == Intent.ASK ? 1 : 0),
        newByChannel);
  }

  private static ImmutableList<Attempt> after(ImmutableList<Attempt> attempts, Instant answered) {
    int from = 0;
    while (from < attempts.size() && !attempts.get(from).at().isAfter(answered)) {
      from++;
    }
    return attempts.subList(from, attempts.size());
  }

  private static ImmutableList<Attempt> inserted(ImmutableList<Attempt> attempts, Attempt a) {
    List<Attempt> copy = new ArrayList<>(attempts.size() + 1);
    copy.addAll(attempts);
    int i = copy.size();
    while (i > 0 && ATTEMPT_ORDER.compare(copy.get(i - 1), a) > 0) {
      i--;
    }
    copy.add(i, a);
    return ImmutableList.copyOf(copy);
  }

  private static int compareNotes(@Nullable String a, @Nullable String b) {
    return Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a, b);
  }

  private static @Nullable Instant max(@Nullable Instant current, @Nullable Instant candidate) {
    if (current == null) {
      return candidate;
    }
    if (candidate == null) {
      return current;
    }
    return candidate.isAfter(current) ? candidate : current;
  }

  /**
   * How many touchpoints this summary holds.
   *
   * @return the count
   */
  public int touches() {
    return touches;
  }

  /**
   * The latest touchpoint of any kind.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastTouch() {
    return Optional.ofNullable(lastTouch);
  }

  /**
   * The latest real conversation (connected or replied), whoever started it.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastConversation() {
    return Optional.ofNullable(lastConversation);
  }

  /**
   * The latest time the contact reached out to the user.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastInbound() {
    return Optional.ofNullable(lastInbound);
  }

  /**
   * The latest time the user reached out to the contact, answered or not. Meeting at an event is
   * not reaching out and does not count.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastOutbound() {
    return Optional.ofNullable(lastOutbound);
  }

  /**
   * Whether the user reached out, or the contact did, at or after an instant: the test for "has
   * this been followed up?".
   *
   * @param from the instant
   * @return true if the last outbound or the last inbound touch is not before {@code from}
   */
  public boolean inTouchSince(Instant from) {
    requireNonNull(from, "from");
    return (lastOutbound != null && !lastOutbound.isBefore(from))
        || (lastInbound != null && !lastInbound.isBefore(from));
  }

  /**
   * The latest time the user and the contact were at the same event.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastEvent() {
    return Optional.ofNullable(lastEvent);
  }

  /**
   * The note of the latest event touchpoint, usually the event's name.
   *
   * @return the note, or empty if there is no event or it has no note
   */
  public Optional<String> lastEventNote() {
    return Optional.ofNullable(lastEventNote);
  }

  /**
   * The user's attempts to reach the contact since the contact last answered (a conversation or any
   * inbound touch), oldest first.
   *
   * @return the attempts, possibly empty
   */
  public List<Attempt> unansweredAttempts() {
    return unanswered;
  }

  /**
   * How many attempts in a row went unanswered since the contact last answered.
   *
   * @return the count
   */
  public int consecutiveUnanswered() {
    return unanswered.size();
  }

  /**
   * How many outbound touches had the intent {@link Intent#GIVE}.
   *
   * @return the count
   */
  public int gives() {
    return gives;
  }

  /**
   * How many outbound touches had the intent {@link Intent#ASK}.
   *
   * @return the count
   */
  public int asks() {
    return asks;
  }

  /**
   * Gives minus asks: negative when the user has asked more than given.
   *
   * @return the balance
   */
  public int giveAskBalance() {
    return gives - asks;
  }

  /**
   * How many touchpoints used a channel.
   *
   * @param channel the channel
   * @return the count
   */
  public int count(Channel channel) {
    return byChannel[requireNonNull(channel, "channel").ordinal()];
  }

  /**
   * The channel used most often among calls, emails, messages and meetings; ties go to the channel
   * declared first in {@link Channel}.
   *
   * @return the usual channel, or empty if none of them was used
   */
  public Optional<Channel> usualChannel() {
    Channel best = null;
    for (Channel c : List.of(Channel.CALL, Channel.EMAIL, Channel.MESSAGE, Channel.MEETING)) {
      int n = byChannel[c.ordinal()];
      if (n > 0 && (best == null || n > byChannel[best.ordinal()])) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the history holds nothing later than an instant, so that it is the history "as of" that
   * instant.
   *
   * @param asOf the instant
   * @return true if no touchpoint is after {@code asOf}
   */
  boolean isSettledAt(Instant asOf) {
    requireNonNull(asOf, "asOf");
    return lastTouch == null || !lastTouch.isAfter(asOf);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ContactHistory h)) {
      return false;
    }
    return touches == h.touches
        && gives == h.gives
        && asks == h.asks
        && Objects.equals(lastTouch, h.lastTouch)
        && Objects.equals(lastConversation, h.lastConversation)
        && Objects.equals(lastInbound, h.lastInbound)
        && Objects.equals(lastOutbound, h.lastOutbound)
        && Objects.equals(lastEvent, h.lastEvent)
        && Objects.equals(lastEventNote, h.lastEventNote)
        && unanswered.equals(h.unanswered)
        && Arrays.equals(byChannel, h.byChannel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        touches,
        lastTouch,
        lastConversation,
        lastOutbound,
        unanswered,
        gives,
        asks,
        Arrays.hashCode(byChannel));
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("touches", touches)
        .add("lastTouch", lastTouch)
        .add("lastConversation", lastConversation)
        .add("lastInbound", lastInbound)
        .add("lastOutbound", lastOutbound)
        .add("lastEvent", lastEvent)
        .add("lastEventNote", lastEventNote)
        .add("unanswered", unanswered)
        .add("gives", gives)
        .add("asks", asks)
        .add("byChannel", Arrays.toString(byChannel))
        .toString();
  }
}
