package io.github.cadence.cli;

import io.github.cadence.io.ImportException;
import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import io.github.cadence.io.Layout;
import io.github.cadence.io.Me;
import io.github.cadence.jdbc.ImportSummary;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Texts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cadence import}: brings exports into the workspace, all or nothing, with a report. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports your contacts and the history of your touches into your workspace.",
      "LinkedIn (Connections.csv, messages.csv), Google Contacts CSV, vCard, a mailbox",
      "(Google Takeout's .mbox), a calendar (.ics), a phone's calls and texts (SMS",
      "Backup & Restore XML), WhatsApp chats (Export chat) and Cadence's own CSV and",
      "JSON files. One person found in several files becomes one contact; the report",
      "says what was merged and why. Each mail, meeting, call or message with a",
      "contact becomes a touchpoint. All or nothing: a malformed file stops the import",
      "with its file, line and field, and nothing changes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence import --preview Connections.csv messages.csv contacts.vcf",
      "  cadence import --region DE --zone Europe/Berlin Connections.csv google.csv",
      "  cadence import --layout google-contacts export.csv",
      "  cadence import --me dana@example.com 'All mail Including Spam and Trash.mbox'",
      "  cadence import --region DE --me '+49 151 12345678' calls-2026.xml sms-2026.xml",
      "  cadence import --me dana@example.com calendar.ics",
      "  cadence import 'WhatsApp Chat with María Núñez.txt'"
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--preview",
      description = "Show what would be imported and merged; change nothing.")
  boolean preview;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description =
          "The region of phone numbers written without a country code, such as DE or US"
              + " (default: region in config.yaml).")
  @Nullable String region;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "Your time zone, such as Europe/Berlin (default: zone in config.yaml, else the system's).")
  @Nullable ZoneId zone;

  @Option(
      names = "--owner",
      paramLabel = "URL",
      description =
          "Your LinkedIn profile address, if the messages cannot tell which sender is you.")
  @Nullable String owner;

  @Option(
      names = "--me",
      paramLabel = "ADDRESS",
      description =
          "Your own email address, phone number or profile page, which tells the mail and texts"
              + " you sent from those you received; repeat it for each (default: me in config.yaml,"
              + " else the sender of the most mail labelled Sent).")
  List<String> me = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "WHEN",
      description =
          "What counts as past: a calendar's meetings up to then are touches, later ones are"
              + " upcoming (default: now). "
              + SpokenTime.FORMS
              + ".")
  @Nullable String asOf;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description =
          "Read every file in this layout instead of telling it from its first line: ${COMPLETION-CANDIDATES}.",
      converter = LayoutConverter.class,
      completionCandidates = LayoutConverter.Names.class)
  @Nullable Layout layout;

  @Override
  public Integer call() throws Exception {
    Instant now = workspace.root().clock().instant();
    Config config = workspace.root().config();
    ZoneId userZone = zone != null ? zone : config.zone();
    Instant importedAsOf = asOf == null ? now : SpokenTime.instant(asOf, now, userZone);
    Importer.Builder b = Importer.builder(importedAsOf).zone(userZone);
    String phoneRegion = region != null ? region : config.region().orElse(null);
    if (phoneRegion != null) {
      b.region(phoneRegion);
    }
    if (owner != null) {
      b.owner(owner);
    }
    b.me(me(config.me()));
    ProgressBars bars = new ProgressBars(workspace.root().env());
    Importer importer = b.listener(bars).build();
    List<ImportSource> sources = new ArrayList<>();
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
      sources.add(layout == null ? ImportSource.of(f) : ImportSource.of(f, layout));
    }
    PrintWriter out = workspace.out();
    try (Workspace w = preview ? workspace.read(now) : workspace.open(now)) {
      ImportResult result = read(importer, sources, w, bars);
      result.report().lines().forEach(out::println);
      if (preview) {
        out.println("preview: nothing was changed");
        return 0;
      }
      // Merged against what is committed: if another process imported or changed the same people
      // meanwhile, the files are merged again with what it wrote.
      ImportResult[] merged = {result};
      ImportSummary summary =
          Conflicts.retry(
              w,
              () -> {
                if (merged[0] == null) {
                  merged[0] = read(importer, sources, w, bars);
                }
                ImportResult r = merged[0];
                merged[0] = null;
                return w.importAll(r.contacts(), r.touchpoints());
              });
      out.printf(
          Locale.ROOT,
          "imported: %s added, %,d updated; %s recorded, %,d known already%n",
          Screen.count(summary.contactsAdded(), "contact", "contacts"),
          summary.contactsUpdated(),
          Screen.count(summary.touchpointsRecorded(), "touchpoint", "touchpoints"),
          summary.touchpointsKnown());
    }
    return 0;
  }

  /** Who the user is: config.yaml's {@code me:}, with the addresses of {@code --me} added. */
  private Me me(Me configured) {
    if (me.isEmpty()) {
      return configured;
    }
    List<Handle> handles = new ArrayList<>(configured.handles());
    for (String address : me) {
      String a = address.strip();
      try {
        handles.add(
            a.contains("://")
                ? Handle.profile(a)
                : a.contains("@") ? Handle.email(a) : Handle.phone(a));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--me "
                + Texts.quote(address)
                + " is not an email address, a phone number or a"
                + " profile address: "
                + e.getMessage(),
            e);
      }
    }
    return Me.of(configured.name().orElse(null), handles);
  }

  /** Reads and merges the files with the workspace's contacts; a bad file fails the import. */
  private static ImportResult read(
      Importer importer, List<ImportSource> sources, Workspace w, ProgressBars bars) {
    try (bars) {
      return importer.read(sources, w.contacts());
    } catch (ImportException e) {
      throw new IllegalArgumentException(e.getMessage() + "; nothing was imported", e);
    }
  }
}
