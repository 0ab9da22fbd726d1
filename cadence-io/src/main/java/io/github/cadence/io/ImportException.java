package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.model.Texts;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An import stopped because an input is malformed: the message names the file, the line (and the
 * field, or the column, where known), the value and what was expected, as in {@code
 * "Connections.csv, line 14, field 'Connected On': '31 Feb 2024' is not a date like '12 Mar
 * 2024'"}. An import that throws it has imported nothing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the file or stream. */
  private final String source;

  /** The line, counted from 1, or 0 when the fault is not on one line. */
  private final long line;

  /** The field's name (a CSV column, a vCard property), or null. */
  private final @Nullable String field;

  /** The offending value, or null. */
  private final @Nullable String value;

  ImportException(
      String source,
      long line,
      @Nullable String field,
      @Nullable String value,
      String problem,
      @Nullable Throwable cause) {
    super(message(source, line, field, value, problem), cause);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.field = field;
    this.value = value;
  }

  private static String message(
      String source, long line, @Nullable String field, @Nullable String value, String problem) {
    StringBuilder m = new StringBuilder(source);
    if (line > 0) {
      m.append(", line ").append(line);
    }
    if (field != null) {
      m.append(", field '").append(field).append('\'');
    }
    m.append(": ");
    if (value != null) {
      m.append(Texts.quote(value)).append(' ');
    }
    return m.append(problem).toString();
  }

  /**
   * The file or stream the fault is in.
   *
   * @return its name, as the {@link ImportSource} gave it
   */
  public String source() {
    return source;
  }

  /**
   * The line the fault is on.
   *
   * @return the line, counted from 1; empty when the fault is the whole file's (it is empty, say)
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * The field the fault is in.
   *
   * @return a CSV column's header or a vCard property's name, if the fault is in one
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The offending value.
   *
   * @return the value as read, if there is one
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
