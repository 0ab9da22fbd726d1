package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command as a process: its exit codes and what it writes where, as a shell sees them. */
class ChildProcessTest {

  record Result(int status, String out, String err) {}

  /** The command line that runs the command in a new JVM, on the test class path. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Cadence.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  static Result run(String... args) throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command(args));
    b.environment().put("XDG_CONFIG_HOME", "/nonexistent/cadence-test-config");
    Process p = b.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theDemoExitsWithZeroAndWritesOnlyToStandardOutput() throws Exception {
    Result r = run("demo", "--as-of", "2026-11-23T14:00:00Z", "--limit", "1");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Today, Mon Nov 23, 09:00: ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void badUsageExitsWithTwoAndOneLineOnStandardError() throws Exception {
    Result r = run("demo", "--limit", "0");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("cadence: --limit must be at least 1, was 0");
  }

  @Test
  void creatingAWorkspaceSaysOneLineAndTheLibrariesKeepQuiet(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Result r = run("init", "--workspace", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err()).isEmpty();
  }
}
