package io.github.cadence.io;

import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cadence.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Real-layout files with random damage: every import either succeeds or stops with an {@link
 * ImportException} that names the damaged file and, for a fault in its content, the line; never
 * with another exception.
 */
class ImportProperties {
  private static final List<String> FIXTURES =
      List.of(
          "Connections.csv",
          "Connections-2019.csv",
          "messages.csv",
          "google.csv",
          "google-legacy.csv",
          "iphone.vcf",
          "contacts-v4.vcf",
          "android.vcf",
          "network.json",
          "contacts.csv",
          "touchpoints.csv",
          "takeout.mbox",
          "calls-20261201090000.xml",
          "sms-20261201090000.xml",
          "calendar.ics",
          "WhatsApp Chat with María Núñez.txt",
          "_chat.txt");

  /** What is done to the file's bytes. */
  enum Damage {
    DELETE_BYTE,
    INSERT_QUOTE,
    INSERT_COMMA,
    INSERT_NUL,
    INSERT_LATIN1,
    INSERT_LINE_BREAK,
    TRUNCATE,
    DUPLICATE_LINE,
    DROP_LINE,
    REPLACE_DIGIT
  }

  /** One damage at a place in one fixture; prints as a readable record when a property fails. */
  record Mutation(String fixture, List<Damage> damages, List<Integer> places) {
    byte[] apply() {
      byte[] original;
      try {
        original = Files.readAllBytes(Fixtures.file(fixture));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Byte> bytes = new ArrayList<>();
      for (byte b : original) {
        bytes.add(b);
      }
      for (int i = 0; i < damages.size(); i++) {
        damage(bytes, damages.get(i), places.get(i));
      }
      byte[] out = new byte[bytes.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = bytes.get(i);
      }
      return out;
    }

    private static void damage(List<Byte> bytes, Damage damage, int place) {
      int at = bytes.isEmpty() ? 0 : Math.floorMod(place, bytes.size());
      switch (damage) {
        case DELETE_BYTE -> {
          if (!bytes.isEmpty()) {
            bytes.remove(at);
          }
        }
        case INSERT_QUOTE -> bytes.add(at, (byte) '"');
        case INSERT_COMMA -> bytes.add(at, (byte) ',');
        case INSERT_NUL -> bytes.add(at, (byte) 0);
        case INSERT_LATIN1 -> bytes.add(at, (byte) 0xE9);
        case INSERT_LINE_BREAK -> bytes.add(at, (byte) '\n');
        case TRUNCATE -> bytes.subList(at, bytes.size()).clear();
        case DUPLICATE_LINE, DROP_LINE -> {
          int start = at;
          while (start > 0 && bytes.get(start - 1) != '\n') {
            start--;
          }
          int end = at;
          while (end < bytes.size() && bytes.get(end) != '\n') {
            end++;
          }
          end = Math.min(end + 1, bytes.size());
          List<Byte> line = new ArrayList<>(bytes.subList(start, end));
          if (damage == Damage.DROP_LINE) {
            bytes.subList(start, end).clear();
          } else {
            bytes.addAll(end, line);
          }
        }
        case REPLACE_DIGIT -> {
          for (int i = at; i < bytes.size(); i++) {
            if (bytes.get(i) >= '0' && bytes.get(i) <= '9') {
              bytes.set(i, (byte) ('0' + (bytes.get(i) - '0' + 7) % 10));
              break;
            }
          }
        }
      }
    }
  }

  static Gen<Mutation> mutations() {
    Gen<String> fixtures = Generate.pick(FIXTURES);
    Gen<List<Damage>> damages = lists().of(Generators.any(Damage.class)).ofSizeBetween(1, 4);
    Gen<List<Integer>> places = lists().of(Generators.ints(0, 4000)).ofSize(4);
    return fixtures.zip(damages, places, Mutation::new);
  }

  @Test
  void everyDamagedFileIsImportedOrRefusedWithTheFileAndItsPlaceNeverAnotherException() {
    qt(300)
        .forAll(mutations())
        .checkAssert(
            mutation -> {
              byte[] damaged = mutation.apply();
              try {
                ImportResult result =
                    Fixtures.importer()
                        .read(
                            List.of(
                                Fixtures.source("Connections.csv"),
                                Fixtures.source("contacts.csv"),
                                ImportSource.of(
                                    mutation.fixture(), new ByteArrayInputStream(damaged))));
                assertThat(result.report().sources()).hasSize(3);
              } catch (ImportException e) {
                assertThat(e.source()).isEqualTo(mutation.fixture());
                if (e.line().isEmpty()) {
                  assertThat(e.getMessage())
                      .containsAnyOf("is empty", "cannot tell which sender is you");
                }
              }
            });
  }

  /** Text made of the characters that break CSV and the values the layouts parse. */
  static Gen<String> fields() {
    Gen<String> pieces =
        Generate.pick(
            List.of(
                "a",
                "Ana",
                " ",
                ",",
                "\"",
                "\r\n",
                "\n",
                "é",
                "@",
                "x@y.org",
                "12 Mar 2024",
                "31 Feb 2024",
                "https://www.linkedin.com/in/ana",
                "+49 30 1234567",
                "",
                ":",
                "\t",
                "\u0000",
                "--12-09",
                "1985-04-12",
                "\uD83D\uDE00"));
    return lists().of(pieces).ofSizeBetween(0, 4).map(list -> String.join("", list));
  }

  /** Rows of random fields, some quoted, under a real header. */
  record RandomFile(String header, List<List<String>> rows, List<Boolean> quoted) {
    String text() {
      StringBuilder out = new StringBuilder(header).append("\r\n");
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          String field = row.get(i);
          out.append(
              quoted.get(r % quoted.size()) ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        out.append("\r\n");
      }
      return out.toString();
    }
  }

  static Gen<RandomFile> randomFiles() {
    Gen<String> headers =
        Generate.pick(
            List.of(
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                "First Name,Last Name,Labels,E-mail 1 - Value,Phone 1 - Value,Birthday",
                "contact_id,at,channel,direction,outcome,intent,note,source"));
    Gen<List<List<String>>> rows =
        lists().of(lists().of(fields()).ofSizeBetween(5, 8)).ofSizeBetween(1, 6);
    Gen<List<Boolean>> quoted = lists().of(Generators.booleans()).ofSizeBetween(1, 3);
    return headers.zip(rows, quoted, RandomFile::new);
  }

  @Test
  void everyFileOfRandomRowsIsImportedOrRefusedWithItsLineNeverAnotherException() {
    qt(300)
        .forAll(randomFiles())
        .checkAssert(
            file -> {
              try {
                Fixtures.importer().read(List.of(Fixtures.text("random.csv", file.text())));
              } catch (ImportException e) {
                assertThat(e.source()).isEqualTo("random.csv");
                assertThat(e.line()).as(e.getMessage()).isPresent();
              }
            });
  }
}
