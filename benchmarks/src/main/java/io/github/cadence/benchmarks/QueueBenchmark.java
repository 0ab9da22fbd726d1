package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.Network;
import io.github.cadence.rule.builtin.BuiltInRules;
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
 * Full evaluation of the default rules over a generated network: the whole ranked queue, and the
 * top 50 selected without sorting everything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueBenchmark {
  private static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");

  /** Contacts in the generated network. */
  @Param({"10000", "100000"})
  public int contacts;

  private Network network;
  private CadenceEngine engine;
  private CadenceEngine parallelEngine;

  /** Generates the network once per trial. */
  @Setup
  public void setUp() {
    network = GeneratedNetwork.generate(contacts, 42, AS_OF);
    engine = CadenceEngine.of(BuiltInRules.defaults());
    parallelEngine = engine.parallel();
  }

  /**
   * Evaluates every contact and ranks the whole queue.
   *
   * @return the queue
   */
  @Benchmark
  public FollowUpQueue fullQueue() {
    return engine.queue(network, AS_OF);
  }

  /**
   * Evaluates every contact on all cores and ranks the whole queue.
   *
   * @return the queue
   */
  @Benchmark
  public FollowUpQueue fullQueueParallel() {
    return parallelEngine.queue(network, AS_OF);
  }

  /**
   * Evaluates every contact and selects the best 50.
   *
   * @return the queue's first page
   */
  @Benchmark
  public FollowUpQueue top50() {
    return engine.queue(network, QueueRequest.asOf(AS_OF).withLimit(50));
  }
}
