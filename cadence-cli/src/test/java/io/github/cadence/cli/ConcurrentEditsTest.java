package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two commands at once on one workspace, each with its own connection as two processes have: no
 * change is lost and nothing is doubled.
 */
class ConcurrentEditsTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()), args);
  }

  private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoEditorsAddingTagsAtOnceKeepEveryTag() throws Exception {
    assertThat(cadence("init").status()).isZero();
    assertThat(cadence("contact", "add", "Ana López", "--tier", "A").status()).isZero();
    List<Callable<List<Runs>>> editors = new ArrayList<>();
    for (String who : List.of("a", "b")) {
      editors.add(
          () -> {
            List<Runs> runs = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
              runs.add(cadence("contact", "edit", "ana", "--tag", who + i));
            }
            return runs;
          });
    }

    for (List<Runs> runs : atOnce(editors)) {
      for (Runs run : runs) {
        assertThat(run.status()).as(run.err()).isZero();
      }
    }

    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(NOW)) {
      assertThat(w.contact("ana-lopez").orElseThrow().tags()).hasSize(30);
    }
  }

  @Test
  void twoImportsOfTheSamePeopleAtOnceGiveThePeopleOnce() throws Exception {
    LinkedInExport export = new LinkedInExport(7L, NOW, 300);
    List<Path> files = export.write(dir);
    assertThat(cadence("init").status()).isZero();
    Callable<Runs> importer =
        () -> cadence("import", files.get(0).toString(), files.get(1).toString());

    for (Runs run : atOnce(List.of(importer, importer))) {
      assertThat(run.status()).as(run.err()).isZero();
    }

    Runs list = cadence("contact", "list");
    assertThat(list.out()).endsWith("300 contacts\n");
  }
}
