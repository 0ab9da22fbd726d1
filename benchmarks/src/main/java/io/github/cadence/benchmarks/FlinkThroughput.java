package io.github.cadence.benchmarks;

import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.CadenceFunction;
import io.github.cadence.flink.ContactRecord;
import io.github.cadence.flink.EntryRecord;
import io.github.cadence.flink.HistoryRecord;
import io.github.cadence.flink.TouchpointRecord;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * Events per second through the keyed evaluation on Flink's MiniCluster, one task (one core for the
 * keyed operator), with each state backend, beside the floor: the same source, key and state shapes
 * (the contact in a value state, its history record read and written back at every touchpoint, the
 * same timers) kept by a function that neither summarizes nor evaluates. Contacts come first, then
 * touchpoints in time order, a minute apart, spread over the contacts; the watermark is Flink's
 * periodic one (every 200 ms).
 *
 * <pre>{@code bash benchmarks/flink.sh [contacts] [touchpoints per contact]}</pre>
 */
public final class FlinkThroughput {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private FlinkThroughput() {}

  /**
   * Runs the measurements and prints them.
   *
   * @param args contacts (default 20,000) and touchpoints per contact (default 10)
   * @throws Exception if a job fails
   */
  public static void main(String[] args) throws Exception {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int perContact = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long events = (long) contacts * (1 + perContact);
    System.out.printf(
        Locale.ROOT,
        "%,d contacts, %,d touchpoints each: %,d events, parallelism 1%n",
        contacts,
        perContact,
        events);
    // A warm-up run of each, then the measured ones.
    run("hashmap", false, contacts, perContact);
    run("hashmap", true, contacts, perContact);
    for (String backend : List.of("hashmap", "rocksdb", "forst")) {
      double floor = run(backend, false, contacts, perContact);
      double cadence = run(backend, true, contacts, perContact);
      System.out.printf(
          Locale.ROOT,
          "%-8s cadence %,9.0f events/s   floor (same state, no evaluation) %,9.0f events/s"
              + "   ratio %.2fx the floor's time%n",
          backend,
          events / cadence,
          events / floor,
          cadence / floor);
    }
  }

  /** Runs one job; returns the seconds it took. */
  static double run(String backend, boolean evaluate, int contacts, int perContact)
      throws Exception {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(StateBackendOptions.STATE_BACKEND, backend);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(1);
    long total = (long) contacts * (1 + perContact);
    var keyed =
        env.fromSequence(0, total - 1)
            .map(i -> event(i, contacts))
            .returns(TypeInformation.of(CadenceEvent.class))
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<CadenceEvent>forMonotonousTimestamps()
                    .withTimestampAssigner((e, previous) -> e.eventTime()))
            .keyBy(CadenceFunction::key);
    var out =
        evaluate
            ? keyed
                .process(CadenceFunction.inEventTime(BuiltInRules::defaults, Duration.ofDays(1)))
                .returns(EntryRecord.class)
            : keyed.process(new Floor()).returns(EntryRecord.class);
    out.sinkTo(new DiscardingSink<>());
    long start = System.nanoTime();
    env.execute(backend + (evaluate ? " cadence" : " floor"));
    return (System.nanoTime() - start) / 1e9;
  }

  /** Event {@code i}: the contacts first, then touchpoints a minute apart over the contacts. */
  static CadenceEvent event(long i, int contacts) {
    if (i < contacts) {
      Contact c =
          Contact.builder("c" + i, START)
              .tier(i % 3 == 0 ? Tier.A : i % 3 == 1 ? Tier.B : Tier.C)
              .build();
      return CadenceEvent.of(tenant(i), c);
    }
    long n = i - contacts;
    long contact = (n * 7919) % contacts;
    TouchpointRecord t = new TouchpointRecord();
    t.contactId = "c" + contact;
    t.at = START.toEpochMilli() + Duration.ofDays(1).toMillis() + n * 60_000;
    t.channel = n % 5 == 0 ? "CALL" : "EMAIL";
    t.direction = n % 3 == 0 ? "INBOUND" : "OUTBOUND";
    t.outcome = n % 3 == 0 ? "REPLIED" : n % 2 == 0 ? "CONNECTED" : "NO_RESPONSE";
    t.intent = n % 7 == 0 ? "GIVE" : "NEUTRAL";
    return CadenceEvent.of(tenant(contact), t);
  }

  /** Four tenants, the contacts dealt among them. */
  private static String tenant(long contact) {
    return "t" + (contact % 4);
  }

  /** The same state as the evaluation, kept without evaluating: Flink's own cost. */
  static final class Floor extends KeyedProcessFunction<String, CadenceEvent, EntryRecord> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<ContactRecord> contact;
    private transient ValueState<HistoryRecord> history;

    @Override
    public void open(OpenContext context) {
      contact =
          getRuntimeContext()
              .getState(
                  new ValueStateDescriptor<>("contact", TypeInformation.of(ContactRecord.class)));
      history =
          getRuntimeContext()
              .getState(
                  new ValueStateDescriptor<>("history", TypeInformation.of(HistoryRecord.class)));
    }

    @Override
    public void processElement(CadenceEvent e, Context ctx, Collector<EntryRecord> out)
        throws Exception {
      if (e.contact != null) {
        contact.update(e.contact);
      }
      if (e.touchpoint != null) {
        HistoryRecord h = history.value();
        history.update(h == null ? new HistoryRecord() : h);
      }
      long watermark = ctx.timerService().currentWatermark();
      ctx.timerService()
          .registerEventTimeTimer(
              Math.max(
                  watermark == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : watermark + 1, e.eventTime()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EntryRecord> out)
        throws Exception {
      // Reads what an evaluation reads, and emits one record, as the evaluation does.
      ContactRecord c = contact.value();
      HistoryRecord h = history.value();
      if (c != null) {
        EntryRecord r = new EntryRecord();
        r.contactId = c.id;
        r.touches = h == null ? 0 : h.seen.length;
        out.collect(r);
      }
    }
  }
}
