package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.history.Network;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.Locale;

/**
 * Measures the heap a generated network and its index take, per contact: the retained heap after a
 * full collection, before and after building. Not a JMH benchmark: memory is measured once.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.cadence.benchmarks.Footprint 100000
 * </pre>
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of contacts (default 100000)
   */
  public static void main(String[] args) {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Instant asOf = Instant.parse("2026-11-23T09:00:00Z");
    long empty = retained();
    Network network = GeneratedNetwork.generate(contacts, 42, asOf);
    long withNetwork = retained();
    int touchpoints =
        network.contacts().stream().mapToInt(c -> network.history(c.id()).touches()).sum();
    QueueIndex index =
        QueueIndex.build(CadenceEngine.of(BuiltInRules.defaults()).parallel(), network, asOf);
    long withIndex = retained();
    System.out.printf(
        Locale.ROOT,
        "%d contacts, %d touchpoints (%.1f each)%n"
            + "network (contacts, summaries, raw touchpoints): %d bytes per contact%n"
            + "index: %d bytes per contact%n",
        contacts,
        touchpoints,
        (double) touchpoints / contacts,
        (withNetwork - empty) / contacts,
        (withIndex - withNetwork) / contacts);
    if (index.size() < 0) {
      throw new AssertionError("keeps the index reachable until measured");
    }
  }

  private static long retained() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
