package io.github.cadence.flink.files;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.flink.CadenceEvent;
import io.github.cadence.flink.CadenceFunction;
import io.github.cadence.flink.DeadLetter;
import io.github.cadence.flink.EntryRecord;
import io.github.cadence.flink.Jobs;
import io.github.cadence.flink.SameAnswersTest;
import io.github.cadence.flink.TestNetworks;
import io.github.cadence.io.NetworkExport;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly recompute over files: each tenant's network written by cadence-io's {@link
 * CadenceCsv} into a directory of its own, read by {@link CadenceFiles}, ranked as the library
 * ranks it; a record that is not valid and a file in another layout go to the dead letters.
 */
class FilesTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  @Test
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  void theBatchJobOverCadenceCsvFilesRanksAsTheLibraryDoes(@TempDir Path root) throws Exception {
    List<TestNetworks.Tenant> tenants = TestNetworks.tenants(31, 3, 500);
    for (TestNetworks.Tenant t : tenants) {
      Path dir = Files.createDirectories(root.resolve(t.name()));
      try (Writer out = Files.newBufferedWriter(dir.resolve("contacts.csv"))) {
        NetworkExport.contactsCsv(t.contacts(), out);
      }
      // Touchpoints in two files, as a platform writes them month by month.
      List<Touchpoint> all = t.touchpoints();
      int half = all.size() / 2;
      try (Writer out = Files.newBufferedWriter(dir.resolve("touchpoints-1.csv"))) {
        NetworkExport.touchpointsCsv(all.subList(0, half), out);
      }
      try (Writer out = Files.newBufferedWriter(dir.resolve("touchpoints-2.csv"))) {
        NetworkExport.touchpointsCsv(all.subList(half, all.size()), out);
      }
    }
    String first = tenants.get(0).name();
    long badLine = Files.readAllLines(root.resolve(first).resolve("touchpoints-2.csv")).size() + 1;
    Files.writeString(
        root.resolve(first).resolve("touchpoints-2.csv"),
        "c1,last tuesday,call,outbound,connected,neutral,,\r\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        root.resolve(first).resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ana,Li,https://www.linkedin.com/in/ana,,,,01 Mar 2024\r\n");

    StreamExecutionEnvironment env = SameAnswersTest.environment();
    SingleOutputStreamOperator<EntryRecord> entries =
        env.fromSource(
                CadenceFiles.source(new org.apache.flink.core.fs.Path(root.toUri())),
                WatermarkStrategy.noWatermarks(),
                "cadence files")
            .keyBy(CadenceFunction::key)
            .process(CadenceFunction.asOf(BuiltInRules::defaults, TestNetworks.AS_OF))
            .returns(EntryRecord.class);
    Map<String, List<EntryRecord>> actual = new TreeMap<>();
    List<DeadLetter> dead = new ArrayList<>();
    try (CloseableIterator<EntryRecord> e = entries.collectAsync();
        CloseableIterator<DeadLetter> d =
            entries.getSideOutput(CadenceFunction.DEAD_LETTERS).collectAsync()) {
      env.execute("files");
      e.forEachRemaining(r -> actual.computeIfAbsent(r.tenant, k -> new ArrayList<>()).add(r));
      d.forEachRemaining(dead::add);
    }
    Jobs.sortAsQueues(actual);

    int compared = Jobs.assertSame(actual, SameAnswersTest.library(tenants));
    assertThat(dead)
        .extracting(l -> l.kind + " " + l.tenant)
        .containsExactlyInAnyOrder("unreadable " + first, "unreadable " + first);
    assertThat(dead)
        .extracting(l -> l.reason)
        .anySatisfy(
            r ->
                assertThat(r)
                    .endsWith(
                        "touchpoints-2.csv, line "
                            + badLine
                            + ", field 'at': 'last tuesday' is not valid: Text 'last tuesday'"
                            + " could not be parsed at index 0"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .endsWith(
                        "Connections.csv, line 1: is LinkedIn connections, not one of Cadence's"
                            + " CSV layouts; expected the columns id, name, tier, or the columns"
                            + " contact_id, at, channel"));
    System.out.println(
        "files: " + compared + " entries equal to the library's; dead letters: " + dead);
  }

  @Test
  void aReaderRestoredAtACheckpointGoesOnAfterTheRecordsItHadEmitted(@TempDir Path root)
      throws Exception {
    TestNetworks.Tenant t = TestNetworks.tenants(32, 1, 1_500).get(0);
    Path file = Files.createDirectories(root.resolve("acme")).resolve("touchpoints.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      NetworkExport.touchpointsCsv(t.touchpoints(), out);
    }
    org.apache.flink.core.fs.Path path = new org.apache.flink.core.fs.Path(file.toUri());
    FileSourceSplit split =
        new FileSourceSplit("0", path, 0, Files.size(file), 0, Files.size(file));
    CadenceFiles.Format format = new CadenceFiles.Format();

    List<CadenceEvent> read = new ArrayList<>();
    long[] skip = {0};
    try (BulkFormat.Reader<CadenceEvent> reader = format.createReader(new Configuration(), split)) {
      BulkFormat.RecordIterator<CadenceEvent> batch = reader.readBatch();
      assertThat(batch).isNotNull();
      for (RecordAndPosition<CadenceEvent> r = batch.next(); r != null; r = batch.next()) {
        read.add(r.getRecord());
        skip[0] = r.getRecordSkipCount();
      }
    }
    assertThat(read).hasSize(1024);
    List<CadenceEvent> rest = new ArrayList<>();
    FileSourceSplit restored =
        split.updateWithCheckpointedPosition(
            new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, skip[0]));
    try (BulkFormat.Reader<CadenceEvent> reader =
        format.restoreReader(new Configuration(), restored)) {
      for (var batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
        for (var r = batch.next(); r != null; r = batch.next()) {
          rest.add(r.getRecord());
        }
      }
    }
    read.addAll(rest);
    assertThat(read)
        .extracting(e -> e.tenant + " " + requireNonNull(e.touchpoint).toTouchpoint())
        .containsExactlyElementsOf(t.touchpoints().stream().map(p -> "acme " + p).toList());
  }
}
