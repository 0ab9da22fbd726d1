package io.github.cadence.benchmarks;

import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The queue as one SQL query over an embedded in-memory H2 database: tiers, contacts (with their
 * roles) and raw touchpoints in tables, the default rules written in SQL as they apply to the
 * generated networks (active UTC contacts of tiers A, B and C, without first meetings or occasions:
 * the constructor refuses other data), grouped and ranked by the database.
 *
 * <p>The rules in the query: tier cadence (bonus 1,000, the rhythm band), dormant client (60 days,
 * bonus 1,005), strategic partner (7 days, bonus 1,003), reconnect (twice the cadence, bonus
 * 1,002), unanswered attempts (back-off from 3 to 30 days, at most 3 tries in 30 days, bonus 1,001;
 * it also holds), each saturating one of its periods late; an owed reply (the latest touch inbound
 * and asking for an answer: due at once, for 30 days, a closing window: weight 3 and bonus 2,050
 * for two days, then weight 1 and bonus 2,020); and no pestering (a 3-day hold after reaching out,
 * unless a reply is owed). Give-before-ask only advises an intent and changes no rank.
 */
final class H2Peer implements Peer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final int BATCH = 10_000;
  private static final List<Tier> TIERS = List.of(Tier.A, Tier.B, Tier.C);

  private static final String SCHEMA =
      """
      CREATE TABLE tiers(
        tier VARCHAR PRIMARY KEY, cadence_days INT NOT NULL, weight DOUBLE PRECISION NOT NULL);
      CREATE TABLE contacts(id VARCHAR PRIMARY KEY, tier VARCHAR NOT NULL,
        roles VARCHAR ARRAY NOT NULL, created_ms BIGINT NOT NULL);
      CREATE TABLE touchpoints(contact_id VARCHAR NOT NULL, at_ms BIGINT NOT NULL,
        channel VARCHAR NOT NULL, direction VARCHAR NOT NULL, outcome VARCHAR NOT NULL,
        intent VARCHAR NOT NULL);
      """;

  /**
   * The summary of each contact's touchpoints up to {asOf}: last conversation (contact made: they
   * answered, or they reached out), last outbound touch, and the attempts since the contact last
   * answered (how many, the last, the third last). One pass over the touchpoints: window functions
   * find each contact's last answer, then the rows are grouped by contact.
   */
  private static final String SUMMARY =
      """
      SELECT contact_id, MAX(conv_at) AS last_conv, MAX(out_at) AS last_out,
        MAX(at_ms) AS last_touch, MAX(in_at) AS last_in,
        MAX(CASE WHEN in_at = last_in_w AND asks THEN 1 ELSE 0 END) AS in_asks,
        SUM(CASE WHEN u THEN 1 ELSE 0 END) AS n,
        MAX(CASE WHEN u THEN at_ms END) AS last_at,
        MAX(CASE WHEN u AND k = 3 THEN at_ms END) AS third_at
      FROM (
        SELECT r.*, ROW_NUMBER() OVER (PARTITION BY contact_id, u ORDER BY at_ms DESC) AS k
        FROM (
          SELECT contact_id, at_ms, conv_at, out_at, in_at, asks,
            MAX(in_at) OVER (PARTITION BY contact_id) AS last_in_w,
            attempt AND at_ms > COALESCE(MAX(answer_at) OVER (PARTITION BY contact_id), {never})
              AS u
          FROM (
            SELECT contact_id, at_ms,
              CASE WHEN outcome IN ('CONNECTED', 'REPLIED') OR direction = 'INBOUND'
                THEN at_ms END AS conv_at,
              CASE WHEN direction = 'OUTBOUND' AND channel <> 'EVENT' THEN at_ms END AS out_at,
              CASE WHEN direction = 'INBOUND' THEN at_ms END AS in_at,
              channel IN ('EMAIL', 'MESSAGE', 'SOCIAL', 'NOTE', 'GIFT')
                OR (channel = 'CALL' AND outcome NOT IN ('CONNECTED', 'REPLIED')) AS asks,
              CASE WHEN outcome IN ('CONNECTED', 'REPLIED') OR direction = 'INBOUND'
                THEN at_ms END AS answer_at,
              direction = 'OUTBOUND' AND channel IN ('CALL', 'EMAIL', 'MESSAGE', 'MEETING', 'SOCIAL')
                AND outcome NOT IN ('CONNECTED', 'REPLIED') AS attempt
            FROM touchpoints WHERE at_ms <= {asOf}) t) r) a
      GROUP BY contact_id
      """;

  /**
   * Each contact's follow-ups: due instant d, weight w, bonus b and saturation t (how long overdue
   * the score stops growing; null for never) of the tier cadence (1), dormant client (2), strategic
   * partner (3), reconnect (4), unanswered attempts (5) and owed reply (6) rules, null where a rule
   * says nothing; and the end of the longest hold (the back-off, or not pestering, which a reply
   * owed lifts).
   */
  private static final String FOLLOW_UPS =
      """
      SELECT id, hold,
        anchor + days * {day} AS d1, daily AS w1, {1000} AS b1, days * {day} AS t1,
        CASE WHEN ARRAY_CONTAINS(roles, 'CLIENT') THEN anchor + 60 * {day} END AS d2,
        weight * {10} / {60} AS w2, {1005} AS b2, 60 * {day} AS t2,
        CASE WHEN ARRAY_CONTAINS(roles, 'STRATEGIC_PARTNER') THEN anchor + 7 * {day} END AS d3,
        weight * {10} / {7} AS w3, {1003} AS b3, 7 * {day} AS t3,
        CASE WHEN {asOf} >= anchor + 2 * days * {day} THEN anchor + 2 * days * {day} END AS d4,
        daily AS w4, {1002} AS b4, days * {day} AS t4,
        next_try AS d5, daily AS w5, {1001} AS b5, days * {day} AS t5,
        CASE WHEN owed AND {asOf} < last_in + 30 * {day} THEN last_in END AS d6,
        CASE WHEN {asOf} < last_in + 2 * {day} THEN {3} ELSE {1} END AS w6,
        CASE WHEN {asOf} < last_in + 2 * {day} THEN {2050} ELSE {2020} END AS b6,
        CAST(NULL AS BIGINT) AS t6
      FROM (
        SELECT id, days, weight, roles, anchor, next_try, daily, owed, last_in,
          CASE WHEN owed THEN next_try
            ELSE GREATEST(next_try, last_out + 3 * {day}) IGNORE NULLS END AS hold
        FROM (
          SELECT id, days, weight, roles, last_out, last_in,
            weight * {10} / CAST(days AS DOUBLE PRECISION) AS daily,
            COALESCE(last_conv, created_ms) AS anchor,
            COALESCE(in_asks = 1 AND last_in = last_touch
              AND last_in > COALESCE(last_out, {never}), FALSE) AS owed,
            CASE WHEN n >= 3 AND third_at + 30 * {day} > LEAST(
                   last_at + 3 * {day} * CAST(POWER(2, LEAST(n - 1, 16)) AS BIGINT),
                   last_at + 30 * {day})
              THEN third_at + 30 * {day}
              ELSE LEAST(last_at + 3 * {day} * CAST(POWER(2, LEAST(n - 1, 16)) AS BIGINT),
                         last_at + 30 * {day}) END AS next_try
          FROM (
            SELECT c.id, c.roles, c.created_ms, s.last_conv, s.last_out, s.last_touch, s.last_in,
              s.in_asks, s.n, s.last_at, s.third_at,
              (SELECT cadence_days FROM tiers WHERE tier = c.tier) AS days,
              (SELECT weight FROM tiers WHERE tier = c.tier) AS weight
            FROM ({summary}) s LEFT JOIN contacts c ON c.id = s.contact_id
            UNION ALL
            SELECT c.id, c.roles, c.created_ms, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
              (SELECT cadence_days FROM tiers WHERE tier = c.tier),
              (SELECT weight FROM tiers WHERE tier = c.tier)
            FROM contacts c
            WHERE NOT EXISTS (
              SELECT 1 FROM touchpoints t WHERE t.contact_id = c.id AND t.at_ms <= {asOf})
          ) u) x) y
      """;

  private static final String QUEUE = queue();

  /**
   * The default rules in SQL, as one query: {asOf} is the as-of instant in epoch milliseconds,
   * {limit} the limit. Days are BIGINTs of milliseconds, so that 90 days do not overflow an INT,
   * and every score is computed in DOUBLE PRECISION in the order Cadence computes it, so that the
   * scores are equal to the last bit. The instant is written into the query rather than bound as a
   * parameter: H2 2.5 fails to plan such queries with indexed parameters.
   */
  private static String queue() {
    List<String> effective = new ArrayList<>();
    List<String> scores = new ArrayList<>();
    List<String> dues = new ArrayList<>();
    List<String> best = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      effective.add(
          "CASE WHEN d%1$d IS NOT NULL THEN GREATEST(d%1$d, hold) IGNORE NULLS END AS e%1$d"
              .formatted(i));
      scores.add(
          """
          CASE WHEN d%1$d IS NULL THEN NULL
            WHEN e%1$d > {asOf} THEN w%1$d * -(CAST(e%1$d - {asOf} AS DOUBLE PRECISION) / {ms})
            WHEN {asOf} - d%1$d >= t%1$d THEN w%1$d * (CAST(t%1$d AS DOUBLE PRECISION) / {ms}) + b%1$d
            ELSE w%1$d * (CAST({asOf} - d%1$d AS DOUBLE PRECISION) / {ms})
              + CASE WHEN {asOf} >= d%1$d THEN b%1$d ELSE {0} END END AS s%1$d"""
              .formatted(i));
      dues.add("e" + i);
      best.add("s" + i);
    }
    String sql =
        """
        SELECT id, LEAST(%1$s) IGNORE NULLS AS due, GREATEST(%2$s) IGNORE NULLS AS score
        FROM (SELECT id, %1$s, %3$s
              FROM (SELECT f.*, %4$s FROM ({follow-ups}) f) e) s
        ORDER BY score DESC, due ASC, id ASC LIMIT {limit}
        """
            .formatted(
                String.join(", ", dues),
                String.join(", ", best),
                String.join(", ", scores),
                String.join(", ", effective))
            .replace("{follow-ups}", FOLLOW_UPS)
            .replace("{summary}", SUMMARY)
            .replace("{day}", "CAST(86400000 AS BIGINT)")
            .replace("{never}", "CAST(-9000000000000000000 AS BIGINT)")
            .replace("{ms}", "CAST(86400000 AS DOUBLE PRECISION)");
    for (int n : new int[] {0, 1, 3, 7, 10, 60, 1000, 1001, 1002, 1003, 1005, 2020, 2050}) {
      sql = sql.replace("{" + n + "}", "CAST(" + n + " AS DOUBLE PRECISION)");
    }
    return sql;
  }

  private final Connection connection;
  private final PreparedStatement insert;

  H2Peer(GeneratedNetwork.Data data) {
    try {
      connection =
          DriverManager.getConnection(
              "jdbc:h2:mem:peer" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0");
      try (Statement s = connection.createStatement()) {
        s.execute(SCHEMA);
      }
      connection.setAutoCommit(false);
      loadTiers();
      loadContacts(data.contacts());
      insert =
          connection.prepareStatement(
              "INSERT INTO touchpoints(contact_id, at_ms, channel, direction, outcome, intent)"
                  + " VALUES (?, ?, ?, ?, ?, ?)");
      int pending = 0;
      for (Touchpoint t : data.touchpoints()) {
        bind(t);
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE INDEX touchpoints_contact ON touchpoints(contact_id, at_ms)");
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException("could not load the network into H2", e);
    }
  }

  private void loadTiers() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO tiers VALUES (?, ?, ?)")) {
      for (Tier tier : TIERS) {
        p.setString(1, tier.name());
        p.setInt(2, days(tier.cadence()));
        p.setDouble(3, tier.weight());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void loadContacts(List<Contact> contacts) throws SQLException {
    try (PreparedStatement c =
        connection.prepareStatement("INSERT INTO contacts VALUES (?, ?, ?, ?)")) {
      int pending = 0;
      for (Contact contact : contacts) {
        if (!contact.zone().equals(ZoneOffset.UTC)
            || contact.firstMet().isPresent()
            || !contact.occasions().isEmpty()
            || !contact.status().equals(ContactStatus.active())
            || !TIERS.contains(contact.tier())) {
          throw new IllegalArgumentException(
              "the SQL peer covers the generated networks only, not contact " + contact);
        }
        c.setString(1, contact.id());
        c.setString(2, contact.tier().name());
        c.setArray(
            3,
            connection.createArrayOf(
                "VARCHAR", contact.roles().stream().map(Role::name).toArray(String[]::new)));
        c.setLong(4, contact.createdAt().toEpochMilli());
        c.addBatch();
        if (++pending == BATCH) {
          c.executeBatch();
          pending = 0;
        }
      }
      c.executeBatch();
    }
  }

  @SuppressWarnings("JavaPeriodGetDays") // months and years are refused just before
  private static int days(Period period) {
    if (period.toTotalMonths() != 0) {
      throw new IllegalArgumentException("the SQL peer needs cadences in days, not " + period);
    }
    return period.getDays();
  }

  private void bind(Touchpoint t) throws SQLException {
    insert.setString(1, t.contactId());
    insert.setLong(2, t.at().toEpochMilli());
    insert.setString(3, t.channel().name());
    insert.setString(4, t.direction().name());
    insert.setString(5, t.outcome().name());
    insert.setString(6, t.intent().name());
  }

  @Override
  public void record(Touchpoint touchpoint) {
    try {
      bind(touchpoint);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record " + touchpoint, e);
    }
  }

  @Override
  public List<Ranked> top(int k, Instant asOf) {
    try {
      String sql =
          QUEUE
              .replace("{asOf}", Long.toString(asOf.toEpochMilli()))
              .replace("{limit}", Integer.toString(k));
      List<Ranked> top = new ArrayList<>(k);
      try (Statement query = connection.createStatement();
          ResultSet rows = query.executeQuery(sql)) {
        while (rows.next()) {
          top.add(
              new Ranked(
                  rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getDouble(3)));
        }
      }
      return top;
    } catch (SQLException e) {
      throw new IllegalStateException("the queue query failed", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("could not close the H2 database", e);
    }
  }
}
