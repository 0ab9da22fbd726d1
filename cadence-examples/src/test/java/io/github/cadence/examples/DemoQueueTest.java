package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.FollowUpQueue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoQueueTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

  private int run(String... args) {
    return DemoQueue.run(
        args,
        CLOCK,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsTheRankedQueueWithItsReasons() {
    assertThat(run()).isZero();

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "Follow-up queue as of 2026-11-23 14:00 UTC: showing 11 of 11 contacts, 9 of them due now");
    assertThat(text).contains("Tom Becker", "first-follow-up: met at BNI breakfast 3 days ago");
    assertThat(text).contains("give-before-ask: 2 asks and 0 gives so far");
    assertThat(text).contains("status: paused until");
    assertThat(text).doesNotContain("Ben Carter");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theSameInstantGivesTheSameOutput() {
    run("--as-of", "2026-11-23T14:00:00Z");
    String first = out.toString(StandardCharsets.UTF_8);
    out.reset();
    run("--as-of", "2026-11-23T14:00:00Z");

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
  }

  @Test
  void aLimitShowsTheTopOfTheQueue() {
    assertThat(run("--limit", "3")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("showing 3 of 11 contacts")
        .contains(" 3. ")
        .doesNotContain(" 4. ");
  }

  @Test
  void badArgumentsSayWhatWasExpected() {
    assertThat(run("--as-of", "yesterday")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--as-of must be an ISO-8601 instant");
    err.reset();
    assertThat(run("--limit", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("limit must be positive, was 0");
    err.reset();
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown or incomplete argument '--frobnicate'");
  }

  @Test
  void theWeekViewPrintsTheAgendaWithinBudgetsAndTheForecast() {
    assertThat(run("week", "--as-of", "2026-11-23T14:00:00Z")).isZero();

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("Agenda for the week of Mon Nov 23");
    assertThat(text).contains("Tue Nov 24  120 of 120 minutes", "event    BNI breakfast");
    // People just met and a birthday come before the rhythm items.
    assertThat(text)
        .containsSubsequence(
            "Mon Nov 23", "Tom Becker", "Grace Kim", "Lena Novak", "Ken Watanabe", "Tue Nov 24");
    assertThat(text).contains("Thu Nov 26  0 of 10 minutes  (busy)");
    assertThat(text).contains("Julia Weber", "paused: paused until 2026-12-03");
    assertThat(text).contains("Forecast: contacts overdue at the start of each week");
    assertThat(text).containsPattern("Nov 30 +0 +9");
  }

  @Test
  void theReadmeQuickStartRunsAndPutsTheFreshContactFirst() {
    FollowUpQueue queue = QuickStart.queue(Instant.parse("2026-11-23T09:00:00Z"));

    assertThat(queue.entries()).extracting(e -> e.contact().id()).containsExactly("tom", "maria");
  }
}
