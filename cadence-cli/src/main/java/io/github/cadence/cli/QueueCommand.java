package io.github.cadence.cli;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.io.ImportException;
import io.github.cadence.io.ImportResult;
import io.github.cadence.io.ImportSource;
import io.github.cadence.io.Importer;
import io.github.cadence.io.QueueExport;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cadence queue}: the queue of files, for scripts; touches no workspace. */
@Command(
    name = "queue",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the queue of files without a workspace, for scripts and pipelines.",
      "Contacts and touchpoints may be in any format 'cadence import' reads."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence queue --contacts contacts.csv --touchpoints touchpoints.csv \\",
      "      --as-of 2026-11-23T09:00:00Z --format json",
      "  cadence queue --contacts Connections.csv --touchpoints messages.csv \\",
      "      --format csv"
    })
final class QueueCommand implements Callable<Integer> {
  /** How the queue is written. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @ParentCommand Cadence parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--contacts",
      paramLabel = "FILE",
      required = true,
      arity = "1..*",
      description = "Files with the contacts.")
  List<Path> contacts = new ArrayList<>();

  @Option(
      names = "--touchpoints",
      paramLabel = "FILE",
      arity = "1..*",
      description = "Files with the touchpoints (they may also be in the contacts' files).")
  List<Path> touchpoints = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "The instant to rank as of (default: now), such as 2026-11-23T09:00:00Z.")
  @Nullable Instant asOf;

  @Option(
      names = "--format",
      paramLabel = "text|json|csv",
      defaultValue = "text",
      description = "How to write the queue (default: ${DEFAULT-VALUE}; json: queue.schema.json).")
  Format format = Format.TEXT;

  @Option(names = "--limit", paramLabel = "N", description = "Write only the first N entries.")
  @Nullable Integer limit;

  @Override
  public Integer call() {
    Instant now = asOf != null ? asOf : parent.clock().instant();
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
    }
    List<ImportSource> sources = new ArrayList<>();
    contacts.forEach(f -> sources.add(ImportSource.of(f)));
    touchpoints.forEach(f -> sources.add(ImportSource.of(f)));
    ImportResult read;
    try {
      read = Importer.builder(now).build().read(sources);
    } catch (ImportException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    MutableNetwork network = new MutableNetwork();
    read.contacts().forEach(network::add);
    network.recordAll(read.touchpoints());
    QueueRequest request = QueueRequest.asOf(now);
    FollowUpQueue queue =
        CadenceEngine.of(BuiltInRules.defaults())
            .queue(network, limit == null ? request : request.withLimit(limit));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        QueueExport.json(queue, out);
        out.println();
      }
      case CSV -> QueueExport.csv(queue, out);
      case TEXT -> {
        out.print(
            Screen.queue(
                queue,
                queue.totalMatching(),
                parent.config().zone(),
                limit == null ? Integer.MAX_VALUE : limit,
                parent.config().mapDaily(),
                parent.ansi()));
      }
    }
    out.flush();
    return 0;
  }
}
