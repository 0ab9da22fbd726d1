package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar against hostile input, as an attacker drives it: names that would clear the
 * screen or draw a link, read back as the exact bytes a terminal gets (through a pseudo-terminal
 * made by {@code script}, where the command colours its output) and a pipe gets; an export onto a
 * full disk.
 */
class HostileJarIT {
  private static final Path JAR = Path.of(System.getProperty("cadence.jar", "target/cadence.jar"));

  /** The only escape sequences the command itself may print: colours (SGR), on a terminal. */
  private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

  @TempDir static Path dir;
  private static Path workspace;

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs the jar; stdout and stderr go to files, read back as bytes. */
  private static ShippedJarIT.Result run(List<String> command) throws Exception {
    ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
    b.environment().put("XDG_CONFIG_HOME", dir.resolve("no-config").toString());
    b.environment().put("CADENCE_WORKSPACE", workspace.toString());
    b.environment().remove("NO_COLOR");
    b.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process p = b.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new ShippedJarIT.Result(
        p.exitValue(),
        new String(Files.readAllBytes(dir.resolve("out")), StandardCharsets.UTF_8),
        new String(Files.readAllBytes(dir.resolve("err")), StandardCharsets.UTF_8));
  }

  /** Fails on any byte a terminal would act on: a control other than a line break or a colour. */
  private static void assertOnlyText(String output, String what) {
    String bare = COLOUR.matcher(output).replaceAll("");
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      boolean control =
          (c < 0x20 && c != '\n' && c != '\r')
              || (c >= 0x7F && c <= 0x9F)
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069);
      assertThat(control).as("%s: U+%04X at %d", what, (int) c, i).isFalse();
    }
  }

  @BeforeAll
  static void aWorkspaceWithHostileNames() throws Exception {
    assertThat(JAR).exists();
    workspace = dir.resolve("ws");
    Path connections = dir.resolve("Connections.csv");
    Files.writeString(
        connections,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Eve\u001B[2J\u001B]8;;https://evil.example\u001B\\,Mal\u0007lory\u202E,"
            + "https://www.linkedin.com/in/eve,,\"Ev\u009Bil\",CEO,28 Nov 2026\r\n"
            + "Ana,Bell,https://www.linkedin.com/in/ana,,Acme,CTO,27 Nov 2026\r\n",
        StandardCharsets.UTF_8);
    assertThat(run(java("init")).status()).isZero();
    ShippedJarIT.Result imported = run(java("import", connections.toString()));
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("cleaned 3 values of control characters");
  }

  @Test
  void aTerminalAndAPipeGetOnlyTextAndColours() throws Exception {
    for (String[] args :
        new String[][] {
          {"today"}, {"week"}, {"contact", "list"}, {"review"}, {"tier", "suggest"}
        }) {
      ShippedJarIT.Result piped = run(java(args));
      assertThat(piped.status()).as(piped.err()).isZero();
      assertOnlyText(piped.out(), "pipe: " + String.join(" ", args));
      assertOnlyText(piped.err(), "pipe stderr: " + String.join(" ", args));
      assertThat(piped.out()).doesNotContain("\u001B");

      // script(1) gives the command a pseudo-terminal and copies every byte it wrote to a file.
      Path typescript = dir.resolve("typescript");
      String line =
          String.join(
              " ", java(args).stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
      ShippedJarIT.Result tty =
          run(List.of("script", "-q", "-e", "-c", line, typescript.toString()));
      assertThat(tty.status()).as(tty.err()).isZero();
      String bytes = new String(Files.readAllBytes(typescript), StandardCharsets.UTF_8);
      assertOnlyText(
          bytes.replaceFirst("^Script started[^\n]*\n", "").replaceFirst("\nScript done.*$", ""),
          "terminal: " + String.join(" ", args));
    }
  }

  /** Writes to a file until the disk is full. */
  private static void fill(Path file) {
    try (var out = Files.newOutputStream(file)) {
      byte[] block = new byte[1024];
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException e) {
      // full
    }
  }

  @Test
  void anExportOntoAFullDiskLeavesTheOldFileAndSaysSo() throws Exception {
    Path disk = dir.resolve("tiny");
    Files.createDirectories(disk);
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    if (!mounted) {
      System.err.println(
          "SKIPPED HostileJarIT.anExportOntoAFullDiskLeavesTheOldFileAndSaysSo: cannot mount a"
              + " tmpfs here (not root, or no CAP_SYS_ADMIN)");
    }
    Assumptions.assumeTrue(mounted, "a tmpfs can be mounted");
    try {
      Path file = disk.resolve("network.json");
      Files.writeString(file, "the good export", StandardCharsets.UTF_8);
      fill(disk.resolve("filler"));

      ShippedJarIT.Result full = run(java("export", "network-json", "-o", file.toString()));

      assertThat(full.status()).isNotZero();
      assertThat(full.err())
          .startsWith("cadence: " + file + " was not written (the file there is unchanged): ")
          .contains("No space left on device");
      assertThat(Files.readString(file)).isEqualTo("the good export");
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
