package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file in one of Cadence's CSV layouts ({@link CadenceCsv}: contacts, or touchpoints) one
 * record at a time, holding none of it: for networks too large to import at once, such as the files
 * of a nightly recompute that a Flink job reads. Unlike an {@link Importer} it neither merges
 * people nor checks that a touchpoint's contact exists; a record that is not valid comes back with
 * its fault, named by file, line and field, and the records after it are read on.
 *
 * <pre>{@code
 * try (CadenceCsvReader reader = CadenceCsvReader.open("touchpoints.csv", in)) {
 *   for (CadenceCsvReader.Row r = reader.next(); r != null; r = reader.next()) {
 *     r.touchpoint().ifPresent(network::record);
 *     r.fault().ifPresent(f -> System.err.println(f.getMessage()));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CadenceCsvReader implements Closeable {
  private final CsvTable table;
  private final BufferedReader text;

  private CadenceCsvReader(CsvTable table, BufferedReader text) {
    this.table = table;
    this.text = text;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param name the file's name, for messages
   * @param in its bytes: UTF-8, or UTF-16 with a byte order mark; closed by {@link #close()}
   * @return the reader, after the header
   * @throws ImportException if the file is empty, is not text, or its header is not one of
   *     Cadence's CSV layouts; the stream is closed then
   */
  public static CadenceCsvReader open(String name, InputStream in) {
    requireNonNull(name, "name");
    requireNonNull(in, "in");
    BufferedReader text = new BufferedReader(new CheckedReader(name, in), 1 << 16);
    try {
      CsvTable table = CsvTable.open(name, text, null);
      Layout layout = table.layout();
      if (layout != Layout.CADENCE_CONTACTS && layout != Layout.CADENCE_TOUCHPOINTS) {
        throw new ImportException(
            name,
            1,
            null,
            null,
            "is "
                + layout.description()
                + ", not one of Cadence's CSV layouts; expected "
                + Layouts.expected(Layout.CADENCE_CONTACTS)
                + ", or "
                + Layouts.expected(Layout.CADENCE_TOUCHPOINTS),
            null);
      }
      return new CadenceCsvReader(table, text);
    } catch (RuntimeException e) {
      try {
        text.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * The file's layout.
   *
   * @return {@link Layout#CADENCE_CONTACTS} or {@link Layout#CADENCE_TOUCHPOINTS}
   */
  public Layout layout() {
    return table.layout();
  }

  /**
   * The next record.
   *
   * @return a contact, a touchpoint or the fault of a record that is not valid; null after the last
   * @throws ImportException if the file cannot be read on: a quote never closed, bytes that are not
   *     text
   */
  public @Nullable Row next() {
    CsvTable.Row row;
    try {
      row = table.nextRow();
    } catch (ImportException wrongFieldCount) {
      return new Row(wrongFieldCount.line().orElse(0), null, null, wrongFieldCount);
    }
    if (row == null) {
      return null;
    }
    try {
      return table.layout() == Layout.CADENCE_CONTACTS
          ? new Row(row.line(), CadenceCsv.contact(row).contact(), null, null)
          : new Row(row.line(), null, CadenceCsv.touchpoint(row), null);
    } catch (ImportException fault) {
      return new Row(row.line(), null, null, fault);
    }
  }

  /**
   * Closes the file.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    text.close();
  }

  /** One record of the file: a contact, a touchpoint, or the fault of one that is not valid. */
  public static final class Row {
    private final long line;
    private final @Nullable Contact contact;
    private final @Nullable Touchpoint touchpoint;
    private final @Nullable ImportException fault;

    private Row(
        long line,
        @Nullable Contact contact,
        @Nullable Touchpoint touchpoint,
        @Nullable ImportException fault) {
      this.line = line;
      this.contact = contact;
      this.touchpoint = touchpoint;
      this.fault = fault;
    }

    /**
     * The line the record starts on, counted from 1.
     *
     * @return the line
     */
    public long line() {
      return line;
    }

    /**
     * The contact, in a file of contacts.
     *
     * @return the contact, or empty for a touchpoint or a fault
     */
    public Optional<Contact> contact() {
      return Optional.ofNullable(contact);
    }

    /**
     * The touchpoint, in a file of touchpoints.
     *
     * @return the touchpoint, or empty for a contact or a fault
     */
    public Optional<Touchpoint> touchpoint() {
      return Optional.ofNullable(touchpoint);
    }

    /**
     * What is wrong with the record, which is then neither a contact nor a touchpoint.
     *
     * @return the fault, naming file, line, field and value; or empty for a valid record
     */
    public Optional<ImportException> fault() {
      return Optional.ofNullable(fault);
    }

    @Override
    public String toString() {
      Object what = contact != null ? contact : touchpoint != null ? touchpoint : fault;
      return "Row[line " + line + ": " + what + "]";
    }
  }
}
