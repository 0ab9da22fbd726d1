package io.github.cadence.io;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the backups of the Android app "SMS Backup &amp; Restore": {@code calls-*.xml} (one {@code
 * <call>} per call) and {@code sms-*.xml} (one {@code <sms>} per text, one {@code <mms>} per
 * multimedia or group message, its people in {@code <addrs>}), with the JDK's StAX parser, as a
 * stream (DTDs and external entities refused). The app writes an emoji as two numeric character
 * references to its UTF-16 halves (55357 and 56832 for a smiling face), which XML does not allow;
 * they are read as the character they make.
 *
 * <p>What each record becomes:
 *
 * <table>
 *   <caption>Calls and messages as touchpoints</caption>
 *   <tr><th>record</th><th>touchpoint</th></tr>
 *   <tr><td>call type 2 (outgoing), duration over 0</td><td>call, outbound, connected</td></tr>
 *   <tr><td>call type 2, duration 0</td><td>call, outbound, no response</td></tr>
 *   <tr><td>call type 1 (incoming) or 7 (answered elsewhere)</td>
 *       <td>call, inbound, connected</td></tr>
 *   <tr><td>call type 3 (missed) or 5 (rejected)</td>
 *       <td>call, inbound, no response: an answer owed</td></tr>
 *   <tr><td>call type 4 (voicemail)</td><td>call, inbound, left a message: an answer owed</td></tr>
 *   <tr><td>call type 6 (blocked)</td><td>left out</td></tr>
 *   <tr><td>sms type 1 (received)</td><td>message, inbound, replied</td></tr>
 *   <tr><td>sms type 2 (sent)</td><td>message, outbound, sent</td></tr>
 *   <tr><td>sms type 3 to 6 (draft, outbox, failed, queued)</td><td>left out: never sent</td></tr>
 *   <tr><td>mms in box 1 (received)</td><td>message, inbound, from its sender (address type
 *       137)</td></tr>
 *   <tr><td>mms in box 2 (sent)</td><td>message, outbound, to each recipient (151, 130,
 *       129)</td></tr>
 * </table>
 */
final class PhoneBackup {
  /** The most people a group message may have to count as a conversation. */
  static final int MAX_PEOPLE = 20;

  private static final int FROM = 137;

  // Why a record was left out, in the order the report gives them.
  static final Tally.Reason BLOCKED = new Tally.Reason(1, "blocked call", "blocked calls");
  static final Tally.Reason UNSENT =
      new Tally.Reason(
          2, "message never sent (drafts, failed)", "messages never sent (drafts, failed)");
  static final Tally.Reason CROWD =
      new Tally.Reason(
          3, "group message to more than 20 people", "group messages to more than 20 people");
  static final Tally.Reason NO_NUMBER =
      new Tally.Reason(4, "record without a number or date", "records without a number or date");

  /**
   * A call or message with the numbers it was with.
   *
   * @param line where it is
   * @param at when
   * @param numbers the other people's numbers as written
   * @param name the name the phone gave them, if any
   * @param channel call or message
   * @param direction outbound or inbound
   * @param outcome what came of it
   * @param key its source key, to which each contact's id is added: its kind and instant (and an
   *     MMS's id), so that the same call or message written with its number in another form, by a
   *     newer backup, is the same touch
   */
  record Touch(
      long line,
      Instant at,
      List<String> numbers,
      @Nullable String name,
      Channel channel,
      Direction direction,
      Outcome outcome,
      String key) {}

  /** What reading a backup gives. */
  static final class Read {
    final String source;
    final List<Touch> records = new ArrayList<>();
    final Tally.LeftOut skipped = new Tally.LeftOut();
    long total;

    Read(String source) {
      this.source = source;
    }
  }

  private PhoneBackup() {}

  /** Whether the start of a text is such a backup: its root element is calls or smses. */
  static boolean starts(String head) {
    return head.startsWith("<") && (head.contains("<calls") || head.contains("<smses"));
  }

  static Read read(String source, Reader text, LongConsumer progress) {
    Read read = new Read(source);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new Surrogates(text));
      boolean rooted = false;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = xml.getLocalName();
        if (!rooted) {
          if (!element.equals("calls") && !element.equals("smses")) {
            throw new ImportException(
                source,
                xml.getLocation().getLineNumber(),
                null,
                element,
                "is not the root of an SMS Backup & Restore file: expected <calls> or <smses>",
                null);
          }
          rooted = true;
          continue;
        }
        switch (element) {
          case "call" -> call(read, xml);
          case "sms" -> sms(read, xml);
          case "mms" -> mms(read, xml);
          default -> {
            continue;
          }
        }
        if (++read.total % 4096 == 0) {
          progress.accept(read.total);
        }
      }
      progress.accept(read.total);
      return read;
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new ImportException(
          source, Math.max(line, 0), null, null, "is not well-formed XML: " + message(e), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // Closing frees the parser only; what was read stands.
        }
      }
    }
  }

  /** The parser's words without its own "ParseError at [row,col]" preamble. */
  private static String message(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + "Message: ".length()) : m;
  }

  private static void call(Read read, XMLStreamReader xml) {
    long line = xml.getLocation().getLineNumber();
    String number = xml.getAttributeValue(null, "number");
    Instant at = instant(xml.getAttributeValue(null, "date"));
    int type = integer(xml.getAttributeValue(null, "type"));
    if (blank(number) || at == null) {
      skip(read, NO_NUMBER);
      return;
    }
    long duration = longValue(xml.getAttributeValue(null, "duration"));
    Direction direction;
    Outcome outcome;
    switch (type) {
      case 1, 7 -> {
        direction = Direction.INBOUND;
        outcome = Outcome.CONNECTED;
      }
      case 2 -> {
        direction = Direction.OUTBOUND;
        outcome = duration > 0 ? Outcome.CONNECTED : Outcome.NO_RESPONSE;
      }
      case 3, 5 -> {
        direction = Direction.INBOUND;
        outcome = Outcome.NO_RESPONSE;
      }
      case 4 -> {
        direction = Direction.INBOUND;
        outcome = Outcome.LEFT_MESSAGE;
      }
      default -> {
        skip(read, BLOCKED);
        return;
      }
    }
    read.records.add(
        new Touch(
            line,
            at,
            List.of(number),
            name(xml),
            Channel.CALL,
            direction,
            outcome,
            "call:" + at.toEpochMilli()));
  }

  private static void sms(Read read, XMLStreamReader xml) {
    String number = xml.getAttributeValue(null, "address");
    Instant at = instant(xml.getAttributeValue(null, "date"));
    int type = integer(xml.getAttributeValue(null, "type"));
    if (blank(number) || at == null) {
      skip(read, NO_NUMBER);
      return;
    }
    if (type != 1 && type != 2) {
      skip(read, UNSENT);
      return;
    }
    Direction direction = type == 2 ? Direction.OUTBOUND : Direction.INBOUND;
    read.records.add(
        new Touch(
            xml.getLocation().getLineNumber(),
            at,
            List.of(number),
            name(xml),
            Channel.MESSAGE,
            direction,
            direction == Direction.OUTBOUND ? Outcome.SENT : Outcome.REPLIED,
            "sms:" + at.toEpochMilli() + ":" + type));
  }

  private static void mms(Read read, XMLStreamReader xml) throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    Instant at = instant(xml.getAttributeValue(null, "date"));
    int box = integer(xml.getAttributeValue(null, "msg_box"));
    String name = name(xml);
    String id = xml.getAttributeValue(null, "m_id");
    List<String> from = new ArrayList<>(1);
    List<String> to = new ArrayList<>();
    // The message's people, in <addrs> before its end; its parts (pictures) are skipped.
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (xml.getLocalName().equals("addr")) {
          String address = xml.getAttributeValue(null, "address");
          int type = integer(xml.getAttributeValue(null, "type"));
          if (!blank(address) && !address.equalsIgnoreCase("insert-address-token")) {
            (type == FROM ? from : to).add(address);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (at == null || (box != 1 && box != 2)) {
      skip(read, at == null ? NO_NUMBER : UNSENT);
      return;
    }
    Direction direction = box == 2 ? Direction.OUTBOUND : Direction.INBOUND;
    List<String> others = direction == Direction.OUTBOUND ? to : from;
    if (others.isEmpty()) {
      skip(read, NO_NUMBER);
      return;
    }
    if (from.size() + to.size() > MAX_PEOPLE) {
      skip(read, CROWD);
      return;
    }
    read.records.add(
        new Touch(
            line,
            at,
            List.copyOf(others),
            others.size() == 1 ? name : null,
            Channel.MESSAGE,
            direction,
            direction == Direction.OUTBOUND ? Outcome.SENT : Outcome.REPLIED,
            "mms:"
                + at.toEpochMilli()
                + ":"
                + (blank(id) ? String.valueOf(box) : digitsAndLetters(id))));
  }

  private static void skip(Read read, Tally.Reason why) {
    read.skipped.add(why);
  }

  private static @Nullable String name(XMLStreamReader xml) {
    String name = xml.getAttributeValue(null, "contact_name");
    return blank(name) || name.equals("(Unknown)") ? null : name;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank() || value.equals("null");
  }

  private static @Nullable Instant instant(@Nullable String millis) {
    long at = longValue(millis);
    return at <= 0 ? null : Instant.ofEpochMilli(at);
  }

  private static int integer(@Nullable String value) {
    long n = longValue(value);
    return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? -1 : (int) n;
  }

  private static long longValue(@Nullable String value) {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String digitsAndLetters(String value) {
    String d = value.replaceAll("[^0-9A-Za-z@.+_-]", "");
    return d.length() > 100 ? d.substring(0, 100) : d;
  }

  /**
   * Reads two numeric character references to the UTF-16 halves of one character (55357 then 56832)
   * as one reference to the character itself (128512); a lone half becomes U+FFFD. Everything else
   * passes as it is.
   */
  static final class Surrogates extends FilterReader {
    private final StringBuilder pending = new StringBuilder();
    private boolean eof;

    Surrogates(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (!eof && pending.length() < length + 32) {
        char[] chunk = new char[Math.max(length, 8192)];
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          eof = true;
        } else {
          pending.append(chunk, 0, n);
        }
      }
      // Hold back a reference that may go on past what was read, to rewrite it whole.
      int safe = eof ? pending.length() : pending.length() - 24;
      int end = Math.min(length, Math.max(safe, 0));
      if (end == 0 && pending.length() > 0 && eof) {
        end = Math.min(length, pending.length());
      }
      if (end == 0) {
        return eof && pending.length() == 0 ? -1 : 0;
      }
      fix(end);
      end = Math.min(end, pending.length());
      pending.getChars(0, end, buffer, offset);
      pending.delete(0, end);
      return end;
    }

    /** Rewrites the surrogate references that start before {@code limit}. */
    private void fix(int limit) {
      for (int i = pending.indexOf("&#"); i >= 0 && i < limit; i = pending.indexOf("&#", i + 2)) {
        int high = reference(i);
        if (high < 0xD800 || high > 0xDFFF) {
          continue;
        }
        int end = pending.indexOf(";", i) + 1;
        int low = high <= 0xDBFF && pending.indexOf("&#", end) == end ? reference(end) : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
          int lowEnd = pending.indexOf(";", end) + 1;
          pending.replace(i, lowEnd, "&#" + Character.toCodePoint((char) high, (char) low) + ";");
        } else {
          pending.replace(i, end, "&#65533;");
        }
      }
    }

    /** The decimal reference at an index ({@code &#NNNNN;}), or -1. */
    private int reference(int at) {
      int value = 0;
      int i = at + 2;
      for (; i < pending.length() && i < at + 10; i++) {
        char c = pending.charAt(i);
        if (c == ';') {
          return i > at + 2 ? value : -1;
        }
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return -1;
    }
  }
}
