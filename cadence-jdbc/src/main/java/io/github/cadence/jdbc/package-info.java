/**
 * A durable workspace: the user's network kept in a database, SQLite (a file, the default) or
 * PostgreSQL (a {@code DataSource} the application gives), and loaded into the in-memory network
 * and queue index of {@code cadence-core}. Start with {@link io.github.cadence.jdbc.Workspace}.
 */
@NullMarked
package io.github.cadence.jdbc;

import org.jspecify.annotations.NullMarked;
