package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads WhatsApp's "Export chat" text files, as Android ({@code 31/12/24, 21:41 - María: hi}) and
 * iOS ({@code [31.12.24, 21:41:05] María: hi}) write them, in any of the date orders and 12- or
 * 24-hour clocks the phone's language gives: the day and month are told apart by the file's own
 * dates (a first number over 12 is a day, a second over 12 a month; dotted dates are day first;
 * where nothing tells, the region's order, month first in the US). A line that does not start with
 * a date goes on the message before it; a dated line without a sender (encryption notices, "You
 * created group") is a system line, counted and left out.
 *
 * <p>Once the contacts are known, each message becomes a message touchpoint: from the user ({@link
 * Me#name()}, else the one sender of every chat file who is not a contact) an outbound one to each
 * contact in the chat, from a contact an inbound one; the sender is matched on a contact's name, or
 * on their number where the export shows one. A run of messages from one sender within 30 minutes
 * is one touch. The source key is the instant, the sender, a fingerprint of the words and the
 * contact: the same whatever the file is called or where it lies, so importing a chat again, or a
 * longer export of it, adds only what is new.
 */
final class Chats {
  /** Messages from one sender this close together are one touch. */
  static final Duration RUN = Duration.ofMinutes(30);

  /** The most people a group chat may have to count as a conversation with each. */
  static final int MAX_PEOPLE = 20;

  private static final String DATE =
      "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4}),? (\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
          + "(?:[\\s\\u202F\\u00A0]?([AaPp])\\.?\\s?[Mm]\\.?)?";
  private static final Pattern ANDROID = Pattern.compile("^\\u200E?" + DATE + " - (.*)$");
  private static final Pattern IOS = Pattern.compile("^\\u200E?\\[" + DATE + "\\] (.*)$");

  // Why a line was left out, in the order the report gives them.
  static final Tally.Reason SYSTEM =
      new Tally.Reason(
          1,
          "system line (encryption notices, group changes)",
          "system lines (encryption notices, group changes)");
  static final Tally.Reason CROWD =
      new Tally.Reason(
          2,
          "message in a group of more than 20 people",
          "messages in groups of more than 20 people");
  static final Tally.Reason IN_RUN =
      new Tally.Reason(
          3,
          "message in a run of one sender's (one touch each run)",
          "messages in runs of one sender's (one touch each run)");

  /**
   * A date and time as written: its first and second numbers (day and month, in an order the file
   * tells), the year, the time, the half of the day (0 on a 24-hour clock, 1 AM, 2 PM), and whether
   * its parts are dotted (day first).
   */
  private record Stamp(
      int first,
      int second,
      int year,
      int hour,
      int minute,
      int seconds,
      int half,
      boolean dotted) {}

  /** A message as read: where, when as written, the sender, its words. */
  private record Raw(long line, Stamp stamp, String sender, StringBuilder text) {}

  /**
   * A message.
   *
   * @param line where it starts
   * @param at when it was sent, in the import's zone
   * @param sender who sent it, as the export names them
   * @param fingerprint of its words
   */
  record Message(long line, Instant at, String sender, String fingerprint) {}

  /** What reading a chat gives. */
  static final class Read {
    final String source;
    final List<Message> messages = new ArrayList<>();
    final Tally.LeftOut skipped = new Tally.LeftOut();

    Read(String source) {
      this.source = source;
    }

    /** The senders, each once, in the order they first wrote. */
    Set<String> senders() {
      Set<String> senders = new LinkedHashSet<>();
      messages.forEach(m -> senders.add(m.sender()));
      return senders;
    }
  }

  private Chats() {}

  /** Whether a text's start is a WhatsApp chat's: its first line is a dated message. */
  static boolean starts(String head) {
    String first = head.lines().findFirst().orElse("");
    return ANDROID.matcher(first).matches() || IOS.matcher(first).matches();
  }

  static Read read(String source, BufferedReader text, String region, ZoneId zone)
      throws IOException {
    Read read = new Read(source);
    List<Raw> raws = new ArrayList<>();
    long number = 0;
    Raw last = null;
    for (String line = text.readLine(); line != null; line = text.readLine()) {
      number++;
      Matcher m = ANDROID.matcher(line);
      if (!m.matches()) {
        m = IOS.matcher(line);
      }
      if (!m.matches()) {
        if (last != null) {
          last.text().append('\n').append(line);
        }
        continue;
      }
      String rest = m.group(9);
      int colon = rest.indexOf(": ");
      if (colon <= 0 || rest.contains("end-to-end encrypted")) {
        read.skipped.add(SYSTEM);
        last = null;
        continue;
      }
      String half = m.group(8);
      Stamp stamp =
          new Stamp(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)),
              m.group(7) == null ? 0 : Integer.parseInt(m.group(7)),
              half == null ? 0 : Character.toLowerCase(half.charAt(0)) == 'p' ? 2 : 1,
              m.group(2).equals("."));
      last =
          new Raw(
              number,
              stamp,
              rest.substring(0, colon).strip().replace("\u200E", ""),
              new StringBuilder(rest.substring(colon + 2)));
      raws.add(last);
    }
    // iOS writes its notices (encryption, group changes) as messages from the chat's own name,
    // marked left to right: a sender whose every message is so marked is the chat, not a person.
    Set<String> notices = new LinkedHashSet<>();
    raws.forEach(r -> notices.add(r.sender()));
    raws.forEach(
        r -> {
          if (!r.text().toString().startsWith("\u200E")) {
            notices.remove(r.sender());
          }
        });
    raws.removeIf(
        r -> {
          boolean notice = notices.contains(r.sender());
          if (notice) {
            read.skipped.add(SYSTEM);
          }
          return notice;
        });
    boolean dayFirst = dayFirst(raws, region);
    for (Raw r : raws) {
      read.messages.add(
          new Message(
              r.line(),
              instant(read.source, r, dayFirst, zone),
              r.sender(),
              Hashing.murmur3_32_fixed()
                  .hashString(r.text().toString(), StandardCharsets.UTF_8)
                  .toString()));
    }
    return read;
  }

  /** Whether the file writes the day first: its own dates tell, else the region. */
  private static boolean dayFirst(List<Raw> raws, String region) {
    for (Raw r : raws) {
      if (r.stamp().dotted() || r.stamp().first() > 12) {
        return true;
      }
      if (r.stamp().second() > 12) {
        return false;
      }
    }
    return !region.equals("US");
  }

  private static Instant instant(String source, Raw r, boolean dayFirst, ZoneId zone) {
    Stamp d = r.stamp();
    int day = dayFirst ? d.first() : d.second();
    int month = dayFirst ? d.second() : d.first();
    int year = d.year() < 100 ? 2000 + d.year() : d.year();
    int hour = d.hour();
    if (d.half() == 2 && hour < 12) {
      hour += 12;
    } else if (d.half() == 1 && hour == 12) {
      hour = 0;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, d.minute(), d.seconds())
          .atZone(zone)
          .toInstant();
    } catch (java.time.DateTimeException e) {
      throw new ImportException(
          source,
          r.line(),
          null,
          null,
          "is not a date and time WhatsApp writes: " + e.getMessage(),
          e);
    }
  }

  // ---- touchpoints

  /**
   * Adds each chat's touchpoints to the contacts in it; says what was left out in {@code skipped}
   * and what each chat gave in {@code notes}.
   */
  static void touchpoints(
      List<Read> reads,
      List<Merger.Person> persons,
      Handles handles,
      Me me,
      ZoneId zone,
      List<String> skipped,
      List<String> notes) {
    if (reads.isEmpty()) {
      return;
    }
    Map<String, Merger.Person> byName = new HashMap<>();
    Set<String> shared = new java.util.HashSet<>();
    for (Merger.Person p : persons) {
      // A name two contacts share names neither: the chat's sender is left unmatched, not guessed.
      if (byName.putIfAbsent(ImportedText.fold(p.name), p) != null) {
        shared.add(ImportedText.fold(p.name));
      }
    }
    shared.forEach(byName::remove);
    Map<String, Merger.Person> byNumber = Merger.byHandle(persons, Handle.Kind.PHONE);
    String mine = me.name().map(ImportedText::fold).orElse(null);
    if (mine == null) {
      mine = inferMe(reads, byName, notes);
    }
    for (Read read : reads) {
      touchpoints(read, mine, byName, byNumber, handles, zone, skipped, notes);
    }
  }

  private static void touchpoints(
      Read read,
      @Nullable String mine,
      Map<String, Merger.Person> byName,
      Map<String, Merger.Person> byNumber,
      Handles handles,
      ZoneId zone,
      List<String> skipped,
      List<String> notes) {
    Tally tally = new Tally(read.source);
    Map<String, Merger.Person> people = new LinkedHashMap<>();
    for (String sender : read.senders()) {
      if (sender.isEmpty() || ImportedText.fold(sender).equals(mine)) {
        continue;
      }
      Merger.Person p = byName.get(ImportedText.fold(sender));
      if (p == null && sender.matches("[+0-9 ()-]{6,}")) {
        p = byNumber.get(handles.key(handles.phone(sender)));
      }
      if (p != null) {
        people.put(sender, p);
      }
    }
    boolean crowd = read.senders().size() > MAX_PEOPLE;
    String lastSender = null;
    Instant runStart = Instant.MIN;
    for (Message m : read.messages) {
      boolean run =
          m.sender().equals(lastSender) && Duration.between(runStart, m.at()).compareTo(RUN) <= 0;
      if (!run) {
        lastSender = m.sender();
        runStart = m.at();
      }
      if (crowd) {
        read.skipped.add(CROWD);
        continue;
      }
      boolean fromMe = ImportedText.fold(m.sender()).equals(mine);
      List<Merger.Person> involved =
          fromMe
              ? new ArrayList<>(new LinkedHashSet<>(people.values()))
              : people.containsKey(m.sender()) ? List.of(people.get(m.sender())) : List.of();
      if (involved.isEmpty()) {
        if (!fromMe) {
          tally.stranger(m.sender(), null);
        }
        tally.unmatched();
        continue;
      }
      if (run) {
        read.skipped.add(IN_RUN);
        continue;
      }
      for (Merger.Person p : involved) {
        String id = requireNonNull(p.id);
        tally.touched(
            p,
            Importer.touch(
                id,
                m.at(),
                Channel.MESSAGE,
                fromMe ? Direction.OUTBOUND : Direction.INBOUND,
                "whatsapp:"
                    + m.at().getEpochSecond()
                    + ":"
                    + Hashing.murmur3_32_fixed().hashString(m.sender(), StandardCharsets.UTF_8)
                    + ":"
                    + m.fingerprint()
                    + ":"
                    + id));
      }
    }
    notes.add(tally.covered(zone));
    read.skipped.report(read.source, "line", "lines", skipped);
    tally.reportStrangers(
        "message",
        "messages",
        "senders",
        "add those you know with cadence contact add, under the name the chat shows",
        (name, ignored) -> name,
        skipped);
  }

  /**
   * The user, when not named: the one sender of every chat who is not a contact, as the report
   * says; null if no one sender is.
   */
  private static @Nullable String inferMe(
      List<Read> reads, Map<String, Merger.Person> byName, List<String> notes) {
    Set<String> everywhere = null;
    for (Read read : reads) {
      Set<String> here = new LinkedHashSet<>();
      read.senders().forEach(s -> here.add(ImportedText.fold(s)));
      here.removeIf(byName::containsKey);
      if (everywhere == null) {
        everywhere = here;
      } else {
        everywhere.retainAll(here);
      }
    }
    if (everywhere == null || everywhere.size() != 1) {
      notes.add(
          "cannot tell which sender of the chats is you; say your name as the chats show it with"
              + " me: {name: ...} in config.yaml (until then, messages are counted as theirs)");
      return null;
    }
    String me = everywhere.iterator().next();
    String shown =
        reads.get(0).senders().stream()
            .filter(s -> ImportedText.fold(s).equals(me))
            .findFirst()
            .orElse(me);
    notes.add(
        "took you to be "
            + Texts.clean(shown)
            + ", the sender in every chat who is not a contact; if you are not, say your name with"
            + " me: {name: ...} in config.yaml");
    return me;
  }
}
