package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Texts;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files people already have into contacts and touchpoints, merging one person found in
 * several files (or twice in one) into one contact. Reading changes nothing: {@link #read} returns
 * an {@link ImportResult} to apply or to preview. A malformed input stops the whole import with an
 * {@link ImportException}.
 *
 * <pre>{@code
 * Importer importer = Importer.builder(Instant.now(clock)).region("DE").zone(zone).build();
 * ImportResult result = importer.read(
 *     List.of(ImportSource.of(Path.of("Connections.csv")), ImportSource.of(Path.of("contacts.vcf"))),
 *     workspace.contacts());
 * result.report().lines().forEach(System.out::println);
 * workspace.importAll(result.contacts(), result.touchpoints());
 * }</pre>
 *
 * <p>No import marks anyone as contacted: a contact's rhythm counts from its first meeting
 * (LinkedIn's {@code Connected On}), its touchpoints (LinkedIn messages), or, with no date at all,
 * from one cadence of its tier before the import, so that it is due now and the planner brings it
 * up in turn.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Importer {
  /** How often, in rows, the listener hears of progress and an interrupt is noticed. */
  private static final int PROGRESS_EVERY = 4096;

  /** A call this close to a calendar meeting's start with the same contact is that meeting. */
  static final java.time.Duration SAME_TOUCH = java.time.Duration.ofMinutes(10);

  private static final Comparator<Touchpoint> BY_TIME =
      Comparator.comparing(Touchpoint::at).thenComparing(t -> t.source().orElse(""));

  private final Instant asOf;
  private final String region;
  private final ZoneId zone;
  private final Tier tier;
  private final @Nullable String owner;
  private final Me me;
  private final ImportListener listener;

  private Importer(Builder b) {
    this.asOf = b.asOf;
    this.region = b.region;
    this.zone = b.zone;
    this.tier = b.tier;
    this.me = b.me;
    List<Handle> profiles = b.me.handles(Handle.Kind.PROFILE);
    this.owner = b.owner != null || profiles.isEmpty() ? b.owner : profiles.get(0).value();
    this.listener = b.listener;
  }

  /**
   * Starts an importer.
   *
   * @param asOf the instant of the import: contacts it adds are not created after it
   * @return a builder
   */
  public static Builder builder(Instant asOf) {
    return new Builder(requireNonNull(asOf, "asOf"));
  }

  /** Sets up an {@link Importer}; every setting has a default. */
  public static final class Builder {
    private final Instant asOf;
    private String region = "ZZ";
    private ZoneId zone = ZoneOffset.UTC;
    private Tier tier = Tier.C;
    private @Nullable String owner;
    private Me me = Me.unknown();
    private ImportListener listener = ImportListener.NONE;

    private Builder(Instant asOf) {
      this.asOf = asOf;
    }

    /**
     * Sets the region phone numbers written without a country code are in (the default: none, so
     * such numbers are kept as written).
     *
     * @param value an ISO 3166 region code, such as "DE" or "US"
     * @return this builder
     * @throws IllegalArgumentException if libphonenumber does not know the region
     */
    @CanIgnoreReturnValue
    public Builder region(String value) {
      requireNonNull(value, "region");
      String upper = value.toUpperCase(Locale.ROOT);
      if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(upper)) {
        throw new IllegalArgumentException(
            "region must be a region code such as DE or US, was " + Texts.quote(value));
      }
      this.region = upper;
      return this;
    }

    /**
     * Sets the user's time zone, which new contacts get and dates are read in (the default: UTC).
     *
     * @param value the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId value) {
      this.zone = requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets the tier of new contacts (the default: {@link Tier#C}).
     *
     * @param value the tier
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tier(Tier value) {
      this.tier = requireNonNull(value, "tier");
      return this;
    }

    /**
     * Sets the user's own LinkedIn profile page, which tells the messages they sent from those they
     * received. Without it, the importer takes the one person in every message who is not a
     * contact.
     *
     * @param profileUrl the address of the user's profile page
     * @return this builder
     * @throws IllegalArgumentException if it is not an http or https address
     */
    @CanIgnoreReturnValue
    public Builder owner(String profileUrl) {
      this.owner = Handle.profile(requireNonNull(profileUrl, "owner")).value();
      return this;
    }

    /**
     * Sets who the user is: their addresses tell the mail they sent from the mail they received,
     * and their profile page the LinkedIn messages they sent (unless {@link #owner} gives another).
     * Without it, the importer takes the sender of the most mail labelled Sent (else the address in
     * the most mail) to be the user, and says so.
     *
     * @param value the user
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder me(Me value) {
      this.me = requireNonNull(value, "me");
      return this;
    }

    /**
     * Sets who hears of progress.
     *
     * @param value the listener
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder listener(ImportListener value) {
      this.listener = requireNonNull(value, "listener");
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     */
    public Importer build() {
      return new Importer(this);
    }
  }

  /**
   * Reads sources into a new network.
   *
   * @param sources the files and streams
   * @return what importing them would add
   * @throws ImportException if a source is malformed; nothing is returned then
   * @throws CancellationException if the thread is interrupted or the listener cancels
   */
  public ImportResult read(Collection<ImportSource> sources) {
    return read(sources, List.of());
  }

  /**
   * Reads sources into a network that has contacts already: records of a person the network has
   * join that contact, which keeps its id and every detail it has and gains those it lacks.
   *
   * @param sources the files and streams, read in order
   * @param existing the contacts the network has
   * @return what importing them would change
   * @throws ImportException if a source is malformed; nothing is returned then
   * @throws CancellationException if the thread is interrupted or the listener cancels
   */
  public ImportResult read(Collection<ImportSource> sources, Collection<Contact> existing) {
    List<ImportSource> all = ImmutableList.copyOf(requireNonNull(sources, "sources"));
    requireNonNull(existing, "existing");
    Handles handles = new Handles(region);
    Batch batch = new Batch();
    for (ImportSource source : all) {
      readSource(source, handles, batch);
    }
    Merger merger = new Merger(handles);
    existing.stream().sorted(Comparator.comparing(Contact::id)).forEach(merger::addExisting);
    // Cadence's own rows first: they carry ids that the other records may then join.
    batch.people.stream().filter(r -> r.contact() != null).forEach(merger::add);
    batch.people.stream().filter(r -> r.contact() == null).forEach(merger::add);

    List<String> skipped = new ArrayList<>();
    assignIds(merger.persons());
    Map<String, Merger.Person> byId = new HashMap<>();
    merger.persons().forEach(p -> byId.put(requireNonNull(p.id), p));
    for (PlacedTouchpoint t : batch.touchpoints) {
      Merger.Person p = byId.get(t.touchpoint().contactId());
      if (p == null) {
        throw new ImportException(
            t.source(),
            t.line(),
            "contact_id",
            t.touchpoint().contactId(),
            "is not a contact of the network or of this import",
            null);
      }
      p.touches.add(t.touchpoint());
    }
    new Messages(owner).touchpoints(batch.messages, merger.persons(), skipped);
    List<String> notes = new ArrayList<>();
    new Mails(me, zone).touchpoints(batch.mailboxes, merger.persons(), skipped, notes);
    new Phones(me, zone).touchpoints(batch.phones, merger.persons(), handles, skipped, notes);
    new Meetings(me, asOf, zone).touchpoints(batch.calendars, merger.persons(), skipped, notes);
    Chats.touchpoints(batch.chats, merger.persons(), handles, me, zone, skipped, notes);

    List<Contact> changed = new ArrayList<>();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    List<MergeReport.Merge> merges = new ArrayList<>();
    for (Merger.Person p : merger.persons()) {
      Contact contact = contact(p, handles);
      if (!batch.calendars.isEmpty()) {
        contact = meeting(contact, p.nextMeeting);
      }
      if (!p.existing) {
        added++;
        changed.add(contact);
      } else if (!contact.equals(p.original)) {
        updated++;
        changed.add(contact);
      } else if (p.merged()) {
        unchanged++;
      }
      // A record that found a contact the network has, with nothing new, is no news.
      if (p.merged() && (!p.existing || !contact.equals(p.original))) {
        merges.add(
            new MergeReport.Merge(contact.id(), contact.displayName(), p.places, p.mergeKeys));
      }
    }
    changed.sort(Comparator.comparing(Contact::id));
    // In order of contact, then of time: each contact's list is sorted on its own, which is much
    // cheaper than sorting a million touchpoints by three keys; the same message read twice (its
    // source key twice) is one touchpoint.
    List<Touchpoint> touchpoints = new ArrayList<>();
    List<Merger.Person> inOrder = new ArrayList<>(merger.persons());
    inOrder.sort(Comparator.comparing(p -> requireNonNull(p.id)));
    inOrder.parallelStream().forEach(p -> p.touches.sort(BY_TIME));
    int callsInMeetings = 0;
    for (Merger.Person p : inOrder) {
      List<Instant> meetings = calendarMeetings(p.touches);
      Touchpoint previous = null;
      for (Touchpoint t : p.touches) {
        if (isCallInMeeting(t, meetings)) {
          callsInMeetings++;
        } else if (previous == null
            || t.source().isEmpty()
            || !t.source().equals(previous.source())) {
          touchpoints.add(t);
        }
        previous = t;
      }
    }
    if (callsInMeetings > 0) {
      notes.add(
          Tally.count(callsInMeetings, "call", "calls")
              + " in the phone's log began within "
              + SAME_TOUCH.toMinutes()
              + " minutes of a calendar meeting with the same contact: each is that meeting,"
              + " counted once");
    }
    MergeReport report =
        new MergeReport(
            batch.sources,
            added,
            updated,
            unchanged,
            merges,
            merger.ambiguities(),
            touchpoints.size(),
            skipped,
            notes);
    return new ImportResult(changed, touchpoints, report);
  }

  /**
   * A contact with the next meeting a calendar plans with it; a meeting it had that has passed by
   * now is forgotten, the calendar holding it as a meeting that took place.
   */
  private Contact meeting(Contact contact, @Nullable Instant next) {
    if (next != null) {
      return contact.nextMeeting().equals(java.util.Optional.of(next))
          ? contact
          : contact.toBuilder().nextMeeting(next).build();
    }
    return contact.nextMeeting().isPresent() && !contact.nextMeeting().get().isAfter(asOf)
        ? contact.toBuilder().noMeetingPlanned().build()
        : contact;
  }

  /**
   * The starts of a contact's meetings read from a calendar, in order (the touches are sorted by
   * time).
   */
  private static List<Instant> calendarMeetings(List<Touchpoint> touches) {
    List<Instant> meetings = new ArrayList<>(0);
    for (Touchpoint t : touches) {
      if (t.channel() == Channel.MEETING && t.source().orElse("").startsWith("ics:")) {
        meetings.add(t.at());
      }
    }
    return meetings;
  }

  /**
   * Whether a touch is a call from the phone's log that began within {@link #SAME_TOUCH} of a
   * calendar meeting with the same contact: the same conversation, which the calendar names.
   */
  private static boolean isCallInMeeting(Touchpoint t, List<Instant> meetings) {
    if (meetings.isEmpty()
        || t.channel() != Channel.CALL
        || t.outcome() != Outcome.CONNECTED
        || !t.source().orElse("").startsWith("call:")) {
      return false;
    }
    for (Instant m : meetings) {
      if (!t.at().isBefore(m.minus(SAME_TOUCH)) && !t.at().isAfter(m.plus(SAME_TOUCH))) {
        return true;
      }
    }
    return false;
  }

  /** Gives each new contact an id made from its name: "María Núñez" is "maria-nunez". */
  private static void assignIds(List<Merger.Person> persons) {
    Set<String> taken = new HashSet<>();
    persons.forEach(
        p -> {
          if (p.id != null) {
            taken.add(p.id);
          }
        });
    for (Merger.Person p : persons) {
      if (p.id != null) {
        continue;
      }
      String stem = ImportedText.slug(p.name);
      if (stem.isEmpty()) {
        stem = "contact";
      }
      String id = stem;
      for (int n = 2; !taken.add(id); n++) {
        id = stem + "-" + n;
      }
      p.id = id;
    }
  }

  private Contact contact(Merger.Person p, Handles handles) {
    PersonRecord first = p.firstRecord;
    try {
      Contact base = p.base;
      if (base != null) {
        return Merger.fill(base.toBuilder(), base, p, handles).build();
      }
      Contact.Builder b =
          Contact.builder(requireNonNull(p.id), createdAt(p))
              .displayName(p.name)
              .tier(tier)
              .status(ContactStatus.unmapped())
              .zone(zone)
              .handles(p.handles.values().toArray(Handle[]::new))
              .tags(p.tags.toArray(String[]::new))
              .roles(roles(p.tags).toArray(Role[]::new));
      if (p.organization != null) {
        b.organization(p.organization);
      }
      if (p.connectedOn != null) {
        b.firstMet(FirstMeeting.at(p.connectedOn, "LinkedIn"));
      }
      b.occasions(p.occasions.toArray(Occasion[]::new));
      if (p.note != null) {
        b.note(p.note);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ImportException(
          first == null ? "network" : first.source(),
          first == null ? 0 : first.line(),
          null,
          p.name,
          "cannot be a contact: " + e.getMessage(),
          e);
    }
  }

  /**
   * The roles that labels name: Google's "Clients" label, a vCard category "Partners", in English,
   * singular or plural, in any case. The labels stay tags too.
   */
  static Set<Role> roles(Collection<String> labels) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String label : labels) {
      String l = label.strip().toLowerCase(Locale.ROOT);
      String word = l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
      switch (word) {
        case "client", "customer" -> roles.add(Role.CLIENT);
        case "partner", "strategic partner" -> roles.add(Role.STRATEGIC_PARTNER);
        case "prospect", "lead" -> roles.add(Role.PROSPECT);
        case "referral", "referral source" -> roles.add(Role.REFERRAL_SOURCE);
        case "colleague", "coworker" -> roles.add(Role.COLLEAGUE);
        case "mentor" -> roles.add(Role.MENTOR);
        case "supplier", "vendor" -> roles.add(Role.SUPPLIER);
        case "friend" -> roles.add(Role.FRIEND);
        default -> {}
      }
    }
    return roles;
  }

  /**
   * When a new contact entered the network: its first meeting or first touchpoint, whichever is
   * earlier; with neither, the import itself: no date is invented. A new contact is {@linkplain
   * ContactStatus#unmapped() unmapped}: its tier is the importer's default, not the user's choice,
   * so one never talked to is offered for mapping rather than scheduled.
   */
  private Instant createdAt(Merger.Person p) {
    Instant at = null;
    if (p.connectedOn != null) {
      at = p.connectedOn.atStartOfDay(zone).toInstant();
    }
    for (Touchpoint t : p.touches) {
      if (at == null || t.at().isBefore(at)) {
        at = t.at();
      }
    }
    if (at == null) {
      at = asOf;
    }
    return at.isAfter(asOf) ? asOf : at;
  }

  // ---- reading the sources

  /** A touchpoint read from a row, and where. */
  record PlacedTouchpoint(String source, long line, Touchpoint touchpoint) {}

  /** Everything read from the sources, before merging. */
  static final class Batch {
    final List<MergeReport.Source> sources = new ArrayList<>();
    final List<PersonRecord> people = new ArrayList<>();
    final List<LinkedIn.Message> messages = new ArrayList<>();
    final List<PlacedTouchpoint> touchpoints = new ArrayList<>();
    final List<Mbox.Read> mailboxes = new ArrayList<>();
    final List<PhoneBackup.Read> phones = new ArrayList<>();
    final List<Calendars.Read> calendars = new ArrayList<>();
    final List<Chats.Read> chats = new ArrayList<>();
  }

  private void readSource(ImportSource source, Handles handles, Batch batch) {
    String name = source.name();
    InputStream in;
    try {
      in = source.open();
    } catch (IOException e) {
      String problem =
          e instanceof NoSuchFileException
              ? "no such file"
              : e instanceof AccessDeniedException
                  ? "permission denied"
                  : "cannot be opened: " + e.getMessage();
      throw new ImportException(name, 0, null, null, problem, e);
    }
    Layout forced = source.layout().orElse(null);
    BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
    if (forced == Layout.MBOX || (forced == null && isMbox(name, bytes))) {
      try (bytes) {
        Mbox.Read read =
            Mbox.read(name, bytes, (mails, read1) -> report(name, mails, read1, source.size()));
        batch.mailboxes.add(read);
        batch.sources.add(new MergeReport.Source(name, Layout.MBOX, read.total, 0));
      } catch (IOException e) {
        throw new ImportException(name, 0, null, null, "cannot be read: " + e, e);
      }
      return;
    }
    try (CheckedReader checked = new CheckedReader(name, bytes);
        BufferedReader text = new BufferedReader(checked, 1 << 16)) {
      Layout layout = forced == null ? sniff(text) : forced;
      long[] rows = {0};
      ImportedText.Cleaner vcardCleaner = new ImportedText.Cleaner();
      CsvTable[] csv = {null};
      Runnable tick =
          () -> {
            if (++rows[0] % PROGRESS_EVERY == 0) {
              report(name, rows[0], checked.bytesRead(), source.size());
            }
          };
      if (layout == Layout.WHATSAPP) {
        Chats.Read read = Chats.read(name, text, region, zone);
        batch.chats.add(read);
        rows[0] = read.messages.size();
      } else if (layout == Layout.CALENDAR) {
        Calendars.Read read = Calendars.read(name, text, asOf, zone);
        batch.calendars.add(read);
        rows[0] = read.events;
      } else if (layout == Layout.PHONE_BACKUP) {
        PhoneBackup.Read read =
            PhoneBackup.read(name, text, n -> report(name, n, checked.bytesRead(), source.size()));
        batch.phones.add(read);
        rows[0] = read.total;
      } else if (layout == Layout.CADENCE_JSON) {
        NetworkJson.read(
            name,
            text,
            r -> {
              batch.people.add(r);
              tick.run();
            },
            t -> {
              batch.touchpoints.add(t);
              tick.run();
            });
      } else if (layout == Layout.VCARD) {
        String all = readAll(text);
        VCards.read(
            name,
            all,
            handles,
            vcardCleaner,
            r -> {
              batch.people.add(r);
              tick.run();
            });
      } else {
        CsvTable table = CsvTable.open(name, text, forced);
        csv[0] = table;
        layout = table.layout();
        List<String> columns = table.columns();
        Layout found = layout;
        table.forEachRow(
            row -> {
              switch (found) {
                case LINKEDIN_CONNECTIONS -> batch.people.add(LinkedIn.connection(row, handles));
                case LINKEDIN_MESSAGES -> batch.messages.add(LinkedIn.message(row));
                case GOOGLE_CONTACTS ->
                    batch.people.add(Google.contact(row, columns, handles, false));
                case GOOGLE_CONTACTS_LEGACY ->
                    batch.people.add(Google.contact(row, columns, handles, true));
                case CADENCE_CONTACTS -> batch.people.add(CadenceCsv.contact(row));
                case CADENCE_TOUCHPOINTS ->
                    batch.touchpoints.add(
                        new PlacedTouchpoint(row.source(), row.line(), CadenceCsv.touchpoint(row)));
                case VCARD, CADENCE_JSON, MBOX, PHONE_BACKUP, CALENDAR, WHATSAPP ->
                    throw new IllegalStateException(found + " is not read as CSV");
              }
              tick.run();
            });
      }
      report(name, rows[0], checked.bytesRead(), source.size());
      long cleaned = vcardCleaner.cleaned() + (csv[0] == null ? 0 : csv[0].cleaned());
      batch.sources.add(new MergeReport.Source(name, layout, rows[0], cleaned));
    } catch (IOException e) {
      throw new ImportException(name, 0, null, null, "cannot be read: " + e, e);
    }
  }

  /** Whether a stream's first line starts with "From ", as a mailbox's does; leaves it unread. */
  private static boolean isMbox(String name, BufferedInputStream in) {
    byte[] head = new byte[5];
    try {
      in.mark(head.length);
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      return Mbox.starts(head, n);
    } catch (IOException e) {
      throw new ImportException(name, 0, null, null, "cannot be read: " + e, e);
    }
  }

  private void report(String name, long rows, long bytes, long total) {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the import of " + name + " was interrupted");
    }
    listener.progress(name, rows, bytes, total);
  }

  /**
   * The layout the start of the text shows, after blank lines: BEGIN:VCARD is a vCard file, an
   * opening brace a JSON document, BEGIN:VCALENDAR a calendar, XML with a calls or smses element a
   * phone's backup; anything else is CSV (null: its header tells). Leaves the reader where it was.
   */
  private static @Nullable Layout sniff(BufferedReader text) throws IOException {
    char[] start = new char[4096];
    text.mark(start.length);
    int n = 0;
    try {
      for (int r = 0; r >= 0 && n < start.length; n += r) {
        r = text.read(start, n, start.length - n);
        if (r < 0) {
          break;
        }
      }
    } finally {
      text.reset();
    }
    String head = new String(start, 0, Math.max(n, 0)).stripLeading();
    if (head.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
      return Layout.VCARD;
    }
    if (Calendars.starts(head)) {
      return Layout.CALENDAR;
    }
    if (Chats.starts(head)) {
      return Layout.WHATSAPP;
    }
    if (PhoneBackup.starts(head)) {
      return Layout.PHONE_BACKUP;
    }
    return head.startsWith("{") ? Layout.CADENCE_JSON : null;
  }

  private static String readAll(Reader text) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[1 << 14];
    for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
      all.append(buffer, 0, n);
    }
    return all.toString();
  }

  /** A touch read from a file: sent (outbound) or replied (inbound), neither giving nor asking. */
  static Touchpoint touch(
      String contactId, Instant at, Channel channel, Direction direction, String source) {
    return Touchpoint.builder(contactId, at)
        .channel(channel)
        .direction(direction)
        .outcome(direction == Direction.OUTBOUND ? Outcome.SENT : Outcome.REPLIED)
        .intent(Intent.NEUTRAL)
        .source(source)
        .build();
  }
}
