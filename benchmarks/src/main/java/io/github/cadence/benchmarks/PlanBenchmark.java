package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * A week's plan, as {@code cadence week} makes it: the whole queue (the planner chooses among every
 * entry), then seven days planned from it. Its floor is the ranking alone: every contact evaluated,
 * the best 50 returned, which no plan can do without; planning adds the entries the planner reads
 * and the reasons of the items it keeps, not the words of every entry it passes over.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class PlanBenchmark {
  /** Contacts in the generated network. */
  @Param({"10000", "100000"})
  public int contacts;

  private MutableNetwork network;
  private CadenceEngine engine;
  private Planner planner;
  private LocalDate today;

  /** Generates the network once per trial. */
  @Setup
  public void setUp() {
    network = GeneratedNetwork.generate(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    engine = CadenceEngine.of(BuiltInRules.defaults());
    planner = Planner.of(PlanSettings.defaults());
    today = GeneratedNetwork.AS_OF.atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The floor: every contact evaluated, the best 50 returned with their reasons.
   *
   * @return the page
   */
  @Benchmark
  public FollowUpQueue rankingTop50() {
    return engine.queue(network, QueueRequest.asOf(GeneratedNetwork.AS_OF).withLimit(50));
  }

  /**
   * The whole queue, as the planner is given it.
   *
   * @return the queue
   */
  @Benchmark
  public FollowUpQueue wholeQueue() {
    return engine.queue(network, QueueRequest.asOf(GeneratedNetwork.AS_OF));
  }

  /**
   * The whole queue planned into seven days, with the reasons of the planned items read, as {@code
   * cadence week} prints them.
   *
   * @return the number of characters of the planned items' reasons
   */
  @Benchmark
  public int week() {
    Agenda week =
        planner.plan(engine.queue(network, QueueRequest.asOf(GeneratedNetwork.AS_OF)), today, 7);
    int chars = 0;
    for (var day : week.days()) {
      for (var item : day.items()) {
        for (var reason : item.reasons()) {
          chars += reason.text().length();
        }
      }
    }
    return chars;
  }
}
