package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With checkpointing on, an operator fails the job once, mid-stream, after a checkpoint: Flink
 * restarts it from that checkpoint, and the queues are still the library's, every contact's
 * touchpoints counted once in its summary (exactly-once state): none missing, and none that reached
 * the state twice (the summary's fingerprints would have counted it as {@link
 * EntryRecord#repeated}).
 */
class FaultToleranceTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  static final int FAIL_AFTER = 5_000;
  static final AtomicInteger SEEN = new AtomicInteger();
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();

  /**
   * Passes events on, a little slowly; once, at the first event after {@link #FAIL_AFTER} of them
   * and a completed checkpoint, it throws.
   */
  static final class FailOnce
      implements MapFunction<CadenceEvent, CadenceEvent>, CheckpointListener {
    private static final long serialVersionUID = 1L;

    @Override
    public CadenceEvent map(CadenceEvent e) throws Exception {
      int seen = SEEN.incrementAndGet();
      if (seen % 10 == 0) {
        // Paced, so that checkpoints complete while the input still flows.
        Thread.sleep(1);
      }
      if (seen >= FAIL_AFTER && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("failing once, mid-stream, on purpose");
      }
      return e;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTED.set(true);
    }
  }

  @Test
  void afterAFailureAndARestartEveryTouchpointCountsOnce() throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(4242, 3, 700);
    Map<String, List<EntryRecord>> expected = SameAnswersTest.library(tenants);
    List<CadenceEvent> events = TestNetworks.events(tenants, 17);
    assertThat(events.size()).isGreaterThan(2 * FAIL_AFTER);

    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
    StreamExecutionEnvironment env = Jobs.environment(conf);
    env.enableCheckpointing(100);

    SingleOutputStreamOperator<EntryRecord> entries =
        env.fromData(events, TypeInformation.of(CadenceEvent.class))
            .map(new FailOnce())
            .returns(CadenceEvent.class)
            .keyBy(CadenceFunction::key)
            .process(CadenceFunction.asOf(BuiltInRules::defaults, TestNetworks.AS_OF))
            .returns(EntryRecord.class);
    Map<String, List<EntryRecord>> actual = Jobs.queues(entries, "fails once");

    assertThat(FAILED).as("the job failed once").isTrue();
    // Equal entries count the same touchpoints as the library (EntryRecord.touches): none lost.
    Jobs.assertSame(actual, expected);
    int touches = 0;
    for (List<EntryRecord> queue : actual.values()) {
      for (EntryRecord e : queue) {
        assertThat(e.repeated)
            .as("touchpoints that reached %s/%s's summary twice", e.tenant, e.contactId)
            .isZero();
        touches += e.touches;
      }
    }
    System.out.println(
        "after one failure and a restart from a checkpoint: every entry equal, "
            + touches
            + " touchpoints counted once each in the summaries");
  }
}
