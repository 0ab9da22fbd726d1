package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The streaming job, in event time: two years of contacts and touchpoints arrive about in time
 * order (up to half a day out of order, within the watermark's bound). Every entry the job emits is
 * the library's answer as of the instant it was evaluated, and contacts are emitted when they fall
 * due.
 */
class EventTimeTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  /**
   * The tenants' events as a stream brings them: about in time order, each up to half a day late,
   * shuffled with {@code seed}.
   */
  static List<CadenceEvent> arriving(List<TestNetworks.Tenant> tenants, long seed) {
    Random random = new Random(seed);
    List<CadenceEvent> events = TestNetworks.events(tenants, 1);
    Map<CadenceEvent, Long> jittered = new HashMap<>();
    events.forEach(e -> jittered.put(e, e.eventTime() + random.nextInt(12 * 3_600_000)));
    events.sort(Comparator.comparingLong(jittered::get));
    return events;
  }

  /** Event time from each event, and a watermark a day behind after every event. */
  static WatermarkStrategy<CadenceEvent> watermarks() {
    return WatermarkStrategy.<CadenceEvent>forGenerator(c -> new EveryEvent(Duration.ofDays(1)))
        .withTimestampAssigner((e, previous) -> e.eventTime());
  }

  /**
   * The streaming evaluation of the tests, remembering touchpoints for 30 days: the input holds no
   * touchpoint twice, so the answers are the library's all the same.
   */
  static CadenceFunction function() {
    return CadenceFunction.inEventTime(BuiltInRules::defaults, Duration.ofDays(2))
        .rememberingTouchpointsFor(Duration.ofDays(30));
  }

  @Test
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  void everyEntryIsTheLibrarysAsOfTheInstantItWasEvaluated() throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(808, 2, 250);
    StreamExecutionEnvironment env = SameAnswersTest.environment();
    SingleOutputStreamOperator<EntryRecord> entries =
        env.fromData(arriving(tenants, 5), TypeInformation.of(CadenceEvent.class))
            .assignTimestampsAndWatermarks(watermarks())
            .keyBy(CadenceFunction::key)
            .process(function())
            .returns(EntryRecord.class);
    List<EntryRecord> emitted = new ArrayList<>();
    try (CloseableIterator<EntryRecord> it = entries.executeAndCollect("event time")) {
      it.forEachRemaining(emitted::add);
    }

    int dueWhenEmitted = assertEachTheLibrarys(tenants, emitted);
    assertThat(emitted.size()).isGreaterThan(2_000);
    assertThat(dueWhenEmitted).as("entries emitted at the instant they fell due").isPositive();
    System.out.println(
        "event time: "
            + emitted.size()
            + " entries emitted, each the library's as of its instant; "
            + dueWhenEmitted
            + " emitted as they fell due");
  }

  /**
   * Asserts that every entry emitted is the library's as of the instant it was evaluated; returns
   * how many were emitted at the instant they fell due.
   */
  static int assertEachTheLibrarys(List<TestNetworks.Tenant> tenants, List<EntryRecord> emitted) {
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    Map<String, MutableNetwork> networks = new HashMap<>();
    for (TestNetworks.Tenant t : tenants) {
      MutableNetwork n = new MutableNetwork();
      t.contacts().forEach(n::add);
      n.recordAll(t.touchpoints());
      networks.put(t.name(), n);
    }
    int dueWhenEmitted = 0;
    for (EntryRecord e : emitted) {
      MutableNetwork n = networks.get(e.tenant);
      Instant asOf = Instant.ofEpochMilli(e.asOf);
      Optional<QueueEntry> library = engine.entry(n, e.contactId, asOf);
      if (e.removed) {
        assertThat(library).as("%s as of %s", e, asOf).isEmpty();
        continue;
      }
      assertThat(library).as("%s as of %s", e, asOf).isPresent();
      EntryRecord want =
          EntryRecord.of(e.tenant, library.get(), asOf, n.history(e.contactId, asOf).touches());
      assertThat(e.sameAs(want))
          .as("%s against the library's %s, as of %s", e, want, asOf)
          .isTrue();
      if (e.asOf == e.due) {
        dueWhenEmitted++;
      }
    }
    return dueWhenEmitted;
  }

  /**
   * A watermark after every event, a day behind the latest: the watermark advances with the input
   * whatever the timing of the run (a periodic one may not fire before a fast input ends).
   */
  static final class EveryEvent implements WatermarkGenerator<CadenceEvent> {
    private final long bound;
    private long latest = Long.MIN_VALUE;

    EveryEvent(Duration bound) {
      this.bound = bound.toMillis();
    }

    @Override
    public void onEvent(CadenceEvent event, long timestamp, WatermarkOutput output) {
      if (timestamp > latest) {
        latest = timestamp;
        output.emitWatermark(new Watermark(latest - bound));
      }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {}
  }
}
