package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Cadence's own CSV layouts, one for contacts and one for touchpoints (described in {@link
 * NetworkExport}), which keep every field: a network written out and read back in by an {@link
 * Importer} is the same network. Files are UTF-8 with a byte order mark and CRLF line ends, so that
 * spreadsheets open them cleanly; several values in one field are joined by {@code " ::: "}, as
 * Google Contacts does.
 *
 * <p>Contacts: {@code id, name, tier, tier_cadence, tier_weight, roles, tags, first_met,
 * first_met_where, zone, status, paused_until, created_at, handles, organization, occasions,
 * snoozed_until, next_meeting, note}; a handle is {@code email:}, {@code phone:} or {@code
 * profile:} and its value, an occasion is its day ({@code --12-09}, or {@code 2027-01-15} for a
 * one-time one, or a rule in brackets: {@code [third Sunday of June]}, {@code [June 14 since
 * 1980]}), its kind and its label. Touchpoints: {@code contact_id, at, channel, direction, outcome,
 * intent, note, source}.
 */
final class CadenceCsv {
  static final List<String> CONTACT_COLUMNS =
      List.of(
          "id",
          "name",
          "tier",
          "tier_cadence",
          "tier_weight",
          "roles",
          "tags",
          "first_met",
          "first_met_where",
          "zone",
          "status",
          "paused_until",
          "created_at",
          "handles",
          "organization",
          "occasions",
          "snoozed_until",
          "next_meeting",
          "note");
  static final List<String> TOUCHPOINT_COLUMNS =
      List.of("contact_id", "at", "channel", "direction", "outcome", "intent", "note", "source");

  private static final String JOIN = " ::: ";
  private static final Splitter VALUES = Splitter.on(JOIN).trimResults().omitEmptyStrings();

  private CadenceCsv() {}

  /**
   * Writes contacts in Cadence's contacts layout.
   *
   * @param contacts the contacts, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  static void writeContacts(Collection<Contact> contacts, Writer out) {
    requireNonNull(contacts, "contacts");
    requireNonNull(out, "out");
    write(out, CONTACT_COLUMNS, contacts, c -> cells(fields(c)));
  }

  /**
   * Writes touchpoints in Cadence's touchpoints layout.
   *
   * @param touchpoints the touchpoints, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  static void writeTouchpoints(Collection<Touchpoint> touchpoints, Writer out) {
    requireNonNull(touchpoints, "touchpoints");
    requireNonNull(out, "out");
    write(out, TOUCHPOINT_COLUMNS, touchpoints, t -> cells(fields(t)));
  }

  /**
   * A cell a spreadsheet shows as text: one that starts with =, +, -, @, a tab, a carriage return
   * or an apostrophe gets an apostrophe in front (the OWASP advice against CSV injection; the
   * apostrophe itself, so that reading it back is exact).
   */
  static String cell(String value) {
    return !value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static List<String> cells(List<String> values) {
    return values.stream().map(CadenceCsv::cell).toList();
  }

  /** A cell as {@link #cell} wrote it, back to its value. */
  static String uncell(String value) {
    return value.startsWith("'") ? value.substring(1) : value;
  }

  /** Writes a spreadsheet-friendly CSV: a byte order mark, a header, CRLF. */
  static <T> void write(
      Writer out,
      List<String> header,
      Collection<T> rows,
      java.util.function.Function<T, List<String>> fields) {
    try {
      out.write('\uFEFF');
      CsvWriter csv =
          CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).autoFlush(false).build(out);
      csv.writeRecord(header);
      for (T row : rows) {
        csv.writeRecord(fields.apply(row));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fields(Contact c) {
    ContactStatus status = c.status();
    return List.of(
        c.id(),
        c.displayName(),
        c.tier().name(),
        c.tier().cadence().toString(),
        Double.toString(c.tier().weight()),
        c.roles().stream().map(Codes::name).collect(Collectors.joining(JOIN)),
        String.join(JOIN, c.tags()),
        c.firstMet().map(m -> m.date().toString()).orElse(""),
        c.firstMet().flatMap(FirstMeeting::where).orElse(""),
        c.zone().getId(),
        status instanceof ContactStatus.Paused ? "paused" : status.toString(),
        status instanceof ContactStatus.Paused p ? p.firstDayBack().toString() : "",
        c.createdAt().toString(),
        c.handles().stream()
            .map(h -> Codes.name(h.kind()) + ":" + h.value())
            .collect(Collectors.joining(JOIN)),
        c.organization().orElse(""),
        c.occasions().stream().map(CadenceCsv::occasion).collect(Collectors.joining(JOIN)),
        c.snoozedUntil().map(LocalDate::toString).orElse(""),
        c.nextMeeting().map(Instant::toString).orElse(""),
        c.note().orElse(""));
  }

  private static String occasion(Occasion o) {
    String day =
        o.date().isFloating() || o.since().isPresent()
            ? "[" + o.date() + "]"
            : o.year().isPresent()
                ? o.day().atYear(o.year().getAsInt()).toString()
                : o.day().toString();
    return day + " " + Codes.name(o.kind()) + " " + o.label();
  }

  private static List<String> fields(Touchpoint t) {
    return List.of(
        t.contactId(),
        t.at().toString(),
        Codes.name(t.channel()),
        Codes.name(t.direction()),
        Codes.name(t.outcome()),
        Codes.name(t.intent()),
        t.note().orElse(""),
        t.source().orElse(""));
  }

  // ---- reading, for the Importer

  static PersonRecord contact(CsvTable.Row row) {
    String id = row.require("id");
    Instant created = row.parse("created_at", row.require("created_at"), Instant::parse);
    Contact.Builder b = row.parse("id", id, v -> Contact.builder(v, created));
    String name = row.require("name");
    row.parse("name", name, b::displayName);
    String tierName = row.require("tier");
    String cadence = row.get("tier_cadence");
    String weight = row.get("tier_weight");
    Tier tier =
        cadence == null && weight == null
            ? defaultTier(row, tierName)
            : new Tier(
                tierName,
                row.parse("tier_cadence", cadence == null ? "" : cadence, Period::parse),
                row.parse("tier_weight", weight == null ? "" : weight, Double::parseDouble));
    b.tier(tier);
    for (String role : VALUES.split(row.raw("roles"))) {
      Role r = row.parse("roles", role, v -> Codes.parse(Role.class, v));
      b.roles(r);
    }
    for (String tag : VALUES.split(row.raw("tags"))) {
      row.parse("tags", tag, b::tags);
    }
    String firstMet = row.get("first_met");
    if (firstMet != null) {
      LocalDate date = row.parse("first_met", firstMet, LocalDate::parse);
      String where = row.get("first_met_where");
      b.firstMet(
          where == null
              ? FirstMeeting.on(date)
              : row.parse("first_met_where", where, w -> FirstMeeting.at(date, w)));
    }
    String zone = row.get("zone");
    if (zone != null) {
      b.zone(row.parse("zone", zone, ZoneId::of));
    }
    b.status(status(row));
    for (String handle : VALUES.split(row.raw("handles"))) {
      Handle h = row.parse("handles", handle, CadenceCsv::handle);
      b.handles(h);
    }
    String organization = row.get("organization");
    if (organization != null) {
      row.parse("organization", organization, b::organization);
    }
    for (String occasion : VALUES.split(row.raw("occasions"))) {
      Occasion o = row.parse("occasions", occasion, CadenceCsv::occasion);
      b.occasions(o);
    }
    String snoozed = row.get("snoozed_until");
    if (snoozed != null) {
      LocalDate back = row.parse("snoozed_until", snoozed, LocalDate::parse);
      row.parse("snoozed_until", snoozed, v -> b.snoozedUntil(back));
    }
    String meeting = row.get("next_meeting");
    if (meeting != null) {
      Instant start = row.parse("next_meeting", meeting, Instant::parse);
      row.parse("next_meeting", meeting, v -> b.nextMeeting(start));
    }
    String note = raw(row, "note");
    if (note != null) {
      row.parse("note", note, b::note);
    }
    Contact contact = row.parse("id", id, v -> b.build());
    return PersonRecord.of(row.source(), row.line(), contact);
  }

  private static Tier defaultTier(CsvTable.Row row, String name) {
    return switch (name) {
      case "A" -> Tier.A;
      case "B" -> Tier.B;
      case "C" -> Tier.C;
      default ->
          throw row.fault(
              "tier_cadence", "", "is empty; tier '" + name + "' needs a cadence such as P30D");
    };
  }

  private static ContactStatus status(CsvTable.Row row) {
    String status = row.get("status");
    if (status == null || status.equalsIgnoreCase("active")) {
      return ContactStatus.active();
    }
    if (status.equalsIgnoreCase("archived")) {
      return ContactStatus.archived();
    }
    if (status.equalsIgnoreCase("unmapped")) {
      return ContactStatus.unmapped();
    }
    if (status.equalsIgnoreCase("paused")) {
      LocalDate back = row.parse("paused_until", row.require("paused_until"), LocalDate::parse);
      return row.parse("paused_until", back.toString(), v -> ContactStatus.pausedUntil(back));
    }
    throw row.fault(
        "status", status, "is not a status; expected active, paused, archived or unmapped");
  }

  private static Handle handle(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected email:, phone: or profile: and a value");
    }
    Handle.Kind kind = Codes.parse(Handle.Kind.class, value.substring(0, colon));
    return new Handle(kind, value.substring(colon + 1).strip());
  }

  private static Occasion occasion(String value) {
    if (value.startsWith("[")) {
      int close = value.indexOf(']');
      String[] rest = close < 0 ? new String[0] : value.substring(close + 1).strip().split(" ", 2);
      if (rest.length < 2) {
        throw new IllegalArgumentException(
            "expected a rule in brackets, a kind and a label, as in '[third Sunday of June] custom"
                + " Father's Day'");
      }
      return Occasion.of(
          Codes.parse(Occasion.Kind.class, rest[0]),
          rest[1],
          DateRule.parse(value.substring(1, close)));
    }
    String[] parts = value.split(" ", 3);
    if (parts.length < 3) {
      throw new IllegalArgumentException(
          "expected a day, a kind and a label, as in '--12-09 birthday birthday'");
    }
    Occasion.Kind kind = Codes.parse(Occasion.Kind.class, parts[1]);
    if (!parts[0].startsWith("--")) {
      LocalDate once = LocalDate.parse(parts[0]);
      return occasion(kind, parts[2], MonthDay.from(once), once.getYear());
    }
    return occasion(kind, parts[2], MonthDay.parse(parts[0]), null);
  }

  /** An occasion as Cadence's own layouts write it: one with a year happens once. */
  static Occasion occasion(Occasion.Kind kind, String label, MonthDay day, @Nullable Integer year) {
    if (year != null) {
      return Occasion.once(label, day.atYear(year));
    }
    return switch (kind) {
      case BIRTHDAY -> Occasion.birthday(day);
      case ANNIVERSARY -> Occasion.anniversary(label, day);
      case CUSTOM -> Occasion.yearly(label, day);
    };
  }

  static Touchpoint touchpoint(CsvTable.Row row) {
    String contactId = row.require("contact_id");
    Instant at = row.parse("at", row.require("at"), Instant::parse);
    Touchpoint.Builder b = row.parse("contact_id", contactId, v -> Touchpoint.builder(v, at));
    b.channel(row.parse("channel", row.require("channel"), v -> Codes.parse(Channel.class, v)));
    String direction = row.get("direction");
    Direction d =
        direction == null
            ? Direction.OUTBOUND
            : row.parse("direction", direction, v -> Codes.parse(Direction.class, v));
    b.direction(d);
    String outcome = row.get("outcome");
    if (outcome != null) {
      b.outcome(row.parse("outcome", outcome, v -> Codes.parse(Outcome.class, v)));
    } else if (d == Direction.OUTBOUND) {
      throw row.fault(
          "outcome", "", "is empty; an outbound touchpoint needs one (sent, connected, ...)");
    }
    String intent = row.get("intent");
    if (intent != null) {
      b.intent(row.parse("intent", intent, v -> Codes.parse(Intent.class, v)));
    }
    String note = raw(row, "note");
    if (note != null) {
      row.parse("note", note, b::note);
    }
    String source = row.get("source");
    if (source != null) {
      row.parse("source", source, b::source);
    }
    return row.parse("at", at.toString(), v -> b.build());
  }

  private static @Nullable String raw(CsvTable.Row row, String column) {
    String value = row.raw(column);
    return value.isBlank() ? null : value;
  }
}
