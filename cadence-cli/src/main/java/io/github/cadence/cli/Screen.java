package io.github.cadence.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Texts;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.Deferral;
import io.github.cadence.plan.Intake;
import io.github.cadence.rule.Purpose;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;

/** The queue and the agenda as text for a terminal: aligned columns, a reason per line. */
final class Screen {
  /** The first step for a contact with no handle on file ({@link QueueEntry#reachable()}). */
  private static final String FIND_A_WAY =
      "find a way to reach them first: no phone number, email address or profile on file";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  private Screen() {}

  /** How many characters of a name a list shows; {@code contact show} shows it whole. */
  static final int NAME_MAX = 40;

  /**
   * A text as a list shows it: control characters as visible escapes (the model refuses them, but a
   * message may carry what a user typed), cut with "…" after {@code max} characters so that a
   * megabyte of name is a line, not a megabyte.
   */
  static String fit(String text, int max) {
    String shown = Texts.visible(text);
    if (shown.codePointCount(0, shown.length()) <= max) {
      return shown;
    }
    return shown.substring(0, shown.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** "1 touch", "3 touches", "1,500 contacts". */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** A day as a person says it: "Mon Dec 7", with the year when it is not this one's. */
  static String day(LocalDate day, LocalDate today) {
    return DAY.format(day) + (day.getYear() == today.getYear() ? "" : ", " + day.getYear());
  }

  /**
   * The first {@code limit} due follow-ups of a queue that holds every due entry (and maybe more),
   * then the first {@code mapDaily} contacts to map, out of {@code total} contacts. Contacts never
   * talked to ({@link Category#INTAKE}) are counted apart: "12 of 1,500 contacts due, and 1,203
   * more to map", never "1,215 due".
   */
  static String queue(
      FollowUpQueue queue, int total, ZoneId zone, int limit, int mapDaily, Ansi ansi) {
    List<QueueEntry> due = Intake.followUps(queue);
    int toMap = Intake.waiting(queue);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Today, %s: %,d of %,d %s due%s; %s%n%n",
            STAMP.format(queue.asOf().atZone(zone)),
            due.size(),
            total,
            total == 1 ? "contact" : "contacts",
            toMap == 0 ? "" : String.format(Locale.ROOT, ", and %,d more to map", toMap),
            due.isEmpty()
                ? "nobody to follow up"
                : due.size() <= limit ? "all of them" : "the first " + limit));
    entries(out, queue, due.subList(0, Math.min(limit, due.size())), ansi);
    List<QueueEntry> offered = Intake.offered(queue, mapDaily);
    if (!offered.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nTo map today, %d of %,d never talked to: choose a tier (cadence contact edit ID"
                  + " --tier A), archive (cadence contact archive ID), or reach out%n",
              offered.size(),
              toMap));
      for (QueueEntry e : offered) {
        out.append(
            String.format(
                Locale.ROOT,
                "  - %s (%s): %s%n",
                ansi.string("@|bold " + escape(fit(e.contact().displayName(), NAME_MAX)) + "|@"),
                e.contact().id(),
                e.reasons().stream()
                    .filter(r -> r.purpose() == Purpose.INTAKE)
                    .map(Reason::text)
                    .findFirst()
                    .orElse("never talked")));
      }
    }
    queue
        .failures()
        .forEach(
            f ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "!! rule %s failed for %s: %s%n",
                        f.ruleId(),
                        f.contactId(),
                        f.error())));
    return out.toString();
  }

  private static void entries(
      StringBuilder out, FollowUpQueue queue, List<QueueEntry> entries, Ansi ansi) {
    int nameWidth =
        entries.stream()
            .mapToInt(e -> fit(e.contact().displayName(), NAME_MAX).length())
            .max()
            .orElse(4);
    int rank = 1;
    for (QueueEntry e : entries) {
      out.append(
          String.format(
              Locale.ROOT,
              "%3d. %s  %-3s %-8s %-8s %7.1f  %s%n",
              rank++,
              // Padded before it is styled: escape codes have no width on the screen.
              ansi.string(
                  "@|bold "
                      + escape(
                          String.format(
                              Locale.ROOT,
                              "%-" + nameWidth + "s",
                              fit(e.contact().displayName(), NAME_MAX)))
                      + "|@"),
              e.contact().tier().name(),
              Codes.name(e.channel()),
              Codes.name(e.intent()),
              e.score(),
              ansi.string(
                  "@|"
                      + (e.isDueAt(queue.asOf()) ? "red" : "green")
                      + " "
                      + overdue(queue, e)
                      + "|@")));
      for (Reason r : e.reasons()) {
        out.append("       - ").append(r.text()).append(System.lineSeparator());
      }
      if (!e.reachable()) {
        out.append("       - ").append(FIND_A_WAY).append(System.lineSeparator());
      }
    }
  }

  private static String note(AgendaItem.Touch touch) {
    if (touch.isDone()) {
      return "  (done)";
    }
    return touch.carriedOverFrom().isPresent()
        ? "  (carried over from " + DAY.format(touch.carriedOverFrom().get()) + ")"
        : "";
  }

  /** Picocli's markup reads "|@" and "@|": a name holding them must not end the style early. */
  private static String escape(String text) {
    return text.replace("@|", "@ |").replace("|@", "| @");
  }

  /**
   * When to act, in the column beside the score: a contact to map says so; a window that closes (a
   * reply owed, a follow-up after meeting, an occasion) says "now", its reasons giving the day it
   * closes, since a count of days "overdue" from when they wrote would contradict "by Dec 7"; a
   * rhythm item says how long it is overdue.
   */
  private static String overdue(FollowUpQueue queue, QueueEntry e) {
    Category category = Category.of(e);
    if (category == Category.INTAKE) {
      return "to map";
    }
    if (category.closesWindow()) {
      return "now";
    }
    long days = Duration.between(e.due(), queue.asOf()).toDays();
    return days == 0 ? "due today" : "overdue " + days + "d";
  }

  static String agenda(Agenda agenda, Ansi ansi) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "The week from %s%n", DAY.format(agenda.from())));
    for (AgendaDay day : agenda.days()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s  %s%n",
              ansi.string("@|bold " + DAY.format(day.date()) + "|@"),
              day.dayOff().isPresent() && day.items().isEmpty()
                  ? "day off: " + Texts.visible(day.dayOff().get())
                  : String.format(
                      Locale.ROOT,
                      "%d of %d min%s%s",
                      day.plannedMinutes(),
                      day.budgetMinutes(),
                      day.busy() ? "  (busy)" : "",
                      day.dayOff()
                          .map(why -> "  (day off: " + Texts.visible(why) + ")")
                          .orElse(""))));
      if (day.items().isEmpty() && day.dayOff().isEmpty()) {
        out.append("    nothing planned").append(System.lineSeparator());
      }
      for (AgendaItem item : day.items()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-8s %-22s %3d min  %-17s %s%s%n",
                Codes.name(item.channel()),
                fit(item.subject(), NAME_MAX),
                item.minutes(),
                item.category().label(),
                Codes.name(item.intent()),
                item instanceof AgendaItem.Touch touch ? note(touch) : ""));
        if (!item.reasons().isEmpty()) {
          out.append("          - ")
              .append(item.reasons().get(0).text())
              .append(System.lineSeparator());
        }
        if (item instanceof AgendaItem.Touch touch && touch.contact().handles().isEmpty()) {
          out.append("          - ").append(FIND_A_WAY).append(System.lineSeparator());
        }
      }
    }
    if (!agenda.deferred().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT, "%n%d more did not fit the week's time:%n", agenda.deferred().size()));
      for (Deferral d : agenda.deferred().subList(0, Math.min(5, agenda.deferred().size()))) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-22s %s: %s%n",
                fit(d.subject(), NAME_MAX),
                d.why().label(),
                d.explanation()));
      }
    }
    agenda.warnings().forEach(w -> out.append("! ").append(w).append(System.lineSeparator()));
    return out.toString();
  }

  /**
   * A pretty-printing JSON writer over the command's output, which it leaves open: for the commands
   * whose JSON has no schema of its own.
   */
  static JsonGenerator json(PrintWriter out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g.useDefaultPrettyPrinter();
  }
}
