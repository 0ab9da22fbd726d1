package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Rows.batch;
import static io.github.cadence.jdbc.Rows.row;
import static io.github.cadence.jdbc.Rows.storedNote;

import com.google.common.base.Throwables;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The touchpoints (table {@code touchpoint}): written in batches, leaving out those held already,
 * and read back in chunks made into touchpoints on a second thread.
 */
final class TouchpointTable {
  // A touchpoint's channel, direction, outcome and intent are kept as their stable codes
  // (Codes.code), which the tables channel, direction, outcome and intent of the schema name.

  /**
   * Inserts touchpoints, leaving out those the workspace holds already (the same touch, or the same
   * source key), as the network does.
   *
   * @return how many were inserted: counted by their change number, since a driver may report a
   *     batch's counts as unknown (PostgreSQL's {@code reWriteBatchedInserts} does)
   */
  static int insertTouchpoints(Connection c, Collection<Touchpoint> touchpoints, long change)
      throws SQLException {
    if (touchpoints.isEmpty()) {
      return 0;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO touchpoint (contact_id, at_ms, channel, direction, outcome, intent,"
                + " note, source, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      batch(
          p,
          touchpoints,
          (s, t) -> {
            s.setString(1, t.contactId());
            s.setLong(2, t.at().toEpochMilli());
            s.setInt(3, Codes.code(t.channel()));
            s.setInt(4, Codes.code(t.direction()));
            s.setInt(5, Codes.code(t.outcome()));
            s.setInt(6, Codes.code(t.intent()));
            s.setString(7, t.note().orElse(""));
            s.setString(8, t.source().orElse(null));
            s.setLong(9, change);
          });
    }
    try (PreparedStatement p =
        c.prepareStatement("SELECT COUNT(*) FROM touchpoint WHERE seq = ?")) {
      p.setLong(1, change);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /**
   * Reads the touchpoints recorded after a change number. Reading the rows and making touchpoints
   * of them overlap: this thread reads, another makes each chunk's touchpoints meanwhile, which on
   * two cores takes most of the model's checks off the time it takes to open a large workspace.
   */
  static List<Touchpoint> touchpoints(Connection c, long after) throws SQLException {
    ExecutorService maker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "cadence-touchpoint-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<Touchpoint>>> chunks = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT contact_id, at_ms, channel, direction, outcome, intent, note, source"
                  + " FROM touchpoint WHERE seq > ?")) {
        p.setLong(1, after);
        p.setFetchSize(Rows.BATCH);
        try (ResultSet r = p.executeQuery()) {
          Chunk rows = new Chunk();
          while (r.next()) {
            rows.add(r);
            if (rows.size == Chunk.CHUNK) {
              chunks.add(maker.submit(rows::touchpoints));
              rows = new Chunk();
            }
          }
          chunks.add(maker.submit(rows::touchpoints));
        }
      }
      List<Touchpoint> all = new ArrayList<>(chunks.size() * Chunk.CHUNK);
      for (Future<List<Touchpoint>> chunk : chunks) {
        all.addAll(made(chunk));
      }
      return all;
    } finally {
      maker.shutdownNow();
    }
  }

  private static List<Touchpoint> made(Future<List<Touchpoint>> chunk) throws SQLException {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Throwables.throwIfInstanceOf(cause, SQLException.class);
      Throwables.throwIfUnchecked(cause);
      throw new SQLException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while reading touchpoints", e);
    }
  }

  /** Touchpoint rows as read, to be made touchpoints on another thread. */
  private static final class Chunk {
    static final int CHUNK = 8_192;
    final String[] contactIds = new String[CHUNK];
    final long[] at = new long[CHUNK];
    final int[] channels = new int[CHUNK];
    final int[] directions = new int[CHUNK];
    final int[] outcomes = new int[CHUNK];
    final int[] intents = new int[CHUNK];
    final String[] notes = new String[CHUNK];
    final @Nullable String[] sources = new String[CHUNK];
    int size;

    void add(ResultSet r) throws SQLException {
      contactIds[size] = r.getString(1);
      at[size] = r.getLong(2);
      channels[size] = r.getInt(3);
      directions[size] = r.getInt(4);
      outcomes[size] = r.getInt(5);
      intents[size] = r.getInt(6);
      notes[size] = r.getString(7);
      sources[size] = r.getString(8);
      size++;
    }

    List<Touchpoint> touchpoints() throws SQLException {
      List<Touchpoint> made = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int row = i;
        made.add(row("touchpoint of contact", contactIds[i], () -> touchpoint(row)));
      }
      return made;
    }

    private Touchpoint touchpoint(int i) {
      Touchpoint.Builder b =
          Touchpoint.builder(contactIds[i], Instant.ofEpochMilli(at[i]))
              .channel(coded(Channel.class, channels[i], "channel"))
              .direction(coded(Direction.class, directions[i], "direction"))
              .outcome(coded(Outcome.class, outcomes[i], "outcome"))
              .intent(coded(Intent.class, intents[i], "intent"));
      if (!notes[i].isBlank()) {
        b.note(storedNote(notes[i]));
      }
      String source = sources[i];
      if (source != null) {
        b.source(source);
      }
      return b.build();
    }

    private static <E extends Enum<E>> E coded(Class<E> type, int code, String column) {
      try {
        return Codes.ofCode(type, code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + column + ": " + e.getMessage(), e);
      }
    }
  }

  private TouchpointTable() {}
}
