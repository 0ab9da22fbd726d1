package io.github.cadence.examples;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Renders a follow-up queue as plain text for a terminal. */
final class QueuePrinter {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  private QueuePrinter() {}

  static String render(FollowUpQueue queue) {
    StringBuilder out = new StringBuilder();
    long due = queue.entries().stream().filter(e -> e.isDueAt(queue.asOf())).count();
    out.append(
        String.format(
            Locale.ROOT,
            "Follow-up queue as of %s: showing %d of %d contacts, %d of them due now%n%n",
            STAMP.format(queue.asOf()),
            queue.size(),
            queue.totalMatching(),
            due));
    int rank = 1;
    for (QueueEntry e : queue.entries()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%2d. %-14s %-6s %-8s %-8s score %6.1f  %s%n",
              rank++,
              e.contact().displayName(),
              "[" + e.contact().tier().name() + "]",
              lower(e.channel()),
              lower(e.intent()),
              e.score(),
              when(queue, e)));
      for (Reason r : e.reasons()) {
        out.append("      - ").append(r).append(System.lineSeparator());
      }
    }
    queue
        .failures()
        .forEach(
            f ->
                out.append(
                    String.format(
                        "!! rule %s failed for %s: %s%n", f.ruleId(), f.contactId(), f.error())));
    return out.toString();
  }

  private static String when(FollowUpQueue queue, QueueEntry e) {
    if (e.isDueAt(queue.asOf())) {
      long days = ChronoUnit.DAYS.between(e.due(), queue.asOf());
      return days == 0 ? "due today" : "overdue " + days + "d";
    }
    return "due " + DAY.format(e.due().atZone(e.contact().zone()));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
