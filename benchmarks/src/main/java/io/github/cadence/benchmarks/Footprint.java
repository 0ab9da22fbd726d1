package io.github.cadence.benchmarks;

import io.github.cadence.engine.QueueIndex;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Contact;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap Cadence takes per contact for a generated network: the retained heap after a
 * full collection, step by step. The contacts themselves (the caller's {@code Contact} records) are
 * measured apart from what Cadence adds for them: the network's entries, summaries and raw
 * touchpoints, then the index. Not a JMH benchmark: memory is measured once.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar io.github.cadence.benchmarks.Footprint 1000000
 * </pre>
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of contacts (default 1000000)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long empty = retained();
    List<Contact> contacts = new ArrayList<>(size);
    GeneratedNetwork.generate(
        size, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF, contacts::add, t -> {});
    long withContacts = retained();
    MutableNetwork network = new MutableNetwork();
    contacts.forEach(network::add);
    GeneratedNetwork.generate(
        size, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF, c -> {}, network::record);
    long withNetwork = retained();
    QueueIndex index = Peers.index(network, GeneratedNetwork.AS_OF);
    long withIndex = retained();

    long touchpoints = 0;
    for (Contact c : contacts) {
      touchpoints += network.history(c.id()).touches();
    }
    double perContact = (double) touchpoints / size;
    long cadence = (withIndex - withContacts) / size;
    System.out.printf(
        Locale.ROOT,
        "%d contacts, %d touchpoints (%.1f each), bytes per contact:%n"
            + "  contact records (the caller's data)         %5d%n"
            + "  network: entry, summary, raw touchpoints     %5d%n"
            + "  index: score pieces, timers                  %5d%n"
            + "  Cadence in all (network + index)             %5d  target %.0f (200 + 16 x %.1f)%n",
        size,
        touchpoints,
        perContact,
        (withContacts - empty) / size,
        (withNetwork - withContacts) / size,
        (withIndex - withNetwork) / size,
        cadence,
        200 + 16 * perContact,
        perContact);
    if (index.size() < 0 || contacts.isEmpty()) {
      throw new AssertionError("keeps everything reachable until measured");
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
