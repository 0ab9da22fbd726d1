package io.github.cadence.examples;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.nio.file.Path;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Wiring the durable workspace of {@code cadence-jdbc}: an SQLite file for a person's own network,
 * a PostgreSQL {@code DataSource} for an application on a server.
 */
public final class WorkspaceExample {
  private WorkspaceExample() {}

  /**
   * Keeps a contact and a call in an SQLite file (created on first use) and reads today's queue.
   *
   * @param file the workspace file
   * @param contact a contact
   * @param call a touchpoint with the contact
   * @param now the instant to rank as of
   * @return the queue
   */
  public static FollowUpQueue keepInAFile(
      Path file, Contact contact, Touchpoint call, Instant now) {
    // tag::sqlite[]
    try (Workspace workspace = Workspace.sqlite(file).open(now)) {
      workspace.add(contact); // in the file first, then in memory
      workspace.record(call); // durable once it returns
      return workspace.queue(QueueRequest.asOf(now));
    }
    // end::sqlite[]
  }

  /**
   * Opens a workspace in a PostgreSQL database.
   *
   * @param dataSource the application's data source, with a schema of Cadence's own
   * @param now the instant to rank as of
   * @return the open workspace
   */
  public static Workspace openOnAServer(DataSource dataSource, Instant now) {
    // tag::postgres[]
    Workspace shared = Workspace.postgres(dataSource).open(now); // schema created or migrated
    shared.refresh(); // later: picks up what other instances committed
    // end::postgres[]
    return shared;
  }
}
