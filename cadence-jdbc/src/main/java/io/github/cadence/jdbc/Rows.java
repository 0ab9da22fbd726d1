package io.github.cadence.jdbc;

import io.github.cadence.model.Texts;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every table of the workspace shares: batched writes, rows read into the model (a value the
 * model rejects names its row), and texts stored by an older version cleaned as an import would.
 */
final class Rows {
  /** Rows per JDBC batch: large enough to save round trips, small enough to bound memory. */
  static final int BATCH = 1_000;

  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement p, T value) throws SQLException;
  }

  static <T> void batch(PreparedStatement p, Collection<T> values, Binder<T> binder)
      throws SQLException {
    int pending = 0;
    for (T value : values) {
      binder.bind(p, value);
      p.addBatch();
      if (++pending == BATCH) {
        p.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      p.executeBatch();
    }
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read() throws SQLException;
  }

  /** Reads a row; a value the model rejects becomes an error naming the row. */
  static <T> T row(String what, @Nullable String id, RowReader<T> reader) throws SQLException {
    try {
      return reader.read();
    } catch (RuntimeException e) {
      throw new InvalidRowException(what + " '" + id + "': " + e.getMessage(), e);
    }
  }

  /**
   * A text as the model accepts it: one that a version before 0.1 stored with control characters
   * (the model refuses them now) is cleaned as an import would clean it, in memory only, so that
   * the workspace still opens; the row is rewritten when the contact next changes.
   */
  static String stored(String value, String ifBlank) {
    if (Texts.firstControl(value, false) < 0) {
      return value;
    }
    String cleaned = Texts.clean(value).strip();
    return cleaned.isEmpty() ? ifBlank : cleaned;
  }

  /** A note as {@link #stored}, keeping its line breaks. */
  static String storedNote(String note) {
    if (Texts.firstControl(note, true) < 0) {
      return note;
    }
    List<String> lines = new ArrayList<>();
    for (String line : note.replace("\r\n", "\n").split("\n", -1)) {
      lines.add(Texts.clean(line));
    }
    String cleaned = String.join("\n", lines);
    return cleaned.isBlank() ? "(note)" : cleaned;
  }

  /** A row holds a value the model rejects: the database was changed by something else. */
  static final class InvalidRowException extends SQLException {
    private static final long serialVersionUID = 1L;

    InvalidRowException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Rows() {}
}
