package io.github.cadence.examples;

import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.CadenceFunction;
import io.github.cadence.flink.DeadLetter;
import io.github.cadence.flink.EntryRecord;
import io.github.cadence.flink.TenantQueue;
import io.github.cadence.flink.TenantTop;
import io.github.cadence.flink.files.CadenceFiles;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.jspecify.annotations.Nullable;

/**
 * The Flink job on a local MiniCluster: three tenants' demo networks (a few hundred contacts each,
 * two years of touchpoints, in a random order), or the CSV files of a directory (the nightly
 * recompute, {@link CadenceFiles}), through {@link CadenceFunction} and {@link TenantQueue},
 * printing each tenant's top 10 as of one instant.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * env.fromData(events, TypeInformation.of(CadenceEvent.class))
 *     .keyBy(CadenceFunction::key)
 *     .process(CadenceFunction.asOf(BuiltInRules::defaults, asOf))
 *     .returns(EntryRecord.class)
 *     .keyBy(TenantQueue::key)
 *     .process(TenantQueue.top(10))
 *     .returns(TenantTop.class);
 * }</pre>
 */
public final class FlinkExample {
  private static final List<String> FIRST =
      List.of("Ana", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas");
  private static final List<String> LAST =
      List.of("Silva", "Okafor", "Larsen", "Kim", "Moreau", "Shah", "Becker", "Nielsen", "Cohen");

  private FlinkExample() {}

  /**
   * Runs the job and prints the tops: on generated demo networks, or on the files of a directory.
   *
   * @param args none, for three generated tenants; or a directory of Cadence's CSV files, a
   *     directory per tenant inside (as {@code cadence export network-csv} writes them), and
   *     optionally the instant to rank as of (default: now)
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      print(run(Instant.parse("2026-11-23T09:00:00Z"), 3, 300), System.out);
      return;
    }
    Path dir = Path.of(args[0]);
    if (!Files.isDirectory(dir)) {
      System.err.println(
          "no such directory: "
              + dir
              + " (write one with: cadence export network-csv --output "
              + dir.resolve("TENANT/network.csv")
              + ")");
      System.exit(2);
    }
    Instant asOf = args.length > 1 ? Instant.parse(args[1]) : Clock.systemUTC().instant();
    List<DeadLetter> dead = new ArrayList<>();
    print(runFiles(dir, asOf, dead), System.out);
    dead.forEach(d -> System.out.println("not used: " + d));
  }

  /**
   * Runs the job on a local MiniCluster.
   *
   * @param asOf the instant the queues are ranked as of
   * @param tenants how many tenants
   * @param contacts how many contacts each
   * @return each tenant's top 10, by tenant
   * @throws Exception if the job fails
   */
  public static Map<String, TenantTop> run(Instant asOf, int tenants, int contacts)
      throws Exception {
    List<CadenceEvent> events = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      events.addAll(demoTenant("tenant-" + (t + 1), contacts, asOf, 2026L + t));
    }
    Collections.shuffle(events, new Random(7));
    StreamExecutionEnvironment env = environment();
    return tops(env, env.fromData(events, TypeInformation.of(CadenceEvent.class)), asOf, null);
  }

  /**
   * The nightly recompute: runs the job on a local MiniCluster over the files of a directory, in
   * Cadence's CSV layouts, a directory per tenant inside.
   *
   * @param dir the directory
   * @param asOf the instant the queues are ranked as of
   * @param dead where to add the records the job could not use
   * @return each tenant's top 10, by tenant
   * @throws Exception if the job fails
   */
  public static Map<String, TenantTop> runFiles(Path dir, Instant asOf, List<DeadLetter> dead)
      throws Exception {
    StreamExecutionEnvironment env = environment();
    DataStream<CadenceEvent> events =
        env.fromSource(
            CadenceFiles.source(new org.apache.flink.core.fs.Path(dir.toUri())),
            WatermarkStrategy.noWatermarks(),
            "cadence files");
    return tops(env, events, asOf, dead);
  }

  private static StreamExecutionEnvironment environment() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false); // Flink's own serializers only, no Kryo
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    return env;
  }

  /** Ranks the events as of an instant; gathers each tenant's last top, and the dead letters. */
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  private static Map<String, TenantTop> tops(
      StreamExecutionEnvironment env,
      DataStream<CadenceEvent> events,
      Instant asOf,
      @Nullable List<DeadLetter> dead)
      throws Exception {
    SingleOutputStreamOperator<EntryRecord> entries =
        events
            .keyBy(CadenceFunction::key)
            .process(CadenceFunction.asOf(BuiltInRules::defaults, asOf))
            .returns(EntryRecord.class);
    DataStream<TenantTop> top =
        entries.keyBy(TenantQueue::key).process(TenantQueue.top(10)).returns(TenantTop.class);
    Map<String, TenantTop> tops = new TreeMap<>();
    try (CloseableIterator<TenantTop> it = top.collectAsync();
        CloseableIterator<DeadLetter> letters =
            entries.getSideOutput(CadenceFunction.DEAD_LETTERS).collectAsync()) {
      env.execute("cadence on flink");
      it.forEachRemaining(t -> tops.put(t.tenant, t));
      letters.forEachRemaining(
          d -> {
            if (dead != null) {
              dead.add(d);
            }
          });
    }
    return tops;
  }

  /** Prints each tenant's top, with the first reason of each entry. */
  static void print(Map<String, TenantTop> tops, PrintStream out) {
    for (TenantTop top : tops.values()) {
      out.println(top.tenant + ": the first " + top.entries.length);
      int rank = 1;
      for (EntryRecord e : top.entries) {
        out.println(
            String.format(
                Locale.ROOT,
                "%3d. %-16s %-2s %-8s %7.1f  %s",
                rank++,
                e.name,
                e.tier,
                e.channel.toLowerCase(Locale.ROOT),
                e.score,
                e.reasons.length == 0 ? "" : e.reasons[0]));
      }
      out.println();
    }
  }

  /** A tenant's contacts and two years of their touchpoints, the same for the same seed. */
  static List<CadenceEvent> demoTenant(String tenant, int contacts, Instant asOf, long seed) {
    Random random = new Random(seed);
    List<CadenceEvent> events = new ArrayList<>();
    for (int i = 0; i < contacts; i++) {
      String id = "c" + i;
      Instant created = asOf.minus(Duration.ofDays(30 + random.nextInt(700)));
      Contact.Builder c =
          Contact.builder(id, created)
              .displayName(
                  FIRST.get(random.nextInt(FIRST.size()))
                      + " "
                      + LAST.get(random.nextInt(LAST.size())))
              .tier(List.of(Tier.A, Tier.B, Tier.C, Tier.C).get(random.nextInt(4)));
      if (random.nextInt(4) == 0) {
        c.roles(random.nextBoolean() ? Role.CLIENT : Role.STRATEGIC_PARTNER);
      }
      events.add(CadenceEvent.of(tenant, c.build()));
      long span = Duration.between(created, asOf).toMinutes();
      for (int k = random.nextInt(10); k > 0; k--) {
        boolean inbound = random.nextInt(4) == 0;
        boolean answered = random.nextInt(3) > 0;
        Channel channel =
            List.of(Channel.EMAIL, Channel.CALL, Channel.MESSAGE, Channel.MEETING)
                .get(random.nextInt(4));
        Touchpoint t =
            Touchpoint.builder(
                    id, created.plus(Duration.ofMinutes((long) (random.nextDouble() * span))))
                .channel(channel)
                .direction(inbound ? Direction.INBOUND : Direction.OUTBOUND)
                .outcome(
                    inbound || answered || channel == Channel.MEETING
                        ? Outcome.CONNECTED
                        : Outcome.NO_RESPONSE)
                .intent(List.of(Intent.NEUTRAL, Intent.GIVE, Intent.ASK).get(random.nextInt(3)))
                .build();
        events.add(CadenceEvent.of(tenant, t));
      }
    }
    return events;
  }
}
