package io.github.cadence.io;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import io.github.cadence.model.Handle;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
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
    return new PersonRecord(
        source,
        line,
        null,
        name,
        found,
        organization,
        null,
        birthday(source, line, card.getBirthday()),
        tags);
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

  /** BDAY:1985-04-12, or without a year BDAY:--12-09 (vCard 4.0 and Apple's 3.0). */
  private static @Nullable MonthDay birthday(String source, long line, @Nullable Birthday bday) {
    if (bday == null) {
      return null;
    }
    try {
      Temporal date = bday.getDate();
      if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
        return MonthDay.of(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH));
      }
      PartialDate partial = bday.getPartialDate();
      if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
        return MonthDay.of(partial.getMonth(), partial.getDate());
      }
    } catch (DateTimeException e) {
      throw new ImportException(
          source,
          line,
          "BDAY",
          String.valueOf(bday.getText()),
          "is not a date: " + e.getMessage(),
          e);
    }
    String text = bday.getText();
    if (text == null) {
      return null;
    }
    throw new ImportException(
        source, line, "BDAY", text, "is not a date like 1985-04-12 or --12-09", null);
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
