package io.github.cadence.jdbc;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A program for a child JVM: writes batches of touchpoints through a workspace and prints
 * "committed N" once batch N's import has returned (so it is durable), until it has written them
 * all or is killed.
 *
 * <p>Arguments: {@code sqlite FILE FIRST COUNT SIZE} or {@code postgres URL FIRST COUNT SIZE} (the
 * user and password in the system properties {@code pg.user} and {@code pg.password}).
 */
public final class WorkspaceWriter {
  static final String CONTACT = "writer";

  /** The PostgreSQL application name of the writer's connections. */
  static final String APPLICATION = "cadence-crash-writer";

  static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

  private WorkspaceWriter() {}

  public static void main(String[] args) {
    Workspace.Builder builder;
    if (args[0].equals("sqlite")) {
      builder = Workspace.sqlite(Path.of(args[1]));
    } else {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(args[1]);
      ds.setUser(System.getProperty("pg.user", "postgres"));
      ds.setPassword(System.getProperty("pg.password", ""));
      ds.setApplicationName(APPLICATION);
      builder = Workspace.postgres(ds);
    }
    int first = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    int size = Integer.parseInt(args[4]);
    try (Workspace w = builder.open(Sample.NOW)) {
      if (w.contact(CONTACT).isEmpty()) {
        w.add(Contact.builder(CONTACT, START).displayName("Writer").tier(Tier.B).build());
      }
      for (int b = first; b < first + count; b++) {
        w.recordAll(batch(b, size));
        System.out.println("committed " + b);
        System.out.flush();
      }
    }
  }

  static Contact contact() {
    return Contact.builder(CONTACT, START).displayName("Writer").tier(Tier.B).build();
  }

  static List<Touchpoint> batch(int b, int size) {
    List<Touchpoint> batch = new ArrayList<>(size);
    for (int j = 0; j < size; j++) {
      batch.add(
          Touchpoint.builder(CONTACT, START.plusSeconds(b * 1000L + j))
              .channel(Channel.EMAIL)
              .direction(Direction.OUTBOUND)
              .outcome(Outcome.SENT)
              .source(source(b, j))
              .build());
    }
    return batch;
  }

  static String source(int b, int j) {
    return "batch-" + b + "-" + j;
  }
}
