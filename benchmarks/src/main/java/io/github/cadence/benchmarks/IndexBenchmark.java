package io.github.cadence.benchmarks;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
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
 * The incremental index, as a CRM page asks it: top 50 as of now, and a recorded call followed by
 * the top 50 again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class IndexBenchmark {
  /** Contacts in the generated network. */
  @Param({"10000", "100000", "1000000"})
  public int contacts;

  private QueueIndex index;
  private QueueRequest top50;
  private int next;

  /** Generates the network and builds its index once per trial. */
  @Setup
  public void setUp() {
    MutableNetwork network =
        GeneratedNetwork.generate(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    index = Peers.index(network, GeneratedNetwork.AS_OF);
    top50 = QueueRequest.asOf(GeneratedNetwork.AS_OF).withLimit(50);
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
    index.record(GeneratedNetwork.call(next++, contacts));
    return index.queue(top50);
  }
}
