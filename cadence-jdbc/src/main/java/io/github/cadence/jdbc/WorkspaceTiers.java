package io.github.cadence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workspace's tiers: those the database holds, with the tiers this instance uses in their place
 * ({@link Workspace.Builder#tiers}), which are never written. Owned by the {@link Workspace};
 * guarded by its journal's lock.
 */
final class WorkspaceTiers {
  private final String workspace;
  private final Map<String, Tier> overrides;
  private Map<String, Tier> tiers = Map.of();
  private Set<String> stored = Set.of();

  WorkspaceTiers(String workspace, Map<String, Tier> overrides) {
    this.workspace = workspace;
    this.overrides = overrides;
  }

  /** The tiers as this instance uses them, by name. */
  Map<String, Tier> all() {
    return tiers;
  }

  /** A tier as this instance uses it: its override, or else the one given. */
  Tier effective(Tier tier) {
    return overrides.getOrDefault(tier.name(), tier);
  }

  /** Loads the tiers the database holds, their overrides in their places. */
  void load(Map<String, Tier> saved) {
    stored = Set.copyOf(saved.keySet());
    Map<String, Tier> merged = new LinkedHashMap<>(saved);
    overrides.forEach(merged::replace);
    tiers = ImmutableMap.copyOf(merged);
  }

  /** A contact as read from the database, its tier overridden if this instance overrides it. */
  Contact overridden(Contact contact) {
    Tier override = overrides.get(contact.tier().name());
    return override == null || override.equals(contact.tier())
        ? contact
        : contact.toBuilder().tier(override).build();
  }

  /**
   * The contacts' tiers that the database does not hold yet; refuses a tier that differs from the
   * workspace's of the same name.
   */
  List<Tier> unsaved(List<Contact> contacts) {
    Map<String, Tier> fresh = new LinkedHashMap<>();
    for (Contact contact : contacts) {
      Tier tier = contact.tier();
      Tier held = tiers.getOrDefault(tier.name(), fresh.get(tier.name()));
      checkArgument(
          held == null || held.equals(tier),
          "contact '%s' has tier %s (every %s, weight %s), but the tier %s of %s is every %s,"
              + " weight %s: save the tier first (saveTier), or give the contact the workspace's"
              + " tier",
          contact.id(),
          tier.name(),
          tier.cadence(),
          tier.weight(),
          tier.name(),
          workspace,
          held == null ? null : held.cadence(),
          held == null ? null : held.weight());
      if (!stored.contains(tier.name())) {
        fresh.putIfAbsent(tier.name(), tier);
      }
    }
    return List.copyOf(fresh.values());
  }

  /** Notes tiers the database now holds. */
  void saved(List<Tier> saved) {
    if (!saved.isEmpty()) {
      Map<String, Tier> merged = new LinkedHashMap<>(tiers);
      saved.forEach(t -> merged.put(t.name(), t));
      overrides.forEach(merged::replace);
      tiers = ImmutableMap.copyOf(merged);
      Set<String> names = new java.util.HashSet<>(stored);
      saved.forEach(t -> names.add(t.name()));
      stored = Set.copyOf(names);
    }
  }
}
