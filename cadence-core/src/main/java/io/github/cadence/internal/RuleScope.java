package io.github.cadence.internal;

import java.util.function.Supplier;

/**
 * Marks the threads that are running a rule (or wording a rule's reason): a network refuses every
 * change asked for from such a thread, so a rule cannot change what is being read. The mark is per
 * thread because the index evaluates contacts outside its lock, while other threads may change the
 * network through it.
 */
public final class RuleScope {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private RuleScope() {}

  /**
   * Runs rule code on this thread, marked; scopes nest.
   *
   * @param rules the rule code
   * @param <T> what it returns
   * @return what it returned
   */
  public static <T> T run(Supplier<T> rules) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return rules.get();
    } finally {
      depth[0]--;
    }
  }

  /**
   * Whether this thread is running rule code.
   *
   * @return true inside {@link #run}
   */
  public static boolean isActive() {
    return DEPTH.get()[0] > 0;
  }
}
