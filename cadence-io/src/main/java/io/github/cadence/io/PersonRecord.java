package io.github.cadence.io;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Handle;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as one row or card describes them, before duplicates are merged.
 *
 * @param source the file
 * @param line the line the row or card starts on
 * @param contact the whole contact, when the row is in Cadence's own layout (it has an id)
 * @param name the name to show
 * @param handles email addresses, phone numbers (in E.164 where they parse) and profile pages
 * @param organization the company
 * @param connectedOn when the user connected with them (LinkedIn), a first meeting where there is
 *     nothing better
 * @param birthday the birthday, without a year
 * @param tags labels and groups
 */
record PersonRecord(
    String source,
    long line,
    @Nullable Contact contact,
    String name,
    List<Handle> handles,
    @Nullable String organization,
    @Nullable LocalDate connectedOn,
    @Nullable MonthDay birthday,
    Set<String> tags) {

  /** A row of Cadence's own layouts: the whole contact, with its id. */
  static PersonRecord of(String source, long line, Contact contact) {
    return new PersonRecord(
        source,
        line,
        contact,
        contact.displayName(),
        contact.handles(),
        contact.organization().orElse(null),
        null,
        null,
        contact.tags());
  }

  /** Where the record is, for the report: "Connections.csv:14". */
  String place() {
    return source + ":" + line;
  }
}
