package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;

/**
 * What the MiniCluster tests share: the cluster, the environment, collecting and comparing. Public,
 * with the test networks and the library's answers, for cadence-flink-files' tests.
 */
public final class Jobs {
  private Jobs() {}

  /** One TaskManager with two slots. */
  public static MiniClusterExtension cluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());
  }

  /** Parallelism 2, no Kryo: a type Flink cannot serialize itself fails the job as it is built. */
  static StreamExecutionEnvironment environment(Configuration conf) {
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    return env;
  }

  /** Runs the job and gathers the entries by tenant, in the library's order; removals left out. */
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  static Map<String, List<EntryRecord>> queues(DataStream<EntryRecord> entries, String job)
      throws Exception {
    Map<String, List<EntryRecord>> queues = new TreeMap<>();
    try (CloseableIterator<EntryRecord> it = entries.executeAndCollect(job)) {
      it.forEachRemaining(
          e -> {
            if (!e.removed) {
              queues.computeIfAbsent(e.tenant, k -> new ArrayList<>()).add(e);
            }
          });
    }
    queues.values().forEach(list -> list.sort(TenantQueue.ORDER));
    return queues;
  }

  /** Sorts each tenant's entries in the queue's order, as {@link TenantQueue} does. */
  public static void sortAsQueues(Map<String, List<EntryRecord>> queues) {
    queues.values().forEach(list -> list.sort(TenantQueue.ORDER));
  }

  /** Asserts the queues are the same, entry by entry; returns how many entries were compared. */
  public static int assertSame(
      Map<String, List<EntryRecord>> actual, Map<String, List<EntryRecord>> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    int compared = 0;
    for (String tenant : expected.keySet()) {
      List<EntryRecord> want = expected.get(tenant);
      List<EntryRecord> got = actual.get(tenant);
      assertThat(got).as(tenant).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        assertThat(got.get(i).sameAs(want.get(i)))
            .as("%s, rank %d: %s against %s", tenant, i + 1, got.get(i), want.get(i))
            .isTrue();
        compared++;
      }
    }
    return compared;
  }
}
