package io.github.cadence.cli;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.AgendaExport;
import io.github.cadence.io.CalendarOptions;
import io.github.cadence.io.NetworkExport;
import io.github.cadence.io.QueueExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Agenda;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cadence export}: the plan for a calendar, the queue or agenda as data, the network. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the week's plan as a calendar, or the queue or the network as files.",
      "The plan as iCalendar (ics), the queue or the agenda as JSON or CSV, or the",
      "whole network (network-csv: contacts and touchpoints files; network-json)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence export ics --alarm 10 --output cadence.ics   (for your calendar)",
      "  cadence export json --what agenda",
      "  cadence export csv --output queue.csv",
      "  cadence export network-json --output backup.json"
    })
final class ExportCommand implements Callable<Integer> {
  /** What can be written. */
  enum Format {
    ICS,
    JSON,
    CSV,
    NETWORK_CSV,
    NETWORK_JSON
  }

  /** Which plan document {@code json} and {@code csv} write. */
  enum What {
    QUEUE,
    AGENDA
  }

  @Mixin WorkspaceOption workspace;

  @Parameters(
      paramLabel = "FORMAT",
      description = "ics, json, csv, network-csv or network-json.",
      converter = FormatConverter.class)
  Format format = Format.ICS;

  @Option(
      names = "--what",
      paramLabel = "queue|agenda",
      defaultValue = "queue",
      description = "For json and csv: the queue or the agenda (default: ${DEFAULT-VALUE}).")
  What what = What.QUEUE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "The file to write, its directory made if missing (default: standard output;"
              + " network-csv needs a file).")
  @Nullable Path output;

  @Option(
      names = "--force",
      description =
          "Write over a file that holds a database (refused otherwise: it may be a"
              + " workspace).")
  boolean force;

  @Option(
      names = "--alarm",
      paramLabel = "MINUTES",
      description = "For ics: a reminder this many minutes before each entry.")
  @Nullable Integer alarm;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "For ics and the agenda: how many days to plan (default: ${DEFAULT-VALUE}).")
  int days;

  @Override
  public Integer call() throws IOException {
    Instant now = workspace.root().clock().instant();
    try (Workspace w = workspace.read(now)) {
      switch (format) {
        case ICS -> {
          CalendarOptions.Builder b =
              CalendarOptions.builder(workspace.root().config().plan().zone());
          if (alarm != null) {
            b.alarm(Duration.ofMinutes(alarm));
          }
          CalendarOptions options = b.build();
          Agenda agenda = WeekCommand.plan(workspace.root().config().plan(), w, now, days, false);
          write(out -> AgendaExport.ics(agenda, options, now, out));
        }
        case JSON ->
            write(
                out -> {
                  if (what == What.QUEUE) {
                    QueueExport.json(w.queue(QueueRequest.asOf(now)), out);
                  } else {
                    AgendaExport.json(
                        WeekCommand.plan(workspace.root().config().plan(), w, now, days, false),
                        out);
                  }
                });
        case CSV ->
            write(
                out -> {
                  if (what == What.QUEUE) {
                    QueueExport.csv(w.queue(QueueRequest.asOf(now)), out);
                  } else {
                    AgendaExport.csv(
                        WeekCommand.plan(workspace.root().config().plan(), w, now, days, false),
                        out);
                  }
                });
        case NETWORK_JSON -> write(out -> NetworkExport.json(w.contacts(), touchpoints(w), out));
        case NETWORK_CSV -> networkCsv(w);
      }
    }
    return 0;
  }

  private static List<Touchpoint> touchpoints(Workspace w) {
    List<Touchpoint> all = new ArrayList<>();
    for (Contact c : w.contacts()) {
      all.addAll(w.touchpoints(c.id()));
    }
    return all;
  }

  private void networkCsv(Workspace w) throws IOException {
    if (output == null) {
      throw new IllegalArgumentException(
          "network-csv writes two files: give --output FILE for the contacts (the touchpoints go"
              + " beside it, as FILE-touchpoints.csv)");
    }
    Path contacts = output;
    String name = contacts.getFileName().toString().replaceFirst("\\.csv$", "");
    Path touches = contacts.toAbsolutePath().resolveSibling(name + "-touchpoints.csv");
    OutputFile.write(contacts, force, out -> NetworkExport.contactsCsv(w.contacts(), out));
    OutputFile.write(touches, force, out -> NetworkExport.touchpointsCsv(touchpoints(w), out));
    workspace.out().printf("wrote %s and %s%n", contacts, touches);
  }

  private void write(OutputFile.Body body) throws IOException {
    if (output == null) {
      PrintWriter out = workspace.out();
      body.write(out);
      out.flush();
      return;
    }
    OutputFile.write(output, force, body);
  }

  /** {@code network-csv} on the command line is {@code NETWORK_CSV} here. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().replace('_', '-').equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not a format; expected ics, json, csv, network-csv or network-json");
    }
  }
}
