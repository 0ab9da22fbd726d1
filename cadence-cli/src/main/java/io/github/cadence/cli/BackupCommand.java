package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cadence backup}: a consistent copy of the workspace, while it is in use. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a consistent copy of the workspace while other commands go on using it.",
      "FILE is network-DATE-TIME.cadence beside it unless given. The copy is a",
      "workspace: restore it by copying it over network.cadence, or open it with",
      "--workspace."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  cadence backup", "  cadence backup ~/backups/cadence-2026-12-06.cadence"})
final class BackupCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

  @Mixin WorkspaceOption workspace;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write it.")
  @Nullable Path file;

  @Override
  public Integer call() {
    Instant now = workspace.root().clock().instant();
    try (Workspace w = workspace.read(now)) {
      ZoneId zone = workspace.root().config().plan().zone();
      Path target =
          file != null
              ? file
              : workspace
                  .directory(workspace.root())
                  .resolve("network-" + STAMP.format(now.atZone(zone)) + ".cadence");
      w.backup(target);
      workspace.out().printf("Backed up to %s%n", target);
    }
    return 0;
  }
}
