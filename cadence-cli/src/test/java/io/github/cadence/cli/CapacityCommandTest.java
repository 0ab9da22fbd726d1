package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "An A tier of 40 people on 30 minutes a day": what capacity says, and what --apply moves. */
class CapacityCommandTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(
        NOW,
        Map.of(
            "CADENCE_WORKSPACE", dir.toString(),
            "XDG_CONFIG_HOME", dir.resolve("config").toString()),
        args);
  }

  @Test
  void anATierOfFortyIsShownPastItsLayerAndTheLeastEngagedMoveDownFirst() {
    assertThat(cadence("init").status()).isZero();
    try (Workspace w = Workspace.sqlite(dir.resolve("network.cadence")).open(NOW)) {
      for (int i = 0; i < 40; i++) {
        Contact.Builder b =
            Contact.builder(String.format("a%02d", i), NOW).displayName("Person " + i).tier(Tier.A);
        if (i < 15) {
          b.roles(Role.CLIENT);
        }
        w.add(b.build());
      }
    }

    Runs shown = cadence("capacity");

    assertThat(shown.status()).isZero();
    assertThat(shown.out())
        .startsWith("Your tiers need about 200 minutes a week; an ordinary week has 150.")
        .containsPattern("A +40 +every 2 weeks +200 +15 \\(past it: 40 up to this tier\\)")
        .contains(
            "! the tiers' cadences need about 200 minutes a week; an ordinary week has 150",
            "! the A tier has 40 people, more than the about 15 a person keeps close",
            "Move down first (the least engaged), 25 contacts:",
            "Person 15  A -> B  no conversation in the past year (-1)",
            "These moves bring the need to about 133 minutes a week.",
            "Nothing changed: 'cadence capacity --apply' moves them.")
        .doesNotContain("Person 14 ");
    assertThat(cadence("week").out())
        .contains("! capacity: the A tier has 40 people")
        .contains("'cadence capacity' shows whom to move down a tier first.");

    Runs applied = cadence("capacity", "--apply");

    assertThat(applied.out()).endsWith("Moved 25 contacts down a tier.\n");
    try (Workspace w = Workspace.sqlite(dir.resolve("network.cadence")).open(NOW)) {
      assertThat(w.contacts().stream().filter(c -> c.tier().name().equals("A")))
          .hasSize(15)
          .allSatisfy(c -> assertThat(c.hasRole(Role.CLIENT)).isTrue());
    }
    assertThat(cadence("capacity").out())
        .contains("Your tiers fit the time you have.")
        .doesNotContain("Move down");
  }

  @Test
  void aCloseTierWithinItsLayerKeepsItsPeopleAndTheOuterTierPastItsLayerGivesFirst() {
    assertThat(cadence("init").status()).isZero();
    try (Workspace w = Workspace.sqlite(dir.resolve("network.cadence")).open(NOW)) {
      for (int i = 0; i < 10; i++) {
        w.add(
            Contact.builder(String.format("a%02d", i), NOW)
                .tier(Tier.A)
                .roles(Role.CLIENT)
                .build());
      }
      for (int i = 0; i < 60; i++) {
        w.add(Contact.builder(String.format("b%02d", i), NOW).tier(Tier.B).build());
      }
    }

    Runs shown = cadence("capacity");

    assertThat(shown.out())
        .contains("! tiers A and B have 70 people, more than the about 50 friends a person keeps")
        .contains("B -> C")
        .doesNotContain("A -> B")
        .containsPattern("Move down first \\(the least engaged\\), 2[0-9] contacts:");
  }
}
