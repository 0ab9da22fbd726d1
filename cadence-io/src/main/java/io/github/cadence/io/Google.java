package io.github.cadence.io;

import com.google.common.base.Splitter;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Google Contacts CSV, today's layout and the legacy one: numbered groups of columns ({@code E-mail
 * 1 - Value}, {@code Phone 2 - Value}), as many as the export needed, several values in one field
 * joined by {@code " ::: "}, labels such as {@code "* myContacts ::: Clients"}.
 */
final class Google {
  private static final Splitter VALUES = Splitter.on(" ::: ").trimResults().omitEmptyStrings();
  private static final Pattern EMAIL = Pattern.compile("E-mail \\d+ - Value");
  private static final Pattern PHONE = Pattern.compile("Phone \\d+ - Value");
  private static final Pattern WEBSITE = Pattern.compile("Website \\d+ - Value");

  private Google() {}

  static PersonRecord contact(
      CsvTable.Row row, List<String> columns, Handles handles, boolean legacy) {
    List<Handle> found = new ArrayList<>();
    for (String column : columns) {
      String c = column.strip();
      String value = row.get(c);
      if (value == null) {
        continue;
      }
      if (EMAIL.matcher(c).matches()) {
        VALUES.split(value).forEach(v -> found.add(row.parse(c, v, Handle::email)));
      } else if (PHONE.matcher(c).matches()) {
        VALUES.split(value).forEach(v -> found.add(row.parse(c, v, handles::phone)));
      } else if (WEBSITE.matcher(c).matches()) {
        for (String v : VALUES.split(value)) {
          if (Handles.isLinkedInProfile(v)) {
            found.add(row.parse(c, v, Handle::profile));
          }
        }
      }
    }
    String organization = legacy ? row.get("Organization 1 - Name") : row.get("Organization Name");
    String name = legacy ? legacyName(row) : name(row);
    if (name == null) {
      name = organization;
    }
    if (name == null && !found.isEmpty()) {
      name = found.get(0).value();
    }
    if (name == null) {
      throw row.fault(
          legacy ? "Name" : "First Name",
          "",
          "is empty, and the contact has no company, email or phone either");
    }
    String birthday = row.get("Birthday");
    List<Occasion> occasions = new ArrayList<>();
    if (birthday != null) {
      occasions.add(row.parse("Birthday", birthday, Google::birthday));
    }
    Set<String> tags = new TreeSet<>();
    String labels = legacy ? row.get("Group Membership") : row.get("Labels");
    if (labels != null) {
      // "* myContacts" and "* starred" are Google's own groups, not the user's labels.
      VALUES
          .split(labels)
          .forEach(
              l -> {
                if (!l.startsWith("* ")) {
                  tags.add(l);
                }
              });
    }
    return new PersonRecord(
        row.source(),
        row.line(),
        null,
        name,
        found,
        organization,
        null,
        occasions,
        tags,
        ImportedText.note(row.raw("Notes")));
  }

  private static @Nullable String name(CsvTable.Row row) {
    String joined =
        ImportedText.clean(
            String.join(" ", row.raw("First Name"), row.raw("Middle Name"), row.raw("Last Name")));
    if (joined != null) {
      return joined;
    }
    String nickname = row.get("Nickname");
    return nickname != null ? nickname : row.get("File As");
  }

  private static @Nullable String legacyName(CsvTable.Row row) {
    String name = row.get("Name");
    if (name != null) {
      return name;
    }
    String joined =
        ImportedText.clean(
            String.join(
                " ", row.raw("Given Name"), row.raw("Additional Name"), row.raw("Family Name")));
    return joined != null ? joined : row.get("Nickname");
  }

  /** "1985-04-12", a birthday since that year, or without a year "--12-09". */
  static Occasion birthday(String value) {
    try {
      if (value.startsWith("--")) {
        return Occasion.birthday(MonthDay.parse(value));
      }
      LocalDate born = LocalDate.parse(value);
      return PersonRecord.yearly(
          Occasion.Kind.BIRTHDAY, "birthday", MonthDay.from(born), born.getYear());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date like '1985-04-12' or '--12-09'", e);
    }
  }
}
