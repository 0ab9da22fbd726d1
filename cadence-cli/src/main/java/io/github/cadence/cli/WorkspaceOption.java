package io.github.cadence.cli;

import static java.util.Objects.requireNonNull;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Tier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that works on the workspace shares, as a picocli mixin: the {@code
 * --workspace} option, the root command (its clock, configuration and colours) and where to print.
 * Where the user's workspace is: {@code --workspace DIR}, else {@code CADENCE_WORKSPACE}, else
 * {@code $XDG_DATA_HOME/cadence}, else {@code ~/.local/share/cadence}. The workspace is the SQLite
 * file {@code network.cadence} in that directory.
 */
final class WorkspaceOption {
  static final String FILE = "network.cadence";

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description =
          "The workspace directory (default: $CADENCE_WORKSPACE, else $XDG_DATA_HOME/cadence,"
              + " else ~/.local/share/cadence).")
  @Nullable Path directory;

  /** The command this mixin is part of. */
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  /** The root command: its clock, configuration, colours and environment. */
  Cadence root() {
    return (Cadence) requireNonNull(mixee, "mixee").root().userObject();
  }

  /** Where the command prints its output. */
  PrintWriter out() {
    return requireNonNull(mixee, "mixee").commandLine().getOut();
  }

  /** Opens the workspace for a command that writes (see {@link #open(Cadence, Instant)}). */
  Workspace open(Instant now) {
    return open(root(), now);
  }

  /** Opens the workspace for a command that reads (see {@link #read(Cadence, Instant)}). */
  Workspace read(Instant now) {
    return read(root(), now);
  }

  /**
   * The directory, as the options (the command's, else the one before the command's name) and the
   * environment choose it.
   */
  Path directory(Cadence root) {
    if (directory != null) {
      return directory;
    }
    if (root.workspace != null) {
      return root.workspace;
    }
    Map<String, String> env = root.env();
    String chosen = env.get("CADENCE_WORKSPACE");
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    String data = env.get("XDG_DATA_HOME");
    if (data != null && !data.isBlank()) {
      return Path.of(data, "cadence");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "cadence");
  }

  /**
   * Opens the workspace, which must exist ({@code cadence init} creates it), for a command that
   * writes. The configuration (config.yaml) owns what the command plans with: its tiers apply in
   * memory, for this run, and nothing of it is written into the workspace.
   */
  Workspace open(Cadence parent, Instant now) {
    return open(parent, now, false);
  }

  /**
   * Opens the workspace for a command that only reads: the file is opened read-only and left byte
   * for byte as it was.
   */
  Workspace read(Cadence parent, Instant now) {
    return open(parent, now, true);
  }

  /** The workspace file, which must exist. */
  Path existingFile(Cadence root) {
    Path file = directory(root).resolve(FILE);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "no workspace at "
              + directory(root)
              + ": run 'cadence init' to create one, or give --workspace DIR");
    }
    return file;
  }

  private Workspace open(Cadence parent, Instant now, boolean reading) {
    Path file = existingFile(parent);
    Config config = parent.config();
    Workspace.Builder b =
        Workspace.sqlite(file).engine(config.engine()).tiers(config.tiers().values());
    return (reading ? b.readOnly() : b).open(now);
  }

  /**
   * The tiers a command offers: the workspace's, with the configuration's in their places and those
   * only the configuration names, as config.yaml owns the tiers.
   */
  static Map<String, Tier> tiers(Workspace w, Config config) {
    Map<String, Tier> all = new LinkedHashMap<>(w.tiers());
    all.putAll(config.tiers());
    return all;
  }
}
