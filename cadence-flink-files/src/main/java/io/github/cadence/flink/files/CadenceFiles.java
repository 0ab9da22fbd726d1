package io.github.cadence.flink.files;

import static java.util.Objects.requireNonNull;

import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.CadenceFunction;
import io.github.cadence.io.CadenceCsvReader;
import io.github.cadence.io.ImportException;
import io.github.cadence.io.NetworkExport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * A bounded source of the files that Cadence's CSV layouts hold ({@link NetworkExport}, {@code
 * cadence export network-csv}), for the nightly full recompute with {@link CadenceFunction#asOf}:
 * every file under the given paths, each in a directory named by its tenant:
 *
 * <pre>{@code
 * nightly/acme/contacts.csv      nightly/acme/touchpoints.csv
 * nightly/globex/contacts.csv    nightly/globex/touchpoints-2026-11.csv
 *
 * env.fromSource(CadenceFiles.source(new Path("nightly")), WatermarkStrategy.noWatermarks(), "files")
 *     .keyBy(CadenceFunction::key)
 *     .process(CadenceFunction.asOf(BuiltInRules::defaults, asOf));
 * }</pre>
 *
 * <p>A file is read by one reader, a record at a time (a quoted note may span lines, so a file is
 * not split); a platform writes many files, which Flink's readers share. A record that is not valid
 * becomes a {@linkplain CadenceEvent#unreadable unreadable} event that the job sends to the dead
 * letters with its file, line and field, and the rest of the file is read on; a file in another
 * layout, or one that cannot be read on, becomes one such event too. After a failure the reader
 * resumes a file after the records it had emitted at the last checkpoint. Its module, {@code
 * cadence-flink-files}, brings {@code cadence-io}; Flink's {@code flink-connector-files} (part of
 * Flink's distribution) must be on the class path.
 */
public final class CadenceFiles {
  /** How many records a reader hands over at once. */
  private static final int BATCH = 1024;

  private CadenceFiles() {}

  /**
   * The source of the files under some paths: files, or directories searched to any depth.
   *
   * @param paths the paths; a file's tenant is the name of the directory that holds it
   * @return the source, bounded
   */
  public static FileSource<CadenceEvent> source(Path... paths) {
    requireNonNull(paths, "paths");
    return FileSource.forBulkFileFormat(new Format(), paths).build();
  }

  /** Cadence's CSV layouts as a Flink bulk format: a file is one split, read a batch at a time. */
  static final class Format implements BulkFormat<CadenceEvent, FileSourceSplit> {
    private static final long serialVersionUID = 1L;

    @Override
    public BulkFormat.Reader<CadenceEvent> createReader(Configuration config, FileSourceSplit split)
        throws IOException {
      return new FileReader(split, 0);
    }

    @Override
    public BulkFormat.Reader<CadenceEvent> restoreReader(
        Configuration config, FileSourceSplit split) throws IOException {
      long emitted =
          split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
      return new FileReader(split, emitted);
    }

    @Override
    public boolean isSplittable() {
      return false;
    }

    @Override
    public TypeInformation<CadenceEvent> getProducedType() {
      return TypeInformation.of(CadenceEvent.class);
    }
  }

  /**
   * Reads one file: its tenant is the name of its directory. Every record it hands over counts, so
   * that a restored reader skips exactly those it had emitted.
   */
  static final class FileReader implements BulkFormat.Reader<CadenceEvent> {
    private final String tenant;
    private final @Nullable CadenceCsvReader csv;
    private @Nullable CadenceEvent refused;
    private boolean done;
    private long emitted;

    FileReader(FileSourceSplit split, long skip) throws IOException {
      Path path = split.path();
      Path parent = path.getParent();
      tenant = parent == null ? "" : parent.getName();
      String name = path.toString();
      CadenceCsvReader reader = null;
      try {
        reader = CadenceCsvReader.open(name, path.getFileSystem().open(path));
      } catch (ImportException wrongFile) {
        refused = CadenceEvent.unreadable(tenant, String.valueOf(wrongFile.getMessage()));
      }
      csv = reader;
      while (emitted < skip && next() != null) {
        emitted++;
      }
    }

    /** The next event of the file, or null after the last. */
    private @Nullable CadenceEvent next() {
      if (done) {
        return null;
      }
      CadenceEvent wrongFile = refused;
      CadenceCsvReader reader = csv;
      if (wrongFile != null || reader == null) {
        done = true;
        return wrongFile;
      }
      CadenceCsvReader.Row row;
      try {
        row = reader.next();
      } catch (ImportException cannotReadOn) {
        done = true;
        return CadenceEvent.unreadable(tenant, String.valueOf(cannotReadOn.getMessage()));
      }
      if (row == null) {
        done = true;
        return null;
      }
      if (row.contact().isPresent()) {
        return CadenceEvent.of(tenant, row.contact().get());
      }
      if (row.touchpoint().isPresent()) {
        return CadenceEvent.of(tenant, row.touchpoint().get());
      }
      return CadenceEvent.unreadable(
          tenant, row.fault().map(f -> String.valueOf(f.getMessage())).orElse(""));
    }

    @Override
    public BulkFormat.@Nullable RecordIterator<CadenceEvent> readBatch() {
      List<CadenceEvent> batch = new ArrayList<>();
      for (CadenceEvent e = next(); e != null; e = batch.size() < BATCH ? next() : null) {
        batch.add(e);
      }
      if (batch.isEmpty()) {
        return null;
      }
      long before = emitted;
      emitted += batch.size();
      return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, before);
    }

    @Override
    public void close() throws IOException {
      CadenceCsvReader reader = csv;
      if (reader != null) {
        reader.close();
      }
    }
  }
}
