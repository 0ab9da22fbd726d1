package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tier suggest}: A, B or C from the past year, with reasons; changed only on --apply. */
class TierSuggestTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  @TempDir Path dir;

  Runs cadence(String... args) {
    Runs r =
        Runs.cadence(
            NOW,
            Map.of(
                "CADENCE_WORKSPACE", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString()),
            args);
    assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  void log(String who, String channel, String direction, String outcome, String when) {
    cadence(
        "log",
        who,
        "--channel",
        channel,
        "--direction",
        direction,
        "--outcome",
        outcome,
        "--when",
        when);
  }

  // "A LinkedIn thread of 69 messages in a year is an active relationship."
  @Test
  void aThreadOfMessagesAnsweredBackAndForthIsAnActiveRelationship() {
    Contact dee = Contact.builder("dee", NOW.minus(Duration.ofDays(400))).tier(Tier.C).build();
    List<Touchpoint> thread = new ArrayList<>();
    for (int i = 0; i < 69; i++) {
      boolean theirs = i % 2 == 1;
      thread.add(
          Touchpoint.builder("dee", NOW.minus(Duration.ofDays(350 - 5L * i)))
              .channel(Channel.MESSAGE)
              .direction(theirs ? Direction.INBOUND : Direction.OUTBOUND)
              .outcome(theirs ? Outcome.REPLIED : Outcome.SENT)
              .build());
    }

    TierSuggestions.Suggestion s = TierSuggestions.suggest(dee, thread, NOW);

    assertThat(s.reasons())
        .contains(
            "34 conversations in the past year (+1)",
            "answered 34 of your 35 messages and calls (+1)",
            "started 34 of 69 touches (+2)");
    assertThat(s.tier()).isEqualTo("B");
  }

  @Test
  void historyAndRolesSuggestATierWithReasons() {
    cadence("init");
    cadence("contact", "add", "Ana Ruiz", "--tier", "C", "--role", "client");
    cadence("contact", "add", "Bo Lind", "--tier", "A");
    cadence("contact", "add", "Cy Park", "--tier", "B", "--role", "prospect");
    // Ana: a client met four times in person, two of them at her asking.
    log("ana", "meeting", "inbound", "connected", "2026-03-10");
    log("ana", "meeting", "outbound", "connected", "2026-06-10");
    log("ana", "meeting", "inbound", "connected", "2026-09-10");
    log("ana", "meeting", "outbound", "connected", "2026-11-10");
    // Bo: three emails in a year, none answered.
    log("bo", "email", "outbound", "no-response", "2026-05-01");
    log("bo", "email", "outbound", "no-response", "2026-08-01");
    log("bo", "email", "outbound", "no-response", "2026-11-01");
    // Cy: a prospect met once: two points, and a B keeps its tier from two.
    log("cy", "meeting", "outbound", "connected", "2026-10-01");

    Runs r = cadence("tier", "suggest");
    assertThat(r.out())
        .isEqualTo(
            "Ana Ruiz  C -> A  a client (+3); 4 meetings in person in the past year (+2); started 2"
                + " of 4 touches (+2)\n"
                + "Bo Lind   A -> C  no conversation in the past year (-1); answered 0 of your 3"
                + " messages and calls (-1)\n"
                + "Nothing changed: 'cadence tier suggest --apply' moves them.\n");
    assertThat(cadence("tier", "suggest", "--all", "--json").out())
        .contains("\"name\" : \"Cy Park\"", "\"suggested\" : \"B\"", "\"points\" : 2");
    assertThat(tiers()).isEqualTo(Map.of("ana-ruiz", "C", "bo-lind", "A", "cy-park", "B"));

    assertThat(cadence("tier", "suggest", "--apply").out()).endsWith("Moved 2 contacts.\n");
    assertThat(tiers()).isEqualTo(Map.of("ana-ruiz", "A", "bo-lind", "C", "cy-park", "B"));
    assertThat(cadence("tier", "suggest").out())
        .isEqualTo("Every contact is in the tier its history suggests.\n");
    assertThat(cadence("tier", "list").out())
        .containsPattern("A +every 2 weeks, weight 3 +1 contact\n");
    assertThat(cadence("tier", "list", "--json").out())
        .contains(
            "\"name\" : \"C\",\n  \"cadence\" : \"P90D\",\n  \"weight\" : 1.0,\n  \"contacts\" : 1");
  }

  @Test
  void theSlackKeepsAContactOnTheEdgeWhereItIs() {
    assertThat(TierSuggestions.tier(5, "A")).isEqualTo("A");
    assertThat(TierSuggestions.tier(5, "C")).isEqualTo("B");
    assertThat(TierSuggestions.tier(4, "A")).isEqualTo("B");
    assertThat(TierSuggestions.tier(2, "B")).isEqualTo("B");
    assertThat(TierSuggestions.tier(2, "C")).isEqualTo("C");
    assertThat(TierSuggestions.tier(1, "B")).isEqualTo("C");
    assertThat(TierSuggestions.tier(6, "C")).isEqualTo("A");
    assertThat(TierSuggestions.tier(3, "C")).isEqualTo("B");
  }

  Map<String, String> tiers() {
    try (Workspace w = Workspace.sqlite(dir.resolve("network.cadence")).open(NOW)) {
      Map<String, String> tiers = new java.util.TreeMap<>();
      w.contacts().forEach(c -> tiers.put(c.id(), c.tier().name()));
      return tiers;
    }
  }
}
