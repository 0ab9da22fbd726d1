package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-tenant top: contacts that drop out of it give their places to the spare entries. */
class TenantQueueTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  /** Contact {@code c<i>}'s entry: the lower {@code i}, the higher its score. */
  static EntryRecord entry(int i) {
    EntryRecord e = new EntryRecord();
    e.tenant = "acme";
    e.contactId = "c" + i;
    e.score = 1000 - i;
    e.due = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    return e;
  }

  /** The last top the job emits after 30 entries and the removal of the best 5. */
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  static List<String> topAfterTheBestFiveDropOut(TenantQueue queue) throws Exception {
    List<EntryRecord> input = new ArrayList<>();
    // In a shuffled order, so that the spare places are filled and turned away along the way.
    IntStream.of(17, 3, 29, 0, 8, 22, 11, 5, 26, 14, 1, 19, 9, 24, 6, 12, 27, 2, 15, 20, 7, 25)
        .forEach(i -> input.add(entry(i)));
    IntStream.of(10, 4, 13, 16, 18, 21, 23, 28).forEach(i -> input.add(entry(i)));
    for (int i = 0; i < 5; i++) {
      input.add(EntryRecord.removed("acme", "c" + i, Instant.parse("2026-11-02T00:00:00Z")));
    }
    StreamExecutionEnvironment env = Jobs.environment(new Configuration());
    env.setParallelism(1);
    List<TenantTop> tops = new ArrayList<>();
    try (CloseableIterator<TenantTop> it =
        env.fromData(input, TypeInformation.of(EntryRecord.class))
            .keyBy(TenantQueue::key)
            .process(queue)
            .returns(TenantTop.class)
            .executeAndCollect("top")) {
      it.forEachRemaining(tops::add);
    }
    assertThat(tops).isNotEmpty();
    List<String> ids = new ArrayList<>();
    for (EntryRecord e : tops.get(tops.size() - 1).entries) {
      ids.add(e.contactId);
    }
    return ids;
  }

  @Test
  void theSpareEntriesFillThePlacesOfThoseThatDropOut() throws Exception {
    assertThat(topAfterTheBestFiveDropOut(TenantQueue.top(10)))
        .containsExactly("c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14");
    assertThat(topAfterTheBestFiveDropOut(TenantQueue.top(10, 3)))
        .as("three to spare: two places stay empty")
        .containsExactly("c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12");
  }

  @Test
  void theSizesAreChecked() {
    assertThatThrownBy(() -> TenantQueue.top(0)).hasMessage("k must be at least 1, was 0");
    assertThatThrownBy(() -> TenantQueue.top(5, -1))
        .hasMessage("spare must be zero or more, was -1");
    assertThatThrownBy(() -> TenantQueue.top(90_000, 20_000))
        .hasMessage("k + spare must be at most 100000, was 110000");
  }
}
