package io.github.cadence.io;

import io.github.cadence.model.Contact;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
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
 * @param occasions the birthday and anniversaries an address book holds, with their years where it
 *     has them
 * @param tags labels and groups
 * @param note what the user wrote about the person, or null
 */
record PersonRecord(
    String source,
    long line,
    @Nullable Contact contact,
    String name,
    List<Handle> handles,
    @Nullable String organization,
    @Nullable LocalDate connectedOn,
    List<Occasion> occasions,
    Set<String> tags,
    @Nullable String note) {

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
        List.of(),
        contact.tags(),
        null);
  }

  /**
   * An occasion of an address book, with its first year where the book has a real one: Apple writes
   * 1604 for a birthday without a year, and a year before 1900 is taken for none.
   */
  static Occasion yearly(Occasion.Kind kind, String label, MonthDay day, @Nullable Integer year) {
    if (year == null || year < 1900 || year > 9998 || !day.isValidYear(year)) {
      return Occasion.of(kind, label, DateRule.yearly(day));
    }
    return Occasion.of(kind, label, DateRule.yearlySince(day.atYear(year)));
  }

  /** Where the record is, for the report: "Connections.csv:14". */
  String place() {
    return source + ":" + line;
  }
}
