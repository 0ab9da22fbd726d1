package io.github.cadence.engine;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A set of non-negative numbers in one int array: open addressing, linear probing, at most half
 * full. The caller keeps each number's key in arrays of its own and gives the table the key's hash
 * and a test of equality, so a table costs one int per room rather than an entry object and a boxed
 * number per element. The index finds a contact's slot by id with it, and a query's merge remembers
 * the slots it has taken.
 */
final class NumberTable {
  /** No number. */
  static final int NONE = -1;

  private final IntUnaryOperator hashOf;
  private int[] numbers = empty(16);
  private int size;

  /**
   * A table whose numbers hash as {@code hashOf} says, which is asked again when the table grows.
   */
  NumberTable(IntUnaryOperator hashOf) {
    this.hashOf = hashOf;
  }

  int size() {
    return size;
  }

  /** The number with this hash that {@code matches} accepts, or {@link #NONE}. */
  int find(int hash, IntPredicate matches) {
    int mask = numbers.length - 1;
    for (int i = spread(hash) & mask; numbers[i] != NONE; i = (i + 1) & mask) {
      if (matches.test(numbers[i])) {
        return numbers[i];
      }
    }
    return NONE;
  }

  /** Adds a number that is not in the table yet. */
  void add(int number) {
    reserve();
    insert(number);
    size++;
  }

  /** Room for one more number: the table at most half full. */
  private void reserve() {
    if (2 * (size + 1) > numbers.length) {
      int[] old = numbers;
      numbers = empty(old.length * 2);
      for (int n : old) {
        if (n != NONE) {
          insert(n);
        }
      }
    }
  }

  /** Adds a number unless it is there; returns false if it was. The number is its own hash. */
  boolean addIfAbsent(int number) {
    if (find(number, n -> n == number) != NONE) {
      return false;
    }
    add(number);
    return true;
  }

  private void insert(int number) {
    int mask = numbers.length - 1;
    int i = spread(hashOf.applyAsInt(number)) & mask;
    while (numbers[i] != NONE) {
      i = (i + 1) & mask;
    }
    numbers[i] = number;
  }

  /** Spreads a hash's bits, so that keys with close hashes (such as small numbers) scatter. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static int[] empty(int capacity) {
    int[] n = new int[capacity];
    Arrays.fill(n, NONE);
    return n;
  }
}
