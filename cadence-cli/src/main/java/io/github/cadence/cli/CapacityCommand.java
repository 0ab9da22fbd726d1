package io.github.cadence.cli;

import io.github.cadence.history.Network;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.Capacity;
import io.github.cadence.plan.PlanSettings;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cadence capacity}: whether the tiers' cadences fit the week's time and each tier its
 * Dunbar layer, and the contacts to move down first when they do not.
 */
@Command(
    name = "capacity",
    mixinStandardHelpOptions = true,
    description = {
      "Shows whether your tiers' cadences fit your time, and whom to move down a tier.",
      "The minutes a week the cadences need against the time an ordinary week has,",
      "each tier against Dunbar's layers (about 5, 15, 50, 150 people), and, when they",
      "do not fit, the least engaged contacts to move down a tier first."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  cadence capacity", "  cadence capacity --apply"})
final class CapacityCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--apply", description = "Move the contacts listed down a tier.")
  boolean apply;

  /** A contact to move down a tier, the minutes a week it saves, and why it goes first. */
  record Move(Contact contact, Tier to, double minutesSaved, List<String> reasons) {}

  @Override
  public Integer call() {
    Instant now = workspace.root().clock().instant();
    PrintWriter out = workspace.out();
    PlanSettings settings = workspace.root().config().plan();
    try (Workspace w = apply ? workspace.open(now) : workspace.read(now)) {
      Map<String, Tier> tiers = WorkspaceOption.tiers(w, workspace.root().config());
      Capacity capacity = w.read(n -> Capacity.of(n, settings));
      List<Move> moves = w.read(n -> moves(n, capacity, tiers, settings, now));
      print(capacity, moves, out);
      if (apply) {
        for (Move m : moves) {
          Conflicts.retry(
              w,
              () -> {
                Contact c = w.contact(m.contact().id()).orElseThrow();
                w.update(c.toBuilder().tier(m.to()).build());
                return c;
              });
        }
        out.printf("Moved %s down a tier.%n", Screen.count(moves.size(), "contact", "contacts"));
      } else if (!moves.isEmpty()) {
        out.println("Nothing changed: 'cadence capacity --apply' moves them.");
      }
    }
    out.flush();
    return 0;
  }

  /**
   * The moves that bring every tier within its layer and the rhythm within the budget. First the
   * layers, from the closest tier out: a tier whose layer holds too many gives its least engaged
   * contacts (fewest points in {@code tier suggest}'s reckoning of the past year) to the next tier.
   * Then the budget: the least engaged of all, the outer tier first among equals, each down a tier,
   * until the rhythm fits. A close tier within its layer keeps its people unless the budget needs
   * them, and the last tier has nowhere lower to go.
   */
  static List<Move> moves(
      Network network,
      Capacity capacity,
      Map<String, Tier> tiers,
      PlanSettings settings,
      Instant now) {
    List<Tier> ladder = tiers.values().stream().sorted(Capacity.BY_CADENCE).toList();
    Map<String, Tier> placed = new HashMap<>();
    Map<String, TierSuggestions.Suggestion> engagement = new HashMap<>();
    Map<Tier, Integer> counts = new HashMap<>();
    for (Contact c : network.contacts()) {
      if (Capacity.hasRhythm(c) && ladder.contains(c.tier())) {
        placed.put(c.id(), c.tier());
        engagement.put(c.id(), TierSuggestions.suggest(c, network.touchpoints(c.id()), now));
        counts.merge(c.tier(), 1, Integer::sum);
      }
    }
    Comparator<TierSuggestions.Suggestion> leastEngaged =
        Comparator.comparingInt(TierSuggestions.Suggestion::points)
            .thenComparing(s -> -ladder.indexOf(s.contact().tier()))
            .thenComparing(s -> s.contact().id());
    Map<String, Move> moves = new LinkedHashMap<>();
    int upToHere = 0;
    for (int i = 0; i + 1 < ladder.size(); i++) {
      Tier tier = ladder.get(i);
      upToHere += counts.getOrDefault(tier, 0);
      int layer = i + 1 < Capacity.LAYERS.size() ? Capacity.LAYERS.get(i + 1) : 0;
      int excess = layer == 0 ? 0 : upToHere - layer;
      List<TierSuggestions.Suggestion> ranked =
          engagement.values().stream()
              .filter(s -> tier.equals(placed.get(s.contact().id())))
              .sorted(leastEngaged)
              .toList();
      for (int k = 0; k < excess && k < ranked.size(); k++) {
        move(ranked.get(k), ladder, placed, counts, moves, network, settings);
        upToHere--;
      }
    }
    double over = capacity.neededMinutes() - capacity.budgetMinutes();
    over -= moves.values().stream().mapToDouble(Move::minutesSaved).sum();
    if (over > 0) {
      List<TierSuggestions.Suggestion> ranked =
          engagement.values().stream()
              .filter(s -> ladder.indexOf(placed.get(s.contact().id())) + 1 < ladder.size())
              .sorted(leastEngaged)
              .toList();
      for (TierSuggestions.Suggestion s : ranked) {
        if (over <= 0) {
          break;
        }
        over -= move(s, ladder, placed, counts, moves, network, settings);
      }
    }
    return List.copyOf(moves.values());
  }

  /** Moves a contact one tier down from where it is now; the minutes a week saved. */
  private static double move(
      TierSuggestions.Suggestion s,
      List<Tier> ladder,
      Map<String, Tier> placed,
      Map<Tier, Integer> counts,
      Map<String, Move> moves,
      Network network,
      PlanSettings settings) {
    Contact c = s.contact();
    Tier from = java.util.Objects.requireNonNull(placed.get(c.id()));
    Tier to = ladder.get(ladder.indexOf(from) + 1);
    Channel channel = network.history(c.id()).usualChannel().orElse(Channel.CALL);
    double saved =
        settings.minutes(channel) * (Capacity.touchesPerWeek(from) - Capacity.touchesPerWeek(to));
    placed.put(c.id(), to);
    counts.merge(from, -1, Integer::sum);
    counts.merge(to, 1, Integer::sum);
    Move earlier = moves.get(c.id());
    List<String> reasons =
        s.reasons().isEmpty()
            ? List.of("no role, meeting or reply in the past year stands out")
            : s.reasons();
    moves.put(
        c.id(), new Move(c, to, saved + (earlier == null ? 0 : earlier.minutesSaved()), reasons));
    return saved;
  }

  private static void print(Capacity capacity, List<Move> moves, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Your tiers need about %d minutes a week; an ordinary week has %d.%n%n",
        capacity.neededMinutes(),
        capacity.budgetMinutes());
    out.printf(
        Locale.ROOT,
        "  %-10s %7s  %-16s %10s  %s%n",
        "tier",
        "people",
        "cadence",
        "min/week",
        "layer");
    for (Capacity.TierLoad t : capacity.tiers()) {
      out.printf(
          Locale.ROOT,
          "  %-10s %7d  %-16s %10d  %s%n",
          Screen.fit(t.tier().name(), 10),
          t.contacts(),
          "every " + Periods.describe(t.tier().cadence()),
          t.minutesPerWeek(),
          t.layer() == 0
              ? ""
              : t.layer()
                  + (t.pastLayer()
                      ? " (past it: " + t.contactsUpToHere() + " up to this tier)"
                      : ""));
    }
    capacity.warnings().forEach(wn -> out.println("! " + wn));
    if (capacity.fits()) {
      out.println("Your tiers fit the time you have.");
      return;
    }
    if (moves.isEmpty()) {
      out.println(
          "No contact can move down: raise the budget or lengthen a cadence in config.yaml.");
      return;
    }
    out.printf(
        "%nMove down first (the least engaged), %s:%n",
        Screen.count(moves.size(), "contact", "contacts"));
    int name =
        moves.stream()
            .mapToInt(m -> Screen.fit(m.contact().displayName(), Screen.NAME_MAX).length())
            .max()
            .orElse(0);
    for (Move m : moves) {
      out.printf(
          Locale.ROOT,
          "  %-" + name + "s  %s -> %s  %s%n",
          Screen.fit(m.contact().displayName(), Screen.NAME_MAX),
          m.contact().tier().name(),
          m.to().name(),
          String.join("; ", m.reasons()));
    }
    double saved = moves.stream().mapToDouble(Move::minutesSaved).sum();
    out.printf(
        Locale.ROOT,
        "These moves bring the need to about %d minutes a week.%n",
        Math.round(capacity.neededMinutes() - saved));
  }
}
