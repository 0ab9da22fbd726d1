package io.github.cadence.flink;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact's history as a Flink POJO: the library's {@link ContactHistory} summary, a few dozen
 * bytes whatever the number of touchpoints, and a fingerprint of each touchpoint it counts (16
 * bytes with its instant), so that one that comes again (the same source key, or the same touch) is
 * not counted twice, as a {@link io.github.cadence.history.Network} would not count it twice. Enums
 * are kept by name, instants as epoch milliseconds ({@code Long.MIN_VALUE} for none).
 */
public final class HistoryRecord {
  private static final long NONE = Long.MIN_VALUE;
  private static final Channel[] CHANNELS = Channel.values();

  /** The latest touchpoint. */
  public long lastTouch = NONE;

  /** The latest conversation. */
  public long lastConversation = NONE;

  /** The latest inbound touch. */
  public long lastInbound = NONE;

  /** The latest inbound touch's channel, by name, or null (none, or a state kept before 0.1). */
  public @Nullable String lastInboundChannel;

  /**
   * Whether the latest inbound touch asks for an answer (a reply is owed until the user writes).
   */
  public boolean lastInboundAsks;

  /** The latest outbound touch. */
  public long lastOutbound = NONE;

  /** The latest time the user reached the contact. */
  public long lastReached = NONE;

  /** The latest event. */
  public long lastEvent = NONE;

  /** The latest event's note, or null. */
  public @Nullable String lastEventNote;

  /** The latest broadcast (a newsletter, a post) the contact received. */
  public long lastBroadcast = NONE;

  /** The latest give from the contact (a referral, an introduction). */
  public long lastGiveReceived = NONE;

  /** How many times the contact gave. */
  public int givesReceived;

  /** The latest touches the warmth is read from: milliseconds times two, plus one if inbound. */
  public long[] recent = new long[0];

  /** The instants of the unanswered attempts since the last answer, oldest first. */
  public long[] attemptsAt = new long[0];

  /** The channel of each unanswered attempt. */
  public String[] attemptChannels = new String[0];

  /** How many outbound touches gave. */
  public int gives;

  /** How many outbound touches asked. */
  public int asks;

  /** The channels used, by name, each once. */
  public String[] channels = new String[0];

  /** How many touchpoints used each of {@link #channels}. */
  public int[] counts = new int[0];

  /** The fingerprints of the touchpoints seen, in ascending order. */
  public long[] seen = new long[0];

  /** The instant of the touchpoint of each of {@link #seen}, in milliseconds since the epoch. */
  public long[] seenAt = new long[0];

  /** How many touchpoints came again and were not counted twice. */
  public int repeated;

  /** An empty record, for Flink's serializer. */
  public HistoryRecord() {}

  /**
   * The record of a summary, without fingerprints.
   *
   * @param h the summary
   * @return the record
   */
  public static HistoryRecord of(ContactHistory h) {
    HistoryRecord r = new HistoryRecord();
    r.set(h);
    return r;
  }

  private void set(ContactHistory h) {
    lastTouch = millis(h.lastTouch().orElse(null));
    lastConversation = millis(h.lastConversation().orElse(null));
    lastInbound = millis(h.lastInbound().orElse(null));
    lastInboundChannel = h.lastInboundChannel().map(Codes::name).orElse(null);
    lastInboundAsks = h.lastInboundAsksForAnswer();
    lastOutbound = millis(h.lastOutbound().orElse(null));
    lastReached = millis(h.lastReached().orElse(null));
    lastEvent = millis(h.lastEvent().orElse(null));
    lastEventNote = h.lastEventNote().orElse(null);
    lastBroadcast = millis(h.lastBroadcast().orElse(null));
    lastGiveReceived = millis(h.lastGiveReceived().orElse(null));
    givesReceived = h.givesReceived();
    recent =
        h.recentTouches().stream()
            .mapToLong(
                r -> r.at().toEpochMilli() * 2 + (r.direction() == Direction.INBOUND ? 1 : 0))
            .toArray();
    List<ContactHistory.Attempt> attempts = h.unansweredAttempts();
    attemptsAt = new long[attempts.size()];
    attemptChannels = new String[attempts.size()];
    for (int i = 0; i < attemptsAt.length; i++) {
      attemptsAt[i] = attempts.get(i).at().toEpochMilli();
      attemptChannels[i] = Codes.name(attempts.get(i).channel());
    }
    gives = h.gives();
    asks = h.asks();
    int used = 0;
    for (Channel c : CHANNELS) {
      used += h.count(c) > 0 ? 1 : 0;
    }
    channels = new String[used];
    counts = new int[used];
    int i = 0;
    for (Channel c : CHANNELS) {
      if (h.count(c) > 0) {
        channels[i] = Codes.name(c);
        counts[i++] = h.count(c);
      }
    }
  }

  private static long millis(@Nullable Instant at) {
    return at == null ? NONE : at.toEpochMilli();
  }

  /**
   * The summary this record holds, checked as {@link ContactHistory.Builder#build()} checks it.
   *
   * @return the summary
   * @throws IllegalArgumentException naming what is wrong
   */
  public ContactHistory toHistory() {
    ContactHistory.Builder b = ContactHistory.builder().gives(gives).asks(asks);
    if (lastTouch != NONE) {
      b.lastTouch(Instant.ofEpochMilli(lastTouch));
    }
    if (lastConversation != NONE) {
      b.lastConversation(Instant.ofEpochMilli(lastConversation));
    }
    if (lastInbound != NONE && lastInboundChannel != null) {
      b.lastInbound(
          Instant.ofEpochMilli(lastInbound),
          Codes.parse(Channel.class, lastInboundChannel),
          lastInboundAsks);
    } else if (lastInbound != NONE) {
      b.lastInbound(Instant.ofEpochMilli(lastInbound));
    }
    if (lastOutbound != NONE) {
      b.lastOutbound(Instant.ofEpochMilli(lastOutbound));
    }
    if (lastReached != NONE) {
      b.lastReached(Instant.ofEpochMilli(lastReached));
    }
    if (lastBroadcast != NONE) {
      b.lastBroadcast(Instant.ofEpochMilli(lastBroadcast));
    }
    if (lastGiveReceived != NONE) {
      b.lastGiveReceived(Instant.ofEpochMilli(lastGiveReceived));
    }
    b.givesReceived(givesReceived);
    for (long r : recent) {
      b.recent(
          new ContactHistory.Recent(
              Instant.ofEpochMilli(Math.floorDiv(r, 2)),
              Math.floorMod(r, 2) == 1 ? Direction.INBOUND : Direction.OUTBOUND));
    }
    if (lastEvent != NONE) {
      b.lastEvent(Instant.ofEpochMilli(lastEvent), lastEventNote);
    }
    if (attemptsAt.length != attemptChannels.length || channels.length != counts.length) {
      throw new IllegalArgumentException(
          "a history record's parallel arrays differ in length: "
              + attemptsAt.length
              + " attempt instants, "
              + attemptChannels.length
              + " attempt channels, "
              + channels.length
              + " channels, "
              + counts.length
              + " counts");
    }
    for (int i = 0; i < attemptsAt.length; i++) {
      b.unanswered(
          new ContactHistory.Attempt(
              Instant.ofEpochMilli(attemptsAt[i]), Codes.parse(Channel.class, attemptChannels[i])));
    }
    for (int i = 0; i < channels.length; i++) {
      b.count(Codes.parse(Channel.class, channels[i]), counts[i]);
    }
    return b.build();
  }

  /**
   * Adds touchpoints to the summary.
   *
   * @param touchpoints the touchpoints
   * @return the summary with them
   */
  ContactHistory fold(List<Touchpoint> touchpoints) {
    ContactHistory h = toHistory();
    if (touchpoints.isEmpty()) {
      return h;
    }
    for (Touchpoint t : touchpoints) {
      h = h.plus(t);
    }
    set(h);
    return h;
  }

  /**
   * Remembers a touchpoint as seen, unless it was: one with a source key seen before, or equal in
   * every other field to one seen before, is counted in {@link #repeated} instead.
   *
   * @param t the touchpoint
   * @return whether it is new
   */
  boolean firstSight(TouchpointRecord t) {
    long touch = touchFingerprint(t);
    String source = t.source;
    long sourced = source == null ? 0 : sourceFingerprint(source);
    if (Arrays.binarySearch(seen, touch) >= 0
        || (source != null && Arrays.binarySearch(seen, sourced) >= 0)) {
      repeated++;
      return false;
    }
    remember(touch, t.at);
    if (source != null) {
      remember(sourced, t.at);
    }
    return true;
  }

  private void remember(long fingerprint, long at) {
    int i = -Arrays.binarySearch(seen, fingerprint) - 1;
    seen = inserted(seen, i, fingerprint);
    seenAt = inserted(seenAt, i, at);
  }

  /**
   * Forgets the fingerprints of the touchpoints dated before an instant: one of them delivered
   * again would count again.
   *
   * @param before the instant, in milliseconds since the epoch
   */
  void forget(long before) {
    int kept = 0;
    for (long at : seenAt) {
      kept += at >= before ? 1 : 0;
    }
    if (kept == seen.length) {
      return;
    }
    long[] fingerprints = new long[kept];
    long[] instants = new long[kept];
    int j = 0;
    for (int i = 0; i < seen.length; i++) {
      if (seenAt[i] >= before) {
        fingerprints[j] = seen[i];
        instants[j++] = seenAt[i];
      }
    }
    seen = fingerprints;
    seenAt = instants;
  }

  private static long touchFingerprint(TouchpointRecord t) {
    Hasher h =
        Hashing.farmHashFingerprint64()
            .newHasher()
            .putByte((byte) 't')
            .putLong(t.at)
            .putString(t.channel, StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putString(t.direction, StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putString(t.outcome, StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putString(t.intent, StandardCharsets.UTF_8);
    String note = t.note;
    if (note != null) {
      h.putByte((byte) 1).putString(note, StandardCharsets.UTF_8);
    }
    return h.hash().asLong();
  }

  private static long sourceFingerprint(String source) {
    return Hashing.farmHashFingerprint64()
        .newHasher()
        .putByte((byte) 's')
        .putString(source, StandardCharsets.UTF_8)
        .hash()
        .asLong();
  }

  private static long[] inserted(long[] values, int at, long value) {
    long[] copy = new long[values.length + 1];
    System.arraycopy(values, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(values, at, copy, at + 1, values.length - at);
    return copy;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HistoryRecord o
        && lastTouch == o.lastTouch
        && lastConversation == o.lastConversation
        && lastInbound == o.lastInbound
        && Objects.equals(lastInboundChannel, o.lastInboundChannel)
        && lastInboundAsks == o.lastInboundAsks
        && lastOutbound == o.lastOutbound
        && lastReached == o.lastReached
        && lastEvent == o.lastEvent
        && Objects.equals(lastEventNote, o.lastEventNote)
        && lastBroadcast == o.lastBroadcast
        && lastGiveReceived == o.lastGiveReceived
        && givesReceived == o.givesReceived
        && Arrays.equals(recent, o.recent)
        && Arrays.equals(attemptsAt, o.attemptsAt)
        && Arrays.equals(attemptChannels, o.attemptChannels)
        && gives == o.gives
        && asks == o.asks
        && Arrays.equals(channels, o.channels)
        && Arrays.equals(counts, o.counts)
        && Arrays.equals(seen, o.seen)
        && Arrays.equals(seenAt, o.seenAt)
        && repeated == o.repeated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastTouch, lastConversation, gives, asks, Arrays.hashCode(seen));
  }

  @Override
  public String toString() {
    return "HistoryRecord[" + seen.length + " fingerprints, " + repeated + " repeated]";
  }
}
