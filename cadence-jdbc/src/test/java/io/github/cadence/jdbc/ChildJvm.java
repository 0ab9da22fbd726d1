package io.github.cadence.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A second JVM running a test program, on this JVM's class path, with its output collected. */
final class ChildJvm {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // The process was killed: its output ends here.
              }
            },
            "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildJvm start(Class<?> main, String... jvmArgsThenArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    List<String> args = new ArrayList<>();
    for (String a : jvmArgsThenArgs) {
      (a.startsWith("-D") ? command : args).add(a);
    }
    command.add(main.getName());
    command.addAll(args);
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  String output() {
    return String.join("\n", lines);
  }

  int waitForExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the child JVM did not end within " + timeout + ":\n" + output());
    }
    reader.join(5_000);
    return process.exitValue();
  }

  /** Kills the child as a crash would: no shutdown hooks, no clean close. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    reader.join(5_000);
  }

  boolean isAlive() {
    return process.isAlive();
  }
}
