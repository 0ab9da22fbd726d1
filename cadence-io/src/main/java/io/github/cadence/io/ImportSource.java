package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One file or stream to import, and its layout if the user forces one (otherwise the importer
 * detects it). Files are read in UTF-8, with or without a byte order mark.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ImportSource {
  /** Opens the bytes; called once per import. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final long size;
  private final @Nullable Layout layout;

  private ImportSource(String name, Opener opener, long size, @Nullable Layout layout) {
    this.name = name;
    this.opener = opener;
    this.size = size;
    this.layout = layout;
  }

  /**
   * A file, its layout detected from its first line.
   *
   * @param file the file
   * @return the source
   */
  public static ImportSource of(Path file) {
    requireNonNull(file, "file");
    return file(file, null);
  }

  /**
   * A file in a given layout.
   *
   * @param file the file
   * @param layout its layout
   * @return the source
   */
  public static ImportSource of(Path file, Layout layout) {
    requireNonNull(file, "file");
    return file(file, requireNonNull(layout, "layout"));
  }

  private static ImportSource file(Path file, @Nullable Layout layout) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    return new ImportSource(file.toString(), () -> Files.newInputStream(file), size, layout);
  }

  /**
   * A stream (standard input, an upload), read once, its layout detected from its first line.
   *
   * @param name how messages name it, such as {@code "<stdin>"} or the uploaded file's name
   * @param in the stream; the import reads it to its end and closes it
   * @return the source
   */
  public static ImportSource of(String name, InputStream in) {
    ImportedText.checkName(name);
    requireNonNull(in, "in");
    return new ImportSource(name, () -> in, -1, null);
  }

  /**
   * A stream in a given layout.
   *
   * @param name how messages name it
   * @param in the stream; the import reads it to its end and closes it
   * @param layout its layout
   * @return the source
   */
  public static ImportSource of(String name, InputStream in, Layout layout) {
    ImportedText.checkName(name);
    requireNonNull(in, "in");
    return new ImportSource(name, () -> in, -1, requireNonNull(layout, "layout"));
  }

  /**
   * How messages name the source: the file's path, or the stream's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The layout the user forced.
   *
   * @return the layout, or empty to detect it
   */
  public Optional<Layout> layout() {
    return Optional.ofNullable(layout);
  }

  InputStream open() throws IOException {
    return opener.open();
  }

  /** The size in bytes, or -1 if unknown (a stream). */
  long size() {
    return size;
  }

  @Override
  public String toString() {
    return name + (layout == null ? "" : " (" + layout.description() + ")");
  }
}
