package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost from the command: {@code cadence import} killed at any moment (while it reads,
 * while it writes) leaves the workspace as it was, or with the whole import.
 */
class KilledImportTest {
  static final int CONNECTIONS = 20_000;
  @TempDir Path dir;

  /** A LinkedIn export of {@link #CONNECTIONS} connections. */
  static Path export(Path dir) throws IOException {
    Path file = dir.resolve("Connections.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
      for (int i = 0; i < CONNECTIONS; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "Person%d,Surname%d,https://www.linkedin.com/in/p%d,,Firm %d,Role,%d Mar 2024\r\n",
                i,
                i % 97,
                i,
                i % 50,
                1 + i % 28));
      }
    }
    return file;
  }

  @Test
  void anImportKilledAtAnyMomentLeavesNothingOrEverything() throws Exception {
    Path export = export(dir);
    Path workspace = dir.resolve("ws");
    Files.createDirectories(workspace);
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    try (Workspace w = Workspace.sqlite(workspace.resolve(WorkspaceOption.FILE)).open(now)) {
      assertThat(w.contacts()).isEmpty();
    }
    List<Integer> outcomes = new ArrayList<>();
    // Killed while reading (before the report), then at moments after the report is printed,
    // while the one write transaction runs; the last import runs to its end.
    long[] afterReportMs = {-1, 0, 40, 120, 250, 500, 1_000, Long.MAX_VALUE};
    for (long delay : afterReportMs) {
      List<String> command =
          ChildProcessTest.command(
              "import", "--workspace", workspace.toString(), export.toString());
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      if (delay < 0) {
        Thread.sleep(300);
      } else {
        try (BufferedReader out =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("contacts:")) {
              break;
            }
          }
          if (delay != Long.MAX_VALUE) {
            Thread.sleep(delay);
          }
        }
      }
      if (delay == Long.MAX_VALUE) {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
      } else {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      try (Workspace w = Workspace.sqlite(workspace.resolve(WorkspaceOption.FILE)).open(now)) {
        int contacts = w.contacts().size();
        assertThat(contacts).as("after a kill %s ms after the report", delay).isIn(0, CONNECTIONS);
        outcomes.add(contacts);
      }
      if (outcomes.get(outcomes.size() - 1) == CONNECTIONS) {
        // The whole import is there: start again from an empty workspace for the next kill.
        Files.delete(workspace.resolve(WorkspaceOption.FILE));
        Files.deleteIfExists(workspace.resolve(WorkspaceOption.FILE + "-wal"));
        Files.deleteIfExists(workspace.resolve(WorkspaceOption.FILE + "-shm"));
        Workspace.sqlite(workspace.resolve(WorkspaceOption.FILE)).open(now).close();
      }
    }
    System.out.println("contacts after each kill: " + outcomes);
    assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo(CONNECTIONS);
  }
}
