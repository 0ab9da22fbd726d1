package io.github.cadence.benchmarks;

import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import io.github.cadence.io.Me;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Handle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
 * Importing a Gmail mailbox (Google Takeout's mbox: CRLF, mboxrd) of 100,000 mails, about 1 GB with
 * their attachments, beside its floor: a bare scan of the same file's lines (a 64 KiB buffer,
 * counting line feeds). Half the mail is bulk, a tenth from no-reply senders, a quarter with the
 * 2,000 contacts; in a fork of 512 MB of heap, which shows the memory a mailbox takes is bounded by
 * its headers, not its size.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MailboxBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class MailboxBenchmark {
  private static final Instant AS_OF = Instant.parse("2026-12-01T08:00:00Z");
  private static final DateTimeFormatter POSTMARK =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final String ME = "dana.reyes@example.com";

  /** Mails in the mailbox. */
  @Param({"100000"})
  public int mails;

  private Path file;
  private List<Contact> contacts;
  private Importer importer;

  /** Writes the mailbox once per trial. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("takeout", ".mbox");
    int people = 2_000;
    contacts = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      contacts.add(
          Contact.builder("c" + i, AS_OF.minusSeconds(86_400L * 2000))
              .displayName("Person " + i)
              .handles(Handle.email("person" + i + "@example.org"))
              .build());
    }
    importer = Importer.builder(AS_OF).me(Me.of("Dana Reyes", List.of(Handle.email(ME)))).build();
    SplittableRandom random = new SplittableRandom(42);
    byte[] attachment = new byte[7_000];
    random.nextBytes(attachment);
    String base64 = Base64.getMimeEncoder().encodeToString(attachment);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < mails; i++) {
        Instant at = AS_OF.minusSeconds(random.nextLong(3L * 365 * 86_400));
        double kind = random.nextDouble();
        String from;
        String to;
        String extra = "";
        String labels = "Inbox,Opened";
        if (kind < 0.5) {
          from = "Shop " + (i % 40) + " <news@shop" + (i % 40) + ".example>";
          to = ME;
          extra = "List-Unsubscribe: <mailto:unsubscribe@shop.example>\r\n";
          labels = "Category Promotions,Inbox";
        } else if (kind < 0.6) {
          from = "Notifications <noreply@service" + (i % 9) + ".example>";
          to = ME;
        } else if (kind < 0.85) {
          int p = random.nextInt(people);
          String address = "Person " + p + " <person" + p + "@example.org>";
          if (random.nextBoolean()) {
            from = "Dana Reyes <" + ME + ">";
            to = address;
            labels = "Sent";
          } else {
            from = address;
            to = "Dana Reyes <" + ME + ">";
          }
        } else {
          from = "Stranger " + i + " <s" + (i % 500) + "@mail.example>";
          to = ME;
        }
        StringBuilder m = new StringBuilder(12_000);
        m.append("From ")
            .append(1_800_000_000_000_000_000L + i)
            .append("@xxx ")
            .append(POSTMARK.format(at))
            .append("\r\nX-GM-THRID: ")
            .append(1_800_000_000_000_000_000L + i)
            .append("\r\nX-Gmail-Labels: ")
            .append(labels)
            .append("\r\nMIME-Version: 1.0\r\nDate: ")
            .append(DATE.format(at))
            .append("\r\nMessage-ID: <")
            .append(i)
            .append(".mail@example.com>\r\nSubject: Message ")
            .append(i)
            .append("\r\nFrom: ")
            .append(from)
            .append("\r\nTo: ")
            .append(to)
            .append("\r\n")
            .append(extra)
            .append("Content-Type: multipart/mixed; boundary=\"b")
            .append(i)
            .append("\"\r\n\r\n--b")
            .append(i)
            .append("\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\nHello,\r\n\r\n")
            .append(">From the notes of our call: see attached.\r\n\r\n--b")
            .append(i)
            .append("\r\nContent-Type: application/pdf; name=\"notes.pdf\"\r\n")
            .append("Content-Transfer-Encoding: base64\r\n\r\n")
            .append(base64)
            .append("\r\n--b")
            .append(i)
            .append("--\r\n\r\n");
        out.write(m.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Deletes the mailbox. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The floor: every line of the file found, as a 64 KiB buffer scanned for line feeds.
   *
   * @return the number of lines
   */
  @Benchmark
  public long bareLineScan() {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /**
   * The mailbox imported against the contacts: every mail's headers parsed, the touchpoints made.
   *
   * @return the import
   */
  @Benchmark
  public ImportResult importMailbox() {
    return importer.read(List.of(ImportSource.of(file)), contacts);
  }
}
