package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The incremental index: top 50 as of now read from the index, and a recorded touchpoint followed
 * by the top 50 again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexBenchmark {
  private static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");

  /** Contacts in the generated network. */
  @Param({"10000", "100000"})
  public int contacts;

  private QueueIndex index;
  private QueueRequest top50;
  private int next;

  /** Generates the network and builds its index once per trial. */
  @Setup
  public void setUp() {
    Network network = GeneratedNetwork.generate(contacts, 42, AS_OF);
    index = QueueIndex.build(CadenceEngine.of(BuiltInRules.defaults()).parallel(), network, AS_OF);
    top50 = QueueRequest.asOf(AS_OF).withLimit(50);
  }

  /**
   * Reads the best 50 from the index.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue top50() {
    return index.queue(top50);
  }

  /**
   * Records a call with the next contact, then reads the best 50.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue recordThenTop50() {
    String id = "c" + (next++ % contacts);
    index.record(
        Touchpoint.builder(id, AS_OF.minus(Duration.ofMinutes(next % 1000)))
            .channel(Channel.CALL)
            .outcome(Outcome.CONNECTED)
            .build());
    return index.queue(top50);
  }
}
