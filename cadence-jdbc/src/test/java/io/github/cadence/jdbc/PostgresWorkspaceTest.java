package io.github.cadence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The workspace contract on a real PostgreSQL server, in a schema of its own per test. */
class PostgresWorkspaceTest extends WorkspaceContract {
  private PGSimpleDataSource schema;

  @BeforeEach
  void createSchema() {
    schema = Databases.postgresSchema();
  }

  @Override
  Workspace.Builder workspace() {
    return Workspace.postgres(schema).engine(ENGINE);
  }

  @Override
  Connection connect() throws SQLException {
    return schema.getConnection();
  }

  @Test
  void aSchemaWithTablesOfAnotherApplicationIsNotAWorkspaceAndIsLeftAlone() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE contact (email TEXT PRIMARY KEY)");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is not a Cadence workspace: schema " + schema.getCurrentSchema())
        .hasMessageContaining("has tables named contact that Cadence did not create")
        .extracting(e -> ((WorkspaceException) e).problem())
        .isEqualTo(WorkspaceException.Problem.NOT_A_WORKSPACE);
    assertThat(rows("contact")).isZero();
  }
}
