package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.rule.builtin.BuiltInRules;
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
 * Work proportional to the network: loading it, evaluating every rule for every contact (the top 50
 * of a full evaluation, on one thread and on all cores), and building the index from it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class EvaluationBenchmark {
  /** Contacts in the generated network. */
  @Param({"10000", "100000", "1000000"})
  public int contacts;

  private GeneratedNetwork.Data data;
  private MutableNetwork network;
  private CadenceEngine engine;
  private QueueRequest top50;

  /** Generates the network once per trial. */
  @Setup
  public void setUp() {
    data = GeneratedNetwork.data(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    network = Peers.network(data);
    engine = CadenceEngine.of(BuiltInRules.defaults());
    top50 = QueueRequest.asOf(GeneratedNetwork.AS_OF).withLimit(50);
  }

  /**
   * Loads the generated contacts and touchpoints into a new network.
   *
   * @return the network
   */
  @Benchmark
  public MutableNetwork load() {
    return Peers.network(data);
  }

  /**
   * Evaluates every contact on one thread and selects the best 50.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue fullEvaluation() {
    return engine.queue(network, top50);
  }

  /**
   * Evaluates every contact on all cores and selects the best 50.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue fullEvaluationParallel() {
    return engine.parallel().queue(network, top50);
  }

  /**
   * A copy of the network for each {@link #buildIndex}, made outside the measurement: an index
   * takes its network over, so each build needs a network of its own.
   */
  @State(Scope.Thread)
  public static class ToIndex {
    MutableNetwork network;

    /**
     * Copies the generated network.
     *
     * @param benchmark the benchmark's state, holding the network
     */
    @Setup(Level.Invocation)
    public void copy(EvaluationBenchmark benchmark) {
      network = MutableNetwork.copyOf(benchmark.network);
    }
  }

  /**
   * Builds the index on all cores: a full evaluation that keeps each contact's score pieces.
   *
   * @param toIndex a copy of the network, which the index takes over
   * @return the index
   */
  @Benchmark
  public QueueIndex buildIndex(ToIndex toIndex) {
    return QueueIndex.build(engine.parallel(), toIndex.network, GeneratedNetwork.AS_OF);
  }
}
