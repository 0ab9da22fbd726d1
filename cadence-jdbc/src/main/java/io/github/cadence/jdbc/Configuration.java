package io.github.cadence.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.jdbc.WorkspaceException.Problem;
import io.github.cadence.tracking.Goal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the user configured and saved in a workspace: the goals and the settings. A facet of the
 * {@link Workspace} ({@link Workspace#configuration()}): it shares the workspace's database, lock
 * and transactions, and owns the goals and settings the workspace holds in memory. In a workspace
 * opened {@linkplain Workspace.Builder#readOnly() for reading}, saving applies in memory only, as a
 * command applies the user's configuration for one run.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Configuration {
  private final Journal journal;

  // Guarded by the journal's lock.
  private List<Goal> goals = List.of();
  private Settings settings = Settings.defaults();

  Configuration(Journal journal) {
    this.journal = journal;
  }

  /**
   * The user's goals, in the order they were saved.
   *
   * @return the goals
   */
  public List<Goal> goals() {
    return journal.reading(() -> goals);
  }

  /**
   * The saved settings, or the defaults if none were saved.
   *
   * @return the settings
   */
  public Settings settings() {
    return journal.reading(() -> settings);
  }

  /**
   * Saves the user's goals, replacing those saved before.
   *
   * @param newGoals the goals, in the order to keep them
   */
  public void saveGoals(List<Goal> newGoals) {
    List<Goal> all = ImmutableList.copyOf(requireNonNull(newGoals, "goals"));
    journal.writing(
        () ->
            journal.configure(
                "save the goals of", c -> c.saveGoals(all), () -> goals = all, () -> false));
  }

  /**
   * Saves the user's settings, replacing those saved before.
   *
   * @param newSettings the settings
   */
  public void saveSettings(Settings newSettings) {
    requireNonNull(newSettings, "settings");
    String document = SettingsDocument.write(newSettings);
    journal.writing(
        () ->
            journal.configure(
                "save the settings of",
                c -> c.saveSettings(document),
                () -> settings = newSettings,
                () -> false));
  }

  /**
   * Loads what was read from the database; the caller holds the write lock.
   *
   * @throws WorkspaceException if the settings document is of a newer version, or not one
   */
  void load(List<Goal> loadedGoals, Optional<String> document) {
    Settings loaded = document.isEmpty() ? Settings.defaults() : settings(document.get());
    goals = ImmutableList.copyOf(loadedGoals);
    settings = loaded;
  }

  private Settings settings(String document) {
    try {
      return SettingsDocument.read(document);
    } catch (SettingsDocument.NewerFormatException e) {
      throw new WorkspaceException(
          Problem.NEWER_SCHEMA, "cannot open " + journal.name() + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(
          Problem.STORAGE,
          "cannot open "
              + journal.name()
              + ": "
              + e.getMessage()
              + "; it was changed outside Cadence",
          e);
    }
  }

  @Override
  public String toString() {
    return "the goals and settings of " + journal.name();
  }
}
