package io.github.cadence.io;

import com.google.common.base.Splitter;
import io.github.cadence.model.Handle;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** LinkedIn's exports: {@code Connections.csv} and {@code messages.csv}. */
final class LinkedIn {
  /** "12 Mar 2024", as {@code Connected On} has it. */
  private static final DateTimeFormatter CONNECTED_ON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMM uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Splitter URLS = Splitter.on(',').trimResults().omitEmptyStrings();

  private LinkedIn() {}

  static PersonRecord connection(CsvTable.Row row, Handles handles) {
    String first = row.get("First Name");
    String last = row.get("Last Name");
    String name =
        ImportedText.clean((first == null ? "" : first) + " " + (last == null ? "" : last));
    if (name == null) {
      throw row.fault("First Name", "", "and Last Name are both empty; a connection needs a name");
    }
    List<Handle> found = new ArrayList<>();
    String url = row.get("URL");
    if (url != null) {
      found.add(row.parse("URL", url, Handle::profile));
    }
    String email = row.get("Email Address");
    if (email != null) {
      found.add(row.parse("Email Address", email, Handle::email));
    }
    String connected = row.require("Connected On");
    LocalDate connectedOn = row.parse("Connected On", connected, v -> parseDate(v));
    return new PersonRecord(
        row.source(),
        row.line(),
        null,
        name,
        found,
        row.get("Company"),
        connectedOn,
        List.of(),
        Set.of(),
        null);
  }

  /**
   * "2024-03-12 10:15:42 UTC". Read by position: a million messages make DateTimeFormatter's
   * general parser a fifth of the import; LocalDateTime.of still refuses a day or an hour that does
   * not exist.
   */
  static Instant sentAt(String value) {
    if (value.length() != 23
        || value.charAt(4) != '-'
        || value.charAt(7) != '-'
        || value.charAt(10) != ' '
        || value.charAt(13) != ':'
        || value.charAt(16) != ':'
        || !value.endsWith(" UTC")) {
      throw new IllegalArgumentException("expected a time like '2024-03-12 10:15:42 UTC'");
    }
    try {
      return LocalDateTime.of(
              digits(value, 0, 4),
              digits(value, 5, 7),
              digits(value, 8, 10),
              digits(value, 11, 13),
              digits(value, 14, 16),
              digits(value, 17, 19))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a time like '2024-03-12 10:15:42 UTC': " + e.getMessage(), e);
    }
  }

  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("expected a time like '2024-03-12 10:15:42 UTC'");
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value, CONNECTED_ON);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date like '12 Mar 2024'", e);
    }
  }

  /**
   * One message: who sent it to whom, and when; the fingerprint is a hash of its sender's name,
   * subject and words.
   */
  record Message(
      String source,
      String conversation,
      @Nullable String senderUrl,
      List<String> recipientUrls,
      Instant at,
      int fingerprint) {}

  static Message message(CsvTable.Row row) {
    String conversation = row.require("CONVERSATION ID");
    String date = row.require("DATE");
    Instant at = row.parse("DATE", date, LinkedIn::sentAt);
    String sender = row.get("SENDER PROFILE URL");
    String raw = row.raw("RECIPIENT PROFILE URLS");
    List<String> recipients;
    if (raw.indexOf(',') < 0) {
      String one = raw.strip();
      recipients = one.isEmpty() ? List.of() : List.of(one);
    } else {
      recipients = URLS.splitToList(raw);
    }
    // The message's own words tell two messages of one second apart; LinkedIn gives no message id.
    int hash = row.raw("FROM").hashCode();
    hash = 31 * hash + row.raw("SUBJECT").hashCode();
    hash = 31 * hash + row.raw("CONTENT").hashCode();
    return new Message(row.source(), conversation, sender, recipients, at, hash);
  }
}
