package io.github.cadence.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Small file systems mounted for a test (a read-only or a noexec directory), as root can; a test
 * that needs one is skipped, with the reason, where mounting is not allowed.
 */
final class Mounts implements AutoCloseable {
  private final List<Path> mounted = new ArrayList<>();

  /** Mounts an empty tmpfs at {@code dir} with the given options ({@code noexec}, say). */
  Path tmpfs(Path dir, String options) {
    run("mount", "-t", "tmpfs", "-o", "size=64m," + options, "tmpfs", dir.toString());
    mounted.add(0, dir);
    return dir;
  }

  /** Makes a mounted directory read-only. */
  void readOnly(Path dir) {
    run("mount", "-o", "remount,ro", dir.toString());
  }

  private static void run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      boolean done = p.waitFor(30, TimeUnit.SECONDS);
      Assumptions.assumeTrue(
          done && p.exitValue() == 0,
          () -> "cannot " + String.join(" ", command) + " here (needs root): " + output);
    } catch (IOException e) {
      Assumptions.abort("cannot run mount: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Assumptions.abort("interrupted");
    }
  }

  @Override
  public void close() throws Exception {
    for (Path dir : mounted) {
      new ProcessBuilder("umount", "-l", dir.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
