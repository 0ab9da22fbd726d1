package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar of a large import: drawn on a terminal (a pseudo-terminal that script(1), from
 * Debian's bsdutils, gives the command), never through a pipe.
 */
class ProgressBarTest {
  @TempDir Path dir;

  @Test
  void aLargeImportShowsABarOnATerminalAndNoneThroughAPipe() throws Exception {
    Path export = KilledImportTest.export(dir);
    String workspace = dir.resolve("ws").toString();
    assertThat(ChildProcessTest.run("init", "--workspace", workspace).status()).isZero();

    ChildProcessTest.Result piped =
        ChildProcessTest.run("import", "--preview", "--workspace", workspace, export.toString());
    assertThat(piped.status()).isZero();
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).doesNotContain("%");

    String line =
        ChildProcessTest.command("import", "--preview", "--workspace", workspace, export.toString())
            .stream()
            .map(a -> "'" + a.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
    Process p =
        new ProcessBuilder(List.of("script", "-qec", line, "/dev/null"))
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    String terminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(terminal).isZero();
    assertThat(terminal)
        .containsPattern(
            "Connections\\.csv +100% \\[=+\\] .* " + KilledImportTest.CONNECTIONS + " rows")
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "LinkedIn connections, %,d records",
                KilledImportTest.CONNECTIONS));
  }
}
