package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The jar that ships ({@code target/cadence.jar}, what {@code ./cadence} runs) driven as a user
 * drives it: a child JVM per command, on a demo workspace, with nothing but the jar on its class
 * path. A dependency left out of the jar (a test scope overriding a compile one) fails here, where
 * the in-process tests, which see the test class path, cannot see it.
 */
class ShippedJarIT {
  private static final Path JAR = Path.of(System.getProperty("cadence.jar", "target/cadence.jar"));
  private static final Path FIXTURES =
      Path.of(
          System.getProperty(
              "cadence.fixtures",
              "../cadence-io/src/test/resources/io/github/cadence/io/fixtures"));

  @TempDir static Path dir;
  private static Path workspace;

  record Result(int status, String out, String err) {}

  static Result cadence(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
    b.environment().put("XDG_CONFIG_HOME", dir.resolve("no-config").toString());
    b.environment().put("XDG_DATA_HOME", dir.resolve("no-data").toString());
    b.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process p = b.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS))
        .as("cadence %s finished", String.join(" ", args))
        .isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }

  /** Runs a command that must succeed, and returns what it printed. */
  static String succeeds(String... args) throws IOException, InterruptedException {
    Result r = cadence(args);
    assertThat(r.status())
        .as("exit status of cadence %s; stderr: %s", String.join(" ", args), r.err())
        .isZero();
    assertThat(r.err())
        .as("stderr of cadence %s", String.join(" ", args))
        .doesNotContain("Error", "Exception", "\tat ");
    return r.out();
  }

  @BeforeAll
  static void aDemoWorkspace() throws Exception {
    assertThat(JAR).as("the shaded jar, built by package before the integration tests").exists();
    workspace = dir.resolve("demo");
    assertThat(succeeds("demo", "--workspace", workspace.toString())).contains("Today, ");
  }

  static Stream<List<String>> readingCommands() {
    return Stream.of(
        List.of("--version"),
        List.of("--help"),
        List.of("today"),
        List.of("today", "--json"),
        List.of("week"),
        List.of("goals"),
        List.of("review"),
        List.of("review", "--json"),
        List.of("tier", "list"),
        List.of("tier", "suggest"),
        List.of("tier", "suggest", "--all", "--json"),
        List.of("config", "show"),
        List.of("config", "path"),
        List.of("check"),
        List.of("contact", "list"),
        List.of("contact", "show", "noah-brown"),
        List.of("completion", "bash"),
        List.of("completion", "zsh"),
        List.of("export", "ics", "--alarm", "10"),
        List.of("export", "json"),
        List.of("export", "json", "--what", "agenda"),
        List.of("export", "csv"),
        List.of("export", "csv", "--what", "agenda"),
        List.of("export", "network-json"));
  }

  @ParameterizedTest(name = "cadence {0}")
  @MethodSource("readingCommands")
  void everyReadingCommandRunsFromTheShippedJar(List<String> args) throws Exception {
    List<String> withWorkspace = new ArrayList<>(args);
    if (!args.get(0).startsWith("--") && !List.of("completion", "config").contains(args.get(0))) {
      withWorkspace.add("--workspace");
      withWorkspace.add(workspace.toString());
    }
    assertThat(succeeds(withWorkspace.toArray(String[]::new))).isNotBlank();
  }

  @Test
  void theCalendarAndThePageAreWrittenToTheirFiles() throws Exception {
    Path ics = dir.resolve("calendar/cadence.ics");
    Path page = dir.resolve("review.html");
    String ws = workspace.toString();

    succeeds("export", "ics", "--workspace", ws, "-o", ics.toString());
    succeeds("review", "--workspace", ws, "--html", page.toString());

    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    assertThat(Files.readString(page)).contains("<svg");
  }

  @Test
  void everyImportFormatIsReadIntoAFreshWorkspace() throws Exception {
    String ws = dir.resolve("imported").toString();
    succeeds("init", "--workspace", ws);
    List<String> files =
        List.of(
            "Connections.csv",
            "Connections-2019.csv",
            "messages.csv",
            "google.csv",
            "google-legacy.csv",
            "android.vcf",
            "iphone.vcf",
            "contacts-v4.vcf",
            "contacts.csv",
            "touchpoints.csv",
            "network.json");
    for (String file : files) {
      String path = FIXTURES.resolve(file).toString();
      succeeds("import", "--preview", "--workspace", ws, "--region", "US", path);
      succeeds("import", "--workspace", ws, "--region", "US", path);
    }
    assertThat(succeeds("contact", "list", "--workspace", ws)).isNotBlank();
    assertThat(succeeds("today", "--workspace", ws)).startsWith("Today, ");
  }

  @Test
  void anExportedNetworkIsImportedAndRankedAgain() throws Exception {
    String ws = workspace.toString();
    Path csv = dir.resolve("backup/network.csv");
    Path json = dir.resolve("backup/network.json");
    succeeds("export", "network-csv", "--workspace", ws, "-o", csv.toString());
    succeeds("export", "network-json", "--workspace", ws, "-o", json.toString());

    String fromCsv = dir.resolve("from-csv").toString();
    succeeds("init", "--workspace", fromCsv);
    succeeds(
        "import",
        "--workspace",
        fromCsv,
        csv.toString(),
        dir.resolve("backup/network-touchpoints.csv").toString());
    String fromJson = dir.resolve("from-json").toString();
    succeeds("init", "--workspace", fromJson);
    succeeds("import", "--workspace", fromJson, json.toString());
    assertThat(
            succeeds(
                "queue",
                "--contacts",
                csv.toString(),
                "--touchpoints",
                dir.resolve("backup/network-touchpoints.csv").toString(),
                "--format",
                "csv"))
        .isNotBlank();

    assertThat(succeeds("contact", "list", "--workspace", fromCsv))
        .isEqualTo(succeeds("contact", "list", "--workspace", ws));
    assertThat(succeeds("contact", "list", "--workspace", fromJson))
        .isEqualTo(succeeds("contact", "list", "--workspace", ws));
  }

  @Test
  void everyWritingCommandRunsFromTheShippedJar() throws Exception {
    String ws = dir.resolve("writes").toString();
    succeeds("demo", "--workspace", ws);
    String planned =
        firstPlannedContact(succeeds("export", "json", "--what", "agenda", "--workspace", ws));

    succeeds(
        "contact",
        "add",
        "Ana López",
        "--tier",
        "A",
        "--email",
        "ana@example.com",
        "--role",
        "client",
        "--workspace",
        ws);
    succeeds("contact", "edit", "ana", "--tag", "board", "--workspace", ws);
    succeeds("log", "ana", "--channel", "email", "--when", "yesterday", "--workspace", ws);
    succeeds("contact", "pause", "ana", "--until", "2099-01-10", "--workspace", ws);
    succeeds("contact", "archive", "ana", "--workspace", ws);
    succeeds("done", planned, "--workspace", ws);
    succeeds(
        "skip",
        firstPlannedContact(succeeds("export", "json", "--what", "agenda", "--workspace", ws)),
        "--workspace",
        ws);
    succeeds("snooze", "noah-brown", "next-week", "--workspace", ws);
    succeeds("tier", "suggest", "--apply", "--workspace", ws);
    Path backup = Path.of(ws).resolveSibling("backup").resolve("network.cadence");
    assertThat(succeeds("backup", backup.toString(), "--workspace", ws)).startsWith("Backed up to");
    assertThat(succeeds("contact", "list", "--workspace", backup.getParent().toString()))
        .isEqualTo(succeeds("contact", "list", "--workspace", ws));

    assertThat(succeeds("contact", "show", "ana", "--workspace", ws)).contains("board");
  }

  private static String firstPlannedContact(String agendaJson) {
    Matcher m = Pattern.compile("\"contactId\" : \"([^\"]+)\"").matcher(agendaJson);
    assertThat(m.find()).as("a contact in the agenda").isTrue();
    return m.group(1);
  }
}
