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
 */
abstract class IntHeap {
  private int[] elements = new int[8];
  private int size;

  /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
  abstract int compare(int a, int b);

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
    }
  }

  final void add(int element) {
    grow(size + 1);
    siftUp(size++, element);
  }

  /** Adds an element without restoring the order; {@link #heapify()} must follow. */
  final void append(int element) {
    grow(size + 1);
    elements[size] = element;
    placed(element, size++);
  }

  /** Restores the order after {@link #append}, in linear time. */
  final void heapify() {
    for (int i = (size >>> 1) - 1; i >= 0; i--) {
      siftDown(i, elements[i]);
    }
  }

  /** Removes the element at a position. */
  final void removeAt(int position) {
    int last = elements[--size];
    if (position == size) {
      return;
    }
    siftDown(position, last);
    if (elements[position] == last) {
      siftUp(position, last);
    }
  }

  private void grow(int needed) {
    if (needed > elements.length) {
      elements =
          Arrays.copyOf(elements, Math.max(needed, elements.length + (elements.length >> 1)));
    }
  }

  private void siftUp(int position, int element) {
    int at = position;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      int p = elements[parent];
      if (compare(element, p) >= 0) {
        break;
      }
      elements[at] = p;
      placed(p, at);
      at = parent;
    }
    elements[at] = element;
    placed(element, at);
  }

  private void siftDown(int position, int element) {
    int at = position;
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      int c = elements[child];
      int right = child + 1;
      if (right < size && compare(elements[right], c) < 0) {
        child = right;
        c = elements[child];
      }
      if (compare(element, c) <= 0) {
        break;
      }
      elements[at] = c;
      placed(c, at);
      at = child;
    }
    elements[at] = element;
    placed(element, at);
  }
}
