package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the command writes is written whole or not at all, and never over a database. */
class OutputFileTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()), args);
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("queue.csv");
    Files.writeString(file, "the good export", StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                OutputFile.write(
                    file,
                    false,
                    out -> {
                      out.write("half of a new export");
                      out.flush();
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file + " was not written (the file there is unchanged): No space left on device");

    assertThat(Files.readString(file)).isEqualTo("the good export");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void anExportOrAPageAimedAtTheWorkspaceIsRefusedUnlessForced() throws IOException {
    assertThat(cadence("demo", "--workspace", dir.resolve("ws").toString()).status()).isZero();
    Path db = dir.resolve("ws/network.cadence");
    byte[] before = Files.readAllBytes(db);
    String contacts = cadence("contact", "list").out();

    for (String[] args :
        new String[][] {
          {"export", "json", "-o", db.toString()},
          {"export", "network-csv", "-o", db.toString()},
          {"review", "--html", db.toString()}
        }) {
      Runs run = cadence(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "cadence: "
                  + db
                  + " is a database (an SQLite file, such as a workspace): writing over it would"
                  + " destroy it; choose another file, or give --force\n");
    }
    assertThat(Files.readAllBytes(db))
        .startsWith("SQLite format 3".getBytes(StandardCharsets.US_ASCII));
    assertThat(cadence("contact", "list").out()).isEqualTo(contacts).contains("300 contacts");

    Path other = dir.resolve("copy.cadence");
    Files.write(other, before);
    assertThat(cadence("export", "json", "-o", other.toString(), "--force").status()).isZero();
    assertThat(Files.readString(other)).startsWith("{");
  }
}
