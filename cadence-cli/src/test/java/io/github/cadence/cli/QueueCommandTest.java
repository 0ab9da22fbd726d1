package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cadence.io.QueueExport;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cadence queue}: files in, the queue out, no workspace. */
class QueueCommandTest {
  @TempDir Path dir;

  String run(int expectedStatus, String... args) {
    CommandLine cli =
        Cadence.commandLine(
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC),
            Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(args)).as(err.toString()).isEqualTo(expectedStatus);
    return expectedStatus == 0 ? out.toString() : err.toString();
  }

  @Test
  void theQueueOfTwoFilesIsJsonThatValidatesAgainstTheShippedSchema() throws Exception {
    Path contacts = dir.resolve("contacts.csv");
    Files.writeString(
        contacts,
        "id,name,tier,created_at,handles\r\n"
            + "ana,Ana López,A,2026-01-01T00:00:00Z,email:ana@example.com\r\n"
            + "bo,Bo Berg,C,2026-01-01T00:00:00Z,\r\n",
        StandardCharsets.UTF_8);
    Path touchpoints = dir.resolve("touchpoints.csv");
    Files.writeString(
        touchpoints,
        "contact_id,at,channel,direction,outcome,intent\r\n"
            + "ana,2026-10-01T10:00:00Z,call,outbound,connected,give\r\n",
        StandardCharsets.UTF_8);

    String json =
        run(
            0,
            "queue",
            "--contacts",
            contacts.toString(),
            "--touchpoints",
            touchpoints.toString(),
            "--as-of",
            "2026-11-23T09:00:00Z",
            "--format",
            "json");

    try (InputStream schema = QueueExport.class.getResourceAsStream(QueueExport.SCHEMA)) {
      assertThat(
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(schema)
                  .validate(json, InputFormat.JSON))
          .isEmpty();
    }
    assertThat(json)
        .contains(
            "\"asOf\" : \"2026-11-23T09:00:00Z\"",
            "\"contactId\" : \"ana\"",
            "\"contactId\" : \"bo\"");
    assertThat(Files.exists(dir.resolve("ws"))).isFalse();
  }

  @Test
  void aMalformedFileIsNamedWithItsLineAndTheExitCodeIsTwo() throws Exception {
    Path contacts = dir.resolve("contacts.csv");
    Files.writeString(contacts, "id,name,tier,created_at\r\nana,Ana,A,yesterday\r\n");

    assertThat(run(2, "queue", "--contacts", contacts.toString()))
        .startsWith(
            "cadence: " + contacts + ", line 2, field 'created_at': 'yesterday' is not valid");
  }
}
