package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The durable workspace (cadence-jdbc) on SQLite and on PostgreSQL, each beside its floor, the bare
 * JDBC doing the same database work in the same run: bulk import (floor: the same rows inserted in
 * one transaction), opening a workspace (floor: reading the same rows in a loop), and a durable
 * recorded touchpoint followed by the top 50 (floor: one row inserted and committed).
 */
public class WorkspaceBenchmark {
  static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults()).parallel();

  private WorkspaceBenchmark() {}

  /** The generated network, and a database to put it in. */
  @State(Scope.Benchmark)
  public static class Target {
    /** Contacts in the generated network (ten touchpoints each on average). */
    @Param({"100000"})
    public int contacts;

    /** sqlite or postgres. */
    @Param({"sqlite", "postgres"})
    public String database;

    GeneratedNetwork.Data data;

    /** Generates the network once per trial. */
    @Setup(Level.Trial)
    public void generate() {
      data = GeneratedNetwork.data(contacts, GeneratedNetwork.SEED, GeneratedNetwork.AS_OF);
    }

    /** A new, empty workspace's builder: a new file, or a new schema. */
    Workspace.Builder fresh() throws IOException, SQLException {
      return database.equals("sqlite")
          ? Workspace.sqlite(Databases.sqliteFile()).engine(ENGINE)
          : Workspace.postgres(Databases.postgresSchema()).engine(ENGINE);
    }
  }

  /**
   * Bulk import into an empty workspace, and its floor: the same rows inserted with bare JDBC
   * batches in one transaction, into an empty workspace's tables.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
  public static class Import {
    Workspace empty;
    Connection connection;
    Map<String, Integer> codes;

    /** A new empty workspace for each shot, and a plain connection to another one. */
    @Setup(Level.Iteration)
    public void create(Target target) throws Exception {
      empty = target.fresh().open(GeneratedNetwork.AS_OF);
      if (target.database.equals("sqlite")) {
        java.nio.file.Path file = Databases.sqliteFile();
        Workspace.sqlite(file).open(GeneratedNetwork.AS_OF).close();
        connection = Databases.sqlite(file);
      } else {
        DataSource ds = Databases.postgresSchema();
        Workspace.postgres(ds).open(GeneratedNetwork.AS_OF).close();
        connection = ds.getConnection();
      }
      codes = codes(connection);
    }

    /** The schema's codes of the touchpoint columns, as "table/NAME". */
    private static Map<String, Integer> codes(Connection c) throws SQLException {
      Map<String, Integer> codes = new HashMap<>();
      for (String table : List.of("channel", "direction", "outcome", "intent")) {
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT code, name FROM " + table)) {
          while (r.next()) {
            codes.put(table + "/" + r.getString(2), r.getInt(1));
          }
        }
      }
      return codes;
    }

    /** Closes both. */
    @TearDown(Level.Iteration)
    public void close() throws SQLException {
      empty.close();
      connection.close();
    }

    /**
     * Imports 100k contacts with their touchpoints in one transaction, durably, and builds their
     * queue in memory.
     *
     * @param target the network
     * @return how many touchpoints were recorded
     */
    @Benchmark
    public int workspaceImport(Target target) {
      return empty
          .importAll(target.data.contacts(), target.data.touchpoints())
          .touchpointsRecorded();
    }

    /**
     * Inserts the contacts and touchpoints with bare JDBC batches in one transaction.
     *
     * @param target the network
     * @return the rows inserted
     */
    @Benchmark
    public int bareInsert(Target target) throws SQLException {
      connection.setAutoCommit(false);
      int rows = 0;
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO contact (id, display_name, tier, roles, zone, status, created_at, seq)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
        for (Contact c : target.data.contacts()) {
          p.setString(1, c.id());
          p.setString(2, c.displayName());
          p.setString(3, c.tier().name());
          p.setString(4, Codes.name(c.roles().iterator().next()));
          p.setString(5, c.zone().getId());
          p.setString(6, "active");
          p.setString(7, c.createdAt().toString());
          p.addBatch();
          if (++rows % 1000 == 0) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO touchpoint (contact_id, at_ms, channel, direction, outcome, intent,"
                  + " note, seq) VALUES (?, ?, ?, ?, ?, ?, '', 1)")) {
        for (Touchpoint t : target.data.touchpoints()) {
          p.setString(1, t.contactId());
          p.setLong(2, t.at().toEpochMilli());
          p.setInt(3, codes.get("channel/" + Codes.name(t.channel())));
          p.setInt(4, codes.get("direction/" + Codes.name(t.direction())));
          p.setInt(5, codes.get("outcome/" + Codes.name(t.outcome())));
          p.setInt(6, codes.get("intent/" + Codes.name(t.intent())));
          p.addBatch();
          if (++rows % 1000 == 0) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      connection.commit();
      return rows;
    }
  }

  /** A workspace holding the whole network, written once per trial. */
  @State(Scope.Benchmark)
  public static class Filled {
    Workspace.Builder builder;
    DataSource dataSource;
    java.nio.file.Path file;

    /** Writes the network into a new workspace. */
    @Setup(Level.Trial)
    public void fill(Target target) throws Exception {
      if (target.database.equals("sqlite")) {
        file = Databases.sqliteFile();
        builder = Workspace.sqlite(file).engine(ENGINE);
      } else {
        dataSource = Databases.postgresSchema();
        builder = Workspace.postgres(dataSource).engine(ENGINE);
      }
      try (Workspace w = builder.open(GeneratedNetwork.AS_OF)) {
        w.importAll(target.data.contacts(), target.data.touchpoints());
      }
    }

    Connection connect() throws SQLException {
      return file != null ? Databases.sqlite(file) : dataSource.getConnection();
    }
  }

  /** Opening a workspace of that size, and its floor. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
  public static class Open {
    /**
     * Opens the workspace: reads every row, loads the network and builds the index on all cores.
     *
     * @param filled the workspace
     * @return the queue's size
     */
    @Benchmark
    public int workspaceOpen(Filled filled) {
      try (Workspace w = filled.builder.open(GeneratedNetwork.AS_OF)) {
        return w.queue(QueueRequest.asOf(GeneratedNetwork.AS_OF).withLimit(1)).totalMatching();
      }
    }

    /**
     * The floor: reads the same contact and touchpoint rows with a bare JDBC loop.
     *
     * @param filled the workspace
     * @param sink where every value goes
     */
    @Benchmark
    public void bareRead(Filled filled, Blackhole sink) throws SQLException {
      try (Connection c = filled.connect();
          Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        s.setFetchSize(1000);
        try (ResultSet r =
            s.executeQuery(
                "SELECT id, display_name, tier, roles, first_met, first_met_where, zone, status,"
                    + " paused_until, created_at FROM contact")) {
          while (r.next()) {
            for (int i = 1; i <= 10; i++) {
              sink.consume(r.getString(i));
            }
          }
        }
        try (ResultSet r =
            s.executeQuery(
                "SELECT contact_id, at_ms, channel, direction, outcome, intent, note, source FROM"
                    + " touchpoint")) {
          while (r.next()) {
            sink.consume(r.getString(1));
            sink.consume(r.getLong(2));
            for (int i = 3; i <= 6; i++) {
              sink.consume(r.getInt(i));
            }
            sink.consume(r.getString(7));
            sink.consume(r.getString(8));
          }
        }
        c.commit();
      }
    }
  }

  /** One durable recorded touchpoint, then the top 50; and its floor. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
  public static class RecordThenQuery {
    Workspace workspace;
    Connection floor;
    PreparedStatement insert;
    QueueRequest top50;
    int next;

    /** Opens the workspace, and a bare connection to the same database. */
    @Setup(Level.Trial)
    public void open(Filled filled) throws SQLException {
      workspace = filled.builder.open(GeneratedNetwork.AS_OF);
      top50 = QueueRequest.asOf(GeneratedNetwork.AS_OF).withLimit(50);
      floor = filled.connect();
      insert =
          floor.prepareStatement(
              "INSERT INTO touchpoint (contact_id, at_ms, channel, direction, outcome, intent,"
                  + " note, seq) VALUES (?, ?, 7, 0, 2, 2, 'floor', 1)");
    }

    /** Closes both. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      workspace.close();
      floor.close();
    }

    /**
     * Records a call through the workspace (committed to disk before it returns), then reads the
     * best 50.
     *
     * @param target the network's size
     * @return the page
     */
    @Benchmark
    public FollowUpQueue recordThenTop50(Target target) {
      workspace.record(GeneratedNetwork.call(next++, target.contacts));
      return workspace.queue(top50);
    }

    /**
     * The floor: one row inserted and committed with bare JDBC.
     *
     * @param target the network's size
     * @return the rows inserted
     */
    @Benchmark
    public int bareInsertCommit(Target target) throws SQLException {
      floor.setAutoCommit(false);
      int n = next++;
      insert.setString(1, "c" + (n % target.contacts));
      insert.setLong(2, GeneratedNetwork.AS_OF.toEpochMilli() - 10_000_000L - n);
      int rows = insert.executeUpdate();
      floor.commit();
      return rows;
    }
  }
}
