package io.github.cadence.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Tier;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence tier list|suggest}: the tiers, and which contacts belong in which. */
@Command(
    name = "tier",
    mixinStandardHelpOptions = true,
    description = "The tiers: how often each is touched, and who belongs in which.",
    subcommands = {TierCommand.ListTiers.class, TierCommand.Suggest.class})
final class TierCommand implements Runnable {
  @Spec CommandSpec spec;

  private static ContactStatus mapped(Contact c) {
    return c.status() instanceof ContactStatus.Unmapped ? ContactStatus.active() : c.status();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code cadence tier list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the tiers with their cadence, weight and how many contacts each has.",
      footerHeading = "%nExamples:%n",
      footer = {"  cadence tier list", "  cadence tier list --json"})
  static final class ListTiers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--json", description = "Write the tiers as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Cadence root = (Cadence) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      try (Workspace w = workspace.read(root, root.clock().instant())) {
        Map<String, Tier> tiers = WorkspaceOption.tiers(w, root.config());
        Map<String, Long> counts =
            w.contacts().stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        c -> c.tier().name(), java.util.stream.Collectors.counting()));
        if (json) {
          try (JsonGenerator g = Screen.json(out)) {
            g.writeStartArray();
            for (Tier t : tiers.values()) {
              g.writeStartObject();
              g.writeStringField("name", t.name());
              g.writeStringField("cadence", t.cadence().toString());
              g.writeNumberField("weight", t.weight());
              g.writeNumberField("contacts", counts.getOrDefault(t.name(), 0L));
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          out.println();
          out.flush();
          return 0;
        }
        for (Tier t : tiers.values()) {
          long n = counts.getOrDefault(t.name(), 0L);
          out.printf(
              Locale.ROOT,
              "%-6s %-28s %5d %s%n",
              t.name(),
              Config.describe(t),
              n,
              n == 1 ? "contact" : "contacts");
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code cadence tier suggest}. */
  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      description = {
        "Suggests tier A, B or C for each contact from the past year, with the reasons.",
        "From who replies to you, who starts the touches, how often you talk and meet,",
        "and their roles. Nothing changes without --apply. Contacts in tiers of your own",
        "are left alone."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  cadence tier suggest",
        "  cadence tier suggest --all --json",
        "  cadence tier suggest --apply"
      })
  static final class Suggest implements Callable<Integer> {
    @ParentCommand TierCommand tier;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--apply", description = "Move the contacts to the tiers suggested.")
    boolean apply;

    @Option(names = "--all", description = "Also show the contacts whose tier stays.")
    boolean all;

    @Option(names = "--json", description = "Write the suggestions as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Cadence root = (Cadence) spec.root().userObject();
      Instant now = root.clock().instant();
      PrintWriter out = spec.commandLine().getOut();
      try (Workspace w = apply ? workspace.open(root, now) : workspace.read(root, now)) {
        List<TierSuggestions.Suggestion> suggestions =
            w.read(n -> TierSuggestions.suggest(n, now)).stream()
                .filter(s -> all || s.changes())
                .toList();
        if (json) {
          json(suggestions, out);
        } else {
          text(suggestions, out);
        }
        if (apply) {
          Map<String, Tier> tiers = WorkspaceOption.tiers(w, root.config());
          int moved = 0;
          for (TierSuggestions.Suggestion s : suggestions) {
            Tier to = tiers.get(s.tier());
            if (s.changes() && to != null) {
              // A tier chosen maps an unmapped contact.
              w.update(s.contact().toBuilder().tier(to).status(mapped(s.contact())).build());
              moved++;
            }
          }
          if (!json) {
            out.printf("Moved %d %s.%n", moved, moved == 1 ? "contact" : "contacts");
          }
        } else if (!json && suggestions.stream().anyMatch(TierSuggestions.Suggestion::changes)) {
          out.println("Nothing changed: 'cadence tier suggest --apply' moves them.");
        }
      }
      out.flush();
      return 0;
    }

    private static void text(List<TierSuggestions.Suggestion> suggestions, PrintWriter out) {
      if (suggestions.isEmpty()) {
        out.println("Every contact is in the tier its history suggests.");
        return;
      }
      int name =
          suggestions.stream()
              .mapToInt(s -> Screen.fit(s.contact().displayName(), Screen.NAME_MAX).length())
              .max()
              .orElse(0);
      for (TierSuggestions.Suggestion s : suggestions) {
        out.printf(
            Locale.ROOT,
            "%-" + name + "s  %s -> %s  %s%n",
            Screen.fit(s.contact().displayName(), Screen.NAME_MAX),
            s.contact().tier().name(),
            s.tier(),
            String.join("; ", s.reasons()));
      }
    }

    private static void json(List<TierSuggestions.Suggestion> suggestions, PrintWriter out)
        throws IOException {
      try (JsonGenerator g = Screen.json(out)) {
        g.writeStartArray();
        for (TierSuggestions.Suggestion s : suggestions) {
          g.writeStartObject();
          g.writeStringField("id", s.contact().id());
          g.writeStringField("name", s.contact().displayName());
          g.writeStringField("tier", s.contact().tier().name());
          g.writeStringField("suggested", s.tier());
          g.writeNumberField("points", s.points());
          g.writeArrayFieldStart("reasons");
          for (String r : s.reasons()) {
            g.writeString(r);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      out.println();
    }
  }
}
