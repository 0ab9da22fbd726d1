package io.github.cadence.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence config show|path}: the effective configuration and where it comes from. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Shows the configuration (config.yaml) in effect.",
    subcommands = {ConfigCommand.Show.class, ConfigCommand.PathCommand.class})
final class ConfigCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code cadence config show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Prints every setting in effect, with where it came from.",
        "Tiers, budgets, durations, quotas, days off, events, time zone, phone region,",
        "rule parameters and goals, each with 'default' or the file and line of",
        "config.yaml that set it."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  cadence config show",
        "  cadence config show --config ~/work-cadence.yaml --json"
      })
  static final class Show implements Callable<Integer> {
    @ParentCommand ConfigCommand config;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Write the settings as JSON: key, value, origin.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Cadence root = (Cadence) spec.root().userObject();
      Config c = root.config();
      PrintWriter out = spec.commandLine().getOut();
      List<Config.Setting> settings = c.settings();
      if (json) {
        try (JsonGenerator g = Screen.json(out)) {
          g.writeStartObject();
          g.writeStringField("file", c.file().map(Object::toString).orElse(null));
          g.writeArrayFieldStart("settings");
          for (Config.Setting s : settings) {
            g.writeStartObject();
            g.writeStringField("key", s.key());
            g.writeStringField("value", s.value());
            g.writeStringField("origin", s.origin());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        out.println();
      } else {
        Ansi ansi = root.ansi();
        out.println(
            c.file()
                .map(f -> "Configuration from " + f + " over the defaults")
                .orElse(
                    "No configuration file ("
                        + Config.defaultFile(root.env())
                        + "): the defaults"));
        int key = settings.stream().mapToInt(s -> s.key().length()).max().orElse(0);
        int value = settings.stream().mapToInt(s -> s.value().length()).max().orElse(0);
        for (Config.Setting s : settings) {
          String origin =
              s.origin().startsWith("default") || s.origin().startsWith("system")
                  ? ansi.string("@|faint " + s.origin() + "|@")
                  : s.origin();
          out.printf("  %-" + key + "s  %-" + value + "s  %s%n", s.key(), s.value(), origin);
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code cadence config path}. */
  @Command(
      name = "path",
      mixinStandardHelpOptions = true,
      description = "Prints the path of the configuration file read (or that would be).",
      footerHeading = "%nExamples:%n",
      footer = {"  cadence config path", "  $EDITOR \"$(cadence config path)\""})
  static final class PathCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Cadence root = (Cadence) spec.root().userObject();
      spec.commandLine()
          .getOut()
          .println(root.config().file().orElse(Config.defaultFile(root.env())));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
