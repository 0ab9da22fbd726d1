package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Rows.row;

import io.github.cadence.model.Role;
import io.github.cadence.plan.Span;
import io.github.cadence.tracking.Goal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user configures besides the tiers: the goals (table {@code goal}) and the settings
 * document (table {@code settings}).
 */
final class ConfigTable {
  static void saveGoals(Connection c, List<Goal> goals) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM goal");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO goal (position, kind, target, span, role) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < goals.size(); i++) {
        Goal g = goals.get(i);
        p.setInt(1, i);
        p.setString(2, g.kind().name());
        p.setInt(3, g.target());
        p.setString(4, g.span().name());
        p.setString(5, g.role().map(Role::name).orElse(null));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  static List<Goal> goals(Connection c) throws SQLException {
    List<Goal> goals = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT position, kind, target, span, role FROM goal ORDER BY position")) {
      while (r.next()) {
        goals.add(row("goal", r.getString(1), () -> goal(r)));
      }
    }
    return goals;
  }

  private static Goal goal(ResultSet r) throws SQLException {
    int target = r.getInt(3);
    Span span = Span.valueOf(r.getString(4));
    String role = r.getString(5);
    return switch (Goal.Kind.valueOf(r.getString(2))) {
      case TOUCHES ->
          role == null
              ? Goal.touches(target, span)
              : Goal.touches(Role.valueOf(role), target, span);
      case REACTIVATED_CLIENTS -> Goal.reactivatedClients(target, span);
      case EVENTS -> Goal.events(target, span);
      case NEW_CONTACTS -> Goal.newContacts(target, span);
    };
  }

  static void saveSettings(Connection c, String document) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO settings (id, version, document) VALUES (1, ?, ?) ON CONFLICT (id)"
                + " DO UPDATE SET version = excluded.version, document = excluded.document")) {
      p.setInt(1, SettingsDocument.VERSION);
      p.setString(2, document);
      p.executeUpdate();
    }
  }

  static Optional<String> settings(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT document FROM settings WHERE id = 1")) {
      return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
    }
  }

  private ConfigTable() {}
}
