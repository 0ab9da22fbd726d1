package io.github.cadence.engine;

import java.util.Arrays;

/**
 * A binary min-heap of ints (contact slots or piece numbers) that tells each element where it sits,
 * so that any element can be removed in logarithmic time. Subclasses give the order and remember
 * the positions, in the primitive arrays they already keep per element: the heap itself costs one
 * int per element, where a tree set costs an entry object of 40 bytes and a cache miss per level.
 *
 * <p>Elements must be distinct. The first element is the least; the children of position {@code i}
 * are at {@code 2i + 1} and {@code 2i + 2}, which lets a reader list the least elements in order
 * without removing them (see {@link QueueIndex}).
 *
 * <p>Beside each element the heap keeps its key: a coarse, monotone summary of where it sorts (its
 * instant in whole minutes), which decides most comparisons from the heap's own array. Without it a
 * comparison reads each element's instant from arrays indexed by element number, a cache miss each
 * in a large index, on every level a sift passes.
 */
abstract class IntHeap {
  private int[] elements = new int[8];
  private int[] keys = new int[8];
  private int size;

  /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
  abstract int compare(int a, int b);

  /**
   * An element's key, which must not change while the element is in the heap: if {@code key(a) <
   * key(b)}, {@code a} comes before {@code b}; equal keys say nothing.
   */
  abstract int key(int element);

  /** The key of an instant given in milliseconds since the epoch: its minute, within an int. */
  static int minuteKey(long millis) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, millis / 60_000));
  }

  /** Called whenever an element is placed at a position, so that it can be found again. */
  abstract void placed(int element, int position);

  final int size() {
    return size;
  }

  /** The element at a position: the least at 0. */
  final int get(int position) {
    return elements[position];
  }

  /** Makes room for this many elements in all. */
  final void reserve(int capacity) {
    if (capacity > elements.length) {
      elements = Arrays.copyOf(elements, capacity);
      keys = Arrays.copyOf(keys, capacity);
    }
  }

  final void add(int element) {
    grow(size + 1);
    siftUp(size++, element, key(element));
  }

  /** Adds an element without restoring the order; {@link #heapify()} must follow. */
  final void append(int element) {
    grow(size + 1);
    elements[size] = element;
    keys[size] = key(element);
    placed(element, size++);
  }

  /** Restores the order after {@link #append}, in linear time. */
  final void heapify() {
    for (int i = (size >>> 1) - 1; i >= 0; i--) {
      siftDown(i, elements[i], keys[i]);
    }
  }

  /** Removes the element at a position. */
  final void removeAt(int position) {
    int last = elements[--size];
    int lastKey = keys[size];
    if (position == size) {
      return;
    }
    siftDown(position, last, lastKey);
    if (elements[position] == last) {
      siftUp(position, last, lastKey);
    }
  }

  private void grow(int needed) {
    if (needed > elements.length) {
      int capacity = Math.max(needed, elements.length + (elements.length >> 1));
      elements = Arrays.copyOf(elements, capacity);
      keys = Arrays.copyOf(keys, capacity);
    }
  }

  private int compare(int a, int aKey, int b, int bKey) {
    return aKey != bKey ? Integer.compare(aKey, bKey) : compare(a, b);
  }

  private void siftUp(int position, int element, int key) {
    int at = position;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = elements[parent];
      int pKey = keys[parent];
      if (compare(element, key, p, pKey) >= 0) {
        break;
      }
      elements[at] = p;
      keys[at] = pKey;
      placed(p, at);
      at = parent;
    }
    elements[at] = element;
    keys[at] = key;
    placed(element, at);
  }

  private void siftDown(int position, int element, int key) {
    int at = position;
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      int right = child + 1;
      if (right < size && compare(elements[right], keys[right], elements[child], keys[child]) < 0) {
        child = right;
      }
      int c = elements[child];
      int cKey = keys[child];
      if (compare(element, key, c, cKey) <= 0) {
        break;
      }
      elements[at] = c;
      keys[at] = cKey;
      placed(c, at);
      at = child;
    }
    elements[at] = element;
    keys[at] = key;
    placed(element, at);
  }
}
