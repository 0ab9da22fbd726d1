package io.github.cadence.io;

import com.google.common.base.Splitter;
import io.github.cadence.model.Handle;
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

  /** "2024-03-12 10:15:42 UTC", as {@code DATE} in messages has it. */
  private static final DateTimeFormatter SENT_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Splitter URLS = Splitter.on(',').trimResults().omitEmptyStrings();

  private LinkedIn() {}

  static PersonRecord connection(CsvTable.Row row, Handles handles) {
    String first = row.get("First Name");
    String last = row.get("Last Name");
    String name = Text.clean((first == null ? "" : first) + " " + (last == null ? "" : last));
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
        null,
        Set.of());
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value, CONNECTED_ON);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date like '12 Mar 2024'", e);
    }
  }

  /** One message: who sent it to whom, and when. */
  record Message(
      String source,
      long line,
      String conversation,
      @Nullable String senderUrl,
      List<String> recipientUrls,
      Instant at,
      String fingerprint) {}

  static Message message(CsvTable.Row row) {
    String conversation = row.require("CONVERSATION ID");
    String date = row.require("DATE");
    Instant at =
        row.parse(
            "DATE",
            date,
            v -> {
              try {
                return LocalDateTime.parse(v, SENT_AT).toInstant(ZoneOffset.UTC);
              } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                    "expected a time like '2024-03-12 10:15:42 UTC'", e);
              }
            });
    String sender = row.get("SENDER PROFILE URL");
    List<String> recipients = URLS.splitToList(row.raw("RECIPIENT PROFILE URLS"));
    // The message's own words tell two messages of one second apart; LinkedIn gives no message id.
    String fingerprint =
        Integer.toHexString(
            (row.raw("FROM") + '\u0000' + row.raw("SUBJECT") + '\u0000' + row.raw("CONTENT"))
                .hashCode());
    return new Message(row.source(), row.line(), conversation, sender, recipients, at, fingerprint);
  }
}
