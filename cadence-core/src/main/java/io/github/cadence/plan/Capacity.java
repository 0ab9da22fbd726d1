package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.history.Network;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Tier;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Whether the tiers' cadences fit the time the user has: the minutes a week the rhythm of every
 * mapped contact needs (each contact's touches a week times the minutes of the channel it is
 * usually reached on, a call where there is none) against the budget of an ordinary week; and each
 * tier's size against Dunbar-style layers (about 5, 15, 50 and 150 people: the closest tier against
 * 15, the two closest against 50, the three closest against 150). Nobody warns that the A tier has
 * outgrown the half hour a day; this does.
 *
 * <p>Contacts to map, archived ones and paused ones are not counted: they have no rhythm now.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Capacity {
  /** Dunbar's layers: about 5 intimate, 15 close, 50 friends, 150 meaningful contacts. */
  public static final List<Integer> LAYERS = List.of(5, 15, 50, 150);

  /**
   * One tier's load.
   *
   * @param tier the tier
   * @param contacts how many contacts have a rhythm in it
   * @param minutesPerWeek the minutes a week their rhythm needs, rounded
   * @param layer how many people the tiers up to this one may hold, as Dunbar's layers count (15,
   *     50, 150), or 0 past the third tier
   * @param contactsUpToHere the contacts of this tier and of those with shorter cadences
   */
  public record TierLoad(
      Tier tier, int contacts, int minutesPerWeek, int layer, int contactsUpToHere) {
    /**
     * Validates the counts.
     *
     * @param tier the tier
     * @param contacts how many contacts have a rhythm in it
     * @param minutesPerWeek the minutes a week their rhythm needs
     * @param layer the Dunbar layer it is compared with, or 0
     * @param contactsUpToHere the contacts of this tier and of those with shorter cadences
     */
    public TierLoad {
      requireNonNull(tier, "tier");
      if (contacts < 0 || minutesPerWeek < 0 || layer < 0 || contactsUpToHere < contacts) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "counts of tier %s out of range: %d contacts, %d minutes, layer %d, %d up to here",
                tier.name(),
                contacts,
                minutesPerWeek,
                layer,
                contactsUpToHere));
      }
    }

    /**
     * Whether the tiers up to this one hold more people than their layer.
     *
     * @return true past the layer
     */
    public boolean pastLayer() {
      return layer > 0 && contactsUpToHere > layer;
    }
  }

  /** Tiers by cadence, the shortest first; of equal cadences, by name. */
  public static final Comparator<Tier> BY_CADENCE =
      Comparator.<Tier>comparingLong(t -> Checks.approximateDays(t.cadence()))
          .thenComparing(Tier::name);

  private final List<TierLoad> tiers;
  private final int budgetMinutes;

  private Capacity(List<TierLoad> tiers, int budgetMinutes) {
    this.tiers = ImmutableList.copyOf(tiers);
    this.budgetMinutes = budgetMinutes;
  }

  /**
   * The load of a network's tiers against the settings' ordinary week.
   *
   * @param network the network
   * @param settings the budgets and channel durations
   * @return the capacity
   */
  public static Capacity of(Network network, PlanSettings settings) {
    requireNonNull(network, "network");
    requireNonNull(settings, "settings");
    // Per tier: the contacts with a rhythm, and the minutes a week they need.
    Map<Tier, double[]> load = new LinkedHashMap<>();
    for (Contact c : network.contacts()) {
      if (!hasRhythm(c)) {
        continue;
      }
      Channel channel = network.history(c.id()).usualChannel().orElse(Channel.CALL);
      double perWeek = touchesPerWeek(c.tier());
      double[] tier = load.computeIfAbsent(c.tier(), t -> new double[2]);
      tier[0]++;
      tier[1] += perWeek * settings.minutes(channel);
    }
    List<Tier> order = new ArrayList<>(load.keySet());
    order.sort(BY_CADENCE);
    List<TierLoad> loads = new ArrayList<>();
    int upToHere = 0;
    for (int i = 0; i < order.size(); i++) {
      Tier t = order.get(i);
      double[] tier = requireNonNull(load.get(t));
      int n = (int) tier[0];
      upToHere += n;
      int layer = i + 1 < LAYERS.size() ? LAYERS.get(i + 1) : 0;
      loads.add(new TierLoad(t, n, (int) Math.round(tier[1]), layer, upToHere));
    }
    return new Capacity(loads, ordinaryWeek(settings));
  }

  /**
   * Whether a contact has a rhythm now and counts: mapped, neither archived nor paused.
   *
   * @param c the contact
   * @return true for an active contact
   */
  public static boolean hasRhythm(Contact c) {
    return c.status() instanceof ContactStatus.Active;
  }

  /**
   * How many touches a week a tier's cadence asks for (a month counted as 31 days).
   *
   * @param tier the tier
   * @return touches a week
   */
  public static double touchesPerWeek(Tier tier) {
    return 7.0 / Checks.approximateDays(tier.cadence());
  }

  /**
   * The budget of a week with no holiday, day off or busy period: the working days' budgets.
   *
   * @param settings the settings
   * @return minutes
   */
  static int ordinaryWeek(PlanSettings settings) {
    int total = 0;
    WorkingDays w = settings.workingDays();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!(w.businessDaysOnly() && w.weekend().contains(d))) {
        total += settings.weekdayMinutes().getOrDefault(d, settings.dailyMinutes());
      }
    }
    return total;
  }

  /**
   * The tiers with a rhythm, the shortest cadence first.
   *
   * @return the loads
   */
  public List<TierLoad> tiers() {
    return tiers;
  }

  /**
   * The minutes a week every tier's rhythm needs.
   *
   * @return minutes
   */
  public int neededMinutes() {
    return tiers.stream().mapToInt(TierLoad::minutesPerWeek).sum();
  }

  /**
   * The budget of an ordinary week: no holiday, day off or busy period.
   *
   * @return minutes
   */
  public int budgetMinutes() {
    return budgetMinutes;
  }

  /**
   * Whether the rhythm fits the budget and every tier its layer.
   *
   * @return true if nothing needs to change
   */
  public boolean fits() {
    return neededMinutes() <= budgetMinutes && tiers.stream().noneMatch(TierLoad::pastLayer);
  }

  /**
   * What does not fit, in words: "the tiers' cadences need about 460 minutes a week; an ordinary
   * week has 150", "the A tier has 40 people, more than the about 15 a person keeps close".
   *
   * @return the warnings; empty if everything fits
   */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (neededMinutes() > budgetMinutes) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "the tiers' cadences need about %d minutes a week; an ordinary week has %d",
              neededMinutes(),
              budgetMinutes));
    }
    List<String> names = new ArrayList<>();
    for (TierLoad t : tiers) {
      names.add(t.tier().name());
      if (t.pastLayer()) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "%s %s %d people, more than the about %d %s (Dunbar's layers: 5, 15, 50, 150)",
                names.size() == 1 ? "the " + t.tier().name() + " tier" : "tiers " + join(names),
                names.size() == 1 ? "has" : "have",
                t.contactsUpToHere(),
                t.layer(),
                names.size() == 1
                    ? "a person keeps close"
                    : names.size() == 2
                        ? "friends a person keeps"
                        : "people a person keeps up with"));
      }
    }
    return warnings;
  }

  private static String join(List<String> names) {
    return names.size() == 2
        ? names.get(0) + " and " + names.get(1)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }

  @Override
  public String toString() {
    return "Capacity[needed=" + neededMinutes() + ", budget=" + budgetMinutes + ", " + tiers + "]";
  }
}
