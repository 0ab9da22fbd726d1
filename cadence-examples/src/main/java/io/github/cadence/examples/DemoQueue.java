package io.github.cadence.examples;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.Network;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Prints the follow-up queue of the bundled demo network, or its agenda for the week.
 *
 * <pre>
 * usage: DemoQueue [week] [--as-of 2026-11-23T09:00:00Z] [--limit N]
 * </pre>
 *
 * Without {@code week} it prints the ranked queue; with it, the agenda of the next seven days (30
 * minutes a day, a BNI breakfast set aside on the second day, two busy days) and a forecast of
 * keeping that plan against stopping for four weeks. Without {@code --as-of}, the demo is about the
 * current instant of the system clock.
 */
public final class DemoQueue {
  private static final String USAGE =
      "usage: DemoQueue [week] [--as-of 2026-11-23T09:00:00Z] [--limit N]";

  private DemoQueue() {}

  /**
   * Runs the demo.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    int status = run(args, Clock.systemUTC(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
    Instant asOf = clock.instant();
    int limit = Integer.MAX_VALUE;
    boolean week = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          out.println(USAGE);
          return 0;
        } else if (arg.equals("week") && i == 0) {
          week = true;
        } else if (arg.equals("--as-of") && i + 1 < args.length) {
          asOf = Instant.parse(args[++i]);
        } else if (arg.equals("--limit") && i + 1 < args.length) {
          limit = Integer.parseInt(args[++i]);
        } else {
          err.printf(Locale.ROOT, "unknown or incomplete argument '%s'%n", arg);
          err.println(USAGE);
          return 2;
        }
      }
      Network network = DemoNetwork.asOf(asOf);
      CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
      if (week) {
        out.print(WeekPlan.render(engine, network, asOf));
        return 0;
      }
      FollowUpQueue queue = engine.queue(network, QueueRequest.asOf(asOf).withLimit(limit));
      out.print(QueuePrinter.render(queue));
      return 0;
    } catch (DateTimeParseException e) {
      err.println(
          "--as-of must be an ISO-8601 instant such as 2026-11-23T09:00:00Z: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("invalid argument: " + e.getMessage());
      return 2;
    }
  }
}
