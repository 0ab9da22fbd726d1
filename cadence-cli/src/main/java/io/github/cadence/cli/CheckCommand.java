package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cadence check}: whether the workspace file is sound, and what to do if not. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the workspace file and says what to do if it is damaged.",
      "Every page and index of it (SQLite's integrity check). Exit 0 when sound, 1",
      "when damaged."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  cadence check", "  cadence check --workspace ~/old-workspace"})
final class CheckCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() {
    Path file = workspace.existingFile(workspace.root());
    PrintWriter out = workspace.out();
    List<String> problems = Workspace.check(file);
    if (problems.isEmpty()) {
      out.printf("%s: sound (every page and index checked)%n", file);
      return 0;
    }
    out.printf("%s: damaged, %s%n", file, Screen.count(problems.size(), "problem", "problems"));
    problems.stream().limit(20).forEach(p -> out.printf("  - %s%n", Screen.fit(p, 200)));
    out.printf(
        "What to do: restore the latest backup ('cadence backup' makes them) by copying it over"
            + " %s; or save what can still be read with 'cadence export network-json -o"
            + " rescue.json', then 'cadence init' a new workspace and 'cadence import rescue.json'.%n",
        file);
    return 1;
  }
}
