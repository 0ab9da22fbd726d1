package io.github.cadence.benchmarks;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The next morning: the clock moved one day on, then the top 50. The index re-evaluates the
 * contacts whose answer may have changed during the day (a hold ended, a rule's answer expired) and
 * only those. Each measurement starts from an index freshly built as of the benchmarks' instant, so
 * that every one advances the same day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class AdvanceBenchmark {
  /** Contacts in the generated network. */
  @Param({"10000", "100000", "1000000"})
  public int contacts;

  private MutableNetwork network;
  private QueueIndex index;
  private QueueRequest tomorrow;

  /** Generates the network once per trial. */
  @Setup
  public void setUp() {
    network = GeneratedNetwork.generate(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    tomorrow = QueueRequest.asOf(GeneratedNetwork.AS_OF.plus(Duration.ofDays(1))).withLimit(50);
  }

  /** Builds the index as of today before each measurement. */
  @Setup(Level.Iteration)
  public void today() {
    index = Peers.index(MutableNetwork.copyOf(network), GeneratedNetwork.AS_OF);
  }

  /**
   * Advances the index by one day and reads the best 50.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue advanceOneDay() {
    return index.queue(tomorrow);
  }
}
