package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade of a running job: the streaming job takes the first half of the events, is stopped
 * with a savepoint, and a new job restored from it takes the second half. Contacts, summaries,
 * pending touchpoints and timers come through the savepoint: every entry either job emits is the
 * library's as of its instant, and no touchpoint of the second half misses its contact.
 */
class SavepointTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  /** What the two jobs emit; their sinks run in this JVM, on the MiniCluster. */
  static final ConcurrentLinkedQueue<EntryRecord> EMITTED = new ConcurrentLinkedQueue<>();

  static final ConcurrentLinkedQueue<DeadLetter> DEAD = new ConcurrentLinkedQueue<>();

  /** The first job's events. */
  static volatile List<CadenceEvent> firstHalf = List.of();

  /** How many events the first job's source has made. */
  static final AtomicLong MADE = new AtomicLong();

  /** The first half of the events, then, until the job is stopped, blanks the job drops. */
  static final class FirstHalfThenIdle implements GeneratorFunction<Long, CadenceEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public CadenceEvent map(Long i) {
      MADE.incrementAndGet();
      return i < firstHalf.size() ? firstHalf.get(i.intValue()) : CadenceEvent.removal("", "");
    }
  }

  /**
   * Adds what it is given to {@link #EMITTED} or {@link #DEAD}, static: a sink is serialized into
   * the job, so a queue it held would be a copy.
   */
  record Collect<T>(boolean entries) implements Sink<T> {
    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
      return new SinkWriter<>() {
        @Override
        public void write(T element, Context ignored) {
          if (entries) {
            EMITTED.add((EntryRecord) element);
          } else {
            DEAD.add((DeadLetter) element);
          }
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }

  /** The job after its source: the same operators, with the same ids, in both jobs. */
  static void evaluate(DataStream<CadenceEvent> events) {
    SingleOutputStreamOperator<EntryRecord> entries =
        events
            .assignTimestampsAndWatermarks(EventTimeTest.watermarks())
            .uid("watermarks")
            .keyBy(CadenceFunction::key)
            .process(EventTimeTest.function())
            .uid("cadence")
            .returns(EntryRecord.class);
    entries.sinkTo(new Collect<>(true)).uid("entries");
    entries
        .getSideOutput(CadenceFunction.DEAD_LETTERS)
        .sinkTo(new Collect<>(false))
        .uid("dead-letters");
  }

  @Test
  void aJobStoppedWithASavepointGoesOnInANewJobRestoredFromIt(@TempDir Path savepoints)
      throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(909, 2, 200);
    List<CadenceEvent> events = EventTimeTest.arriving(tenants, 6);
    int half = events.size() / 2;
    firstHalf = events.subList(0, half);

    StreamExecutionEnvironment first = SameAnswersTest.environment();
    evaluate(
        first
            .fromSource(
                new DataGeneratorSource<>(
                    new FirstHalfThenIdle(),
                    Long.MAX_VALUE,
                    RateLimiterStrategy.perSecond(50_000),
                    TypeInformation.of(CadenceEvent.class)),
                WatermarkStrategy.noWatermarks(),
                "first half")
            .setParallelism(1)
            .uid("first-half")
            .filter(e -> !e.tenant.isEmpty())
            .uid("no-blanks"));
    JobClient job = first.executeAsync("until the savepoint");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (MADE.get() < half + 1_000L && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(MADE.get()).as("events made before the savepoint").isGreaterThan(half);
    String savepoint =
        job.stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
            .get(2, TimeUnit.MINUTES);
    int beforeSavepoint = EMITTED.size();
    Set<String> contactsBefore = new HashSet<>();
    firstHalf.stream().filter(e -> e.contact != null).forEach(e -> contactsBefore.add(key(e)));

    Configuration restore = new Configuration();
    restore.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    // The first job's source is not in the second: its state is left behind, on purpose.
    restore.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
    StreamExecutionEnvironment second = Jobs.environment(restore);
    evaluate(
        second
            .fromData(events.subList(half, events.size()), TypeInformation.of(CadenceEvent.class))
            .uid("second-half"));
    second.execute("from the savepoint");

    List<EntryRecord> emitted = new ArrayList<>(EMITTED);
    List<EntryRecord> afterRestore = emitted.subList(beforeSavepoint, emitted.size());
    long ofEarlierContacts =
        afterRestore.stream().filter(e -> contactsBefore.contains(key(e))).count();
    int dueWhenEmitted = EventTimeTest.assertEachTheLibrarys(tenants, emitted);
    assertThat(beforeSavepoint).as("entries before the savepoint").isGreaterThan(500);
    assertThat(ofEarlierContacts)
        .as("entries after the restore, of contacts that came before the savepoint")
        .isGreaterThan(500);
    assertThat(DEAD).as("dead letters (a contact missing after the restore)").isEmpty();
    System.out.printf(
        "savepoint: %d entries before it, %d after the restore (%d of contacts that came before"
            + " it), each the library's as of its instant; %d emitted as they fell due%n",
        beforeSavepoint, afterRestore.size(), ofEarlierContacts, dueWhenEmitted);
  }

  private static String key(CadenceEvent e) {
    return e.tenant + "/" + e.contactId;
  }

  private static String key(EntryRecord e) {
    return e.tenant + "/" + e.contactId;
  }
}
