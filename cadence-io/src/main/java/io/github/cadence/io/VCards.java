package io.github.cadence.io;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * vCard 3.0 and 4.0 files, read by ez-vcard: a phone's contacts, a Google Contacts export. ez-vcard
 * forgives much (a missing {@code END:VCARD} at the end of the file, say), so the file's cards are
 * first checked to begin and end, which also gives the line each card starts on for messages.
 */
final class VCards {
  private VCards() {}

  /** Reads every card of a vCard file's text, counting the values cleaned. */
  static void read(
      String source,
      String text,
      Handles handles,
      ImportedText.Cleaner cleaner,
      Consumer<PersonRecord> each) {
    List<Long> starts = cardStarts(source, text);
    try (VCardReader reader = new VCardReader(new StringReader(text))) {
      int index = 0;
      for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
        long line = index < starts.size() ? starts.get(index) : 0;
        index++;
        checkWarnings(source, line, card, reader.getWarnings());
        each.accept(person(source, line, card, handles, cleaner));
      }
    } catch (IOException e) {
      throw new ImportException(source, 0, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The line each card begins on; refuses a file that is not cards from BEGIN:VCARD to END:VCARD.
   * Folded lines start with a space or a tab, so neither marker can hide in one.
   */
  private static List<Long> cardStarts(String source, String text) {
    List<Long> starts = new ArrayList<>();
    long line = 0;
    long open = 0;
    int depth = 0;
    for (String l : text.split("\r\n|\r|\n", -1)) {
      line++;
      String upper = l.strip().toUpperCase(Locale.ROOT);
      if (upper.equals("BEGIN:VCARD")) {
        if (depth > 0) {
          // vCard 2.1 and 3.0 allow a card nested in AGENT; anything else is a card left open.
          throw new ImportException(
              source, open, null, null, "the card starting here has no END:VCARD", null);
        }
        depth++;
        open = line;
        starts.add(line);
      } else if (upper.equals("END:VCARD")) {
        if (depth == 0) {
          throw new ImportException(
              source, line, null, null, "END:VCARD without a BEGIN:VCARD before it", null);
        }
        depth--;
      } else if (depth == 0 && !upper.isEmpty()) {
        throw new ImportException(
            source,
            line,
            null,
            l,
            starts.isEmpty()
                ? "is not the start of a vCard; expected BEGIN:VCARD"
                : "is outside any card; expected BEGIN:VCARD",
            null);
      }
    }
    if (depth > 0) {
      throw new ImportException(
          source, open, null, null, "the card starting here has no END:VCARD", null);
    }
    if (starts.isEmpty()) {
      throw new ImportException(source, 0, null, null, "is empty: it has no card", null);
    }
    return starts;
  }

  /** The properties Cadence reads: a value ez-vcard could not parse in one of them is a fault. */
  private static final Set<String> READ =
      Set.of("FN", "N", "ORG", "EMAIL", "TEL", "URL", "BDAY", "CATEGORIES", "X-SOCIALPROFILE");

  private static void checkWarnings(
      String source, long cardLine, VCard card, List<ParseWarning> warnings) {
    for (ParseWarning w : warnings) {
      String property = w.getPropertyName();
      if (property != null && READ.contains(property.toUpperCase(Locale.ROOT))) {
        Integer line = w.getLineNumber();
        String name = property.toUpperCase(Locale.ROOT);
        // ez-vcard keeps a value it could not parse as an extended property of the same name.
        RawProperty raw = card.getExtendedProperty(name);
        throw new ImportException(
            source,
            line == null ? cardLine : line,
            name,
            raw == null ? null : raw.getValue(),
            "cannot be read: " + w.getMessage(),
            null);
      }
    }
  }

  private static PersonRecord person(
      String source, long line, VCard card, Handles handles, ImportedText.Cleaner cleaner) {
    List<Handle> found = new ArrayList<>();
    for (Email email : card.getEmails()) {
      String v = cleaner.clean(email.getValue());
      if (v != null) {
        found.add(parse(source, line, "EMAIL", v, Handle::email));
      }
    }
    for (Telephone tel : card.getTelephoneNumbers()) {
      String v =
          cleaner.clean(tel.getText() != null ? tel.getText() : String.valueOf(tel.getUri()));
      if (v != null && tel.getUri() != null && tel.getText() == null) {
        v = tel.getUri().getNumber();
      }
      if (v != null) {
        found.add(parse(source, line, "TEL", v, handles::phone));
      }
    }
    for (Url url : card.getUrls()) {
      String v = cleaner.clean(url.getValue());
      if (v != null && Handles.isLinkedInProfile(v)) {
        found.add(parse(source, line, "URL", v, Handle::profile));
      }
    }
    for (RawProperty social : card.getExtendedProperties("X-SOCIALPROFILE")) {
      String v = cleaner.clean(social.getValue());
      if (v != null && Handles.isLinkedInProfile(v)) {
        found.add(parse(source, line, "X-SOCIALPROFILE", v, Handle::profile));
      }
    }
    String organization = null;
    Organization org = card.getOrganization();
    if (org != null && !org.getValues().isEmpty()) {
      organization = cleaner.clean(org.getValues().get(0));
    }
    String name = name(card, cleaner);
    if (name == null) {
      name = organization;
    }
    if (name == null && !found.isEmpty()) {
      name = found.get(0).value();
    }
    if (name == null) {
      throw new ImportException(
          source,
          line,
          "FN",
          "",
          "is empty, and the card has no name, company, email or phone",
          null);
    }
    Set<String> tags = new TreeSet<>();
    for (Categories categories : card.getCategoriesList()) {
      categories.getValues().stream()
          .map(ImportedText::clean)
          .filter(t -> t != null)
          .forEach(tags::add);
    }
    List<Occasion> occasions = new ArrayList<>();
    dated(source, line, "BDAY", card.getBirthday(), Occasion.Kind.BIRTHDAY, "birthday")
        .ifPresent(occasions::add);
    dated(
            source,
            line,
            "ANNIVERSARY",
            card.getAnniversary(),
            Occasion.Kind.ANNIVERSARY,
            "anniversary")
        .ifPresent(occasions::add);
    appleDates(card, cleaner, occasions);
    List<String> notes = new ArrayList<>();
    for (Note note : card.getNotes()) {
      String text = ImportedText.note(note.getValue());
      if (text != null) {
        notes.add(text);
      }
    }
    return new PersonRecord(
        source,
        line,
        null,
        name,
        found,
        organization,
        null,
        occasions,
        tags,
        notes.isEmpty() ? null : String.join("\n", notes));
  }

  /**
   * Apple's other dates: {@code item3.X-ABDATE:2015-06-20} with {@code
   * item3.X-ABLabel:_$!<Anniversary>!$_} (an anniversary) or a label of the user's own (a custom
   * date). A date that does not parse is left out: Apple's own fields are not the user's.
   */
  private static void appleDates(VCard card, ImportedText.Cleaner cleaner, List<Occasion> into) {
    for (RawProperty date : card.getExtendedProperties("X-ABDATE")) {
      String label = null;
      for (RawProperty l : card.getExtendedProperties("X-ABLabel")) {
        if (date.getGroup() != null && date.getGroup().equals(l.getGroup())) {
          label = cleaner.clean(l.getValue());
        }
      }
      String name =
          label == null || label.equals("_$!<Anniversary>!$_")
              ? "anniversary"
              : label.replaceAll("^_\\$!<(.*)>!\\$_$", "$1");
      boolean anniversary = name.equals("anniversary");
      try {
        LocalDate day = LocalDate.parse(String.valueOf(date.getValue()).strip().substring(0, 10));
        into.add(
            PersonRecord.yearly(
                anniversary ? Occasion.Kind.ANNIVERSARY : Occasion.Kind.CUSTOM,
                name,
                MonthDay.from(day),
                day.getYear()));
      } catch (DateTimeException | IndexOutOfBoundsException | IllegalArgumentException e) {
        // not a date Cadence reads: left out
      }
    }
  }

  private static @Nullable String name(VCard card, ImportedText.Cleaner cleaner) {
    FormattedName fn = card.getFormattedName();
    if (fn != null && cleaner.clean(fn.getValue()) != null) {
      return cleaner.clean(fn.getValue());
    }
    StructuredName n = card.getStructuredName();
    if (n == null) {
      return null;
    }
    List<String> parts = new ArrayList<>(n.getPrefixes());
    parts.add(String.valueOf(n.getGiven() == null ? "" : n.getGiven()));
    parts.addAll(n.getAdditionalNames());
    parts.add(String.valueOf(n.getFamily() == null ? "" : n.getFamily()));
    return cleaner.clean(String.join(" ", parts));
  }

  /**
   * BDAY:1985-04-12 (a birthday since 1985), or without a year BDAY:--12-09 (vCard 4.0 and Apple's
   * 3.0, which writes 1604 for no year); ANNIVERSARY alike.
   */
  private static java.util.Optional<Occasion> dated(
      String source,
      long line,
      String field,
      @Nullable DateOrTimeProperty property,
      Occasion.Kind kind,
      String label) {
    if (property == null) {
      return java.util.Optional.empty();
    }
    try {
      Temporal date = property.getDate();
      if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
        MonthDay day =
            MonthDay.of(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH));
        Integer year = date.isSupported(ChronoField.YEAR) ? date.get(ChronoField.YEAR) : null;
        return java.util.Optional.of(PersonRecord.yearly(kind, label, day, year));
      }
      PartialDate partial = property.getPartialDate();
      if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
        return java.util.Optional.of(
            PersonRecord.yearly(
                kind,
                label,
                MonthDay.of(partial.getMonth(), partial.getDate()),
                partial.getYear()));
      }
    } catch (DateTimeException e) {
      throw new ImportException(
          source,
          line,
          field,
          String.valueOf(property.getText()),
          "is not a date: " + e.getMessage(),
          e);
    }
    String text = property.getText();
    if (text == null) {
      return java.util.Optional.empty();
    }
    throw new ImportException(
        source, line, field, text, "is not a date like 1985-04-12 or --12-09", null);
  }

  private static <T> T parse(
      String source, long line, String property, String value, Function<String, T> maker) {
    try {
      return maker.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ImportException(
          source, line, property, value, "is not valid: " + e.getMessage(), e);
    }
  }
}
