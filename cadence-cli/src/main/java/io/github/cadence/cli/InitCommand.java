package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cadence init}: creates the workspace, an SQLite file. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Creates your workspace (an SQLite file) if there is none yet.",
    footerHeading = "%nExamples:%n",
    footer = {"  cadence init", "  cadence init --workspace ~/network"})
final class InitCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() throws Exception {
    Path dir = workspace.directory(workspace.root());
    Path file = dir.resolve(WorkspaceOption.FILE);
    boolean existed = Files.exists(file);
    Files.createDirectories(dir);
    try (Workspace w = Workspace.sqlite(file).open(workspace.root().clock().instant())) {
      PrintWriter out = workspace.out();
      out.printf(
          "%s %s (%s)%n",
          existed ? "Workspace already at" : "Created the workspace",
          file,
          Screen.count(w.contactCount(), "contact", "contacts"));
    }
    return 0;
  }
}
