package io.github.cadence.io;

import static io.github.cadence.io.ExportTest.validate;
import static io.github.cadence.io.Fixtures.BERLIN;
import static io.github.cadence.io.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.plan.Span;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.tracking.Goal;
import io.github.cadence.tracking.Tracker;
import io.github.cadence.tracking.WeeklyReport;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The weekly review of a small network whose plan was made on Tuesday and not kept by Thursday, one
 * of its contacts named to break a page, written as JSON and as a page.
 */
class ReviewExportTest {
  static final String HOSTILE = "<img src=x onerror=alert(1)> & \"Ruth\" \u05E8\u05D5\u05EA";
  static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  static final Planner PLANNER =
      Planner.of(PlanSettings.builder().zone(BERLIN).dailyMinutes(30).build());
  static final Instant THURSDAY = NOW.plus(Duration.ofDays(2));
  static MutableNetwork network;
  static FollowUpQueue queue;
  static PlanMemory memory;
  static Forecast forecast;
  static WeeklyReport report;

  @BeforeAll
  static void reviewAWeekNotKept() {
    network = new MutableNetwork();
    network.add(
        Contact.builder("mallory", NOW.minus(Duration.ofDays(400)))
            .displayName(HOSTILE)
            .tier(Tier.A)
            .build());
    network.add(Contact.builder("ana", NOW.minus(Duration.ofDays(300))).displayName("Ana").build());
    LocalDate tuesday = NOW.atZone(BERLIN).toLocalDate();
    memory = PlanMemory.empty().remember(PLANNER.plan(ENGINE.queue(network, NOW), tuesday, 7));
    queue = ENGINE.queue(network, THURSDAY);
    forecast =
        Forecast.compare(ENGINE, PLANNER, network, THURSDAY.atZone(BERLIN).toLocalDate(), 4, 2);
    report =
        Tracker.of(BERLIN)
            .report(
                network,
                queue,
                memory,
                List.of(Goal.touches(3, Span.WEEK), Goal.newContacts(1, Span.MONTH)),
                3,
                forecast);
  }

  @Test
  void theReportHoldsTheWeekThePastWeeksTheNamesMissedAndEveryTier() {
    assertThat(report.asOf()).isEqualTo(THURSDAY);
    assertThat(report.week().planned()).isPositive();
    assertThat(report.week().done()).isZero();
    assertThat(report.missed()).contains(HOSTILE).hasSize(report.week().planned());
    assertThat(report.weeks()).hasSize(3);
    assertThat(report.weeks().get(2).start()).isEqualTo(report.week().weekStart());
    assertThat(report.weeks().get(2).planned()).isEqualTo(report.week().planned());
    assertThat(report.weeks().get(0).metThePlan()).isFalse();
    assertThat(report.tiers()).containsExactly("A", "C");
    assertThat(report.forecast()).isEqualTo(forecast);
    assertThatThrownBy(
            () -> Tracker.of(BERLIN).report(network, queue, memory, List.of(), 105, forecast))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pastWeeks must be between 1 and 104, was 105");
  }

  @Test
  void theReviewAsJsonValidatesAgainstItsShippedSchema() {
    StringWriter out = new StringWriter();
    ReviewExport.json(report, out);

    assertThat(validate(ReviewExport.SCHEMA, out.toString())).isEmpty();
    assertThat(out.toString())
        .contains("\"format\" : \"cadence-review\"", "\"stoppedWeeks\" : 2")
        .contains("\"<img src=x onerror=alert(1)> & \\\"Ruth\\\" \u05E8\u05D5\u05EA\"");
  }

  @Test
  void aDocumentThatBreaksTheSchemaIsCaughtByIt() {
    StringWriter out = new StringWriter();
    ReviewExport.json(report, out);

    assertThat(validate(ReviewExport.SCHEMA, out.toString().replace("\"streak\"", "\"streek\"")))
        .isNotEmpty();
  }

  @Test
  void theGoalsAloneAreWrittenAsTheReviewWritesThem() {
    StringWriter goals = new StringWriter();
    ReviewExport.goalsJson(report.week().goals(), goals);
    StringWriter review = new StringWriter();
    ReviewExport.json(report, review);

    String written = goals.toString().strip();
    assertThat(written).startsWith("[").endsWith("]");
    String items = written.substring(1, written.length() - 1).strip();
    assertThat(items).isNotEmpty();
    assertThat(review.toString().replaceAll("\\s+", ""))
        .contains("\"goals\":[" + items.replaceAll("\\s+", "") + "]");
  }

  @Test
  void thePageShowsEveryNameAsTextAndFetchesNothing() {
    StringWriter out = new StringWriter();
    ReviewExport.html(report, out);
    String page = out.toString();

    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<bdi>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Ruth&quot; \u05E8\u05D5\u05EA</bdi>");
    assertThat(page)
        .doesNotContain("<img", "<script", "<link", "url(")
        .doesNotContainPattern("<[^>]* (src|href)=");
    assertThat(page).contains("Weekly review, week of " + report.week().weekStart());
  }
}
