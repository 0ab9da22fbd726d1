package io.github.cadence.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an import found and did: the records read from each source, the contacts it adds, updates
 * and leaves unchanged, the records it merged into one contact and on which key, and the records it
 * left apart because they matched two or more contacts. {@link #lines()} says it in words.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MergeReport {
  /** One source read: its name, its layout and how many rows or cards it held. */
  public static final class Source {
    private final String name;
    private final Layout layout;
    private final long records;
    private final long cleaned;

    Source(String name, Layout layout, long records, long cleaned) {
      this.name = name;
      this.layout = layout;
      this.records = records;
      this.cleaned = cleaned;
    }

    /**
     * How many values (names, companies, places, handles) were cleaned of control and bidirectional
     * control characters, which no contact may hold: a line break or a tab became a space, the
     * others were taken out.
     *
     * @return how many
     */
    public long cleaned() {
      return cleaned;
    }

    /**
     * The source's name.
     *
     * @return the file's path or the stream's name
     */
    public String name() {
      return name;
    }

    /**
     * Its layout, detected or forced.
     *
     * @return the layout
     */
    public Layout layout() {
      return layout;
    }

    /**
     * The rows, cards or (for a JSON document) contacts and touchpoints it held.
     *
     * @return how many
     */
    public long records() {
      return records;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Source o
          && name.equals(o.name)
          && layout == o.layout
          && records == o.records
          && cleaned == o.cleaned;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, layout, records, cleaned);
    }

    @Override
    public String toString() {
      return name + " (" + layout.description() + ", " + records + ")";
    }
  }

  /** Records that became one contact, and the key each later one matched on. */
  public static final class Merge {
    private final String contactId;
    private final String name;
    private final List<String> places;
    private final List<String> keys;

    Merge(String contactId, String name, List<String> places, List<String> keys) {
      this.contactId = contactId;
      this.name = name;
      this.places = List.copyOf(places);
      this.keys = List.copyOf(keys);
    }

    /**
     * The contact's id.
     *
     * @return the id
     */
    public String contactId() {
      return contactId;
    }

    /**
     * The contact's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Where each record is, as "file:line", in the order they were read; "network" for a contact
     * the network had.
     *
     * @return the places
     */
    public List<String> places() {
      return places;
    }

    /**
     * The key each record after the first matched on: "profile linkedin.com/in/ana", "email
     * ana@example.com", "phone +4930123456", "name and company ana lopez|acme", or "id ana" for a
     * row of Cadence's own layout.
     *
     * @return one key per place after the first
     */
    public List<String> keys() {
      return keys;
    }

    @Override
    public String toString() {
      return "Merge[" + contactId + " " + places + " on " + keys + "]";
    }
  }

  /** A record that matched two or more contacts on one key, and was kept apart from them. */
  public static final class Ambiguity {
    private final String place;
    private final String name;
    private final String key;
    private final List<String> candidates;

    Ambiguity(String place, String name, String key, List<String> candidates) {
      this.place = place;
      this.name = name;
      this.key = key;
      this.candidates = List.copyOf(candidates);
    }

    /**
     * Where the record is.
     *
     * @return "file:line"
     */
    public String place() {
      return place;
    }

    /**
     * The record's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * The key it matched on.
     *
     * @return the key, as in {@link Merge#keys()}
     */
    public String key() {
      return key;
    }

    /**
     * The contacts it matched.
     *
     * @return their ids
     */
    public List<String> candidates() {
      return candidates;
    }

    @Override
    public String toString() {
      return "Ambiguity[" + place + " " + key + " matches " + candidates + "]";
    }
  }

  private final List<Source> sources;
  private final int added;
  private final int updated;
  private final int unchanged;
  private final List<Merge> merges;
  private final List<Ambiguity> ambiguities;
  private final int touchpoints;
  private final List<String> skipped;
  private final List<String> notes;

  MergeReport(
      List<Source> sources,
      int added,
      int updated,
      int unchanged,
      List<Merge> merges,
      List<Ambiguity> ambiguities,
      int touchpoints,
      List<String> skipped,
      List<String> notes) {
    this.sources = ImmutableList.copyOf(sources);
    this.added = added;
    this.updated = updated;
    this.unchanged = unchanged;
    this.merges = ImmutableList.copyOf(merges);
    this.ambiguities = ImmutableList.copyOf(ambiguities);
    this.touchpoints = touchpoints;
    this.skipped = ImmutableList.copyOf(skipped);
    this.notes = ImmutableList.copyOf(notes);
  }

  /**
   * The sources read, in order.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Contacts new to the network.
   *
   * @return how many
   */
  public int added() {
    return added;
  }

  /**
   * Contacts the network had, which the import gives new details (a phone number, a company).
   *
   * @return how many
   */
  public int updated() {
    return updated;
  }

  /**
   * Contacts the import found, which the network had with every detail already.
   *
   * @return how many
   */
  public int unchanged() {
    return unchanged;
  }

  /**
   * Contacts made of two or more records, in the order of their first record.
   *
   * @return the merges
   */
  public List<Merge> merges() {
    return merges;
  }

  /**
   * Records kept apart because they matched more than one contact.
   *
   * @return the ambiguities
   */
  public List<Ambiguity> ambiguities() {
    return ambiguities;
  }

  /**
   * Touchpoints the import read (messages, rows of touchpoints); the network may hold some already.
   *
   * @return how many
   */
  public int touchpoints() {
    return touchpoints;
  }

  /**
   * What the import read but did not take, and why: "12 messages with people who are not among your
   * contacts".
   *
   * @return one line per kind of thing skipped
   */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * What else the import found out, in words: what each mailbox holds and the dates it covers, who
   * it took the user to be when not told.
   *
   * @return one line per finding
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Whether importing changes nothing: every contact is there already with every detail, and no
   * touchpoint was read.
   *
   * @return true if nothing would change (touchpoints the network holds already aside)
   */
  public boolean changesNothing() {
    return added == 0 && updated == 0 && touchpoints == 0;
  }

  /**
   * The report in words, for a person: the sources, the counts, each merge and each ambiguity.
   *
   * @return the lines
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Source s : sources) {
      lines.add(
          String.format(
              Locale.ROOT,
              "read %s: %s, %,d %s",
              s.name(),
              s.layout().description(),
              s.records(),
              unit(s.layout(), s.records())
                  + (s.cleaned() == 0
                      ? ""
                      : String.format(
                          Locale.ROOT,
                          "; cleaned %,d %s of control characters",
                          s.cleaned(),
                          s.cleaned() == 1 ? "value" : "values"))));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "contacts: %,d new, %,d updated, %,d unchanged; touchpoints read: %,d",
            added,
            updated,
            unchanged,
            touchpoints));
    if (added == 0 && updated == 0) {
      lines.add("no contact changes: the network has every contact of these files already");
    }
    for (Merge m : merges) {
      StringBuilder line =
          new StringBuilder("merged ")
              .append(m.name())
              .append(" (")
              .append(m.contactId())
              .append("): ")
              .append(m.places().get(0));
      for (int i = 1; i < m.places().size(); i++) {
        line.append(" + ").append(m.places().get(i)).append(" on ").append(m.keys().get(i - 1));
      }
      lines.add(line.toString());
    }
    for (Ambiguity a : ambiguities) {
      lines.add(
          "left apart "
              + a.name()
              + " ("
              + a.place()
              + "): "
              + a.key()
              + " matches "
              + String.join(" and ", a.candidates())
              + "; merge them by hand if they are one person");
    }
    lines.addAll(notes);
    lines.addAll(skipped);
    return lines;
  }

  /** What a layout's records are: touchpoints, mails, calls and messages, or records of people. */
  private static String unit(Layout layout, long n) {
    String one =
        switch (layout) {
          case LINKEDIN_MESSAGES, CADENCE_TOUCHPOINTS -> "touchpoint";
          case MBOX -> "mail";
          case PHONE_BACKUP -> "call or message";
          case CALENDAR -> "event";
          case WHATSAPP -> "message";
          default -> "record";
        };
    return n == 1 ? one : layout == Layout.PHONE_BACKUP ? "calls and messages" : one + "s";
  }

  @Override
  public String toString() {
    return String.join(System.lineSeparator(), lines());
  }
}
