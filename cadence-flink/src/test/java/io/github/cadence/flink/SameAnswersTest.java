package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job gives the library's answers: the same generated multi-tenant network, its events in a
 * random order, through the library and through the job on Flink's MiniCluster, compared entry by
 * entry (ids, order, due instants, scores to the bit, reasons).
 */
public class SameAnswersTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  public static StreamExecutionEnvironment environment() {
    return Jobs.environment(new Configuration());
  }

  /** Each tenant's queue as the library ranks it, as of {@link TestNetworks#AS_OF}. */
  public static Map<String, List<EntryRecord>> library(List<TestNetworks.Tenant> tenants) {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    Map<String, List<EntryRecord>> queues = new TreeMap<>();
    for (TestNetworks.Tenant t : tenants) {
      MutableNetwork n = new MutableNetwork();
      t.contacts().forEach(n::add);
      n.recordAll(t.touchpoints());
      FollowUpQueue q =
          engine.queue(n, QueueRequest.asOf(TestNetworks.AS_OF).withLimit(Integer.MAX_VALUE));
      assertThat(q.failures()).isEmpty();
      List<EntryRecord> entries = new ArrayList<>();
      for (QueueEntry e : q.entries()) {
        entries.add(
            EntryRecord.of(
                t.name(),
                e,
                TestNetworks.AS_OF,
                n.history(e.contact().id(), TestNetworks.AS_OF).touches()));
      }
      queues.put(t.name(), entries);
    }
    return queues;
  }

  /** The tenants' events, shuffled with {@code seed}, evaluated in batch as of the test instant. */
  static SingleOutputStreamOperator<EntryRecord> evaluated(
      StreamExecutionEnvironment env, List<TestNetworks.Tenant> tenants, long seed) {
    return env.fromData(TestNetworks.events(tenants, seed), TypeInformation.of(CadenceEvent.class))
        .keyBy(CadenceFunction::key)
        .process(CadenceFunction.asOf(BuiltInRules::defaults, TestNetworks.AS_OF))
        .returns(EntryRecord.class);
  }

  @Test
  void theBatchJobRanksEveryTenantAsTheLibraryDoes() throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(2026, 3, 700);
    Map<String, List<EntryRecord>> expected = library(tenants);

    StreamExecutionEnvironment env = environment();
    SingleOutputStreamOperator<EntryRecord> entries = evaluated(env, tenants, 7);
    int compared = Jobs.assertSame(Jobs.queues(entries, "same answers"), expected);
    assertThat(compared).as("entries compared").isGreaterThan(1000);
    System.out.println("entries compared with the library, all equal: " + compared);
  }

  @Test
  void aTouchpointDeliveredTwiceCountsOnceAsInTheLibrary() throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(2027, 2, 400);
    Map<String, List<EntryRecord>> expected = library(tenants);
    List<CadenceEvent> events = new ArrayList<>(TestNetworks.events(tenants, 8));
    List<CadenceEvent> again = new ArrayList<>();
    for (int i = 0; i < events.size(); i += 7) {
      if (events.get(i).touchpoint != null) {
        again.add(events.get(i));
      }
    }
    events.addAll(again);
    Collections.shuffle(events, new Random(9));

    StreamExecutionEnvironment env = environment();
    SingleOutputStreamOperator<EntryRecord> entries =
        env.fromData(events, TypeInformation.of(CadenceEvent.class))
            .keyBy(CadenceFunction::key)
            .process(CadenceFunction.asOf(BuiltInRules::defaults, TestNetworks.AS_OF))
            .returns(EntryRecord.class);
    Map<String, List<EntryRecord>> actual = Jobs.queues(entries, "delivered twice");
    Jobs.assertSame(actual, expected);
    int repeated = actual.values().stream().flatMap(List::stream).mapToInt(e -> e.repeated).sum();
    assertThat(repeated).as("touchpoints delivered twice, among the entries").isPositive();
    System.out.println(
        again.size()
            + " touchpoints delivered twice; "
            + repeated
            + " of them, of contacts with"
            + " an entry, counted once, and every entry equal to the library's");
  }

  @Test
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  void eachTenantsTopIsTheLibrarysFirstEntries() throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(99, 4, 400);
    Map<String, List<EntryRecord>> expected = library(tenants);

    StreamExecutionEnvironment env = environment();
    SingleOutputStreamOperator<TenantTop> tops =
        evaluated(env, tenants, 3)
            .keyBy(TenantQueue::key)
            .process(TenantQueue.top(25))
            .returns(TenantTop.class);
    Map<String, TenantTop> last = new TreeMap<>();
    try (CloseableIterator<TenantTop> it = tops.executeAndCollect("tenant tops")) {
      it.forEachRemaining(t -> last.put(t.tenant, t));
    }

    assertThat(last.keySet()).isEqualTo(expected.keySet());
    for (String tenant : expected.keySet()) {
      List<EntryRecord> want = expected.get(tenant).subList(0, 25);
      EntryRecord[] got = last.get(tenant).entries;
      assertThat(got).as(tenant).hasSize(25);
      for (int i = 0; i < 25; i++) {
        assertThat(got[i].sameAs(want.get(i)))
            .as("%s, rank %d: %s against %s", tenant, i + 1, got[i], want.get(i))
            .isTrue();
      }
    }
  }
}
