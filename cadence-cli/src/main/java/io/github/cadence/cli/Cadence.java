package io.github.cadence.cli;

import io.github.cadence.jdbc.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code cadence} command: whom to reach out to next, and why. Exit codes: 0 on success, 1 when
 * the operation failed, 2 on bad usage or bad input; errors are one line on stderr, with the stack
 * trace only under {@code --debug}.
 */
@Command(
    name = "cadence",
    mixinStandardHelpOptions = true,
    versionProvider = Cadence.Version.class,
    description = "Whom to reach out to next, and why: a networking cadence for your own network.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence demo                        today's queue and week of a demo network",
      "  cadence init                        create your workspace",
      "  cadence import Connections.csv      bring in your LinkedIn export",
      "  cadence today                       whom to reach out to today, and why"
    },
    subcommands = {
      DemoCommand.class,
      InitCommand.class,
      ImportCommand.class,
      TodayCommand.class,
      WeekCommand.class,
      CapacityCommand.class,
      ExportCommand.class,
      QueueCommand.class,
      LogCommand.class,
      ContactCommand.class,
      PlanCommands.Done.class,
      PlanCommands.Skip.class,
      PlanCommands.Snooze.class,
      GoalsCommand.class,
      ReviewCommand.class,
      TierCommand.class,
      ConfigCommand.class,
      CheckCommand.class,
      BackupCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Cadence implements Runnable {
  /** How much of an error message the command prints: one line a person reads. */
  private static final int MESSAGE_MAX = 400;

  @Option(
      names = "--debug",
      description = "Print the stack trace of an error.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Option(
      names = "--no-color",
      description = "No colour, even on a terminal (also when NO_COLOR is set).",
      scope = CommandLine.ScopeType.INHERIT)
  boolean noColor;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration file (default: $XDG_CONFIG_HOME/cadence/config.yaml, else"
              + " ~/.config/cadence/config.yaml).",
      scope = CommandLine.ScopeType.INHERIT)
  @Nullable Path configFile;

  /**
   * The workspace given before the command's name ({@code cadence --workspace DIR today}), as git
   * takes {@code -C}; a command's own {@code --workspace} wins.
   */
  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "The workspace directory, for the command that follows (or give it after it).")
  @Nullable Path workspace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private @Nullable Config config;

  private final Clock clock;
  private final Map<String, String> env;

  Cadence(Clock clock, Map<String, String> env) {
    this.clock = clock;
    this.env = env;
  }

  /** The command as picocli's tools build it (the man pages are generated from its model). */
  Cadence() {
    this(Clock.systemUTC(), System.getenv());
  }

  Clock clock() {
    return clock;
  }

  /**
   * Colour only on a terminal, never with {@code --no-color} or when {@code NO_COLOR} is set;
   * {@code CLICOLOR_FORCE} asks for it even through a pipe.
   */
  CommandLine.Help.Ansi ansi() {
    if (noColor || env.containsKey("NO_COLOR")) {
      return CommandLine.Help.Ansi.OFF;
    }
    return env.containsKey("CLICOLOR_FORCE")
        ? CommandLine.Help.Ansi.ON
        : CommandLine.Help.Ansi.AUTO;
  }

  /** The configuration, read once from the file the options and the environment name. */
  Config config() {
    Config c = config;
    if (c == null) {
      c = Config.load(configFile, env);
      config = c;
    }
    return c;
  }

  /** The environment the command runs in (given, so that tests can set it). */
  Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status;
    try {
      status = commandLine(Clock.systemUTC(), System.getenv()).execute(args);
    } catch (Error e) {
      // A broken installation (a class missing from the jar) or the JVM out of memory: one line,
      // not a stack trace, and the status sysexits calls an internal software error.
      System.err.println(
          "cadence: internal error, "
              + Screen.fit(String.valueOf(e), MESSAGE_MAX)
              + (e instanceof LinkageError
                  ? " (the installation is incomplete: reinstall it)"
                  : ""));
      status = 70;
    }
    System.exit(status);
  }

  /** The command line, with the exit codes and error handling of the command. */
  static CommandLine commandLine(Clock clock, Map<String, String> env) {
    Cadence root = new Cadence(clock, env);
    CommandLine cli = new CommandLine(root);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("cadence: " + Screen.fit(message(e), MESSAGE_MAX));
          if (root.debug) {
            e.printStackTrace(err);
          }
          // Bad input (a malformed file, a value out of range) is the user's to fix: 2.
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("cadence: " + Screen.fit(String.valueOf(e.getMessage()), MESSAGE_MAX));
          // "cadence today" for a subcommand, "cadence" for the command itself.
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return 2;
        });
    return cli;
  }

  /**
   * An exception's message for the user: a file system error names its file and what went wrong
   * (the JDK's says only the file for a missing one, or a denied one).
   */
  static String message(Exception e) {
    if (e instanceof FileSystemException f && f.getReason() == null) {
      return f.getFile() + ": " + reason(e);
    }
    if (e instanceof WorkspaceException w && w.problem() == WorkspaceException.Problem.CONFLICT) {
      // The library's advice is for programs; a person runs the command again.
      return String.valueOf(e.getMessage())
          .replace("; refresh() and try again", "; run the command again");
    }
    return String.valueOf(e.getMessage());
  }

  /** What went wrong, without the file: "no such file or directory", "No space left on device". */
  static String reason(Exception e) {
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      return e instanceof NoSuchFileException
          ? "no such file or directory"
          : e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof FileAlreadyExistsException
                  ? "exists already (a file where a directory is needed?)"
                  : e instanceof NotDirectoryException
                      ? "not a directory"
                      : e.getClass().getSimpleName();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * The version and the commit the build wrote: "cadence 0.1.0 (commit 1a2b3c4)"; a build from
   * outside a git clone has no commit.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties build = new Properties();
      try (InputStream in = Cadence.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          build.load(in);
        }
      }
      String version = build.getProperty("version", "");
      String commit = build.getProperty("commit", "");
      // An unfiltered value (a build without the commit) starts with "${".
      return new String[] {
        "cadence "
            + (version.isEmpty() || version.startsWith("$") ? "(development build)" : version)
            + (commit.isEmpty() || commit.startsWith("$") ? "" : " (commit " + commit + ")")
      };
    }
  }
}
