package io.github.cadence.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header, read by FastCSV: finds the header (after a preamble such as LinkedIn's
 * notes), tells the layout from it, and hands out the rows, each checked to have as many fields as
 * the header.
 */
final class CsvTable {
  /** How many records before the header a preamble may take. */
  private static final int PREAMBLE_MAX = 10;

  private static final Pattern FASTCSV_LINE =
      Pattern.compile("\\(record starting at line (\\d+)\\)");

  private final String source;
  private final Iterator<CsvRecord> records;
  private final Layout layout;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> byName = new HashMap<>();
  private final ImportedText.Cleaner cleaner = new ImportedText.Cleaner();

  private CsvTable(String source, Reader text, @Nullable Layout forced) {
    this.source = source;
    // FastCSV's reader holds nothing but the text, which the importer closes.
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text);
    this.records = reader.iterator();
    List<String> header = null;
    Layout found = null;
    List<String> firstLine = null;
    for (int i = 0; i < PREAMBLE_MAX && header == null; i++) {
      CsvRecord record = next();
      if (record == null) {
        break;
      }
      List<String> fields = record.getFields();
      if (firstLine == null) {
        firstLine = fields;
      }
      Layout layout = Layouts.detect(fields);
      if (layout != null && (forced == null || forced == layout)) {
        header = fields;
        found = layout;
      } else if (layout == null && forced != null && Layouts.fits(forced, fields)) {
        header = fields;
        found = forced;
      }
    }
    if (firstLine == null) {
      throw new ImportException(
          source, 0, null, null, "is empty: there is no header line, and nothing to import", null);
    }
    if (header == null || found == null) {
      throw new ImportException(
          source,
          1,
          null,
          String.join(",", firstLine),
          forced == null
              ? "is not a header Cadence knows; expected " + Layouts.known()
              : "is not the header of "
                  + forced.description()
                  + "; expected "
                  + Layouts.expected(forced),
          null);
    }
    this.layout = found;
    this.columns = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
  }

  static CsvTable open(String source, Reader text, @Nullable Layout forced) {
    return new CsvTable(source, text, forced);
  }

  Layout layout() {
    return layout;
  }

  /** How many values of other programs' layouts were cleaned of control characters. */
  long cleaned() {
    return cleaner.cleaned();
  }

  /** Whether the table is in one of Cadence's own layouts, read exactly as it was written. */
  private boolean own() {
    return layout == Layout.CADENCE_CONTACTS || layout == Layout.CADENCE_TOUCHPOINTS;
  }

  List<String> columns() {
    return columns;
  }

  /** The index of a column, or -1 if the header lacks it; each name is looked up once. */
  int column(String name) {
    Integer i = byName.get(name);
    if (i == null) {
      i = index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
      byName.put(name, i);
    }
    return i;
  }

  /** Hands each row to {@code each}, in order. */
  void forEachRow(Consumer<Row> each) {
    for (Row row = nextRow(); row != null; row = nextRow()) {
      each.accept(row);
    }
  }

  /**
   * The next row, or null after the last. A record with another number of fields than the header is
   * refused with an {@link ImportException}; the next call reads on after it.
   */
  @Nullable Row nextRow() {
    CsvRecord record = next();
    if (record == null) {
      return null;
    }
    long line = record.getStartingLineNumber();
    if (record.getFieldCount() != columns.size()) {
      throw new ImportException(
          source,
          line,
          null,
          String.join(",", record.getFields()),
          "has "
              + record.getFieldCount()
              + " fields, but the header has "
              + columns.size()
              + " (a comma in a value needs the value in double quotes)",
          null);
    }
    return new Row(this, line, record);
  }

  private @Nullable CsvRecord next() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = FASTCSV_LINE.matcher(message);
      long line = m.find() ? Long.parseLong(m.group(1)) : 0;
      String problem = FASTCSV_LINE.matcher(message).replaceAll("").strip();
      throw new ImportException(source, line, null, null, "is not valid CSV: " + problem, e);
    } catch (UncheckedIOException e) {
      throw new ImportException(source, 0, null, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** One row of the table. */
  static final class Row {
    private final CsvTable table;
    private final long line;
    private final CsvRecord record;

    Row(CsvTable table, long line, CsvRecord record) {
      this.table = table;
      this.line = line;
      this.record = record;
    }

    long line() {
      return line;
    }

    String source() {
      return table.source;
    }

    /**
     * A column's value; null if blank or if the header lacks the column. Other programs' values
     * have their spaces collapsed and control characters taken out (and counted); Cadence's own are
     * exact, with the apostrophe that kept a spreadsheet from taking them for a formula removed
     * ({@link CadenceCsv#cell}).
     */
    @Nullable String get(String column) {
      int i = table.column(column);
      if (i < 0) {
        return null;
      }
      String value = record.getField(i);
      if (table.own()) {
        return value.isBlank() ? null : CadenceCsv.uncell(value);
      }
      return table.cleaner.clean(value);
    }

    /** A column's value as it is (Cadence's own: without the formula guard), or "" if none. */
    String raw(String column) {
      int i = table.column(column);
      if (i < 0) {
        return "";
      }
      String value = record.getField(i);
      return table.own() ? CadenceCsv.uncell(value) : value;
    }

    /** A column's value, which must be there. */
    String require(String column) {
      String value = get(column);
      if (value == null) {
        throw fault(column, null, "is empty; it needs a value");
      }
      return value;
    }

    /**
     * A value made from a column's text; a value the maker rejects is this row's fault, named with
     * the column and the maker's reason.
     */
    <T> T parse(String column, String value, Function<String, T> maker) {
      try {
        return maker.apply(value);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw fault(column, value, "is not valid: " + e.getMessage());
      }
    }

    ImportException fault(String column, @Nullable String value, String problem) {
      return new ImportException(table.source, line, column, value, problem, null);
    }
  }
}
