package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the network by hand: contacts and the touches with them. */
class ContactAndLogTest {
  // Wednesday, 2 December 2026, 10:00 in New York.
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  @TempDir Path dir;

  Runs cadence(String... args) {
    return Runs.cadence(NOW, Map.of("CADENCE_WORKSPACE", dir.toString()), args);
  }

  Workspace workspace() {
    return Workspace.sqlite(dir.resolve("network.cadence")).open(NOW);
  }

  @Test
  void whenReadsTheWaysPeopleSayIt() {
    assertThat(SpokenTime.instant("now", NOW, NEW_YORK)).isEqualTo(NOW);
    assertThat(SpokenTime.instant("yesterday", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
    assertThat(SpokenTime.instant("today 14:00", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-12-02T19:00:00Z"));
    assertThat(SpokenTime.instant("last friday 9:30", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
    assertThat(SpokenTime.instant("2026-11-20", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
    assertThat(SpokenTime.instant("2026-11-20T14:00", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-20T19:00:00Z"));
    assertThat(SpokenTime.instant("2026-11-20T13:00:00Z", NOW, NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-20T13:00:00Z"));
    assertThat(SpokenTime.day("next-week", NOW, NEW_YORK, "next-week"))
        .isEqualTo(LocalDate.of(2026, 12, 7));
    // On a Sunday, "next week" is the Monday after tomorrow's, as a person means it.
    Instant sunday = Instant.parse("2026-12-06T15:00:00Z");
    assertThat(SpokenTime.day("next-week", sunday, NEW_YORK, "next-week"))
        .isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(SpokenTime.day("fri", NOW, NEW_YORK, "fri")).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThatThrownBy(() -> SpokenTime.instant("the day after", NOW, NEW_YORK))
        .hasMessageStartingWith("'the day after' is not a time Cadence reads; say now, today");
    assertThatThrownBy(() -> SpokenTime.instant("today 25:00", NOW, NEW_YORK))
        .hasMessageStartingWith("'today 25:00' is not a time");
  }

  @Test
  void contactsAreAddedChangedPausedArchivedListedAndShown() {
    cadence("init");

    assertThat(
            cadence(
                    "contact",
                    "add",
                    "Ana López",
                    "--tier",
                    "A",
                    "--email",
                    "ana@example.com",
                    "--role",
                    "client",
                    "--met",
                    "yesterday",
                    "--where",
                    "BNI breakfast")
                .out())
        .isEqualTo("Added Ana López (ana-lopez)\n");
    assertThat(cadence("contact", "add", "Ana Lima").out())
        .isEqualTo("Added Ana Lima (ana-lima)\n");
    assertThat(cadence("contact", "edit", "lópez", "--org", "Acme").out())
        .isEqualTo("Changed Ana López (ana-lopez)\n");
    assertThat(cadence("contact", "pause", "ana-lima", "--until", "next-week").status()).isZero();

    try (Workspace w = workspace()) {
      assertThat(w.contact("ana-lopez").orElseThrow().organization()).contains("Acme");
      assertThat(w.contact("ana-lima").orElseThrow().status())
          .isEqualTo(ContactStatus.pausedUntil(LocalDate.of(2026, 12, 7)));
    }
    assertThat(cadence("contact", "list").out())
        .contains(
            "ana-lopez  Ana López  A   active",
            "ana-lima   Ana Lima   C   paused until 2026-12-07",
            "2 contacts");
    assertThat(cadence("contact", "show", "ana-lopez").out())
        .contains(
            "Ana López (ana-lopez), tier A, active",
            "works at   Acme",
            "email      ana@example.com",
            "met        2026-12-01 at BNI breakfast",
            "history    0 touches, 0 gives and 0 asks, 0 unanswered in a row");
    cadence("log", "ana-lopez", "--channel", "call", "--intent", "give", "--when", "yesterday");
    assertThat(cadence("contact", "show", "ana-lopez").out())
        .contains("history    1 touch, 1 give and 0 asks, 0 unanswered in a row");

    Runs ambiguous = cadence("contact", "archive", "ana");
    assertThat(ambiguous.status()).isEqualTo(2);
    assertThat(ambiguous.err())
        .isEqualTo(
            "cadence: 'ana' could be ana-lima (Ana Lima), ana-lopez (Ana López); give more of the"
                + " name, or the id\n");
    assertThat(cadence("contact", "add", "Bo", "--tier", "Z").err())
        .contains("--tier 'Z' is not a tier of this workspace; the tiers are A, B, C");
  }

  @Test
  void aTouchIsLoggedWithAContactNamedByThePrefixOfTheirName() {
    cadence("init");
    cadence("contact", "add", "Ken O'Hara");

    Runs run =
        cadence(
            "log",
            "ken",
            "--channel",
            "email",
            "--outcome",
            "no-response",
            "--when",
            "yesterday 16:00");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Logged email with Ken O'Hara (ken-ohara), 2026-12-01 16:00\n");
    try (Workspace w = workspace()) {
      Touchpoint t = w.touchpoints("ken-ohara").get(0);
      assertThat(t.channel()).isEqualTo(Channel.EMAIL);
      assertThat(t.outcome()).isEqualTo(Outcome.NO_RESPONSE);
      assertThat(t.at()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }
    assertThat(cadence("log", "ken", "--when", "tomorrow").err())
        .contains("--when 'tomorrow' is in the future; log what happened");
    assertThat(cadence("log", "zed").err())
        .contains("no contact has the id or a name starting with 'zed'");
  }

  @Test
  void aPlannedTouchIsMarkedDoneSkippedOrSnoozed() {
    cadence("init");
    cadence("contact", "add", "Ana López", "--met", "yesterday");
    cadence("contact", "add", "Bo Berg", "--met", "yesterday");

    assertThat(cadence("week").out()).contains("Ana López", "Bo Berg");
    Runs done = cadence("done", "ana");
    assertThat(done.status()).as(done.err()).isZero();
    assertThat(done.out()).isEqualTo("Done: email with Ana López (ana-lopez)\n");
    try (Workspace w = workspace()) {
      assertThat(w.touchpoints("ana-lopez")).hasSize(1);
    }
    assertThat(cadence("snooze", "bo", "next-week").out())
        .isEqualTo("Snoozed Bo Berg (bo-berg) until Mon Dec 7\n");
    assertThat(cadence("week").out()).contains("Mon Dec 7  5 of 30 min\n    email    Bo Berg");
    assertThat(cadence("snooze", "bo", "2027-01-10").out())
        .isEqualTo("Snoozed Bo Berg (bo-berg) until Sun Jan 10, 2027\n");
    assertThat(cadence("week").out())
        .doesNotContain("email    Bo Berg")
        .contains("Bo Berg                snoozed: snoozed until 2027-01-10");
    assertThat(cadence("done", "bo").err()).contains("Bo Berg is not in this week's plan");
    assertThat(cadence("snooze", "bo", "yesterday").err()).contains("that day is not after today");
    assertThat(cadence("skip", "ana").out())
        .isEqualTo("Skipped Ana López (ana-lopez) on Wed Dec 2\n");
  }

  @Test
  void completionScriptsKnowTheCommands() {
    Runs bash = cadence("completion", "bash");
    assertThat(bash.status()).isZero();
    assertThat(bash.out()).contains("complete -F", "demo", "import", "snooze");
    assertThat(cadence("completion", "zsh").out()).startsWith("autoload -U +X compinit");
  }

  @Test
  void occasionsAreGivenInWordsShownWithTheirNextDayAndChangedOrForgotten() {
    cadence("init");

    Runs add =
        cadence(
            "contact",
            "add",
            "Karl Berg",
            "--tier",
            "C",
            "--occasion",
            "Father's Day: third sunday of june",
            "--occasion",
            "birthday: 1980-02-29",
            "--note",
            "Two daughters; call after 6pm");

    assertThat(add.status()).isZero();
    assertThat(cadence("contact", "show", "karl").out())
        .contains("occasion   Father's Day: third Sunday of June (next Sun Jun 20, 2027)")
        .contains("occasion   birthday: February 29 since 1980 (next Sun Feb 28, 2027)")
        .contains("note       Two daughters; call after 6pm");

    Runs edit =
        cadence(
            "contact",
            "edit",
            "karl",
            "--occasion",
            "birthday: March 1 since 1980",
            "--forget-occasion",
            "father's day");
    assertThat(edit.status()).isZero();
    assertThat(cadence("contact", "show", "karl").out())
        .contains("occasion   birthday: March 1 since 1980")
        .doesNotContain("Father's Day")
        .containsOnlyOnce("occasion");

    Runs bad = cadence("contact", "edit", "karl", "--occasion", "party: next full moon");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err())
        .contains("--occasion 'party: next full moon': 'next full moon' is not a date such as");
    Runs unnamed = cadence("contact", "edit", "karl", "--occasion", "Thanksgiving");
    assertThat(unnamed.status()).isEqualTo(2);
    assertThat(unnamed.err())
        .contains("--occasion 'Thanksgiving': no date, and config.yaml's occasions: has no");
  }

  @Test
  void aBroadcastAnIntroductionAndAReferralAreLoggedAsPeopleSayThem() {
    cadence("init");
    cadence("contact", "add", "María Núñez", "--tier", "B", "--id", "maria");
    cadence("contact", "add", "Ken O'Hara", "--tier", "C", "--id", "ken");
    cadence("contact", "add", "Carla Diaz", "--tier", "C", "--id", "carla", "--tag", "customers");

    Runs sent = cadence("log", "--broadcast", "December newsletter", "--to", "tier:C");
    assertThat(sent.status()).isZero();
    assertThat(sent.out())
        .isEqualTo("Logged email 'December newsletter' to 2 contacts (tier:C), 2026-12-02\n");
    assertThat(cadence("log", "--broadcast", "December newsletter", "--to", "tier:C").out())
        .endsWith("; 2 had it already\n");
    Runs post =
        cadence(
            "log", "--broadcast", "launch post", "--channel", "social", "--to", "tag:customers");
    assertThat(post.out()).startsWith("Logged social 'launch post' to 1 contact (tag:customers)");

    Runs intro = cadence("log", "--intro", "maria", "ken", "--when", "today 10:00");
    assertThat(intro.out())
        .startsWith("Logged introduction of María Núñez (maria) and Ken O'Hara (ken), 2026-12-02");
    Runs referral = cadence("log", "--referral-from", "ken", "--note", "referred Lena from Acme");
    assertThat(referral.out()).startsWith("Logged referral from Ken O'Hara (ken)");

    try (Workspace w = workspace()) {
      assertThat(w.history("ken").lastBroadcast()).isPresent();
      assertThat(w.history("ken").gives()).as("the introduction").isEqualTo(1);
      assertThat(w.history("ken").givesReceived()).as("the referral").isEqualTo(1);
      assertThat(w.history("maria").gives()).isEqualTo(1);
      assertThat(w.history("carla").lastOutbound()).as("a broadcast is not reaching out").isEmpty();
    }
    assertThat(cadence("today").out())
        .contains("Ken O'Hara gave you a referral or an introduction");
    assertThat(cadence("contact", "show", "ken").out()).contains("; 1 give from them");

    Runs none = cadence("log");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("say whom: a CONTACT, --broadcast NAME --to SEGMENT");
    assertThat(cadence("log", "maria", "--intro", "ken", "carla").err())
        .contains("one touch at a time");
    assertThat(cadence("log", "--broadcast", "x").err()).contains("say who it went to with --to");
    assertThat(cadence("log", "--broadcast", "x", "--to", "planet:mars").err())
        .contains("--to 'planet:mars' is not a segment");
    assertThat(cadence("log", "--broadcast", "x", "--to", "tier:Z").err())
        .contains("--to tier:Z: no tier 'Z'");
    assertThat(cadence("log", "--intro", "ken", "ken").err()).contains("name two people");
  }
}
