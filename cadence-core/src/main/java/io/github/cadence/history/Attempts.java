package io.github.cadence.history;

import io.github.cadence.model.Channel;
import java.util.Arrays;

/**
 * Unanswered attempts packed into longs: the instant's epoch milliseconds in the high bits, the
 * channel's ordinal in the low three. Packed attempts sort by instant, then by channel, as {@link
 * ContactHistory#unansweredAttempts()} lists them.
 */
@SuppressWarnings("EnumOrdinal")
final class Attempts {
  private static final int CHANNEL_BITS = 3;

  static {
    if (Channel.values().length > 1 << CHANNEL_BITS) {
      throw new AssertionError("more channels than " + CHANNEL_BITS + " bits hold");
    }
  }

  private Attempts() {}

  static long pack(long millis, Channel channel) {
    return (millis << CHANNEL_BITS) | channel.ordinal();
  }

  static long at(long packed) {
    return packed >> CHANNEL_BITS;
  }

  static int channel(long packed) {
    return (int) (packed & ((1 << CHANNEL_BITS) - 1));
  }

  /** The attempts later than an instant. */
  static long[] after(long[] attempts, long millis) {
    int from = 0;
    while (from < attempts.length && at(attempts[from]) <= millis) {
      from++;
    }
    return from == 0 ? attempts : Arrays.copyOfRange(attempts, from, attempts.length);
  }

  /** A sorted array of packed values (attempts, recent touches) with one more, in order. */
  static long[] inserted(long[] attempts, long attempt) {
    int i = attempts.length;
    while (i > 0 && attempts[i - 1] > attempt) {
      i--;
    }
    long[] copy = new long[attempts.length + 1];
    System.arraycopy(attempts, 0, copy, 0, i);
    copy[i] = attempt;
    System.arraycopy(attempts, i, copy, i + 1, attempts.length - i);
    return copy;
  }
}
