package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Sample.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.EveryField;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.engine.Reason;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every workspace does, whatever its database: the same tests run on SQLite and on PostgreSQL.
 */
abstract class WorkspaceContract {
  static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  private final List<Workspace> opened = new ArrayList<>();

  /** Opens the workspace of this test: the same database every time within one test. */
  abstract Workspace.Builder workspace();

  /** A connection to the workspace's database, to look at what is stored. */
  abstract Connection connect() throws SQLException;

  Workspace open() {
    Workspace w = workspace().open(NOW);
    opened.add(w);
    return w;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(Workspace::close);
  }

  long rows(String table) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static FollowUpQueue libraryQueue(List<Contact> contacts, List<Touchpoint> touchpoints) {
    MutableNetwork network = new MutableNetwork();
    contacts.forEach(network::add);
    network.recordAll(touchpoints);
    return ENGINE.queue(network, QueueRequest.asOf(NOW));
  }

  @Test
  void theDefaultSettingsAreSavedAndReadBack() {
    // The defaults have no weekday budgets: an empty map is a document too.
    Settings defaults = Settings.defaults();
    try (Workspace w = open()) {
      w.configuration().saveSettings(defaults);
    }
    try (Workspace w = open()) {
      assertThat(w.configuration().settings()).isEqualTo(defaults);
    }
  }

  @Test
  void everythingAWorkspaceHoldsIsThereAgainAfterItIsReopened() {
    PlanMemory plan;
    List<Contact> contacts =
        Sample.contacts().stream()
            .map(
                c ->
                    c.id().equals("ken")
                        ? c.toBuilder().snoozedUntil(LocalDate.of(2026, 12, 10)).build()
                        : c)
            .toList();
    try (Workspace w = open()) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
      assertThat(w.snooze("ken", LocalDate.of(2026, 12, 10))).isIn(contacts);
      plan = w.plan().change(m -> m.remember(agenda(w)));
      w.configuration().saveGoals(Sample.goals());
      w.configuration().saveSettings(Sample.settings());
    }
    Workspace again = open();
    assertThat(again.contacts()).containsExactlyElementsOf(sorted(contacts));
    assertThat(again.contactCount()).isEqualTo(contacts.size());
    for (Contact c : contacts) {
      assertThat(again.contact(c.id())).contains(c);
      assertThat(again.touchpoints(c.id()))
          .containsExactlyElementsOf(
              Sample.touchpoints().stream()
                  .filter(t -> t.contactId().equals(c.id()))
                  .sorted(java.util.Comparator.comparing(Touchpoint::at))
                  .toList());
    }
    assertThat(again.tiers())
        .containsEntry("A", Tier.A)
        .containsEntry("B", Tier.B)
        .containsEntry("C", Tier.C)
        .containsEntry("mentors", Sample.MENTORS);
    assertThat(again.plan().memory()).isEqualTo(plan);
    assertThat(again.plan().memory().planned()).isNotEmpty();
    assertThat(again.configuration().goals()).isEqualTo(Sample.goals());
    assertThat(again.configuration().settings()).isEqualTo(Sample.settings());
    assertThat(again.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(libraryQueue(contacts, Sample.touchpoints()));
    assertThat(again.queue(QueueRequest.asOf(NOW)).entryFor("ken").orElseThrow().reasons())
        .extracting(Reason::text)
        .contains("snoozed until Thu Dec 10");
  }

  private static Agenda agenda(Workspace w) {
    return Planner.of(w.configuration().settings().plan())
        .plan(w.queue(QueueRequest.asOf(NOW)), LocalDate.of(2026, 11, 23), 7, w.plan().memory());
  }

  private static List<Contact> sorted(List<Contact> contacts) {
    return contacts.stream().sorted(java.util.Comparator.comparing(Contact::id)).toList();
  }

  @Test
  void theCodecContractsContactAndTouchpointComeBackWithEveryField() {
    try (Workspace w = open()) {
      w.importAll(List.of(EveryField.contact()), List.of(EveryField.touchpoint()));
    }
    try (Workspace again = open()) {
      assertThat(again.contact("maria")).contains(EveryField.contact());
      assertThat(again.touchpoints("maria")).containsExactly(EveryField.touchpoint());
    }
  }

  @Test
  void importingTheSameDataAgainChangesNothingAndSaysSo() throws SQLException {
    Workspace w = open();
    ImportSummary first = w.importAll(Sample.contacts(), Sample.touchpoints());
    ImportSummary second = w.importAll(Sample.contacts(), Sample.touchpoints());
    assertThat(first).isEqualTo(new ImportSummary(4, 0, 0, 3, 0));
    assertThat(second.changedNothing()).isTrue();
    assertThat(second).isEqualTo(new ImportSummary(0, 0, 4, 0, 3));
    assertThat(rows("touchpoint")).isEqualTo(3);
    assertThat(rows("contact")).isEqualTo(4);
  }

  @Test
  void theSameTouchUnderAnotherSourceKeyIsRecordedOnceAsInTheNetwork() throws SQLException {
    Workspace w = open();
    w.add(Sample.plain("p1"));
    assertThat(w.record(Sample.call("p1", NOW.minusSeconds(60), "phone:1"))).isTrue();
    assertThat(w.record(Sample.call("p1", NOW.minusSeconds(60), "phone:other"))).isFalse();
    assertThat(w.record(Sample.call("p1", NOW.minusSeconds(120), "phone:1"))).isFalse();
    assertThat(rows("touchpoint")).isEqualTo(1);
    assertThat(w.touchpoints("p1")).hasSize(1);
  }

  @Test
  void aBatchWithATouchpointOfAnUnknownContactImportsNothing() throws SQLException {
    Workspace w = open();
    List<Touchpoint> touchpoints = new ArrayList<>(Sample.touchpoints());
    touchpoints.add(Sample.call("nobody", NOW.minusSeconds(60), "x:1"));
    assertThatThrownBy(() -> w.importAll(Sample.contacts(), touchpoints))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoints[3].contactId 'nobody' is not a contact of");
    assertThat(w.contacts()).isEmpty();
    assertThat(w.contactCount()).isZero();
    assertThat(rows("contact")).isZero();
    assertThat(rows("touchpoint")).isZero();
  }

  @Test
  void aBatchThatTheNetworkRefusesAfterTheDatabaseWroteItIsRolledBack() throws SQLException {
    Workspace w = open();
    w.importAll(Sample.contacts(), Sample.touchpoints());
    // The database takes this batch (the source key is unique: it is left out), but the network
    // refuses it: the key belongs to maria. The write is rolled back, contact and all.
    List<Touchpoint> batch =
        List.of(
            Sample.call("p1", NOW.minusSeconds(60), "p1:fine"),
            Sample.call("p1", NOW.minusSeconds(120), "calendar:evt-1"));
    assertThatThrownBy(() -> w.importAll(List.of(Sample.plain("p1")), batch))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'calendar:evt-1' is recorded for contact 'maria' already");
    assertThat(w.contact("p1")).isEmpty();
    assertThat(rows("contact")).isEqualTo(4);
    assertThat(rows("touchpoint")).isEqualTo(3);
    assertThat(w.queue(QueueRequest.asOf(NOW)))
        .isEqualTo(libraryQueue(Sample.contacts(), Sample.touchpoints()));
  }

  @Test
  void takenAndUnknownIdsAreRefusedWithTheirNames() throws SQLException {
    Workspace w = open();
    w.add(Sample.maria());
    assertThatThrownBy(() -> w.add(Sample.maria()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact.id 'maria' is taken already");
    assertThatThrownBy(() -> w.update(Sample.plain("nobody")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("contact.id 'nobody' is not a contact of " + w.name());
    assertThatThrownBy(() -> w.record(Sample.call("nobody", NOW, "s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("touchpoint.contactId 'nobody' is not a contact of");
    assertThatThrownBy(() -> w.importAll(List.of(Sample.ken(), Sample.ken()), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contacts[1].id 'ken' appears twice");
    assertThatThrownBy(() -> w.snooze("nobody", LocalDate.of(2026, 12, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("contactId 'nobody' is not a contact of " + w.name());
    assertThat(rows("contact")).isEqualTo(1);
  }

  @Test
  void aContactWithATierOtherThanTheWorkspacesOfTheSameNameIsRefused() {
    Workspace w = open();
    Contact slower =
        Sample.plain("p1").toBuilder().tier(Tier.A.withCadence(Period.ofDays(21))).build();
    assertThatThrownBy(() -> w.add(slower))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact 'p1' has tier A (every P21D, weight 3.0), but the tier A of")
        .hasMessageContaining("save the tier first");
    assertThat(w.contacts()).isEmpty();
  }

  @Test
  void savingATierMovesEveryContactOfItToTheNewCadence() {
    try (Workspace w = open()) {
      w.importAll(List.of(Sample.plain("p1"), Sample.plain("p2"), Sample.maria()), List.of());
      w.saveTier(Tier.B.withCadence(Period.ofDays(7)));
      assertThat(w.contact("p1").orElseThrow().tier().cadence()).isEqualTo(Period.ofDays(7));
      assertThat(w.contact("maria").orElseThrow().tier()).isEqualTo(Tier.A);
    }
    Workspace again = open();
    assertThat(again.tiers().get("B").cadence()).isEqualTo(Period.ofDays(7));
    assertThat(again.contact("p2").orElseThrow().tier().cadence()).isEqualTo(Period.ofDays(7));
  }

  @Test
  void removingAContactRemovesItsTouchpointsAndPlanToo() throws SQLException {
    Workspace w = open();
    w.importAll(Sample.contacts(), Sample.touchpoints());
    w.plan().change(m -> m.remember(agenda(w)));
    assertThat(w.plan().memory().planned()).extracting(p -> p.contactId()).contains("maria");
    assertThat(w.remove("maria")).isTrue();
    assertThat(w.remove("maria")).isFalse();
    assertThat(w.plan().memory().planned()).extracting(p -> p.contactId()).doesNotContain("maria");
    assertThat(rows("touchpoint")).isEqualTo(1);
    w.close();
    assertThat(open().contact("maria")).isEmpty();
  }

  @Test
  void aTouchMarkedDoneIsRecordedAsAnOutboundTouchpoint() {
    Workspace w = open();
    w.importAll(Sample.contacts(), Sample.touchpoints());
    AgendaItem.Touch item =
        agenda(w).days().stream()
            .flatMap(d -> d.items().stream())
            .filter(AgendaItem.Touch.class::isInstance)
            .map(AgendaItem.Touch.class::cast)
            .findFirst()
            .orElseThrow();
    Touchpoint done = w.markDone(item, NOW.plusSeconds(3600), Outcome.CONNECTED);
    w.close();
    assertThat(open().touchpoints(item.contact().id())).contains(done);
  }

  @Test
  void threadsRecordingAtOnceLoseNothingAndDoubleNothing() throws Exception {
    int threads = 4;
    int each = 50;
    Workspace w = open();
    w.importAll(List.of(Sample.plain("p0"), Sample.plain("p1")), List.of());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                int recorded = 0;
                for (int i = 0; i < each; i++) {
                  String contact = "p" + (i % 2);
                  // Every thread also records the one touch all threads share.
                  recorded +=
                      w.record(
                              Sample.call(
                                  contact, NOW.minusSeconds(10_000 + i), "s" + thread + "-" + i))
                          ? 1
                          : 0;
                  recorded += w.record(Sample.call("p0", NOW.minusSeconds(5), "shared")) ? 1 : 0;
                }
                return recorded;
              }));
    }
    int recorded = 0;
    for (Future<Integer> f : done) {
      recorded += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    // Each thread's i-th touch on a contact is the same touch at the same instant: the network
    // (and the database) keeps it once, whichever thread came first.
    long expected = each + 1;
    assertThat(recorded).isEqualTo(expected);
    assertThat(rows("touchpoint")).isEqualTo(expected);
    assertThat(w.touchpoints("p0").size() + w.touchpoints("p1").size()).isEqualTo(expected);
    w.close();
    Workspace again = open();
    assertThat(again.touchpoints("p0").size() + again.touchpoints("p1").size()).isEqualTo(expected);
  }

  @Test
  void threadsRecordingDistinctTouchesAllGetIn() throws Exception {
    int threads = 4;
    int each = 50;
    Workspace w = open();
    w.add(Sample.plain("p0"));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  w.record(
                      Sample.call(
                          "p0", NOW.minusSeconds(thread * 1000L + i), "t" + thread + "-" + i));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(rows("touchpoint")).isEqualTo(threads * each);
    assertThat(w.touchpoints("p0")).hasSize(threads * each);
    assertThat(w.history("p0").touches()).isEqualTo(threads * each);
  }

  @Test
  void twoInstancesSeeEachOthersCommitsAfterARefresh() {
    Workspace first = open();
    Workspace second = open();
    first.importAll(Sample.contacts(), Sample.touchpoints());
    assertThat(second.contacts()).isEmpty();
    assertThat(second.refresh()).isTrue();
    assertThat(second.refresh()).isFalse();
    assertThat(second.contacts()).isEqualTo(first.contacts());

    second.record(Sample.call("maria", NOW.minusSeconds(600), "phone:2"));
    second.update(Sample.ken().toBuilder().displayName("Ken").build());
    second.remove("ada");
    second.configuration().saveGoals(Sample.goals());
    first.refresh();
    assertThat(first.contacts()).isEqualTo(second.contacts());
    assertThat(first.touchpoints("maria")).isEqualTo(second.touchpoints("maria"));
    assertThat(first.configuration().goals()).isEqualTo(Sample.goals());
    assertThat(first.queue(QueueRequest.asOf(NOW))).isEqualTo(second.queue(QueueRequest.asOf(NOW)));
  }

  @Test
  void anUpdateOfAContactAnotherInstanceChangedOrRemovedFailsAsAConflictAndLosesNothing() {
    Workspace first = open();
    Workspace second = open();
    first.importAll(Sample.contacts(), List.of());
    second.refresh();
    Contact maria = first.contact("maria").orElseThrow();
    first.update(maria.toBuilder().tags("first").build());

    assertThatThrownBy(() -> second.update(maria.toBuilder().tags("second").build()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("another workspace instance changed contact 'maria' meanwhile")
        .hasMessageEndingWith("refresh() and try again")
        .extracting(e -> ((WorkspaceException) e).problem())
        .isEqualTo(WorkspaceException.Problem.CONFLICT);
    second.refresh();
    Contact fresh = second.contact("maria").orElseThrow();
    second.update(fresh.toBuilder().tags("second").build());
    first.refresh();
    assertThat(first.contact("maria").orElseThrow().tags()).contains("first", "second");

    // An instance behind others' changes may change its own writes again.
    Contact ken = first.contact("ken").orElseThrow();
    second.update(second.contact("maria").orElseThrow().toBuilder().tags("third").build());
    first.update(ken.toBuilder().tags("a").build());
    first.update(first.contact("ken").orElseThrow().toBuilder().tags("b").build());
    assertThat(first.contact("ken").orElseThrow().tags()).contains("a", "b");

    first.remove("bo");
    assertThatThrownBy(
            () -> second.update(second.contact("bo").orElseThrow().toBuilder().tags("x").build()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("another workspace instance removed contact 'bo' meanwhile");
  }

  @Test
  void aChangeToAContactAnotherInstanceRemovedFailsAsAConflictAndChangesNothing() {
    Workspace first = open();
    Workspace second = open();
    first.importAll(Sample.contacts(), List.of());
    second.refresh();
    first.remove("maria");
    assertThatThrownBy(() -> second.record(Sample.call("maria", NOW, "late")))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("refresh() and try again")
        .extracting(e -> ((WorkspaceException) e).problem())
        .isEqualTo(WorkspaceException.Problem.CONFLICT);
    assertThat(second.touchpoints("maria")).isEmpty();
    second.refresh();
    assertThat(second.contact("maria")).isEmpty();
  }

  @Test
  void aWorkspaceWrittenByANewerSchemaIsRefusedAndLeftAlone() throws SQLException {
    open().close();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO cadence_schema_history (installed_rank, version, description, type,"
              + " script, checksum, installed_by, installed_on, execution_time, success) VALUES"
              + " (7, '7', 'future', 'SQL', 'V7__future.sql', 0, 'someone', CURRENT_TIMESTAMP, 0,"
              + " true)");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("was created by Cadence schema 7; this is schema 6: upgrade Cadence")
        .extracting(e -> ((WorkspaceException) e).problem())
        .isEqualTo(WorkspaceException.Problem.NEWER_SCHEMA);
    assertThat(rows("cadence_schema_history")).isEqualTo(Schema.LATEST + 1);
  }

  @Test
  void aRowChangedOutsideCadenceIsNamedWhenTheWorkspaceOpens() throws SQLException {
    try (Workspace w = open()) {
      w.importAll(Sample.contacts(), List.of());
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE contact SET zone = 'Mars/Olympus_Mons' WHERE id = 'ken'");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("contact 'ken'")
        .hasMessageContaining("Mars/Olympus_Mons")
        .hasMessageContaining("it was changed outside Cadence");
  }

  @Test
  void tiersOverriddenByAnInstanceAreUsedInMemoryAndNeverWritten() throws SQLException {
    try (Workspace w = open()) {
      w.importAll(Sample.contacts(), List.of());
    }
    Tier fastA = new Tier("A", Period.ofDays(7), 3.0);
    Tier vip = new Tier("VIP", Period.ofDays(5), 4.0);
    long tierRows = rows("tier");
    try (Workspace w = workspace().tiers(List.of(fastA, vip)).open(NOW)) {
      assertThat(w.contact("maria").orElseThrow().tier()).isEqualTo(fastA);
      assertThat(w.tiers()).containsEntry("A", fastA).doesNotContainKey("VIP");
      assertThat(rows("tier")).isEqualTo(tierRows);

      // A contact given the overridden tier is saved by name; a tier new to the database with it.
      w.update(w.contact("ada").orElseThrow().toBuilder().tier(fastA).build());
      w.add(Contact.builder("vic", NOW).tier(vip).build());
      assertThat(rows("tier")).isEqualTo(tierRows + 1);
      assertThat(w.tiers()).containsEntry("VIP", vip);
      assertThatThrownBy(() -> w.add(Contact.builder("slow", NOW).tier(Tier.A).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("but the tier A of");
      w.saveTier(new Tier("A", Period.ofDays(10), 2.0));
      assertThat(w.contact("maria").orElseThrow().tier()).as("still overridden").isEqualTo(fastA);
    }
    try (Workspace w = open()) {
      assertThat(w.contact("maria").orElseThrow().tier().cadence()).isEqualTo(Period.ofDays(10));
      assertThat(w.contact("ada").orElseThrow().tier().name()).isEqualTo("A");
      assertThat(w.contact("vic").orElseThrow().tier()).isEqualTo(vip);
    }
    assertThatThrownBy(() -> workspace().tiers(List.of(fastA, fastA)))
        .hasMessage("tiers name the tier A twice");
  }

  @Test
  void aRuleParameterStoredOutOfRangeIsNamedAsTheRuleWouldNameIt() throws SQLException {
    try (Workspace w = open()) {
      w.configuration().saveSettings(Sample.settings());
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE settings SET document = REPLACE(document, '\"P5D\"', '\"P0D\"') WHERE id = 1");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining(
            "no-pestering.window must be positive (no negative part, not zero), was P0D")
        .hasMessageContaining("it was changed outside Cadence");
  }

  @Test
  void theCodeTablesNameEveryValueAsTheStoreCodesIt() throws SQLException {
    open().close();
    assertThat(codes("channel")).isEqualTo(names(Channel.class));
    assertThat(codes("direction")).isEqualTo(names(Direction.class));
    assertThat(codes("outcome")).isEqualTo(names(Outcome.class));
    assertThat(codes("intent")).isEqualTo(names(Intent.class));
  }

  @Test
  void rowsInTheSpellingOfSchema3AreReadAndRewrittenInTheOneSpelling() throws SQLException {
    try (Workspace w = open()) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE contact SET status = UPPER(status), roles = UPPER(REPLACE(roles, '-', '_'))");
      s.executeUpdate("UPDATE contact_handle SET kind = UPPER(kind)");
      s.executeUpdate("UPDATE contact_occasion SET kind = UPPER(kind)");
      s.executeUpdate("UPDATE outcome SET name = UPPER(REPLACE(name, '-', '_'))");
      // Back to schema 3: without the next meeting of schema 5 and the date rules of schema 6, in
      // the old spelling.
      s.executeUpdate("ALTER TABLE contact DROP COLUMN next_meeting");
      s.executeUpdate("ALTER TABLE contact_occasion DROP COLUMN date_rule");
      s.executeUpdate("ALTER TABLE contact DROP COLUMN note");
      s.executeUpdate("DELETE FROM " + Schema.HISTORY + " WHERE version IN ('4', '5', '6')");
    }
    try (Workspace w = open()) {
      assertThat(w.contacts())
          .isEqualTo(
              Sample.contacts().stream()
                  .sorted(java.util.Comparator.comparing(Contact::id))
                  .toList());
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT roles, status FROM contact WHERE roles <> ''")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).matches("[a-z,-]+");
      assertThat(r.getString(2)).matches("[a-z]+");
    }
    assertThat(codes("outcome")).contains("left-message");
  }

  @Test
  void theNamedViewReadsTouchpointsAsAPersonWould() throws SQLException {
    try (Workspace w = open()) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT channel, direction, outcome, intent, note FROM touchpoint_named"
                    + " WHERE source = 'calendar:evt-1'")) {
      assertThat(r.next()).isTrue();
      assertThat(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
          .containsExactly("meeting", "outbound", "connected", "give");
      assertThat(r.getString(5)).isEqualTo("coffee; sent her the report");
    }
  }

  private List<String> codes(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT code, name FROM " + table + " ORDER BY code")) {
      while (r.next()) {
        assertThat(r.getInt(1)).isEqualTo(names.size());
        names.add(r.getString(2));
      }
    }
    return names;
  }

  /** Every value of a coded type as Codes names it, in the order of its codes. */
  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return java.util.stream.IntStream.range(0, type.getEnumConstants().length)
        .mapToObj(code -> Codes.name(Codes.ofCode(type, code)))
        .toList();
  }

  @Test
  void aClosedWorkspaceSaysSo() {
    Workspace w = open();
    w.close();
    w.close();
    assertThatThrownBy(w::contacts)
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(w.name() + " is closed; open it again to use it");
  }
}
