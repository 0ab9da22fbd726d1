package io.github.cadence.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a LinkedIn export (cadence-io): a {@code Connections.csv} of 100k connections in
 * today's layout and a {@code messages.csv} of 1M messages among them, read, merged and turned into
 * contacts and touchpoints; beside its floor, FastCSV parsing the same two files bare (every field
 * of every row read, nothing made of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
// The heap is touched at start: on this machine (a microVM) the first touch of each page of a
// new heap costs kernel time, which made the first iterations of even the bare parse 3 to 8 times
// slower than the rest.
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ImportBenchmark {
  static final Instant AS_OF = Instant.parse("2026-12-01T08:00:00Z");
  private static final String ME = "https://www.linkedin.com/in/alex-doe";
  private static final DateTimeFormatter CONNECTED =
      DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

  /** Connections in the export. */
  @Param({"100000"})
  public int connections;

  /** Messages in the export. */
  @Param({"1000000"})
  public int messages;

  Path dir;
  Path connectionsCsv;
  Path messagesCsv;

  /** Writes the export once per trial, as LinkedIn writes it: BOM, notes, CRLF, quotes. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    // In memory where the machine has /dev/shm: this machine's page cache is reclaimed within
    // seconds, and a 200 MB file read from its disk took anything from 0.4 to 3 s, for the floor
    // as for the import.
    Path shm = Path.of("/dev/shm");
    dir =
        Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "cadence-import-benchmark")
            : Files.createTempDirectory("cadence-import-benchmark");
    connectionsCsv = dir.resolve("Connections.csv");
    messagesCsv = dir.resolve("messages.csv");
    Random random = new Random(42);
    try (BufferedWriter w = Files.newBufferedWriter(connectionsCsv, StandardCharsets.UTF_8)) {
      w.write(
          "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of"
              + " the email addresses are missing.\"\r\n\r\n");
      w.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
      for (int i = 0; i < connections; i++) {
        LocalDate connected = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6000));
        w.write(
            String.format(
                Locale.ROOT,
                "Person%d,Surname%d,https://www.linkedin.com/in/person-%d,%s,\"Company %d, Inc.\","
                    + "\"Director, Sales\",%s\r\n",
                i,
                i % 997,
                i,
                i % 10 == 0 ? "person" + i + "@example.com" : "",
                i % 5000,
                CONNECTED.format(connected)));
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(messagesCsv, StandardCharsets.UTF_8)) {
      w.write(
          "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
              + "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS\r\n");
      for (int i = 0; i < messages; i++) {
        int other = random.nextInt(connections);
        boolean mine = random.nextBoolean();
        String them = "https://www.linkedin.com/in/person-" + other;
        String at =
            SENT.format(
                AS_OF.minusSeconds(60L * random.nextInt(5_000_000)).atOffset(ZoneOffset.UTC));
        w.write(
            String.format(
                Locale.ROOT,
                "2-conv%d,,%s,%s,%s,%s,%s,,\"Hi, this is message %d: following up on our chat,"
                    + " let me know.\",INBOX,\r\n",
                other,
                mine ? "Alex Doe" : "Person" + other,
                mine ? ME : them,
                mine ? "Person" + other : "Alex Doe",
                mine ? them : ME,
                at,
                i));
      }
    }
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(connectionsCsv);
    Files.deleteIfExists(messagesCsv);
    Files.deleteIfExists(dir);
  }

  /**
   * Reads both files into contacts and touchpoints, merging and keying them and telling the user's
   * messages from the others': what {@code cadence import} does before it writes to the workspace.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult importExport() {
    // No owner given: the importer finds the user in the messages, as the command does.
    return Importer.builder(AS_OF)
        .build()
        .read(List.of(ImportSource.of(connectionsCsv), ImportSource.of(messagesCsv)));
  }

  /**
   * The floor: FastCSV parses both files and every field of every row is touched.
   *
   * @return the characters in all fields
   */
  @Benchmark
  public long bareParse() throws IOException {
    long chars = 0;
    for (Path file : List.of(connectionsCsv, messagesCsv)) {
      try (CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .skipEmptyLines(true)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .ofCsvRecord(file, StandardCharsets.UTF_8)) {
        for (CsvRecord record : reader) {
          for (int i = 0; i < record.getFieldCount(); i++) {
            chars += record.getField(i).length();
          }
        }
      }
    }
    return chars;
  }
}
