package io.github.cadence.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command run in process, through picocli, at a fixed instant and in a given environment; a
 * configuration file of the machine's user is never read unless the environment names one.
 */
record Runs(int status, String out, String err) {
  static Runs cadence(Instant at, Map<String, String> env, String... args) {
    Map<String, String> hermetic = new HashMap<>(env);
    hermetic.putIfAbsent("XDG_CONFIG_HOME", "/nonexistent/cadence-test-config");
    CommandLine cli = Cadence.commandLine(Clock.fixed(at, ZoneOffset.UTC), hermetic);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Runs(cli.execute(args), out.toString(), err.toString());
  }
}
