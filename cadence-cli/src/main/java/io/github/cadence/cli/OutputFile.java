package io.github.cadence.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file the command writes (an export, the review page), written whole or not at all: into a
 * temporary file beside it, flushed to the disk, then moved over the old one in one step. A failure
 * leaves the old file as it was and names the file. A path that holds an SQLite database (the
 * workspace's own, say) is refused unless forced: an export aimed at it by mistake would destroy
 * the network.
 */
final class OutputFile {
  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private OutputFile() {}

  /** What writes the file's content. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  static void write(Path file, boolean force, Body body) throws IOException {
    if (!force && isSqlite(file)) {
      throw new IllegalArgumentException(
          file
              + " is a database (an SQLite file, such as a workspace): writing over it would"
              + " destroy it; choose another file, or give --force");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(out);
      }
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw notWritten(file, e);
    } catch (UncheckedIOException e) {
      // The exporters wrap what the disk says (no space left) in an unchecked exception.
      throw notWritten(file, requireNonNull(e.getCause(), "cause"));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static IOException notWritten(Path file, IOException e) {
    return new IOException(
        file + " was not written (the file there is unchanged): " + Cadence.reason(e), e);
  }

  private static boolean isSqlite(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE.length), SQLITE);
    }
  }
}
