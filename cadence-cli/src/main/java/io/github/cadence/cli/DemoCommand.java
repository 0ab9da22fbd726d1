package io.github.cadence.cli;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.Network;
import io.github.cadence.jdbc.ImportSummary;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence demo}: today's queue and the week's agenda of the bundled demo network. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Prints today's queue and the week's agenda of a demo network.",
      "A consultant with 300 contacts and two years of history, the same every time",
      "for the same day."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence demo",
      "  cadence demo --as-of 2026-11-23T14:00:00Z --limit 5",
      "  cadence demo --workspace ~/cadence-demo   (keep it to play with)"
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Cadence parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "The instant the demo is about (default: now), such as 2026-11-23T14:00:00Z.")
  @Nullable Instant asOf;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the due contacts to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Also save the demo network as a workspace in DIR (created if needed).")
  @Nullable Path workspace;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
    }
    Instant now = asOf != null ? asOf : parent.clock().instant();
    Network network = DemoNetwork.asOf(now);
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    FollowUpQueue all = engine.queue(network, QueueRequest.asOf(now));
    LocalDate today = now.atZone(DemoNetwork.ZONE).toLocalDate();
    PlanSettings settings =
        PlanSettings.builder()
            .zone(DemoNetwork.ZONE)
            .dailyMinutes(30)
            .event(new NetworkingEvent("BNI breakfast", today.plusDays(2), 90))
            .eventDay(today.plusDays(2))
            .build();
    Agenda agenda = Planner.of(settings).plan(all, today, 7);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        Screen.queue(
            all,
            network.contacts().size(),
            DemoNetwork.ZONE,
            limit,
            Config.MAP_DAILY,
            parent.ansi()));
    out.println();
    out.print(Screen.agenda(agenda, parent.ansi()));
    Path keep = workspace != null ? workspace : parent.workspace;
    if (keep != null) {
      save(network, agenda, keep, now, out);
    }
    out.flush();
    return 0;
  }

  /** Saves the network and this week's plan, which {@code cadence review} counts. */
  private static void save(Network network, Agenda agenda, Path dir, Instant now, PrintWriter out)
      throws java.io.IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("network.cadence");
    List<Touchpoint> touchpoints = new ArrayList<>();
    network.contacts().forEach(c -> touchpoints.addAll(network.touchpoints(c.id())));
    try (Workspace w = Workspace.sqlite(file).open(now)) {
      ImportSummary summary = w.importAll(network.contacts(), touchpoints);
      w.plan().remember(agenda);
      out.printf(
          "%nSaved the demo to %s: %d contacts added, %d touchpoints recorded.%n",
          file, summary.contactsAdded(), summary.touchpointsRecorded());
    }
  }
}
