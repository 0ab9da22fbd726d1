package io.github.cadence.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How warm a tie is lately, from the contact's last few touches (broadcasts and events left out):
 * how many of the last conversations they started, and how soon they answer the user. What an
 * interval that learns reads ({@code TierCadenceRule} for the tiers set to adapt).
 *
 * <p>A conversation is a run of touches with no gap longer than three days; it is started by the
 * side of its first touch (of a summary that holds as many touches as it keeps, the oldest
 * conversation is not counted: its start may be gone). A reply is an inbound touch right after an
 * outbound one, within two weeks; the typical reply is the median of the last ones (the lower of
 * the two middle ones).
 *
 * <p>Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Warmth {
  /** How many conversations and replies are looked at, the latest. */
  public static final int LAST = 6;

  /** No recent touch: nothing known. */
  public static final Warmth NONE = new Warmth(0, 0, 0, Optional.empty());

  private static final long CONVERSATION_GAP = Duration.ofDays(3).toMillis();
  private static final long REPLY_WITHIN = Duration.ofDays(14).toMillis();

  private final int conversations;
  private final int startedByThem;
  private final int replies;
  private final @Nullable Duration typicalReply;

  /**
   * A warmth, its counts checked.
   *
   * @param conversations how many conversations, at most {@value #LAST}
   * @param startedByThem how many of those the contact started
   * @param replies how many replies, at most {@value #LAST}
   * @param typicalReply the median reply time, present exactly when there are replies
   * @throws IllegalArgumentException if the counts cannot go together
   */
  public Warmth(
      int conversations, int startedByThem, int replies, Optional<Duration> typicalReply) {
    if (conversations < 0
        || conversations > LAST
        || startedByThem < 0
        || startedByThem > conversations
        || replies < 0
        || replies > LAST
        || typicalReply.isPresent() != (replies > 0)
        || typicalReply.filter(Duration::isNegative).isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "not a warmth: %d conversations, %d started by them, %d replies, typically %s",
              conversations, startedByThem, replies, typicalReply));
    }
    this.conversations = conversations;
    this.startedByThem = startedByThem;
    this.replies = replies;
    this.typicalReply = typicalReply.orElse(null);
  }

  /**
   * How many conversations the recent touches hold, at most {@value #LAST}.
   *
   * @return the count
   */
  public int conversations() {
    return conversations;
  }

  /**
   * How many of those the contact started.
   *
   * @return the count
   */
  public int startedByThem() {
    return startedByThem;
  }

  /**
   * How many replies the recent touches hold, at most {@value #LAST}.
   *
   * @return the count
   */
  public int replies() {
    return replies;
  }

  /**
   * The median time the contact took to reply, if they replied.
   *
   * @return the time, or empty
   */
  public Optional<Duration> typicalReply() {
    return Optional.ofNullable(typicalReply);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Warmth o
        && conversations == o.conversations
        && startedByThem == o.startedByThem
        && replies == o.replies
        && Objects.equals(typicalReply, o.typicalReply);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conversations, startedByThem, replies, typicalReply);
  }

  @Override
  public String toString() {
    return "Warmth["
        + conversations
        + " conversations, "
        + startedByThem
        + " started by them, "
        + replies
        + " replies"
        + (typicalReply == null ? "" : ", typically " + typicalReply)
        + "]";
  }

  /**
   * The warmth of recent touches, packed as {@link ContactHistory} keeps them: milliseconds shifted
   * left a bit, the bit set for an inbound touch; oldest first.
   */
  static Warmth of(long[] recent) {
    boolean[] startedBy = new boolean[recent.length];
    int conversations = 0;
    long[] latencies = new long[recent.length];
    int replies = 0;
    for (int i = 0; i < recent.length; i++) {
      long at = recent[i] >> 1;
      boolean inbound = (recent[i] & 1) == 1;
      if (i == 0 || at - (recent[i - 1] >> 1) > CONVERSATION_GAP) {
        startedBy[conversations++] = inbound;
      }
      if (i == 0 && recent.length >= ContactHistory.RECENT) {
        conversations = 0; // the oldest kept may be the tail of a longer one: who started it?
      }
      if (i > 0 && inbound && (recent[i - 1] & 1) == 0) {
        long latency = at - (recent[i - 1] >> 1);
        if (latency <= REPLY_WITHIN) {
          latencies[replies++] = latency;
        }
      }
    }
    int keptConversations = Math.min(conversations, LAST);
    int started = 0;
    for (int i = conversations - keptConversations; i < conversations; i++) {
      started += startedBy[i] ? 1 : 0;
    }
    int keptReplies = Math.min(replies, LAST);
    long[] last = Arrays.copyOfRange(latencies, replies - keptReplies, replies);
    Arrays.sort(last);
    Optional<Duration> typical =
        keptReplies == 0
            ? Optional.empty()
            : Optional.of(Duration.ofMillis(last[(keptReplies - 1) / 2]));
    return new Warmth(keptConversations, started, keptReplies, typical);
  }
}
