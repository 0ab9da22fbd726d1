package io.github.cadence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
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
}
