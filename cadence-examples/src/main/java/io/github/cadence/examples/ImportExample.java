package io.github.cadence.examples;

import io.github.cadence.io.AgendaExport;
import io.github.cadence.io.CalendarOptions;
import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.Agenda;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Wiring {@code cadence-io}: the exports people have (LinkedIn, Google Contacts, a phone's vCards)
 * into a workspace, and the week's plan out to their calendar.
 */
public final class ImportExample {
  private ImportExample() {}

  /**
   * Imports files into a workspace, merging one person found in several files into one contact.
   *
   * @param workspace the workspace
   * @param files the exports, such as Connections.csv, messages.csv, contacts.vcf
   * @param now the instant of the import
   * @return what was imported, with the report of what was merged and why
   */
  public static ImportResult importInto(Workspace workspace, List<Path> files, Instant now) {
    // tag::import[]
    Importer importer = Importer.builder(now).region("DE").zone(ZoneId.of("Europe/Berlin")).build();
    ImportResult result =
        importer.read(files.stream().map(ImportSource::of).toList(), workspace.contacts());
    workspace.importAll(result.contacts(), result.touchpoints()); // all or nothing
    // result.report().lines(): what was merged, on which key, and what was left apart
    // end::import[]
    return result;
  }

  /**
   * Writes an agenda to an iCalendar file, a networking block per planned day.
   *
   * @param agenda the agenda
   * @param file the .ics file to write
   * @param now the instant of the export
   * @throws IOException if the file cannot be written
   */
  public static void putInCalendar(Agenda agenda, Path file, Instant now) throws IOException {
    // tag::calendar[]
    try (Writer out = Files.newBufferedWriter(file)) {
      CalendarOptions options =
          CalendarOptions.builder(ZoneId.of("Europe/Berlin")).alarm(Duration.ofMinutes(10)).build();
      AgendaExport.ics(agenda, options, now, out); // re-exporting updates the same entries
    }
    // end::calendar[]
  }
}
