package io.github.cadence.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cadence completion bash|zsh}: the shell completion script, from picocli. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Prints the completion script for your shell.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(cadence completion bash)          (in ~/.bashrc)",
      "  source <(cadence completion zsh)           (in ~/.zshrc)"
    })
final class CompletionCommand implements Callable<Integer> {
  /** The shells. */
  enum Shell {
    BASH,
    ZSH
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell = Shell.BASH;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("cadence", spec.root().commandLine());
    if (shell == Shell.ZSH) {
      // picocli writes a bash script; zsh runs it through its bash completion layer.
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
