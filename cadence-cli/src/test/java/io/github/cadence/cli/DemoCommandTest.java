package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cadence demo}, run through picocli as the jar runs it. */
class DemoCommandTest {
  static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
  @TempDir Path dir;

  /** What one run printed, and its exit code. */
  static Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of(), args);
  }

  @Test
  void theDemoPrintsTodaysQueueWithReasonsAndTheWeekWithinItsBudget() {
    Runs run = cadence("demo");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Today, Mon Nov 23, 09:00: ")
        .contains("  1. ", " 10. ", "       - ")
        .doesNotContain(" 11. ")
        .contains("The week from Mon Nov 23", "of 30 min", "BNI breakfast");
  }

  @Test
  void theDemoNetworkGivesEveryBuiltInRuleSomethingToSay() {
    Runs run = cadence("demo", "--limit", "300");

    assertThat(run.out())
        .contains(
            "cadence 14 days", // tier cadence
            "not yet followed up", // first follow-up
            "follow up with everyone you met there", // after an event
            "dormant client", // dormant clients
            "strategic partner", // strategic partners
            "unanswered attempt", // unanswered attempts
            "lost touch", // reconnect
            "give before you ask", // give before ask
            "birthday"); // occasions
  }

  @Test
  void theSameDayGivesTheSameDemoByteForByte() {
    assertThat(cadence("demo", "--as-of", "2026-11-23T14:00:00Z").out())
        .isEqualTo(cadence("demo").out())
        .isNotEqualTo(cadence("demo", "--as-of", "2026-12-01T14:00:00Z").out());
  }

  @Test
  void theDemoCanBeKeptAsAWorkspaceToPlayWith() {
    Runs run = cadence("demo", "--workspace", dir.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Saved the demo to " + dir.resolve("network.cadence"));
    try (Workspace w = Workspace.sqlite(dir.resolve("network.cadence")).open(NOW)) {
      assertThat(w.contacts()).hasSize(300);
    }
  }

  @Test
  void badUsageExitsWithTwoAndOneLineSayingWhatIsWrong() {
    Runs limit = cadence("demo", "--limit", "0");
    assertThat(limit.status()).isEqualTo(2);
    assertThat(limit.err())
        .isEqualTo("cadence: --limit must be at least 1, was 0" + System.lineSeparator());

    Runs instant = cadence("demo", "--as-of", "yesterday");
    assertThat(instant.status()).isEqualTo(2);
    assertThat(instant.err()).startsWith("cadence: Invalid value for option '--as-of': ");

    Runs unknown = cadence("demo", "--colour");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'", "Try 'cadence demo --help'.");

    // An option of a subcommand given before it is the command's own error: "cadence --help".
    Runs before = cadence("--limit", "3", "demo");
    assertThat(before.status()).isEqualTo(2);
    assertThat(before.err()).contains("Try 'cadence --help'.").doesNotContain("cadence cadence");
  }

  @Test
  void helpShowsExamplesAndVersionSaysWhichBuild() {
    assertThat(cadence("demo", "--help").out()).contains("Examples:", "cadence demo --as-of");
    assertThat(cadence("--help").out()).contains("demo", "Whom to reach out to next");
    // The version the build wrote, and the commit when it was built in a git clone.
    assertThat(cadence("--version").out())
        .matches("cadence \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( \\(commit [0-9a-f]{7,}\\))?\\R");
    // Each command's summary in the list is a whole sentence (the man pages' NAME line too).
    assertThat(cadence("--help").out())
        .contains("Prints today's queue and the week's agenda of a demo network.\n");
  }

  static Runs cadence(Map<String, String> env, String... args) {
    return Runs.cadence(NOW, env, args);
  }

  @Test
  void colourOnlyWhenAskedForAndNeverWithNoColorOrTheOption() {
    String escape = "\u001B[";
    assertThat(cadence(Map.of("CLICOLOR_FORCE", "1"), "demo", "--limit", "1").out())
        .contains(escape);
    assertThat(cadence(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", ""), "demo").out())
        .doesNotContain(escape);
    assertThat(cadence(Map.of("CLICOLOR_FORCE", "1"), "demo", "--no-color").out())
        .doesNotContain(escape);
    // Not a terminal, as in these tests: no colour unless forced.
    assertThat(cadence("demo").out()).doesNotContain(escape);
  }
}
