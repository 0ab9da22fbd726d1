package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.EntryRecord;
import io.github.cadence.flink.TenantTop;
import io.github.cadence.history.Network;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Flink example prints each tenant's top 10, and they are the library's. */
class FlinkExampleTest {
  @Test
  void eachTenantsTopTenIsTheLibrarys() throws Exception {
    Instant asOf = Instant.parse("2026-11-23T09:00:00Z");
    Map<String, TenantTop> tops = FlinkExample.run(asOf, 2, 120);
    assertThat(tops).containsOnlyKeys("tenant-1", "tenant-2");

    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    for (int t = 0; t < 2; t++) {
      Network n = new Network();
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
}
