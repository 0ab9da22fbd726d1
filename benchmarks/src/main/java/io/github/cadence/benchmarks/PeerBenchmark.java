package io.github.cadence.benchmarks;

import io.github.cadence.engine.QueueIndex;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peers' way to the answer Cadence's {@link IndexBenchmark#recordThenTop50} gives: record a
 * call, then the top 50, on the same generated network with the same rules. Before it is timed,
 * each peer must give Cadence's top 50, before and after a recorded call; the trial fails
 * otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class PeerBenchmark {
  /** Contacts in the generated network. */
  @Param({"10000", "100000", "1000000"})
  public int contacts;

  /** The peer: naive, easy-rules or h2. */
  @Param({"naive", "easy-rules", "h2"})
  public String peer;

  private Peer subject;
  private int next;

  /** Loads the peer and checks it against Cadence. */
  @Setup
  public void setUp() {
    Instant asOf = GeneratedNetwork.AS_OF;
    GeneratedNetwork.Data data = GeneratedNetwork.data(contacts, GeneratedNetwork.SEED, asOf);
    subject = Peers.create(peer, data);
    QueueIndex index = Peers.index(Peers.network(data), asOf);
    Peers.checkSame(peer, Peers.top(index, 50, asOf), subject.top(50, asOf));
    Touchpoint call = GeneratedNetwork.call(next++, contacts);
    index.record(call);
    subject.record(call);
    Peers.checkSame(peer, Peers.top(index, 50, asOf), subject.top(50, asOf));
  }

  /** Closes the peer. */
  @TearDown
  public void tearDown() {
    subject.close();
  }

  /**
   * Records a call, then asks the peer for the best 50.
   *
   * @return the page
   */
  @Benchmark
  public List<Ranked> recordThenTop50() {
    subject.record(GeneratedNetwork.call(next++, contacts));
    return subject.top(50, GeneratedNetwork.AS_OF);
  }
}
