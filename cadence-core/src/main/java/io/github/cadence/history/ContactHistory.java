package io.github.cadence.history;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
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
 *
 * <p>Compact: a summary is one object of primitive fields (about 100 bytes), because a network
 * holds one per contact and may hold millions. Instants are kept as epoch milliseconds, the
 * precision of a {@link Touchpoint}.
 */
// Counts per channel are 16-bit fields of two longs, indexed by ordinal; a summary whose count
// passes 65535 on some channel switches to an int[] (never seen outside tests, but never wrong).
@API(status = STABLE, since = "0.1")
@SuppressWarnings("EnumOrdinal")
@CheckReturnValue
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

  /**
   * One of the latest touches a summary keeps for {@link #warmth()}: when, and which way.
   *
   * @param at when it happened
   * @param direction whether the user or the contact made it
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Recent(Instant at, Direction direction) {
    /**
     * Checks the parts.
     *
     * @param at when it happened
     * @param direction whether the user or the contact made it
     */
    public Recent {
      requireNonNull(at, "at");
      requireNonNull(direction, "direction");
    }
  }

  /** How many of the latest touches a summary keeps for {@link #warmth()}. */
  static final int RECENT = 12;

  private static final long[] NO_RECENT = new long[0];

  /** An instant that is not there: every real one is later. */
  private static final long NONE = Long.MIN_VALUE;

  private static final Channel[] CHANNELS = Channel.values();
  private static final List<Channel> USUAL =
      List.of(Channel.CALL, Channel.EMAIL, Channel.MESSAGE, Channel.MEETING);
  private static final int COUNT_BITS = 16;
  private static final int PER_LONG = Long.SIZE / COUNT_BITS;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
  private static final long[] NO_ATTEMPTS = new long[0];

  /** No inbound touch, or one whose channel is not known (a summary restored without it). */
  private static final byte NO_KIND = -1;

  /**
   * The bit of an inbound touch's kind that says it asks for an answer; the rest is the channel.
   */
  private static final int ASKS = 0x40;

  private static final ContactHistory EMPTY =
      new ContactHistory(
          NONE,
          NONE,
          NONE,
          NO_KIND,
          NONE,
          NONE,
          NONE,
          null,
          NONE,
          NONE,
          0,
          NO_ATTEMPTS,
          0,
          0,
          0L,
          0L,
          null,
          NO_RECENT);

  private final long lastTouch;
  private final long lastConversation;

  /**
   * The latest inbound touch, packed: its milliseconds shifted left a byte, and in that byte its
   * kind: the channel ordinal, with {@link #ASKS} set if it asks for an answer; of two at the same
   * millisecond, the greater; {@link #NO_KIND} if not known. {@link #NONE} if there is none. One
   * long where two fields would cost eight bytes more per contact (a million contacts' summaries
   * are held at once); every instant a summary holds is checked to lie between the years 1900 and
   * 9999, far inside the 56 bits left.
   */
  private final long inbound;

  private final long lastOutbound;
  private final long lastReached;
  private final long lastEvent;
  private final @Nullable String lastEventNote;
  private final long lastBroadcast;
  private final long lastGiveReceived;
  private final int givesReceived;

  /** Unanswered attempts, oldest first: {@link Attempts#pack packed} instant and channel. */
  private final long[] unanswered;

  private final int gives;
  private final int asks;
  private final long countsLow;
  private final long countsHigh;
  private final int @Nullable [] wideCounts;

  /**
   * The latest {@value #RECENT} touches but broadcasts and events, oldest first: milliseconds
   * shifted left a bit, the bit set for an inbound touch. The greatest values of all the touches
   * recorded, whatever their order: what {@link #warmth()} reads.
   */
  private final long[] recent;

  private ContactHistory(
      long lastTouch,
      long lastConversation,
      long lastInbound,
      byte lastInboundKind,
      long lastOutbound,
      long lastReached,
      long lastEvent,
      @Nullable String lastEventNote,
      long lastBroadcast,
      long lastGiveReceived,
      int givesReceived,
      long[] unanswered,
      int gives,
      int asks,
      long countsLow,
      long countsHigh,
      int @Nullable [] wideCounts,
      long[] recent) {
    this.lastTouch = lastTouch;
    this.lastConversation = lastConversation;
    this.inbound = lastInbound == NONE ? NONE : lastInbound << 8 | (lastInboundKind & 0xFF);
    this.lastOutbound = lastOutbound;
    this.lastReached = lastReached;
    this.lastEvent = lastEvent;
    this.lastEventNote = lastEventNote;
    this.lastBroadcast = lastBroadcast;
    this.lastGiveReceived = lastGiveReceived;
    this.givesReceived = givesReceived;
    this.unanswered = unanswered;
    this.gives = gives;
    this.asks = asks;
    this.countsLow = countsLow;
    this.countsHigh = countsHigh;
    this.wideCounts = wideCounts;
    this.recent = recent;
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
   * A builder that restores a summary from its parts, as its getters give them: for applications
   * that keep summaries outside a {@link Network}, such as a stream processor's keyed state or a
   * cache, and store them in a form of their own.
   *
   * <pre>{@code
   * ContactHistory.Builder b = ContactHistory.builder()
   *     .lastTouch(saved.lastTouch)
   *     .gives(saved.gives);
   * for (Channel c : Channel.values()) b.count(c, saved.count(c));
   * ContactHistory history = b.build();
   * }</pre>
   *
   * @return a builder of the empty history
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Restores a {@link ContactHistory} from its parts. Every part is empty or zero until set; {@link
   * #build()} checks that the parts agree with each other, as the summary of some touchpoints
   * would. Each instant set must be a touchpoint's: whole milliseconds from 1900 to before 9999
   * (else an {@link IllegalArgumentException} names it).
   */
  public static final class Builder {
    private long lastTouch = NONE;
    private long lastConversation = NONE;
    private long lastInbound = NONE;
    private byte lastInboundKind = NO_KIND;
    private long lastOutbound = NONE;
    private long lastReached = NONE;
    private long lastEvent = NONE;
    private @Nullable String lastEventNote;
    private long lastBroadcast = NONE;
    private long lastGiveReceived = NONE;
    private int givesReceived;
    private final List<Attempt> unanswered = new ArrayList<>(0);
    private final List<Long> recent = new ArrayList<>(0);
    private int gives;
    private int asks;
    private final int[] counts = new int[CHANNELS.length];

    private Builder() {}

    private static long millis(Instant at, String name) {
      // As a touchpoint's: the summary of touchpoints holds no other instant.
      Checks.checkInstant(at, name);
      long millis = at.toEpochMilli();
      if (!Instant.ofEpochMilli(millis).equals(at)) {
        throw new IllegalArgumentException(
            name + " " + at + " is finer than a millisecond, the precision of a touchpoint");
      }
      return millis;
    }

    private static int count(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must be zero or more, was " + n);
      }
      return n;
    }

    /**
     * Sets the latest touchpoint's instant ({@link ContactHistory#lastTouch()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastTouch(Instant at) {
      lastTouch = millis(at, "lastTouch");
      return this;
    }

    /**
     * Sets the latest conversation's instant ({@link ContactHistory#lastConversation()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastConversation(Instant at) {
      lastConversation = millis(at, "lastConversation");
      return this;
    }

    /**
     * Sets the latest inbound touch's instant ({@link ContactHistory#lastInbound()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastInbound(Instant at) {
      lastInbound = millis(at, "lastInbound");
      return this;
    }

    /**
     * Sets the latest inbound touch: its instant ({@link ContactHistory#lastInbound()}), its
     * channel ({@link ContactHistory#lastInboundChannel()}) and whether it asks for an answer,
     * which {@link ContactHistory#replyOwed()} reads. A summary restored with {@link
     * #lastInbound(Instant)} alone knows neither, and owes no reply.
     *
     * @param at the instant
     * @param channel its channel
     * @param asksForAnswer whether it asks for an answer (see {@link ContactHistory#replyOwed()})
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastInbound(Instant at, Channel channel, boolean asksForAnswer) {
      lastInbound = millis(at, "lastInbound");
      lastInboundKind = kind(requireNonNull(channel, "channel"), asksForAnswer);
      return this;
    }

    /**
     * Sets the latest outbound touch's instant ({@link ContactHistory#lastOutbound()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastOutbound(Instant at) {
      lastOutbound = millis(at, "lastOutbound");
      return this;
    }

    /**
     * Sets the latest time the user reached the contact ({@link ContactHistory#lastReached()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastReached(Instant at) {
      lastReached = millis(at, "lastReached");
      return this;
    }

    /**
     * Sets the latest event's instant and note ({@link ContactHistory#lastEvent()}, {@link
     * ContactHistory#lastEventNote()}).
     *
     * @param at the instant
     * @param note the note, or null if it had none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lastEvent(Instant at, @Nullable String note) {
      lastEvent = millis(at, "lastEvent");
      lastEventNote = note;
      return this;
    }

    /**
     * Sets the latest broadcast's instant ({@link ContactHistory#lastBroadcast()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder lastBroadcast(Instant at) {
      lastBroadcast = millis(at, "lastBroadcast");
      return this;
    }

    /**
     * Adds one of the latest touches ({@link ContactHistory#recentTouches()}), in any order; of
     * more than {@value ContactHistory#RECENT}, the latest are kept.
     *
     * @param touch the touch
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder recent(Recent touch) {
      requireNonNull(touch, "touch");
      recent.add(
          millis(touch.at(), "recent touch") << 1
              | (touch.direction() == Direction.INBOUND ? 1 : 0));
      return this;
    }

    /**
     * Sets the latest give the contact made ({@link ContactHistory#lastGiveReceived()}).
     *
     * @param at the instant
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder lastGiveReceived(Instant at) {
      lastGiveReceived = millis(at, "lastGiveReceived");
      return this;
    }

    /**
     * Sets how many times the contact gave ({@link ContactHistory#givesReceived()}).
     *
     * @param n zero or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder givesReceived(int n) {
      givesReceived = count(n, "givesReceived");
      return this;
    }

    /**
     * Adds an unanswered attempt ({@link ContactHistory#unansweredAttempts()}), in any order.
     *
     * @param attempt the attempt
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder unanswered(Attempt attempt) {
      requireNonNull(attempt, "attempt");
      long unused = millis(attempt.at(), "attempt.at");
      unanswered.add(attempt);
      return this;
    }

    /**
     * Sets how many outbound touches gave ({@link ContactHistory#gives()}).
     *
     * @param n the count
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder gives(int n) {
      gives = count(n, "gives");
      return this;
    }

    /**
     * Sets how many outbound touches asked ({@link ContactHistory#asks()}).
     *
     * @param n the count
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder asks(int n) {
      asks = count(n, "asks");
      return this;
    }

    /**
     * Sets how many touchpoints used a channel ({@link ContactHistory#count(Channel)}).
     *
     * @param channel the channel
     * @param n the count
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder count(Channel channel, int n) {
      requireNonNull(channel, "channel");
      counts[channel.ordinal()] = count(n, "count of " + channel);
      return this;
    }

    /**
     * The summary.
     *
     * @return the history
     * @throws IllegalArgumentException if the parts cannot be the summary of any touchpoints: an
     *     instant later than the last touch, a last touch without touches or touches without one,
     *     an event without an event touch, an unanswered attempt not after the last answer or after
     *     the last outbound touch, more gives and asks than touches
     */
    public ContactHistory build() {
      long touches = 0;
      for (int n : counts) {
        touches += n;
      }
      check(
          touches > 0 == (lastTouch != NONE),
          "%d touches with lastTouch %s",
          touches,
          text(lastTouch));
      checkNotAfterLastTouch("lastConversation", lastConversation);
      checkNotAfterLastTouch("lastInbound", lastInbound);
      check(
          lastInboundKind == NO_KIND || lastInbound != NONE,
          "an inbound channel without lastInbound");
      checkNotAfterLastTouch("lastOutbound", lastOutbound);
      checkNotAfterLastTouch("lastReached", lastReached);
      checkNotAfterLastTouch("lastEvent", lastEvent);
      checkNotAfterLastTouch("lastBroadcast", lastBroadcast);
      check(
          lastGiveReceived <= lastInbound,
          "lastGiveReceived %s is after lastInbound %s",
          text(lastGiveReceived),
          text(lastInbound));
      check(
          givesReceived > 0 == (lastGiveReceived != NONE) && givesReceived <= touches,
          "%d gives received in %d touches with lastGiveReceived %s",
          givesReceived,
          touches,
          text(lastGiveReceived));
      int events = counts[Channel.EVENT.ordinal()];
      check(
          events > 0 == (lastEvent != NONE),
          "%d event touches with lastEvent %s",
          events,
          text(lastEvent));
      check(
          (long) gives + asks <= touches,
          "%d gives and %d asks in %d touches",
          gives,
          asks,
          touches);
      long answered = Math.max(lastConversation, lastInbound);
      long[] attempts = new long[unanswered.size()];
      for (int i = 0; i < attempts.length; i++) {
        Attempt a = unanswered.get(i);
        long at = a.at().toEpochMilli();
        check(
            at > answered && at <= lastOutbound,
            "unanswered attempt %s is not after the last answer (%s) and by the last outbound"
                + " touch (%s)",
            a,
            text(answered),
            text(lastOutbound));
        attempts[i] = Attempts.pack(at, a.channel());
      }
      check(
          attempts.length <= touches,
          "%d unanswered attempts in %d touches",
          attempts.length,
          touches);
      Arrays.sort(attempts);
      long[] latest = recent.stream().mapToLong(Long::longValue).sorted().toArray();
      if (latest.length > RECENT) {
        latest = Arrays.copyOfRange(latest, latest.length - RECENT, latest.length);
      }
      check(
          latest.length <= touches
              && (latest.length == 0 || latest[latest.length - 1] >> 1 <= lastTouch),
          "%d recent touches, the latest at %s, in %d touches up to %s",
          latest.length,
          latest.length == 0 ? "none" : text(latest[latest.length - 1] >> 1),
          touches,
          text(lastTouch));
      int[] wide = null;
      long low = 0;
      long high = 0;
      for (int c = 0; c < counts.length; c++) {
        if (counts[c] > COUNT_MASK) {
          wide = counts.clone();
        } else if (c < PER_LONG) {
          low |= (long) counts[c] << (c * COUNT_BITS);
        } else {
          high |= (long) counts[c] << ((c % PER_LONG) * COUNT_BITS);
        }
      }
      return new ContactHistory(
          lastTouch,
          lastConversation,
          lastInbound,
          lastInboundKind,
          lastOutbound,
          lastReached,
          lastEvent,
          lastEventNote,
          lastBroadcast,
          lastGiveReceived,
          givesReceived,
          attempts.length == 0 ? NO_ATTEMPTS : attempts,
          gives,
          asks,
          wide == null ? low : 0,
          wide == null ? high : 0,
          wide,
          latest.length == 0 ? NO_RECENT : latest);
    }

    private void checkNotAfterLastTouch(String name, long millis) {
      check(
          millis <= lastTouch, "%s %s is after lastTouch %s", name, text(millis), text(lastTouch));
    }

    private static String text(long millis) {
      return instant(millis).map(Instant::toString).orElse("none");
    }

    @FormatMethod
    private static void check(boolean ok, @FormatString String format, Object... args) {
      if (!ok) {
        throw new IllegalArgumentException(
            "not a summary of touchpoints: " + String.format(format, args));
      }
    }
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
    long at = t.at().toEpochMilli();
    boolean inbound = t.direction() == Direction.INBOUND;
    boolean answered = t.isConversation();
    long newConversation = t.isConversation() ? Math.max(lastConversation, at) : lastConversation;
    long lastInbound = lastInboundMillis();
    byte lastInboundKind = inboundKind();
    long newInbound = inbound ? Math.max(lastInbound, at) : lastInbound;
    byte newInboundKind = lastInboundKind;
    if (inbound) {
      byte kind = kind(t.channel(), asksForAnswer(t));
      if (at > lastInbound || (at == lastInbound && kind > lastInboundKind)) {
        newInboundKind = kind;
      }
    }
    boolean broadcast = t.isBroadcast();
    boolean reachedOut = !inbound && t.channel() != Channel.EVENT && !broadcast;
    long newOutbound = reachedOut ? Math.max(lastOutbound, at) : lastOutbound;
    long newReached = reached(t) ? Math.max(lastReached, at) : lastReached;

    long newEvent = lastEvent;
    String newEventNote = lastEventNote;
    if (t.channel() == Channel.EVENT) {
      String note = t.note().orElse(null);
      if (at > lastEvent || (at == lastEvent && compareNotes(note, lastEventNote) > 0)) {
        newEvent = at;
        newEventNote = note;
      }
    }

    long[] newUnanswered = unanswered;
    long answeredAt = Math.max(newConversation, newInbound);
    if (answered && answeredAt != Math.max(lastConversation, lastInbound)) {
      newUnanswered = Attempts.after(unanswered, answeredAt);
    }
    if (t.isAttempt() && at > answeredAt) {
      newUnanswered = Attempts.inserted(newUnanswered, Attempts.pack(at, t.channel()));
    }

    int channel = t.channel().ordinal();
    long low = countsLow;
    long high = countsHigh;
    int[] wide = wideCounts;
    if (wide == null && count(channel) == COUNT_MASK) {
      wide = counts();
    }
    if (wide != null) {
      wide = wide == wideCounts ? Arrays.copyOf(wide, wide.length) : wide;
      wide[channel]++;
    } else if (channel < PER_LONG) {
      low += 1L << (channel * COUNT_BITS);
    } else {
      high += 1L << ((channel - PER_LONG) * COUNT_BITS);
    }
    boolean outbound = !inbound && !broadcast;
    boolean given = inbound && t.intent() == Intent.GIVE;
    return new ContactHistory(
        Math.max(lastTouch, at),
        newConversation,
        newInbound,
        newInboundKind,
        newOutbound,
        newReached,
        newEvent,
        newEventNote,
        broadcast ? Math.max(lastBroadcast, at) : lastBroadcast,
        given ? Math.max(lastGiveReceived, at) : lastGiveReceived,
        givesReceived + (given ? 1 : 0),
        newUnanswered,
        gives + (outbound && t.intent() == Intent.GIVE ? 1 : 0),
        asks + (outbound && t.intent() == Intent.ASK ? 1 : 0),
        low,
        high,
        wide,
        broadcast || t.channel() == Channel.EVENT
            ? recent
            : withRecent(recent, at << 1 | (inbound ? 1 : 0)));
  }

  /** The latest touches with one more, the oldest dropped past {@value #RECENT}. */
  private static long[] withRecent(long[] recent, long touch) {
    if (recent.length == RECENT && touch <= recent[0]) {
      return recent; // older than every one kept
    }
    long[] all = Attempts.inserted(recent, touch);
    return all.length > RECENT ? Arrays.copyOfRange(all, 1, all.length) : all;
  }

  /**
   * How warm the tie is lately: the conversations the contact started and how soon they replied,
   * from the latest {@value #RECENT} touches (broadcasts and events left out).
   *
   * @return the warmth
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Warmth warmth() {
    return recent.length == 0 ? Warmth.NONE : Warmth.of(recent);
  }

  /**
   * The latest touches {@link #warmth()} reads, oldest first.
   *
   * @return them
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public List<Recent> recentTouches() {
    List<Recent> all = new ArrayList<>(recent.length);
    for (long r : recent) {
      all.add(
          new Recent(
              Instant.ofEpochMilli(r >> 1), (r & 1) == 1 ? Direction.INBOUND : Direction.OUTBOUND));
    }
    return all;
  }

  /**
   * Whether a touch reached the contact from the user: an outbound conversation, or a gift, message
   * or note sent with a giving intent, which shows the person they are remembered even unanswered.
   */
  private static boolean reached(Touchpoint t) {
    if (t.direction() != Direction.OUTBOUND || t.isBroadcast()) {
      return false;
    }
    boolean giving =
        t.intent() == Intent.GIVE
            && (t.channel() == Channel.GIFT
                || t.channel() == Channel.MESSAGE
                || t.channel() == Channel.NOTE);
    return t.isConversation() || giving;
  }

  private long lastInboundMillis() {
    return inbound == NONE ? NONE : inbound >> 8;
  }

  private byte inboundKind() {
    return inbound == NONE ? NO_KIND : (byte) inbound;
  }

  /**
   * Whether an inbound touch asks the user for an answer: they wrote (an email, a message, a social
   * touch, a note), sent a gift, or called without reaching the user. A call or meeting in which
   * the two spoke, and an event, ask for nothing more.
   */
  private static boolean asksForAnswer(Touchpoint t) {
    return switch (t.channel()) {
      case EMAIL, MESSAGE, SOCIAL, NOTE, GIFT -> true;
      case CALL -> !t.outcome().isConversation();
      case MEETING, EVENT -> false;
    };
  }

  private static byte kind(Channel channel, boolean asksForAnswer) {
    return (byte) (channel.ordinal() | (asksForAnswer ? ASKS : 0));
  }

  private static int compareNotes(@Nullable String a, @Nullable String b) {
    return Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a, b);
  }

  private static Optional<Instant> instant(long millis) {
    return millis == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private int count(int channel) {
    if (wideCounts != null) {
      return wideCounts[channel];
    }
    long counts = channel < PER_LONG ? countsLow : countsHigh;
    return (int) ((counts >>> ((channel % PER_LONG) * COUNT_BITS)) & COUNT_MASK);
  }

  /**
   * How many touchpoints this summary holds.
   *
   * @return the count
   */
  public int touches() {
    // The sum of the counts per channel, rather than a field: a million summaries, 8 bytes each.
    int touches = 0;
    for (int channel = 0; channel < CHANNELS.length; channel++) {
      touches += count(channel);
    }
    return touches;
  }

  /**
   * The latest touchpoint of any kind.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastTouch() {
    return instant(lastTouch);
  }

  /**
   * The latest conversation: contact made, as {@link Touchpoint#isConversation()} counts it (the
   * user reached the person, or the person reached out).
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastConversation() {
    return instant(lastConversation);
  }

  /**
   * The latest time the contact reached out to the user.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastInbound() {
    return instant(lastInboundMillis());
  }

  /**
   * The channel of the latest inbound touch.
   *
   * @return the channel, or empty if there is no inbound touch (or a restored summary does not say)
   */
  public Optional<Channel> lastInboundChannel() {
    byte kind = inboundKind();
    return kind == NO_KIND ? Optional.empty() : Optional.of(CHANNELS[kind & ~ASKS]);
  }

  /**
   * Whether the latest inbound touch asks for an answer: they wrote (an email, a message, a social
   * touch, a note), sent a gift, or called without reaching the user.
   *
   * @return whether it does; false if there is no inbound touch (or a restored summary does not
   *     say)
   */
  public boolean lastInboundAsksForAnswer() {
    byte kind = inboundKind();
    return kind != NO_KIND && (kind & ASKS) != 0;
  }

  /**
   * Whether the user owes the contact a reply: the latest touch but broadcasts is inbound and asks
   * for an answer (they wrote by email, message, social or note, sent a gift, or called without
   * reaching the user), and the user has not reached out since, by any channel; a newsletter or a
   * post sent since does not count. A call or meeting in which the two spoke owes nothing; any
   * later outbound touch ends the debt.
   *
   * @return whether a reply is owed
   */
  public boolean replyOwed() {
    long lastInbound = lastInboundMillis();
    // Nothing but a broadcast since: a newsletter does not answer what they wrote.
    return lastInboundAsksForAnswer() && lastInbound > lastOutbound && lastInbound >= lastEvent;
  }

  /**
   * The latest broadcast the contact was among the recipients of: a newsletter, a post ({@link
   * Outcome#BROADCAST}). Broadcasts are kept apart from every other summary: they are not
   * conversations, attempts, reaching out, gives or asks.
   *
   * @return its instant, or empty if there is none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Optional<Instant> lastBroadcast() {
    return instant(lastBroadcast);
  }

  /**
   * The latest time the contact gave the user something: a referral, an introduction, a favour (an
   * inbound touch with a giving intent). The thank-you it calls for is due from then.
   *
   * @return its instant, or empty if there is none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Optional<Instant> lastGiveReceived() {
    return instant(lastGiveReceived);
  }

  /**
   * How many times the contact gave the user something (inbound touches with a giving intent): the
   * other side of the give/ask ledger.
   *
   * @return the count
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public int givesReceived() {
    return givesReceived;
  }

  /**
   * The latest time the user reached out to the contact, answered or not. Meeting at an event is
   * not reaching out and does not count.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastOutbound() {
    return instant(lastOutbound);
  }

  /**
   * The latest time the user reached the contact: an outbound touch that connected or was replied
   * to, or a gift, message or note sent with a giving intent. An unanswered call does not count: it
   * does not show the person that they are remembered.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastReached() {
    return instant(lastReached);
  }

  /**
   * Whether the user reached out, or the contact did, at or after an instant: the test for "has
   * this been followed up?".
   *
   * @param from the instant
   * @return true if the last outbound or the last inbound touch is not before {@code from}
   */
  public boolean inTouchSince(Instant from) {
    long millis = requireNonNull(from, "from").toEpochMilli();
    return lastOutbound >= millis || lastInboundMillis() >= millis;
  }

  /**
   * The latest time the user and the contact were at the same event.
   *
   * @return its instant, or empty if there is none
   */
  public Optional<Instant> lastEvent() {
    return instant(lastEvent);
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
    if (unanswered.length == 0) {
      return List.of();
    }
    List<Attempt> attempts = new ArrayList<>(unanswered.length);
    for (long a : unanswered) {
      attempts.add(
          new Attempt(Instant.ofEpochMilli(Attempts.at(a)), CHANNELS[Attempts.channel(a)]));
    }
    return Collections.unmodifiableList(attempts);
  }

  /**
   * How many attempts in a row went unanswered since the contact last answered.
   *
   * @return the count
   */
  public int consecutiveUnanswered() {
    return unanswered.length;
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
    return count(requireNonNull(channel, "channel").ordinal());
  }

  /**
   * The channel used most often among calls, emails, messages and meetings; ties go to the channel
   * declared first in {@link Channel}.
   *
   * @return the usual channel, or empty if none of them was used
   */
  public Optional<Channel> usualChannel() {
    Channel best = null;
    int most = 0;
    for (Channel c : USUAL) {
      int n = count(c.ordinal());
      if (n > most) {
        most = n;
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
    return lastTouch <= requireNonNull(asOf, "asOf").toEpochMilli();
  }

  private int[] counts() {
    int[] counts = new int[CHANNELS.length];
    for (int c = 0; c < counts.length; c++) {
      counts[c] = count(c);
    }
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ContactHistory h)) {
      return false;
    }
    return gives == h.gives
        && asks == h.asks
        && lastTouch == h.lastTouch
        && lastConversation == h.lastConversation
        && inbound == h.inbound
        && lastOutbound == h.lastOutbound
        && lastReached == h.lastReached
        && lastEvent == h.lastEvent
        && lastBroadcast == h.lastBroadcast
        && lastGiveReceived == h.lastGiveReceived
        && givesReceived == h.givesReceived
        && Objects.equals(lastEventNote, h.lastEventNote)
        && Arrays.equals(unanswered, h.unanswered)
        && Arrays.equals(counts(), h.counts())
        && Arrays.equals(recent, h.recent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        lastTouch,
        lastConversation,
        lastOutbound,
        Arrays.hashCode(unanswered),
        gives,
        asks,
        Arrays.hashCode(counts()));
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .omitNullValues()
        .add("touches", touches())
        .add("lastTouch", lastTouch().orElse(null))
        .add("lastConversation", lastConversation().orElse(null))
        .add("lastInbound", lastInbound().orElse(null))
        .add("lastInboundChannel", lastInboundChannel().orElse(null))
        .add("replyOwed", replyOwed())
        .add("lastOutbound", lastOutbound().orElse(null))
        .add("lastReached", lastReached().orElse(null))
        .add("lastEvent", lastEvent().orElse(null))
        .add("lastEventNote", lastEventNote)
        .add("lastBroadcast", lastBroadcast().orElse(null))
        .add("lastGiveReceived", lastGiveReceived().orElse(null))
        .add("givesReceived", givesReceived)
        .add("unanswered", unansweredAttempts())
        .add("gives", gives)
        .add("asks", asks)
        .add("byChannel", Arrays.toString(counts()))
        .add("warmth", warmth())
        .toString();
  }
}
