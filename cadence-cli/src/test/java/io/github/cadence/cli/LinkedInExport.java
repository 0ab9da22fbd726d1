package io.github.cadence.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A realistic LinkedIn export, generated from a seed in the exact layout LinkedIn writes ({@code
 * Connections.csv} with its notes preamble and CRLF, {@code messages.csv}): a professional with
 * {@code connections} connections made over twelve and more years, a few hundred of whom they
 * exchanged messages with over the last three years, a few dozen who wrote in the last ten days and
 * wait for an answer, and a few connected in the last days.
 */
final class LinkedInExport {
  static final String OWNER = "Dana Reyes";
  static final String OWNER_URL = "https://www.linkedin.com/in/dana-reyes";

  private static final String[] FIRST = {
    "Maria", "Ken", "Priya", "Tom", "Aisha", "Noah", "Grace", "Arjun", "Lena", "Omar", "Sofia",
    "Kwame", "Mei", "Lucas", "Hana", "Diego", "Ines", "Yuki", "Sam", "Elif", "Jonas", "Zara"
  };
  private static final String[] LAST = {
    "Lopez", "O'Hara", "Shah", "Becker", "Cohen", "Brown", "Nielsen", "Dubois", "Larsen", "Kim",
    "Rossi", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Fischer", "Moreau", "Singh", "Costa"
  };
  private static final String[] COMPANIES = {
    "Acme", "Globex, Inc.", "Initech", "Umbrella", "Hooli", "Pied Piper", "Stark Industries", ""
  };
  private static final DateTimeFormatter CONNECTED =
      DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** One connection, and what the export says of their messages. */
  record Connection(
      String name, String url, LocalDate connectedOn, boolean talked, boolean waitingForReply) {}

  final List<Connection> connections = new ArrayList<>();
  final List<String> messageRows = new ArrayList<>();
  final Instant asOf;

  /**
   * Generates the export.
   *
   * @param seed the seed: the same seed, the same export
   * @param asOf the day of the export
   * @param size how many connections (at least 100)
   */
  LinkedInExport(long seed, Instant asOf, int size) {
    this.asOf = asOf;
    Random random = new Random(seed);
    LocalDate today = asOf.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate first = LocalDate.of(2012, 3, 1);
    long span = today.toEpochDay() - first.toEpochDay();
    int talkers = size * 2 / 15; // about 200 of 1,500
    int waiting = Math.max(3, size / 50); // about 30 of 1,500
    for (int i = 0; i < size; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
      if (i >= FIRST.length * LAST.length) {
        name = name + " " + (char) ('A' + (i / (FIRST.length * LAST.length)) - 1) + ".";
      }
      String url = "https://www.linkedin.com/in/" + slug(name) + "-" + (1000 + i);
      LocalDate connected;
      if (i < 3) {
        connected = today.minusDays(1 + i); // this week's new connections
      } else {
        // More connections in the early years, as people connect freely at first.
        double r = Math.pow(random.nextDouble(), 1.6);
        connected = first.plusDays((long) (r * (span - 7)));
      }
      boolean talked = i >= 3 && i < 3 + talkers;
      boolean wait = talked && i < 3 + waiting;
      connections.add(new Connection(name, url, connected, talked, wait));
      if (talked) {
        thread(random, i, name, url, connected, wait);
      }
    }
  }

  /** A conversation over the last three years; the last message theirs when they wait. */
  private void thread(
      Random random, int i, String name, String url, LocalDate connected, boolean wait) {
    Instant start =
        later(
            connected.atStartOfDay(ZoneOffset.UTC).toInstant(), asOf.minus(Duration.ofDays(1095)));
    int messages = 10 + random.nextInt(70);
    long spanMinutes = Duration.between(start, asOf.minus(Duration.ofDays(12))).toMinutes();
    List<Instant> at = new ArrayList<>();
    for (int m = 0; m < messages; m++) {
      at.add(start.plus(Duration.ofMinutes((long) (random.nextDouble() * spanMinutes))));
    }
    at.sort(null);
    if (wait) {
      // They wrote in the last ten days, after the user's last message.
      at.add(asOf.minus(Duration.ofMinutes(60 + random.nextInt(9 * 24 * 60))));
    }
    String conversation = "2-" + Integer.toHexString(0x10000 + i);
    for (int m = 0; m < at.size(); m++) {
      boolean theirs = wait && m == at.size() - 1 || random.nextBoolean();
      messageRows.add(
          String.join(
              ",",
              conversation,
              "",
              csv(theirs ? name : OWNER),
              theirs ? url : OWNER_URL,
              csv(theirs ? OWNER : name),
              theirs ? OWNER_URL : url,
              SENT.format(at.get(m)),
              "",
              csv(theirs ? "Could we meet next week?" : "Thanks, talk soon!"),
              "INBOX",
              ""));
    }
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  /** Whether the connection at an index has its email address in the export, as one in 12 do. */
  private static boolean hasEmail(int index) {
    return index % 12 == 0;
  }

  /** The names of the connections whose email address is in the export. */
  Set<String> namesWithEmail() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < connections.size(); i++) {
      if (hasEmail(i)) {
        names.add(connections.get(i).name());
      }
    }
    return names;
  }

  /** Writes {@code Connections.csv} and {@code messages.csv} into a directory. */
  List<Path> write(Path dir) throws IOException {
    Path connectionsFile = dir.resolve("Connections.csv");
    try (Writer w = Files.newBufferedWriter(connectionsFile, StandardCharsets.UTF_8)) {
      w.write(
          "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the"
              + " email addresses are missing.\"\r\n\r\n"
              + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
      int n = 0;
      for (Connection c : connections) {
        String[] parts = c.name().split(" ", 2);
        String email = hasEmail(n) ? slug(c.name()) + "@example.com" : "";
        w.write(
            String.join(
                    ",",
                    csv(parts[0]),
                    csv(parts[1]),
                    c.url(),
                    email,
                    csv(COMPANIES[n % COMPANIES.length]),
                    n % 3 == 0 ? "Director" : "Engineer",
                    CONNECTED.format(c.connectedOn()))
                + "\r\n");
        n++;
      }
    }
    Path messagesFile = dir.resolve("messages.csv");
    try (Writer w = Files.newBufferedWriter(messagesFile, StandardCharsets.UTF_8)) {
      w.write(
          "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE"
              + " URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS\n");
      for (String row : messageRows) {
        w.write(row + "\n");
      }
    }
    return List.of(connectionsFile, messagesFile);
  }
}
