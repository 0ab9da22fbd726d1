package io.github.cadence.examples;

import io.github.cadence.forecast.Forecast;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Deferral;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders an agenda and a forecast as plain text for a terminal. */
final class AgendaPrinter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  private AgendaPrinter() {}

  static String render(Agenda agenda, Forecast forecast) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, "Agenda for the week of %s%n", DAY.format(agenda.from())));
    for (AgendaDay day : agenda.days()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s  %d of %d minutes%s%n",
              DAY.format(day.date()),
              day.plannedMinutes(),
              day.budgetMinutes(),
              day.busy() ? "  (busy)" : ""));
      if (day.items().isEmpty()) {
        out.append("    nothing planned").append(System.lineSeparator());
      }
      for (AgendaItem item : day.items()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-8s %-15s %3d min  %-17s %s%s%n",
                lower(item.channel()),
                item.subject(),
                item.minutes(),
                item.category().label(),
                lower(item.intent()),
                item instanceof AgendaItem.Touch touch && touch.carriedOverFrom().isPresent()
                    ? "  (carried over from " + DAY.format(touch.carriedOverFrom().get()) + ")"
                    : ""));
        item.reasons()
            .forEach(r -> out.append("          - ").append(r).append(System.lineSeparator()));
      }
    }
    if (!agenda.deferred().isEmpty()) {
      out.append(System.lineSeparator()).append("Deferred:").append(System.lineSeparator());
      for (Deferral d : agenda.deferred()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-15s %-17s %s: %s%n",
                d.subject(),
                d.category().label(),
                d.why().label(),
                d.explanation()));
      }
    }
    if (!agenda.warnings().isEmpty()) {
      out.append(System.lineSeparator()).append("Warnings:").append(System.lineSeparator());
      agenda.warnings().forEach(w -> out.append("    ").append(w).append(System.lineSeparator()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nForecast: contacts overdue at the start of each week%n    %-10s %10s %14s%n",
            "week of",
            "keep plan",
            "stop " + forecast.stoppedWeeks() + " weeks"));
    for (int i = 0; i < forecast.keepThePlan().size(); i++) {
      out.append(
          String.format(
              Locale.ROOT,
              "    %-10s %10d %14d%n",
              DAY.format(forecast.keepThePlan().get(i).start()).substring(4),
              forecast.keepThePlan().get(i).overdue(),
              forecast.stopped().get(i).overdue()));
    }
    return out.toString();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
