package io.github.cadence.engine;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The nanoseconds within the millisecond of an instant per number. Touchpoints are kept to the
 * millisecond and the built-in rules' instants follow from them and from dates, so these are nearly
 * always zero: no array is allocated until one is not.
 */
final class SubMillis {
  private int @Nullable [] nanos;

  int get(int number) {
    int[] n = nanos;
    return n == null ? 0 : n[number];
  }

  void set(int number, int value, int capacity) {
    if (value != 0 && nanos == null) {
      nanos = new int[capacity];
    }
    if (nanos != null) {
      nanos[number] = value;
    }
  }

  void grow(int capacity) {
    if (nanos != null) {
      nanos = Arrays.copyOf(nanos, capacity);
    }
  }
}
