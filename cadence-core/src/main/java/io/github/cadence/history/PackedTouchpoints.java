package io.github.cadence.history;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One contact's raw touchpoints, eight bytes each: a long per touchpoint holds its epoch
 * milliseconds in the high bits and channel, direction, outcome and intent in the low ten. Notes
 * and source keys, which most touchpoints lack, sit in parallel arrays made on the first one. No
 * per-touchpoint object is kept; {@link #toList} rebuilds the records when someone asks for them.
 *
 * <p>Mutable and not thread-safe, like the {@link Network} that owns it. Not final: a network's
 * entry for a contact extends it.
 */
@SuppressWarnings("EnumOrdinal")
class PackedTouchpoints {
  private static final Channel[] CHANNELS = Channel.values();
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final Intent[] INTENTS = Intent.values();
  private static final int CHANNEL_SHIFT = 0;
  private static final int DIRECTION_SHIFT = 3;
  private static final int OUTCOME_SHIFT = 4;
  private static final int INTENT_SHIFT = 7;
  private static final int INSTANT_SHIFT = 10;
  private static final long[] NONE = new long[0];

  static {
    if (CHANNELS.length > 8 || DIRECTIONS.length > 2 || OUTCOMES.length > 8 || INTENTS.length > 8) {
      throw new AssertionError("a touchpoint's enums no longer fit in ten bits");
    }
  }

  private long[] packed = NONE;
  // Notes and source keys, which most touchpoints lack, share one array made on the first of
  // either: touchpoint i's note at 2i, its source key at 2i + 1. A million contacts without any
  // pay one null reference each.
  private String @Nullable [] texts;
  private int size;

  /** Makes another store hold copies of this one's touchpoints. */
  void copyTo(PackedTouchpoints copy) {
    copy.packed = Arrays.copyOf(packed, size);
    copy.texts = texts == null ? null : Arrays.copyOf(texts, 2 * size);
    copy.size = size;
  }

  /** Makes room for more touchpoints at once, exactly: a batch knows how many it brings. */
  void reserve(int more) {
    if (size + more > packed.length) {
      resize(size + more);
    }
  }

  void add(Touchpoint t) {
    if (size == packed.length) {
      // Most histories are short and grow a touchpoint now and then: up to 16 they grow by one,
      // a copy of at most 128 bytes, and a million of them keep no unused room; longer ones grow by
      // a quarter, so that recording stays amortized constant time.
      resize(size < 16 ? size + 1 : size + (size >> 2));
    }
    packed[size] = pack(t);
    if (t.note().isPresent() || t.source().isPresent()) {
      String[] all = texts == null ? new String[2 * packed.length] : texts;
      all[2 * size] = t.note().orElse(null);
      all[2 * size + 1] = t.source().orElse(null);
      texts = all;
    }
    size++;
  }

  private static long pack(Touchpoint t) {
    return (t.at().toEpochMilli() << INSTANT_SHIFT)
        | ((long) t.channel().ordinal() << CHANNEL_SHIFT)
        | ((long) t.direction().ordinal() << DIRECTION_SHIFT)
        | ((long) t.outcome().ordinal() << OUTCOME_SHIFT)
        | ((long) t.intent().ordinal() << INTENT_SHIFT);
  }

  /**
   * Whether a touchpoint equal to {@code t} in every field but its source key (instant, channel,
   * direction, outcome, intent, note) is stored, at {@code from} or after: the same touch recorded
   * twice. Equal in every field, so that which of the two is kept never matters.
   */
  boolean holdsSameTouch(Touchpoint t, int from) {
    long same = pack(t);
    for (int i = from; i < size; i++) {
      if (packed[i] == same && note(i).equals(t.note())) {
        return true;
      }
    }
    return false;
  }

  /** The source keys of the stored touchpoints that have one. */
  List<String> sources() {
    List<String> keys = new ArrayList<>(0);
    for (int i = 0; i < size; i++) {
      source(i).ifPresent(keys::add);
    }
    return keys;
  }

  private void resize(int capacity) {
    packed = Arrays.copyOf(packed, capacity);
    if (texts != null) {
      texts = Arrays.copyOf(texts, 2 * capacity);
    }
  }

  private Optional<String> note(int i) {
    return Optional.ofNullable(texts == null ? null : texts[2 * i]);
  }

  private Optional<String> source(int i) {
    return Optional.ofNullable(texts == null ? null : texts[2 * i + 1]);
  }

  /** The epoch milliseconds of touchpoint {@code i}. */
  long millis(int i) {
    return packed[i] >> INSTANT_SHIFT;
  }

  int size() {
    return size;
  }

  Touchpoint get(String contactId, int i) {
    long p = packed[i];
    Touchpoint.Builder touchpoint =
        Touchpoint.builder(contactId, Instant.ofEpochMilli(p >> INSTANT_SHIFT))
            .channel(CHANNELS[field(p, CHANNEL_SHIFT, 3)])
            .direction(DIRECTIONS[field(p, DIRECTION_SHIFT, 1)])
            .outcome(OUTCOMES[field(p, OUTCOME_SHIFT, 3)])
            .intent(INTENTS[field(p, INTENT_SHIFT, 3)]);
    note(i).ifPresent(touchpoint::note);
    source(i).ifPresent(touchpoint::source);
    return touchpoint.build();
  }

  private static int field(long packed, int shift, int bits) {
    return (int) ((packed >>> shift) & ((1 << bits) - 1));
  }

  /** The touchpoints, oldest first; ties in the order they were recorded. */
  List<Touchpoint> toList(String contactId) {
    List<Touchpoint> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(get(contactId, i));
    }
    all.sort(Comparator.comparing(Touchpoint::at));
    return all;
  }
}
