package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.DeadLetter;
import io.github.cadence.flink.EntryRecord;
import io.github.cadence.flink.TenantTop;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.io.NetworkExport;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flink example prints each tenant's top 10, and they are the library's. */
class FlinkExampleTest {
  @Test
  void eachTenantsTopTenIsTheLibrarys() throws Exception {
    Instant asOf = Instant.parse("2026-11-23T09:00:00Z");
    Map<String, TenantTop> tops = FlinkExample.run(asOf, 2, 120);
    assertThat(tops).containsOnlyKeys("tenant-1", "tenant-2");

    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    for (int t = 0; t < 2; t++) {
      MutableNetwork n = new MutableNetwork();
      List<CadenceEvent> events =
          FlinkExample.demoTenant("tenant-" + (t + 1), 120, asOf, 2026L + t);
      events.stream().filter(e -> e.contact != null).forEach(e -> n.add(e.contact.toContact()));
      n.recordAll(
          events.stream()
              .filter(e -> e.touchpoint != null)
              .map(e -> e.touchpoint.toTouchpoint())
              .toList());
      List<QueueEntry> library = engine.queue(n, QueueRequest.asOf(asOf).withLimit(10)).entries();
      EntryRecord[] job = tops.get("tenant-" + (t + 1)).entries;
      assertThat(job).hasSize(10);
      for (int i = 0; i < 10; i++) {
        assertThat(job[i].contactId).isEqualTo(library.get(i).contact().id());
        assertThat(job[i].score).isEqualTo(library.get(i).score());
      }
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FlinkExample.print(tops, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("tenant-1: the first 10\n  1. ")
        .contains("tenant-2: the first 10\n");
  }

  @Test
  void theNightlyRecomputeOverCsvFilesGivesTheSameTops(@TempDir Path nightly) throws Exception {
    Instant asOf = Instant.parse("2026-11-23T09:00:00Z");
    for (int t = 0; t < 2; t++) {
      String tenant = "tenant-" + (t + 1);
      List<CadenceEvent> events = FlinkExample.demoTenant(tenant, 120, asOf, 2026L + t);
      Path dir = Files.createDirectories(nightly.resolve(tenant));
      try (Writer out = Files.newBufferedWriter(dir.resolve("network.csv"))) {
        NetworkExport.contactsCsv(
            events.stream().filter(e -> e.contact != null).map(e -> e.contact.toContact()).toList(),
            out);
      }
      try (Writer out = Files.newBufferedWriter(dir.resolve("network-touchpoints.csv"))) {
        NetworkExport.touchpointsCsv(
            events.stream()
                .filter(e -> e.touchpoint != null)
                .map(e -> e.touchpoint.toTouchpoint())
                .toList(),
            out);
      }
    }
    List<DeadLetter> dead = new ArrayList<>();
    Map<String, TenantTop> fromFiles = FlinkExample.runFiles(nightly, asOf, dead);
    Map<String, TenantTop> fromEvents = FlinkExample.run(asOf, 2, 120);

    assertThat(dead).isEmpty();
    assertThat(fromFiles).containsOnlyKeys("tenant-1", "tenant-2");
    for (String tenant : fromEvents.keySet()) {
      EntryRecord[] want = fromEvents.get(tenant).entries;
      EntryRecord[] got = fromFiles.get(tenant).entries;
      assertThat(got).hasSameSizeAs(want);
      for (int i = 0; i < want.length; i++) {
        assertThat(got[i].sameAs(want[i])).as("%s, rank %d", tenant, i + 1).isTrue();
      }
    }
  }
}
