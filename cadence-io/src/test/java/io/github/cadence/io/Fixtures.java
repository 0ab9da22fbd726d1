package io.github.cadence.io;

import io.github.cadence.model.Codes;
import io.github.cadence.model.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The real-layout export files under src/test/resources, and the importer the tests use. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Fixtures() {}

  static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ImportSource source(String name) {
    return ImportSource.of(file(name));
  }

  static List<ImportSource> sources(String... names) {
    return Arrays.stream(names).map(Fixtures::source).toList();
  }

  static Importer importer() {
    return Importer.builder(NOW).region("DE").zone(BERLIN).build();
  }

  /** A stream of text, as a user's file would hold it. */
  static ImportSource text(String name, String text) {
    return ImportSource.of(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static ImportSource bytes(String name, byte[] bytes) {
    return ImportSource.of(name, new ByteArrayInputStream(bytes));
  }

  /**
   * Touchpoints as an answer key lists them: contact id, instant, channel, direction, outcome and
   * source key, joined by commas.
   */
  static List<String> rows(List<Touchpoint> touchpoints) {
    return touchpoints.stream()
        .map(
            t ->
                String.join(
                    ",",
                    t.contactId(),
                    t.at().toString(),
                    Codes.name(t.channel()),
                    Codes.name(t.direction()),
                    Codes.name(t.outcome()),
                    t.source().orElse("")))
        .collect(Collectors.toList());
  }

  /** The rows of an answer key, its comments and blank lines left out. */
  static List<String> answerKey(String name) {
    try {
      return Files.readAllLines(file(name), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
