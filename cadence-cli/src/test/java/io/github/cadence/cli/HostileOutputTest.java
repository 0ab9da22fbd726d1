package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker tries first: names that would drive the terminal (clear the screen, draw a link,
 * ring, reverse the text) and a name of a megabyte. Nothing of it may reach the output as anything
 * but text, and the output stays proportional to what a person reads.
 */
class HostileOutputTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
  private static final String CLEAR = "\u001B[2J";
  private static final String LINK =
      "\u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\";

  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()), args);
  }

  /** Whether a text holds a byte a terminal would act on: controls other than a line feed. */
  private static void assertOnlyText(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean control =
          (c < 0x20 && c != '\n')
              || (c >= 0x7F && c <= 0x9F)
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069);
      assertThat(control)
          .as("U+%04X at %d in %s", (int) c, i, output.substring(0, Math.min(200, output.length())))
          .isFalse();
    }
  }

  @BeforeEach
  void importHostileNames() throws Exception {
    String huge = "A".repeat(1_000_000);
    String csv =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Eve"
            + CLEAR
            + ",\"Mal\u0007lory\u0085\",https://www.linkedin.com/in/eve,,\"Ev\u202Eil\",CEO,"
            + "28 Nov 2026\r\n"
            + "Link"
            + LINK
            + ",Person,https://www.linkedin.com/in/link,,Acme,CTO,27 Nov 2026\r\n"
            + huge
            + ",Long,https://www.linkedin.com/in/long,,Acme,CTO,26 Nov 2026\r\n";
    Path file = dir.resolve("Connections.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    assertThat(cadence("init").status()).isZero();
    Runs imported = cadence("import", file.toString());
    assertThat(imported.status()).as(imported.err()).isZero();
    assertOnlyText(imported.out());
    assertThat(imported.out()).contains("cleaned 4 values of control characters");
  }

  @Test
  void everyReadingCommandPrintsOnlyTextAndBoundedLines() {
    for (String[] args :
        new String[][] {
          {"today"}, {"week"}, {"contact", "list"}, {"tier", "suggest", "--all"}, {"review"}
        }) {
      Runs run = cadence(args);
      assertThat(run.status()).as("%s: %s", String.join(" ", args), run.err()).isZero();
      assertOnlyText(run.out());
      assertOnlyText(run.err());
      assertThat(run.out().lines().mapToInt(String::length).max().orElse(0))
          .as("the longest line of %s", String.join(" ", args))
          .isLessThan(400);
    }
    assertThat(cadence("contact", "list").out()).contains("Eve[2J Mallory", "AAAA…");
    // show prints the whole name, as text.
    Runs show = cadence("contact", "show", "a");
    assertOnlyText(show.out());
    assertThat(show.out()).contains("A".repeat(1_000_000));
  }

  @Test
  void aNameTypedWithControlsIsRefusedAndTheErrorShowsThemAsText() {
    Runs add = cadence("contact", "add", "Eve" + CLEAR + "\u202E");

    assertThat(add.status()).isEqualTo(2);
    assertOnlyText(add.err());
    assertThat(add.err())
        .startsWith("cadence: ")
        .contains("must not contain control or bidirectional control characters")
        .contains("Eve\\u001B[2J\\u202E");
    assertThat(add.err().lines()).hasSize(1);
  }
}
