package io.github.cadence.history;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values by their string id, in insertion order: an open-addressing table (linear probing, at most
 * half full) with each slot's hash beside it, and an array in insertion order. A {@link
 * java.util.LinkedHashMap} spends an entry object of 40 bytes per value; this spends about 20
 * bytes. The hashes spare a lookup the walk from a slot's value to its id (three cache misses in a
 * large network) for every slot it passes that holds another id. Removing costs time in proportion
 * to the size, since the order array closes the gap: removals are rare, lookups are not.
 *
 * @param <V> the values; each knows its id
 */
final class IdTable<V> {
  private final Function<V, String> idOf;
  private @Nullable Object[] table = new Object[16];
  private int[] hashes = new int[16];
  private @Nullable Object[] order = new Object[8];
  private int size;

  IdTable(Function<V, String> idOf) {
    this.idOf = idOf;
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked") // only values of type V are ever stored
  @Nullable V get(String id) {
    int mask = table.length - 1;
    int h = spread(id);
    for (int i = h & mask; table[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h) {
        V v = (V) table[i];
        if (idOf.apply(v).equals(id)) {
          return v;
        }
      }
    }
    return null;
  }

  /** Adds a value whose id is not in the table yet. */
  void add(V value) {
    reserve();
    insert(value);
    order[size++] = value;
  }

  /** Room for one more value: the table at most half full, the order one slot longer. */
  private void reserve() {
    if (2 * (size + 1) > table.length) {
      rehash(table.length * 2);
    }
    if (size == order.length) {
      order = Arrays.copyOf(order, size + (size >> 1) + 1);
    }
  }

  /** Removes the value with an id; returns whether there was one. */
  boolean remove(String id) {
    int mask = table.length - 1;
    int h = spread(id);
    int i = h & mask;
    while (table[i] != null && (hashes[i] != h || !idOf.apply(value(table[i])).equals(id))) {
      i = (i + 1) & mask;
    }
    Object removed = table[i];
    if (removed == null) {
      return false;
    }
    // Backward-shift deletion: later values of the same probe run move up into the gap, so that
    // every lookup still finds them without tombstones.
    int gap = i;
    for (int j = (gap + 1) & mask; table[j] != null; j = (j + 1) & mask) {
      int home = hashes[j] & mask;
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        table[gap] = table[j];
        hashes[gap] = hashes[j];
        gap = j;
      }
    }
    table[gap] = null;
    int at = 0;
    while (order[at] != removed) {
      at++;
    }
    System.arraycopy(order, at + 1, order, at, size - at - 1);
    order[--size] = null;
    return true;
  }

  /** Calls an action for each value, in insertion order. */
  void forEach(Consumer<? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(value(order[i]));
    }
  }

  private void rehash(int capacity) {
    table = new Object[capacity];
    hashes = new int[capacity];
    for (int i = 0; i < size; i++) {
      insert(value(order[i]));
    }
  }

  private void insert(V value) {
    int mask = table.length - 1;
    int h = spread(idOf.apply(value));
    int i = h & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = value;
    hashes[i] = h;
  }

  @SuppressWarnings("unchecked") // only values of type V are ever stored
  private V value(@Nullable Object o) {
    return (V) Objects.requireNonNull(o);
  }

  private static int spread(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
