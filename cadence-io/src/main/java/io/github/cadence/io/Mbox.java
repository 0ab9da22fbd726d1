package io.github.cadence.io;

import com.google.common.base.Splitter;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a mailbox in the mbox layout (mboxrd, as Google Takeout writes it; mboxo too): the headers
 * of each mail, never its body, as a stream of bytes, so that a mailbox of any size is read in
 * bounded memory. A line that starts with {@code From } after a blank line (or at the start) begins
 * a mail, as does one shaped like a postmark ({@code From sender Mon Nov 23 10:00:00 +0000 2026})
 * anywhere; mboxrd escapes a body's own such lines ({@code >From }), so they are never mistaken.
 * Lines end in LF or CRLF. Header fields are parsed by Apache James mime4j (folded lines, RFC 2047
 * encoded names, lenient dates); raw bytes in headers are read as UTF-8 where they are, else as
 * ISO-8859-1.
 *
 * <p>What it leaves out, and counts by reason: mail in Gmail's Spam or Trash, bulk and automated
 * mail ({@code List-Unsubscribe}, {@code List-Id}, {@code Precedence: bulk|list|junk}, {@code
 * Auto-Submitted} other than {@code no}), mail to more than {@value #MAX_RECIPIENTS} people,
 * calendar invitations sent as mail, and mail whose headers cannot be read (no sender, no date, a
 * header block over {@value #MAX_HEADER_BYTES} bytes). Who sent it and to whom decides the rest,
 * once the contacts are known ({@link Mails}).
 */
final class Mbox {
  /** The most recipients (To, Cc and Bcc) a mail may have to count as a conversation. */
  static final int MAX_RECIPIENTS = 20;

  /** The largest header block read; a larger one is not a mail's. */
  static final int MAX_HEADER_BYTES = 256 * 1024;

  private static final int CHUNK = 1 << 16;
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern POSTMARK =
      Pattern.compile(
          "From \\S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d(:\\d\\d)? .*");
  private static final DateTimeFormatter POSTMARK_DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss Z yyyy", Locale.ENGLISH);
  private static final Pattern INVITATION_SUBJECT =
      Pattern.compile(
          "(?i)(updated invitation|invitation|accepted|declined|tentatively accepted"
              + "|canceled event|cancelled event|event canceled|event cancelled)"
              + "( with note)?: .*");

  // Why a mail was left out, in the order the report gives them.
  static final Tally.Reason SPAM_OR_TRASH =
      new Tally.Reason(1, "in Spam or Trash", "in Spam or Trash");
  static final Tally.Reason BULK =
      new Tally.Reason(
          2,
          "bulk or automated (mailing lists, newsletters, automatic replies)",
          "bulk or automated (mailing lists, newsletters, automatic replies)");
  static final Tally.Reason CROWD =
      new Tally.Reason(
          3,
          "to more than " + MAX_RECIPIENTS + " people",
          "to more than " + MAX_RECIPIENTS + " people");
  static final Tally.Reason INVITATION =
      new Tally.Reason(
          4,
          "calendar invitation (a calendar import counts the meeting)",
          "calendar invitations (a calendar import counts the meeting)");
  static final Tally.Reason ROLE_SENDER =
      new Tally.Reason(
          5,
          "from a no-reply or role address (info@, support@, ...)",
          "from no-reply or role addresses (info@, support@, ...)");
  static final Tally.Reason TO_YOURSELF =
      new Tally.Reason(6, "to yourself only", "to yourself only");
  static final Tally.Reason MALFORMED =
      new Tally.Reason(7, "with headers that cannot be read", "with headers that cannot be read");

  /**
   * A mail as far as a touchpoint needs it.
   *
   * @param line the line its {@code From } separator is on
   * @param at when it was sent: its Date header, else the separator's postmark
   * @param from the sender's address, in lower case
   * @param fromName the sender's name as the header gives it, or empty
   * @param recipients the addresses it went to (To, Cc, Bcc), in lower case, each once
   * @param names the recipients' names as the headers give them, by address
   * @param id its Message-ID, or a fingerprint of its headers if it has none
   * @param sent whether Gmail labels it Sent (which tells the user's own address)
   * @param chat whether it is a Gmail chat rather than a mail
   */
  record Mail(
      long line,
      Instant at,
      String from,
      String fromName,
      List<String> recipients,
      Map<String, String> names,
      String id,
      boolean sent,
      boolean chat) {}

  /** What reading a mailbox gives: the mails, and those left out by reason. */
  static final class Read {
    final String source;
    final List<Mail> mails = new ArrayList<>();
    final Tally.LeftOut skipped = new Tally.LeftOut();
    long total;

    Read(String source) {
      this.source = source;
    }

    void skip(Tally.Reason why, long line, String detail) {
      if (why.equals(MALFORMED)) {
        skipped.add(why, source + ", line " + line + ": " + detail);
      } else {
        skipped.add(why);
      }
    }
  }

  /** Hears of each mail read, for progress. */
  interface Progress {
    void mail(long mails, long bytes);
  }

  private final String source;
  private final InputStream in;
  private final byte[] buffer = new byte[CHUNK];
  private int pos;
  private int limit;
  private long bytes;
  private long line;
  private final Map<String, String> interned = new HashMap<>();

  private Mbox(String source, InputStream in) {
    this.source = source;
    this.in = in;
  }

  /** Whether bytes begin an mbox: its first line starts with {@code From }. */
  static boolean starts(byte[] head, int length) {
    if (length < FROM.length) {
      return false;
    }
    for (int i = 0; i < FROM.length; i++) {
      if (head[i] != FROM[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads every mail of a mailbox.
   *
   * @throws ImportException if it is not an mbox (its first line is not a {@code From } line)
   */
  static Read read(String source, InputStream in, Progress progress) throws IOException {
    return new Mbox(source, in).readAll(progress);
  }

  private Read readAll(Progress progress) throws IOException {
    Read read = new Read(source);
    Header header = new Header();
    boolean started = false;
    boolean inHeader = false;
    boolean previousBlank = true;
    long separator = 0;
    String postmark = "";
    for (int length = nextLine(null); length >= 0; length = nextLine(inHeader ? header : null)) {
      if (fromLength >= FROM.length
          && (previousBlank || !started || POSTMARK.matcher(fromLine()).matches())) {
        if (inHeader) {
          // A mail that ends in its headers, with no blank line and no body.
          header.dropLastLine();
          finish(read, header, separator, postmark);
        }
        started = true;
        separator = line;
        postmark = fromLine();
        header.clear();
        inHeader = true;
        previousBlank = false;
        if (++read.total % 1024 == 0) {
          progress.mail(read.total, bytes);
        }
        continue;
      }
      if (!started) {
        if (length == 0) {
          continue;
        }
        throw new ImportException(
            source,
            line,
            null,
            null,
            "is not a mailbox: an mbox file starts with a 'From ' line, as the .mbox files of"
                + " Google Takeout do",
            null);
      }
      if (inHeader && length == 0) {
        finish(read, header, separator, postmark);
        inHeader = false;
      }
      previousBlank = length == 0;
    }
    if (inHeader) {
      finish(read, header, separator, postmark);
    }
    progress.mail(read.total, bytes);
    return read;
  }

  // ---- lines

  /** The current line's start, while it may be a {@code From } line (up to 1 KiB of it). */
  private final byte[] fromBytes = new byte[1024];

  /** How much of the current line is in {@link #fromBytes}; -1 once it cannot be a From line. */
  private int fromLength;

  /**
   * Reads the next line, appending it to the header when given; returns its length without its line
   * end, or -1 at the end. A line that starts with {@code From } is kept in {@link #fromBytes} too.
   */
  private int nextLine(@Nullable Header into) throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    line++;
    fromLength = 0;
    int length = 0;
    byte last = 0;
    int start = into == null ? -1 : into.begin();
    while (true) {
      int i = pos;
      while (i < limit && buffer[i] != '\n') {
        i++;
      }
      int n = i - pos;
      keepFrom(pos, n);
      if (n > 0) {
        last = buffer[i - 1];
      }
      if (into != null) {
        into.append(buffer, pos, n);
      }
      length += n;
      if (i < limit) {
        pos = i + 1;
        break;
      }
      pos = limit;
      if (!fill()) {
        break;
      }
    }
    if (fromLength > 0 && fromLength < FROM.length) {
      fromLength = -1;
    }
    if (fromLength > 0 && fromBytes[fromLength - 1] == '\r') {
      fromLength--;
    }
    if (into != null) {
      return into.endLine(start);
    }
    return length > 0 && last == '\r' ? length - 1 : length;
  }

  /** Keeps a piece of the current line while it may be a From line. */
  private void keepFrom(int offset, int n) {
    for (int k = 0; k < n && fromLength >= 0 && fromLength < fromBytes.length; k++) {
      byte b = buffer[offset + k];
      if (fromLength < FROM.length && b != FROM[fromLength]) {
        fromLength = -1;
        return;
      }
      fromBytes[fromLength++] = b;
    }
  }

  private String fromLine() {
    return new String(fromBytes, 0, Math.max(fromLength, 0), StandardCharsets.ISO_8859_1);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      pos = 0;
      limit = 0;
      return false;
    }
    bytes += n;
    pos = 0;
    limit = n;
    return true;
  }

  // ---- headers

  /** The bytes of one mail's header block, line by line, without line ends. */
  private static final class Header {
    private byte[] bytes = new byte[8192];
    private int size;
    private final List<int[]> lines = new ArrayList<>();
    boolean tooLong;

    int begin() {
      return size;
    }

    void append(byte[] from, int offset, int length) {
      if (tooLong || size + length > MAX_HEADER_BYTES + 1) {
        tooLong = true;
        return;
      }
      if (size + length > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
      }
      System.arraycopy(from, offset, bytes, size, length);
      size += length;
    }

    /** Ends the line begun at {@code start}: drops its CR, keeps its bounds; returns its length. */
    int endLine(int start) {
      if (tooLong) {
        return Math.max(0, size - start);
      }
      if (size > start && bytes[size - 1] == '\r') {
        size--;
      }
      lines.add(new int[] {start, size});
      return size - start;
    }

    /** Forgets the last line read. */
    void dropLastLine() {
      if (!lines.isEmpty()) {
        size = lines.remove(lines.size() - 1)[0];
      }
    }

    void clear() {
      size = 0;
      lines.clear();
      tooLong = false;
    }

    /** The header's fields, unfolded, by lower-case name; each as "Name: value". */
    Map<String, List<String>> fields() {
      Map<String, List<String>> fields = new HashMap<>();
      StringBuilder current = null;
      for (int i = 0; i < lines.size(); i++) {
        int[] l = lines.get(i);
        String text = decode(bytes, l[0], l[1] - l[0]);
        if (text.isEmpty()) {
          continue;
        }
        char c = text.charAt(0);
        if ((c == ' ' || c == '\t') && current != null) {
          current.append(text);
        } else {
          if (current != null) {
            put(fields, current.toString());
          }
          current = new StringBuilder(text);
        }
      }
      if (current != null) {
        put(fields, current.toString());
      }
      return fields;
    }

    private static void put(Map<String, List<String>> fields, String field) {
      int colon = field.indexOf(':');
      if (colon > 0) {
        String name = field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        fields.computeIfAbsent(name, k -> new ArrayList<>(1)).add(field);
      }
    }
  }

  /** Bytes as UTF-8 where they are, else as ISO-8859-1 (an 8-bit header of an older mailer). */
  private static String decode(byte[] bytes, int offset, int length) {
    boolean ascii = true;
    for (int i = offset; i < offset + length && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    if (ascii) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
  }

  /** Turns a mail's header block into a mail, or counts why it is left out. */
  private void finish(Read read, Header header, long separator, String postmark) {
    if (header.tooLong) {
      read.skip(MALFORMED, separator, "a header block over " + MAX_HEADER_BYTES + " bytes");
      return;
    }
    Map<String, List<String>> fields = header.fields();
    List<String> labels = labels(fields);
    if (labels.contains("spam") || labels.contains("trash")) {
      read.skip(SPAM_OR_TRASH, separator, "");
      return;
    }
    if (isBulk(fields)) {
      read.skip(BULK, separator, "");
      return;
    }
    if (isInvitation(fields)) {
      read.skip(INVITATION, separator, "");
      return;
    }
    List<Mailbox> senders = mailboxes(fields.get("from"));
    if (senders.isEmpty() || senders.get(0).getAddress() == null) {
      read.skip(MALFORMED, separator, "no sender's address in From");
      return;
    }
    Mailbox sender = senders.get(0);
    Set<String> recipients = new LinkedHashSet<>();
    Map<String, String> names = new HashMap<>();
    for (String name : List.of("to", "cc", "bcc")) {
      for (Mailbox m : mailboxes(fields.get(name))) {
        if (m.getAddress() != null) {
          String address = intern(m.getAddress().toLowerCase(Locale.ROOT));
          recipients.add(address);
          if (m.getName() != null && !m.getName().isBlank()) {
            names.putIfAbsent(address, m.getName().strip());
          }
        }
      }
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      read.skip(CROWD, separator, "");
      return;
    }
    Instant at = date(fields.get("date"));
    if (at == null) {
      at = postmarkDate(postmark);
    }
    if (at == null) {
      read.skip(MALFORMED, separator, "no date that can be read in Date or in the From line");
      return;
    }
    String from = intern(sender.getAddress().toLowerCase(Locale.ROOT));
    read.mails.add(
        new Mail(
            separator,
            at,
            from,
            sender.getName() == null ? "" : sender.getName().strip(),
            List.copyOf(recipients),
            names.isEmpty() ? Map.of() : Map.copyOf(names),
            id(fields),
            labels.contains("sent"),
            labels.contains("chat")));
  }

  private String intern(String address) {
    return interned.computeIfAbsent(address, a -> a);
  }

  /** Gmail's labels, in lower case. */
  private static List<String> labels(Map<String, List<String>> fields) {
    List<String> labels = new ArrayList<>();
    for (String field : fields.getOrDefault("x-gmail-labels", List.of())) {
      for (String label : Splitter.on(',').split(body(field))) {
        String l = label.strip();
        if (l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"")) {
          l = l.substring(1, l.length() - 1);
        }
        labels.add(l.toLowerCase(Locale.ROOT));
      }
    }
    return labels;
  }

  private static boolean isBulk(Map<String, List<String>> fields) {
    if (fields.containsKey("list-unsubscribe") || fields.containsKey("list-id")) {
      return true;
    }
    for (String field : fields.getOrDefault("precedence", List.of())) {
      String p = body(field).strip().toLowerCase(Locale.ROOT);
      if (p.equals("bulk") || p.equals("list") || p.equals("junk")) {
        return true;
      }
    }
    for (String field : fields.getOrDefault("auto-submitted", List.of())) {
      String a = body(field).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!a.equals("no")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInvitation(Map<String, List<String>> fields) {
    for (String field : fields.getOrDefault("content-type", List.of())) {
      if (body(field).strip().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
        return true;
      }
    }
    for (String field : fields.getOrDefault("content-class", List.of())) {
      if (body(field).toLowerCase(Locale.ROOT).contains("calendarmessage")) {
        return true;
      }
    }
    for (String field : fields.getOrDefault("subject", List.of())) {
      String subject = DecoderUtil.decodeEncodedWords(body(field).strip(), DecodeMonitor.SILENT);
      if (INVITATION_SUBJECT.matcher(subject).matches() && subject.contains(" @ ")) {
        return true;
      }
    }
    return false;
  }

  private static String body(String field) {
    return field.substring(field.indexOf(':') + 1);
  }

  /** The mailboxes of address fields, groups flattened; none for a field mime4j cannot read. */
  private static List<Mailbox> mailboxes(@Nullable List<String> fields) {
    if (fields == null) {
      return List.of();
    }
    List<Mailbox> all = new ArrayList<>();
    for (String field : fields) {
      ParsedField parsed = parse(field);
      if (parsed instanceof MailboxListField list && list.getMailboxList() != null) {
        all.addAll(list.getMailboxList());
      } else if (parsed instanceof AddressListField list && list.getAddressList() != null) {
        all.addAll(list.getAddressList().flatten());
      }
    }
    return all;
  }

  private static @Nullable Instant date(@Nullable List<String> fields) {
    if (fields == null) {
      return null;
    }
    ParsedField parsed = parse(fields.get(0));
    if (parsed instanceof DateTimeField d) {
      Date date = d.getDate();
      return date == null ? null : date.toInstant();
    }
    return null;
  }

  private static @Nullable ParsedField parse(String field) {
    try {
      return LenientFieldParser.parse(field, DecodeMonitor.SILENT);
    } catch (MimeException | RuntimeException e) {
      return null;
    }
  }

  /** The date of a separator line: "From sender Mon Nov 23 10:00:00 +0000 2026". */
  private static @Nullable Instant postmarkDate(String postmark) {
    String[] parts = postmark.strip().split(" +", 3);
    if (parts.length < 3) {
      return null;
    }
    try {
      return ZonedDateTime.parse(parts[2], POSTMARK_DATE).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The mail's Message-ID, without its angle brackets; a mail without one gets a fingerprint of its
   * sender, recipients, date and subject, the same at every import. An id that is long or not plain
   * text is fingerprinted too, so that it makes a short source key.
   */
  private static String id(Map<String, List<String>> fields) {
    List<String> ids = fields.get("message-id");
    if (ids != null) {
      String id = body(ids.get(0)).strip();
      if (id.startsWith("<") && id.endsWith(">")) {
        id = id.substring(1, id.length() - 1).strip();
      }
      if (!id.isEmpty() && id.length() <= 200 && id.chars().allMatch(c -> c > ' ' && c < 127)) {
        return id;
      }
      if (!id.isEmpty()) {
        return "sha256:" + Hashing.sha256().hashString(id, StandardCharsets.UTF_8).toString();
      }
    }
    StringBuilder all = new StringBuilder();
    for (String name : List.of("from", "to", "cc", "date", "subject")) {
      all.append(fields.getOrDefault(name, List.of())).append('\n');
    }
    return "sha256:"
        + Hashing.sha256().hashString(all.toString(), StandardCharsets.UTF_8).toString();
  }
}
