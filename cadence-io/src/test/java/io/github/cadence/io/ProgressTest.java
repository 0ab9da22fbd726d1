package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir Path dir;

  /** A LinkedIn export of {@code n} connections. */
  Path connections(int n) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (int i = 0; i < n; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "Person,No%d,https://www.linkedin.com/in/p%d,,Firm %d,Role,%d Mar 2024\r\n",
              i,
              i,
              i % 50,
              1 + i % 28));
    }
    Path file = dir.resolve("Connections.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  record Tick(long rows, long bytes, long total) {}

  @Test
  void aLargeImportReportsRowsAndBytesReadAgainstTheFileSize() throws IOException {
    Path file = connections(10_000);
    List<Tick> ticks = new ArrayList<>();

    ImportResult result =
        Importer.builder(NOW)
            .listener((source, rows, bytes, total) -> ticks.add(new Tick(rows, bytes, total)))
            .build()
            .read(List.of(ImportSource.of(file)));

    assertThat(result.contacts()).hasSize(10_000);
    long size = Files.size(file);
    assertThat(ticks).extracting(Tick::rows).containsExactly(4096L, 8192L, 10_000L);
    assertThat(ticks).allSatisfy(t -> assertThat(t.total()).isEqualTo(size));
    assertThat(ticks.get(0).bytes()).isPositive().isLessThan(size);
    assertThat(ticks.get(2).bytes()).isEqualTo(size);
  }

  @Test
  void aListenerCancelsTheImportAndNothingIsReturned() throws IOException {
    Path file = connections(10_000);
    Importer importer =
        Importer.builder(NOW)
            .listener(
                (source, rows, bytes, total) -> {
                  throw new CancellationException("the user pressed Ctrl-C");
                })
            .build();

    assertThatThrownBy(() -> importer.read(List.of(ImportSource.of(file))))
        .isInstanceOf(CancellationException.class)
        .hasMessage("the user pressed Ctrl-C");
  }

  @Test
  void anInterruptedThreadStopsTheImport() throws IOException {
    Path file = connections(5_000);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Importer.builder(NOW).build().read(List.of(ImportSource.of(file))))
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("was interrupted");
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }
}
