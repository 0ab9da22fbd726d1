package io.github.cadence.cli;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.io.NetworkExport;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence contact add|edit|list|show|pause|archive}. */
@Command(
    name = "contact",
    mixinStandardHelpOptions = true,
    description = "Adds, changes, lists and shows contacts.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence contact add \"Ana López\" --tier A --email ana@example.com --role client",
      "  cadence contact list --tier A",
      "  cadence contact show ana",
      "  cadence contact pause ken --until 2027-01-10",
      "  cadence contact archive bo"
    })
final class ContactCommand implements Runnable {
  @ParentCommand Cadence parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a contact.")
  int add(
      @Mixin WorkspaceOption workspace,
      @Parameters(paramLabel = "NAME", description = "How you call them.") String name,
      @Option(names = "--id", description = "The id (default: made from the name).")
          @Nullable String id,
      @Option(
              names = "--tier",
              description =
                  "A, B, C or a tier of yours (default: C, unmapped: offered for mapping until"
                      + " you talk or choose a tier).")
          @Nullable String tier,
      @Option(names = "--email") @Nullable List<String> emails,
      @Option(names = "--phone") @Nullable List<String> phones,
      @Option(names = "--org", description = "Where they work.") @Nullable String organization,
      @Option(names = "--role", description = "${COMPLETION-CANDIDATES}")
          @Nullable List<Role> roles,
      @Option(names = "--tag") @Nullable List<String> tags,
      @Option(names = "--met", description = "When you met: " + SpokenTime.FORMS)
          @Nullable String met,
      @Option(names = "--where", description = "Where you met.") @Nullable String where,
      @Option(names = "--occasion", paramLabel = "LABEL: DATE", description = OccasionOption.FORMS)
          @Nullable List<String> occasions,
      @Option(names = "--note", description = "What you want to remember about them.")
          @Nullable String note) {
    Instant now = parent.clock().instant();
    try (Workspace w = workspace.open(parent, now)) {
      ZoneId zone = parent.config().plan().zone();
      String chosen = id != null ? id : freeId(w, name);
      Contact.Builder b =
          Contact.builder(chosen, now)
              .displayName(name)
              .tier(tier(w, parent.config(), tier == null ? "C" : tier))
              .status(tier == null ? ContactStatus.unmapped() : ContactStatus.active())
              .zone(zone);
      details(b, emails, phones, organization, roles, tags);
      OccasionOption.apply(b, List.of(), occasions(occasions), List.of());
      if (note != null) {
        b.note(note);
      }
      if (met != null) {
        LocalDate day = SpokenTime.day(met, now, zone, met);
        b.firstMet(where == null ? FirstMeeting.on(day) : FirstMeeting.at(day, where));
      }
      if (w.contact(chosen).isPresent()) {
        throw new IllegalArgumentException("a contact with id '" + chosen + "' exists already");
      }
      w.add(b.build());
      out().printf("Added %s (%s)%n", name, chosen);
    }
    return 0;
  }

  @Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes a contact.")
  int edit(
      @Mixin WorkspaceOption workspace,
      @Parameters(paramLabel = "CONTACT", description = "The id or the start of a name.")
          String who,
      @Option(names = "--name") @Nullable String name,
      @Option(names = "--tier") @Nullable String tier,
      @Option(names = "--email", description = "Adds an email address.")
          @Nullable List<String> emails,
      @Option(names = "--phone", description = "Adds a phone number.")
          @Nullable List<String> phones,
      @Option(names = "--org") @Nullable String organization,
      @Option(names = "--role", description = "Adds a role: ${COMPLETION-CANDIDATES}")
          @Nullable List<Role> roles,
      @Option(names = "--tag", description = "Adds a tag.") @Nullable List<String> tags,
      @Option(
              names = "--occasion",
              paramLabel = "LABEL: DATE",
              description = "Adds or changes a date to remember: " + OccasionOption.FORMS)
          @Nullable List<String> occasions,
      @Option(
              names = "--forget-occasion",
              paramLabel = "LABEL",
              description = "Removes the date of that label.")
          @Nullable List<String> forget,
      @Option(names = "--note", description = "Replaces the note.") @Nullable String note) {
    Instant now = parent.clock().instant();
    List<Occasion> set = occasions(occasions);
    try (Workspace w = workspace.open(parent, now)) {
      // The edit is a change to the contact as committed: worked out again after a conflict.
      Contact changed =
          Conflicts.retry(
              w,
              () -> {
                Contact c = ContactLookup.find(w, who);
                Contact.Builder b = c.toBuilder();
                if (name != null) {
                  b.displayName(name);
                }
                if (tier != null) {
                  b.tier(tier(w, parent.config(), tier));
                  if (c.status() instanceof ContactStatus.Unmapped) {
                    b.status(ContactStatus.active()); // a tier chosen: mapped
                  }
                }
                details(b, emails, phones, organization, roles, tags);
                OccasionOption.apply(b, c.occasions(), set, forget == null ? List.of() : forget);
                if (note != null) {
                  b.note(note);
                }
                Contact edited = b.build();
                w.update(edited);
                return edited;
              });
      out().printf("Changed %s (%s)%n", changed.displayName(), changed.id());
    }
    return 0;
  }

  @Command(
      name = "pause",
      mixinStandardHelpOptions = true,
      description = "Pauses a contact until a day.")
  int pause(
      @Mixin WorkspaceOption workspace,
      @Parameters(paramLabel = "CONTACT") String who,
      @Option(
              names = "--until",
              required = true,
              description = "The first day back: " + SpokenTime.FORMS)
          String until) {
    Instant now = parent.clock().instant();
    try (Workspace w = workspace.open(parent, now)) {
      LocalDate back = SpokenTime.day(until, now, parent.config().plan().zone(), until);
      Contact c =
          Conflicts.retry(
              w,
              () -> {
                Contact found = ContactLookup.find(w, who);
                w.update(found.toBuilder().status(ContactStatus.pausedUntil(back)).build());
                return found;
              });
      out().printf("Paused %s (%s) until %s%n", c.displayName(), c.id(), back);
    }
    return 0;
  }

  @Command(
      name = "archive",
      mixinStandardHelpOptions = true,
      description = "Archives a contact: no more suggestions.")
  int archive(@Mixin WorkspaceOption workspace, @Parameters(paramLabel = "CONTACT") String who) {
    Instant now = parent.clock().instant();
    try (Workspace w = workspace.open(parent, now)) {
      Contact c =
          Conflicts.retry(
              w,
              () -> {
                Contact found = ContactLookup.find(w, who);
                w.update(found.toBuilder().status(ContactStatus.archived()).build());
                return found;
              });
      out().printf("Archived %s (%s)%n", c.displayName(), c.id());
    }
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the contacts.")
  int list(
      @Mixin WorkspaceOption workspace,
      @Option(names = "--tier", description = "Only this tier.") @Nullable String tier,
      @Option(names = "--json", description = "As a Cadence network document (no touchpoints).")
          boolean json) {
    Instant now = parent.clock().instant();
    try (Workspace w = workspace.read(parent, now)) {
      List<Contact> contacts =
          w.contacts().stream().filter(c -> tier == null || c.tier().name().equals(tier)).toList();
      if (json) {
        NetworkExport.json(contacts, List.of(), out());
        out().println();
      } else {
        int width =
            contacts.stream()
                .mapToInt(c -> Screen.fit(c.id(), Screen.NAME_MAX).length())
                .max()
                .orElse(2);
        int nameWidth =
            contacts.stream()
                .mapToInt(c -> Screen.fit(c.displayName(), Screen.NAME_MAX).length())
                .max()
                .orElse(4);
        for (Contact c : contacts) {
          ContactHistory h = w.history(c.id());
          out()
              .printf(
                  Locale.ROOT,
                  "%-" + width + "s  %-" + nameWidth + "s  %-3s %-22s %s%n",
                  Screen.fit(c.id(), Screen.NAME_MAX),
                  Screen.fit(c.displayName(), Screen.NAME_MAX),
                  c.tier().name(),
                  c.status(),
                  h.lastConversation().map(i -> "last talked " + day(i, c)).orElse("never talked"));
        }
        out().println(Screen.count(contacts.size(), "contact", "contacts"));
      }
    }
    return 0;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a contact and its history.")
  int show(
      @Mixin WorkspaceOption workspace,
      @Parameters(paramLabel = "CONTACT") String who,
      @Option(names = "--json", description = "As a Cadence network document with its touchpoints.")
          boolean json) {
    Instant now = parent.clock().instant();
    try (Workspace w = workspace.read(parent, now)) {
      Contact c = ContactLookup.find(w, who);
      List<Touchpoint> touches = w.touchpoints(c.id());
      if (json) {
        NetworkExport.json(List.of(c), touches, out());
        out().println();
        return 0;
      }
      PrintWriter out = out();
      out.printf("%s (%s), tier %s, %s%n", c.displayName(), c.id(), c.tier().name(), c.status());
      c.organization().ifPresent(o -> out.printf("  works at   %s%n", o));
      for (Handle h : c.handles()) {
        out.printf("  %-10s %s%n", h.kind().name().toLowerCase(Locale.ROOT), h.value());
      }
      if (!c.roles().isEmpty()) {
        out.printf(
            "  roles      %s%n",
            c.roles().stream().map(Codes::name).collect(Collectors.joining(", ")));
      }
      if (!c.tags().isEmpty()) {
        out.printf("  tags       %s%n", String.join(", ", c.tags()));
      }
      c.firstMet()
          .ifPresent(
              m ->
                  out.printf(
                      "  met        %s%s%n", m.date(), m.where().map(x -> " at " + x).orElse("")));
      LocalDate today = now.atZone(c.zone()).toLocalDate();
      for (Occasion o : c.occasions()) {
        out.printf(
            "  occasion   %s: %s%s%n",
            o.label(),
            o.date(),
            o.nextOnOrAfter(today)
                .filter(next -> o.date().isFloating() || o.since().isPresent())
                .map(next -> " (next " + NEXT.format(next) + ")")
                .orElse(""));
      }
      c.note().ifPresent(n -> out.printf("  note       %s%n", n.replace("\n", "\n             ")));
      c.nextMeeting()
          .ifPresent(
              m ->
                  out.printf(
                      "  meeting    %s%s%n",
                      m.atZone(c.zone()).format(MEETING),
                      m.isAfter(now) ? ", next" : ", passed (import the calendar again)"));
      ContactHistory h = w.history(c.id());
      out.printf(
          "  history    %s, %s and %s%s, %d unanswered in a row%n",
          Screen.count(h.touches(), "touch", "touches"),
          Screen.count(h.gives(), "give", "gives"),
          Screen.count(h.asks(), "ask", "asks"),
          h.givesReceived() == 0
              ? ""
              : "; " + Screen.count(h.givesReceived(), "give", "gives") + " from them",
          h.consecutiveUnanswered());
      List<Touchpoint> last = new ArrayList<>(touches);
      int from = Math.max(0, last.size() - 10);
      for (Touchpoint t : last.subList(from, last.size())) {
        out.printf(
            "  %s  %-8s %-8s %-12s %s%s%n",
            day(t.at(), c),
            Codes.name(t.channel()),
            Codes.name(t.direction()),
            Codes.name(t.outcome()),
            Codes.name(t.intent()),
            t.note().map(n -> "  " + n).orElse(""));
      }
    }
    return 0;
  }

  private static final java.time.format.DateTimeFormatter MEETING =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final java.time.format.DateTimeFormatter NEXT =
      java.time.format.DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH);

  private static String day(Instant at, Contact c) {
    return at.atZone(c.zone()).toLocalDate().toString();
  }

  /** Adds what {@code add} and {@code edit} both take: handles, a company, roles, tags. */
  private static void details(
      Contact.Builder b,
      @Nullable List<String> emails,
      @Nullable List<String> phones,
      @Nullable String organization,
      @Nullable List<Role> roles,
      @Nullable List<String> tags) {
    handles(b, emails, phones);
    if (organization != null) {
      b.organization(organization);
    }
    if (roles != null) {
      b.roles(roles.toArray(Role[]::new));
    }
    if (tags != null) {
      b.tags(tags.toArray(String[]::new));
    }
  }

  private List<Occasion> occasions(@Nullable List<String> texts) {
    List<Occasion> all = new ArrayList<>();
    if (texts != null) {
      texts.forEach(t -> all.add(OccasionOption.parse(t, parent.config().occasions())));
    }
    return all;
  }

  private static void handles(
      Contact.Builder b, @Nullable List<String> emails, @Nullable List<String> phones) {
    if (emails != null) {
      emails.forEach(e -> b.handles(Handle.email(e)));
    }
    if (phones != null) {
      phones.forEach(p -> b.handles(Handle.phone(p)));
    }
  }

  private static Tier tier(Workspace w, Config config, String name) {
    Map<String, Tier> tiers = WorkspaceOption.tiers(w, config);
    Tier t = tiers.get(name);
    if (t == null) {
      throw new IllegalArgumentException(
          "--tier '"
              + name
              + "' is not a tier of this workspace; the tiers are "
              + String.join(", ", tiers.keySet()));
    }
    return t;
  }

  private static String freeId(Workspace w, String name) {
    String stem =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace("'", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-|-$", "");
    if (stem.isEmpty()) {
      stem = "contact";
    }
    String id = stem;
    for (int n = 2; w.contact(id).isPresent(); n++) {
      id = stem + "-" + n;
    }
    return id;
  }
}
