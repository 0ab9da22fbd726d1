package io.github.cadence.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears how far an import has come, to show a progress bar. Called on the importing thread, every
 * few thousand rows and at the end of each source; it may throw {@link
 * java.util.concurrent.CancellationException} to stop the import, which then returns nothing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ImportListener {
  /**
   * Reports progress through one source.
   *
   * @param source the source's name
   * @param rowsRead rows (or cards) read from it so far
   * @param bytesRead bytes read from it so far
   * @param totalBytes its size in bytes, or -1 if unknown (a stream)
   */
  void progress(String source, long rowsRead, long bytesRead, long totalBytes);

  /** A listener that ignores progress. */
  ImportListener NONE = (source, rowsRead, bytesRead, totalBytes) -> {};
}
