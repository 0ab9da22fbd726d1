package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Rows.batch;
import static io.github.cadence.jdbc.Rows.row;

import io.github.cadence.plan.Category;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanMemory.PlannedTouch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The plan memory (table {@code planned_touch}): what was planned for whom on which day. */
final class PlanTable {
  /** Writes what changed from one plan memory to the next. */
  static void savePlan(Connection c, PlanMemory before, PlanMemory after) throws SQLException {
    Set<PlannedTouch> was = new HashSet<>(before.planned());
    Set<PlannedTouch> is = new HashSet<>(after.planned());
    try (PreparedStatement p =
        c.prepareStatement(
            "DELETE FROM planned_touch WHERE contact_id = ? AND day = ? AND category = ?")) {
      batch(p, before.planned().stream().filter(t -> !is.contains(t)).toList(), PlanTable::bind);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO planned_touch (contact_id, day, category) VALUES (?, ?, ?)")) {
      batch(p, after.planned().stream().filter(t -> !was.contains(t)).toList(), PlanTable::bind);
    }
  }

  private static void bind(PreparedStatement p, PlannedTouch t) throws SQLException {
    p.setString(1, t.contactId());
    p.setString(2, t.date().toString());
    p.setString(3, t.category().name());
  }

  static PlanMemory plan(Connection c) throws SQLException {
    List<PlannedTouch> planned = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT contact_id, day, category FROM planned_touch ORDER BY day, contact_id,"
                    + " category")) {
      while (r.next()) {
        String id = r.getString(1);
        planned.add(
            row(
                "planned touch of contact",
                id,
                () ->
                    new PlannedTouch(
                        id, LocalDate.parse(r.getString(2)), Category.valueOf(r.getString(3)))));
      }
    }
    return new PlanMemory(planned);
  }

  private PlanTable() {}
}
