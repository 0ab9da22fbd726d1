package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code today} on a realistic network, as a new user meets it: 1,500 LinkedIn connections made
 * since 2012, about 200 people messaged over three years, 30 who wrote in the last ten days and
 * wait for an answer, three connected this week; imported with {@code cadence import}.
 */
class RealNetworkTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

  @TempDir Path dir;
  LinkedInExport export;

  Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()), args);
  }

  @BeforeEach
  void importTheExport() throws Exception {
    export = new LinkedInExport(20261130L, NOW, 1_500);
    List<Path> files = export.write(dir);
    assertThat(cadence("init").status()).isZero();
    Runs imported = cadence("import", files.get(0).toString(), files.get(1).toString());
    assertThat(imported.status()).as(imported.err()).isZero();
  }

  private List<JsonNode> entries(int limit) throws Exception {
    Runs json = cadence("today", "--json", "--limit", String.valueOf(limit));
    assertThat(json.status()).as(json.err()).isZero();
    List<JsonNode> entries = new ArrayList<>();
    new ObjectMapper().readTree(json.out()).get("entries").forEach(entries::add);
    return entries;
  }

  @Test
  void everyoneWaitingForAReplyComesFirstAndIsWordedWithWhatAndWhen() throws Exception {
    List<JsonNode> entries = entries(200);
    Set<String> waiting =
        export.connections.stream()
            .filter(LinkedInExport.Connection::waitingForReply)
            .map(LinkedInExport.Connection::name)
            .collect(Collectors.toSet());
    List<String> owed =
        entries.stream()
            .filter(e -> e.get("category").asText().equals("reply"))
            .map(e -> e.get("name").asText())
            .toList();

    assertThat(waiting).hasSize(30);
    assertThat(owed).containsAll(waiting);
    for (JsonNode e : entries) {
      if (e.get("category").asText().equals("reply")) {
        assertThat(e.get("reasons").get(0).get("text").asText())
            .startsWith(e.get("name").asText() + " wrote by message ")
            .contains(": reply owed");
      }
    }
    // Closing windows (replies, this week's new connections) before any rhythm item or intake.
    int lastClosing = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < entries.size(); i++) {
      String category = entries.get(i).get("category").asText();
      if (category.equals("reply") || category.equals("new-contact")) {
        lastClosing = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastClosing).isLessThan(firstOther);
  }

  @Test
  void aWindowThatClosesSaysNowNotHowLongAgoTheyWrote() throws Exception {
    List<String> rows =
        cadence("today").out().lines().filter(l -> l.matches(" {1,2}\\d+\\. .*")).toList();

    // The first ten are replies owed and this week's connections (see above): "now", and the day
    // the window closes in their reasons, never "overdue 3d" beside "by Dec 1".
    assertThat(rows).hasSize(10).allSatisfy(row -> assertThat(row).endsWith("  now"));
  }

  @Test
  void aPersonConnectedTwoDaysAgoIsInTheFirstTen() throws Exception {
    String twoDaysAgo = export.connections.get(1).name();

    List<String> first = entries(10).stream().map(e -> e.get("name").asText()).toList();

    assertThat(export.connections.get(1).connectedOn()).isEqualTo("2026-11-28");
    assertThat(first).contains(twoDaysAgo);
  }

  @Test
  void strangersFromYearsAgoAreToMapNotOverdueAndAFewAreOfferedADay() throws Exception {
    Runs today = cadence("today");
    String out = today.out();
    String header = out.lines().findFirst().orElseThrow();

    assertThat(header)
        .matches(
            "Today, Mon Nov 30, 14:00: \\d+ of 1,500 contacts due, and 1,\\d{3} more to map; the first 10");
    int due = Integer.parseInt(header.replaceAll(".*14:00: (\\d+) of.*", "$1"));
    assertThat(due).isBetween(30, 300);
    assertThat(out).contains("To map today, 5 of 1,");
    assertThat(out.lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(5);
    assertThat(out).doesNotContainPattern("overdue [0-9]{3,}d");
    assertThat(cadence("today").out()).isEqualTo(out);
  }

  @Test
  void noContactToMapRanksAboveADueFollowUp() throws Exception {
    List<JsonNode> entries = entries(1_500);
    boolean intakeSeen = false;
    for (JsonNode e : entries) {
      boolean intake = e.get("category").asText().equals("intake");
      assertThat(intakeSeen && !intake).as("%s after a contact to map", e.get("name")).isFalse();
      intakeSeen |= intake;
    }
    assertThat(intakeSeen).isTrue();
  }

  @Test
  void everySuggestedChannelIsOnFile() throws Exception {
    Set<String> withEmail = export.namesWithEmail();
    Map<String, Long> channels = new TreeMap<>();
    for (JsonNode e : entries(1_500)) {
      String channel = e.get("channel").asText();
      String name = e.get("name").asText();
      channels.merge(channel, 1L, Long::sum);
      // A LinkedIn export has profiles, one email address in 12 and no phone numbers.
      assertThat(channel).as(name).isIn("message", "email", "meeting");
      if (channel.equals("email")) {
        assertThat(withEmail).as(name).contains(name);
      }
      assertThat(e.get("reachable").asBoolean()).isTrue();
    }
    assertThat(channels).containsKey("message");
    assertThat(cadence("today").out())
        .contains("no email address on file: message on LinkedIn instead");
  }

  @Test
  void aSnoozedContactLeavesTodayItsJsonAndTheExportsUntilItsDay() throws Exception {
    JsonNode first = entries(1).get(0);
    String id = first.get("contactId").asText();

    Runs snooze = cadence("snooze", id, "next-week");

    assertThat(snooze.status()).as(snooze.err()).isZero();
    assertThat(snooze.out()).endsWith("until Mon Dec 7\n");
    List<JsonNode> due = entries(1_500);
    assertThat(due).extracting(e -> e.get("contactId").asText()).doesNotContain(id);
    assertThat(cadence("today").out()).doesNotContain(first.get("name").asText() + " ");
    // The exports list the whole queue: the snoozed contact comes after everyone due, with why.
    List<String> rows = cadence("export", "csv").out().lines().toList();
    String row = rows.stream().filter(r -> r.startsWith(id + ",")).findFirst().orElseThrow();
    assertThat(row).contains(",2026-12-07T00:00:00Z,", "\"snoozed until Mon Dec 7; ");
    assertThat(rows.indexOf(row)).isGreaterThan(due.size());
    Runs week = cadence("week", "--days", "14");
    assertThat(week.out()).contains("Mon Dec 7");
    assertThat(week.out().substring(week.out().indexOf("Mon Dec 7")))
        .contains(first.get("name").asText());
  }

  /** The touches planned today, as {@code week --json} lists them: contact id, and done or not. */
  private List<String> plannedToday(String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("week", "--json", "--days", "1"));
    args.addAll(List.of(more));
    Runs week = cadence(args.toArray(String[]::new));
    assertThat(week.status()).as(week.err()).isZero();
    List<String> touches = new ArrayList<>();
    JsonNode items = new ObjectMapper().readTree(week.out()).get("days").get(0).get("items");
    for (JsonNode item : items) {
      if (item.get("kind").asText().equals("touch")) {
        touches.add(item.get("contactId").asText() + (item.has("done") ? " done" : ""));
      }
    }
    return touches;
  }

  @Test
  void doneKeepsTheDayAsPlannedAndMoreIsOfferedOnlyWhenAsked() throws Exception {
    List<String> planned = plannedToday();
    assertThat(planned).hasSizeGreaterThanOrEqualTo(4);

    for (String id : planned.subList(0, 3)) {
      Runs done = cadence("done", id);
      assertThat(done.status()).as(done.err()).isZero();
    }

    List<String> after = plannedToday();
    assertThat(after).hasSameSizeAs(planned);
    assertThat(after)
        .containsAll(planned.subList(0, 3).stream().map(id -> id + " done").toList())
        .containsAll(planned.subList(3, planned.size()));
    assertThat(cadence("week").out()).contains("(done)");
    assertThat(cadence("done", planned.get(0)).err())
        .contains("is already done in this week's plan");
    assertThat(plannedToday("--more")).hasSizeGreaterThan(planned.size());
  }
}
