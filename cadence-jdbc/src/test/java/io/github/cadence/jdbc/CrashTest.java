package io.github.cadence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Nothing committed is lost, and nothing half-written is kept: a child JVM writes batches through a
 * workspace and is killed ({@code destroyForcibly}, as a crash) at random moments; after each kill
 * the workspace opens, the file is intact, every batch the child reported committed is there, and
 * every batch is there whole or not at all.
 */
class CrashTest {
  private static final int SIZE = 40;
  private static final long SEED = 20261202L;

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killingTheWriterOfAnSqliteWorkspaceNeverLosesOrHalvesABatch() throws Exception {
    Path file = dir.resolve("crash.cadence");
    int kills = killRepeatedly(20, new Random(SEED), "sqlite", file.toString());
    assertThat(kills).isEqualTo(20);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killingTheClientOfAPostgresWorkspaceNeverLosesOrHalvesABatch() throws Exception {
    PGSimpleDataSource schema = Databases.postgresSchema();
    int kills =
        killRepeatedly(
            10,
            new Random(SEED + 1),
            "-Dpg.user=" + Databases.user(),
            "-Dpg.password=" + Databases.password(),
            "postgres",
            Databases.url(schema.getCurrentSchema()));
    assertThat(kills).isEqualTo(10);
  }

  private int killRepeatedly(int kills, Random random, String... target) throws Exception {
    boolean sqlite = List.of(target).contains("sqlite");
    String location = target[target.length - 1];
    Set<Integer> committed = new HashSet<>();
    for (int round = 0; round < kills; round++) {
      String[] args = new String[target.length + 3];
      System.arraycopy(target, 0, args, 0, target.length);
      args[target.length] = String.valueOf(round * 10_000);
      args[target.length + 1] = "10000";
      args[target.length + 2] = String.valueOf(SIZE);
      ChildJvm child = ChildJvm.start(WorkspaceWriter.class, args);
      // Kill it at a random moment of its writing: after its first commit, and some time later.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (child.lines().stream().noneMatch(l -> l.startsWith("committed"))) {
        assertThat(child.isAlive()).as(child.output()).isTrue();
        assertThat(System.nanoTime()).as("no commit within 60 s").isLessThan(deadline);
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(300));
      child.kill();
      for (String line : child.lines()) {
        if (line.startsWith("committed ")) {
          committed.add(Integer.parseInt(line.substring("committed ".length())));
        }
      }
      if (!sqlite) {
        // The server may still be committing what the killed client sent last: wait until it
        // has let go of the client's connections, so that what is counted now stays.
        awaitWriterGone(location);
      }
      Map<Integer, Integer> stored = batches(sqlite, location);
      assertThat(stored.keySet()).as("batches reported committed").containsAll(committed);
      assertThat(stored)
          .as("every batch whole")
          .allSatisfy((batch, count) -> assertThat(count).as("batch " + batch).isEqualTo(SIZE));
      if (sqlite) {
        assertThat(HostileFilesTest.integrityCheck(Path.of(location))).isEqualTo("ok");
      }
      try (Workspace reopened = open(sqlite, location)) {
        int total = stored.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(reopened.touchpoints(WorkspaceWriter.CONTACT)).hasSize(total);
      }
    }
    return kills;
  }

  private static Workspace open(boolean sqlite, String location) {
    if (sqlite) {
      return Workspace.sqlite(Path.of(location)).open(Sample.NOW);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(location);
    ds.setUser(Databases.user());
    ds.setPassword(Databases.password());
    return Workspace.postgres(ds).open(Sample.NOW);
  }

  private static void awaitWriterGone(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection c = DriverManager.getConnection(url, Databases.user(), Databases.password());
        PreparedStatement p =
            c.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
      p.setString(1, WorkspaceWriter.APPLICATION);
      while (true) {
        try (ResultSet r = p.executeQuery()) {
          r.next();
          if (r.getInt(1) == 0) {
            return;
          }
        }
        assertThat(System.nanoTime()).as("the server let go of the writer").isLessThan(deadline);
        Thread.sleep(10);
      }
    }
  }

  /** How many touchpoints of each batch the database holds. */
  private static Map<Integer, Integer> batches(boolean sqlite, String location)
      throws SQLException {
    Map<Integer, Integer> counts = new TreeMap<>();
    try (Connection c =
            sqlite
                ? DriverManager.getConnection("jdbc:sqlite:" + location)
                : DriverManager.getConnection(location, Databases.user(), Databases.password());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT source FROM touchpoint")) {
      while (r.next()) {
        String[] parts = r.getString(1).split("-");
        counts.merge(Integer.parseInt(parts[1]), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void twoProcessesWritingOneSqliteFileBothSucceedAndLoseNothing() throws Exception {
    Path file = dir.resolve("shared.cadence");
    try (Workspace w = Workspace.sqlite(file).open(Sample.NOW)) {
      // Made here, not by the writers: two processes adding one new id would conflict.
      w.add(WorkspaceWriter.contact());
    }
    ChildJvm first =
        ChildJvm.start(WorkspaceWriter.class, "sqlite", file.toString(), "0", "60", "20");
    ChildJvm second =
        ChildJvm.start(WorkspaceWriter.class, "sqlite", file.toString(), "100", "60", "20");
    assertThat(first.waitForExit(Duration.ofSeconds(90))).as(first.output()).isZero();
    assertThat(second.waitForExit(Duration.ofSeconds(90))).as(second.output()).isZero();
    Map<Integer, Integer> stored = batches(true, file.toString());
    assertThat(stored).hasSize(120).allSatisfy((b, n) -> assertThat(n).isEqualTo(20));
    assertThat(HostileFilesTest.integrityCheck(file)).isEqualTo("ok");
    try (Workspace w = Workspace.sqlite(file).open(Sample.NOW)) {
      assertThat(w.touchpoints(WorkspaceWriter.CONTACT)).hasSize(120 * 20);
    }
  }
}
