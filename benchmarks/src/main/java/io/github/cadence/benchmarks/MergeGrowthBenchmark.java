package io.github.cadence.benchmarks;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import io.github.cadence.io.Layout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging grows linearly with its input, hostile input included: a vCard file whose one card holds
 * N {@code EMAIL} lines (before, 40k of them took 12 s and 1M ran past 400 s), and N cards that all
 * share one phone number, so that every card matches the one before. Doubling N should at most
 * about double the time (2.5× allowed for noise and caches); beside the floor, ez-vcard reading the
 * same text bare.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MergeGrowthBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MergeGrowthBenchmark {
  private static final Instant AS_OF = Instant.parse("2026-12-01T08:00:00Z");

  @Param({"50000", "100000", "200000"})
  int n;

  String oneCardManyEmails;
  String manyCardsOnePhone;

  /** Writes both files' text once per trial. */
  @Setup(Level.Trial)
  public void write() {
    StringBuilder one = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Mails\r\n");
    for (int i = 0; i < n; i++) {
      one.append("EMAIL:m").append(i).append("@example.com\r\n");
    }
    oneCardManyEmails = one.append("END:VCARD\r\n").toString();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < n; i++) {
      many.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ")
          .append(i)
          .append("\r\nTEL:+1 555 0100\r\nEMAIL:p")
          .append(i)
          .append("@example.com\r\nEND:VCARD\r\n");
    }
    manyCardsOnePhone = many.toString();
  }

  private static ImportResult read(String name, String text) {
    return Importer.builder(AS_OF)
        .build()
        .read(
            List.of(
                ImportSource.of(
                    name,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Layout.VCARD)));
  }

  /**
   * One card, N addresses: read and merged into one contact.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult oneCardManyEmails() {
    return read("one.vcf", oneCardManyEmails);
  }

  /**
   * N cards sharing one phone number: read and merged.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult manyCardsOnePhone() {
    return read("many.vcf", manyCardsOnePhone);
  }

  /**
   * The floor: ez-vcard reads the N-card text, nothing made of it.
   *
   * @return the cards read
   */
  @Benchmark
  public int bareReadManyCards() throws IOException {
    int cards = 0;
    try (VCardReader reader = new VCardReader(new StringReader(manyCardsOnePhone))) {
      for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
        cards++;
      }
    }
    return cards;
  }
}
