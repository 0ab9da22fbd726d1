package io.github.cadence.tracking;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.plan.Span;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Write down your goals, use a tracking mechanism." NOW is Monday 23 November 2026. */
class TrackerTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final Tracker TRACKER = Tracker.of(ZoneOffset.UTC);
  private final MutableNetwork network = new MutableNetwork();

  @Test
  void aClientBackInConversationAfterMonthsOfSilenceCountsAsReactivated() {
    network.add(contact("ken").roles(Role.CLIENT).build());
    network.add(contact("kim").roles(Role.CLIENT).build());
    network.add(contact("lou").build());
    network.record(conversation("ken", daysAgo(150), Channel.CALL));
    network.record(conversation("ken", daysAgo(20), Channel.CALL));
    network.record(conversation("kim", daysAgo(70), Channel.CALL));
    network.record(conversation("kim", daysAgo(20), Channel.CALL));
    network.record(conversation("lou", daysAgo(20), Channel.CALL));

    GoalProgress p = TRACKER.progress(Goal.reactivatedClients(10, Span.QUARTER), network, MONDAY);

    assertThat(p.achieved()).isEqualTo(1);
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(p.met()).isFalse();
    assertThat(p.describe())
        .isEqualTo("1 of 10 reactivated clients per quarter (2026-10-01 to 2026-12-31)");
  }

  @Test
  void eventsCountOncePerDayAndNameWhoeverWasMetThere() {
    network.add(contact("a").build());
    network.add(contact("b").build());
    network.record(event("a", NOW.plus(Duration.ofHours(1)), "BNI breakfast"));
    network.record(event("b", NOW.plus(Duration.ofHours(1)), "BNI breakfast"));
    network.record(event("b", NOW.plus(Duration.ofDays(2)), "Chamber mixer"));
    network.record(event("b", NOW.plus(Duration.ofDays(8)), "next week"));

    GoalProgress p = TRACKER.progress(Goal.events(2, Span.WEEK), network, MONDAY);

    assertThat(p.achieved()).isEqualTo(2);
    assertThat(p.met()).isTrue();
  }

  @Test
  void touchesCanBeCountedForOneRoleAndNewContactsByCreation() {
    network.add(contact("c").roles(Role.CLIENT).build());
    network.add(Contact.builder("n", NOW.plus(Duration.ofDays(1))).build());
    network.record(conversation("c", NOW.plus(Duration.ofHours(2)), Channel.CALL));
    network.record(conversation("n", NOW.plus(Duration.ofDays(1)), Channel.EMAIL));

    assertThat(
            TRACKER.progress(Goal.touches(Role.CLIENT, 5, Span.WEEK), network, MONDAY).achieved())
        .isEqualTo(1);
    assertThat(TRACKER.progress(Goal.touches(5, Span.WEEK), network, MONDAY).achieved())
        .isEqualTo(2);
    assertThat(TRACKER.progress(Goal.newContacts(1, Span.MONTH), network, MONDAY).achieved())
        .isEqualTo(1);
  }

  @Test
  void aMissedWeekBeforeThisOneEndsTheStreak() {
    network.add(contact("a").build());
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    // Three weeks ago and two weeks ago met, last week missed, this week in progress.
    PlanMemory memory =
        new PlanMemory(
            List.of(
                new PlanMemory.PlannedTouch("a", MONDAY.minusWeeks(3), Category.OTHER),
                new PlanMemory.PlannedTouch("a", MONDAY.minusWeeks(2), Category.OTHER),
                new PlanMemory.PlannedTouch("a", MONDAY.minusWeeks(1), Category.OTHER),
                new PlanMemory.PlannedTouch("a", MONDAY, Category.OTHER)));
    network.record(conversation("a", daysAgo(21), Channel.CALL));
    network.record(conversation("a", daysAgo(14), Channel.CALL));

    WeeklyReview missedLastWeek =
        TRACKER.review(network, engine.queue(network, NOW), memory, MONDAY, List.of());
    assertThat(missedLastWeek.streak()).isZero();

    network.record(conversation("a", daysAgo(7), Channel.CALL));
    WeeklyReview allMet =
        TRACKER.review(network, engine.queue(network, NOW), memory, MONDAY, List.of());
    assertThat(allMet.streak()).as("three weeks met; this one is in progress").isEqualTo(3);
  }

  @Test
  void theWeeklyReviewComparesPlannedWithDoneAndCountsTheStreak() {
    for (String id : List.of("a", "b", "c")) {
      network.add(contact(id).tier(Tier.A).build());
      network.record(conversation(id, daysAgo(30), Channel.EMAIL));
    }
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    Planner planner = Planner.of(PlanSettings.defaults());
    // last week: one contact planned and reached
    PlanMemory memory =
        new PlanMemory(
            List.of(new PlanMemory.PlannedTouch("a", MONDAY.minusWeeks(1), Category.OTHER)));
    network.record(conversation("a", daysAgo(6), Channel.CALL));
    // this week: the plan holds b and c; only b is reached
    Agenda week = planner.plan(engine.queue(network, NOW), MONDAY, 7, memory);
    memory = memory.remember(week);
    AgendaItem.Touch b =
        week.touches().stream().filter(i -> i.contact().id().equals("b")).findFirst().orElseThrow();
    planner.markDone(network, b, NOW.plus(Duration.ofHours(3)), Outcome.CONNECTED);

    WeeklyReview review =
        TRACKER.review(
            network,
            engine.queue(network, NOW.plus(Duration.ofDays(1))),
            memory,
            MONDAY.plusDays(3),
            List.of());

    assertThat(review.weekStart()).isEqualTo(MONDAY);
    assertThat(review.planned()).isEqualTo(2);
    assertThat(review.done()).isEqualTo(1);
    assertThat(review.missed()).containsExactly("c");
    assertThat(review.metThePlan()).isFalse();
    assertThat(review.streak()).as("this week is not done yet; last week was").isEqualTo(1);
    assertThat(review.overdueByTier()).containsEntry("A", 1);

    network.record(conversation("c", NOW.plus(Duration.ofDays(2)), Channel.CALL));
    WeeklyReview later =
        TRACKER.review(
            network,
            engine.queue(network, NOW.plus(Duration.ofDays(3))),
            memory,
            MONDAY,
            List.of(Goal.touches(2, Span.WEEK)));
    assertThat(later.metThePlan()).isTrue();
    assertThat(later.streak()).as("last week met its plan too").isEqualTo(2);
    assertThat(later.goals()).singleElement().satisfies(g -> assertThat(g.met()).isTrue());
  }

  @Test
  void theReportNamesWhoWasMissedAndLooksBackWeekByWeek() {
    network.add(contact("a").displayName("Ana").tier(Tier.A).build());
    network.add(contact("b").displayName("Ben").tier(Tier.B).build());
    network.record(conversation("a", daysAgo(30), Channel.EMAIL));
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    Planner planner = Planner.of(PlanSettings.defaults());
    // Two weeks ago: a planned and reached; last week: b planned, not reached; this week: both.
    PlanMemory memory =
        new PlanMemory(
            List.of(
                new PlanMemory.PlannedTouch("a", MONDAY.minusWeeks(2), Category.OTHER),
                new PlanMemory.PlannedTouch("b", MONDAY.minusWeeks(1), Category.OTHER),
                new PlanMemory.PlannedTouch("a", MONDAY, Category.OTHER),
                new PlanMemory.PlannedTouch("b", MONDAY.plusDays(1), Category.OTHER),
                new PlanMemory.PlannedTouch("gone", MONDAY.plusDays(1), Category.OTHER)));
    network.record(conversation("a", daysAgo(13), Channel.CALL));
    network.record(conversation("a", NOW.plus(Duration.ofHours(1)), Channel.CALL));
    Instant thursday = NOW.plus(Duration.ofDays(3));
    var queue = engine.queue(network, thursday);
    Forecast forecast = Forecast.compare(engine, planner, network, MONDAY.plusDays(3), 3, 1);

    WeeklyReport report =
        TRACKER.report(network, queue, memory, List.of(Goal.touches(1, Span.WEEK)), 4, forecast);

    assertThat(report.asOf()).isEqualTo(thursday);
    assertThat(report.week())
        .isEqualTo(
            TRACKER.review(
                network, queue, memory, MONDAY.plusDays(3), List.of(Goal.touches(1, Span.WEEK))));
    assertThat(report.missed())
        .as("names, and the id of a contact removed since")
        .containsExactly("Ben", "gone");
    assertThat(report.weeks())
        .extracting(
            WeeklyReport.PastWeek::start,
            WeeklyReport.PastWeek::planned,
            WeeklyReport.PastWeek::done,
            WeeklyReport.PastWeek::metThePlan)
        .containsExactly(
            tuple(MONDAY.minusWeeks(3), 0, 0, false),
            tuple(MONDAY.minusWeeks(2), 1, 1, true),
            tuple(MONDAY.minusWeeks(1), 1, 0, false),
            tuple(MONDAY, 3, 1, false));
    assertThat(report.forecast()).isSameAs(forecast);
    assertThat(report.tiers()).containsExactly("A", "B");
    assertThat(TRACKER.report(network, queue, memory, List.of(), 1, forecast).weeks()).hasSize(1);
    assertThat(report)
        .isEqualTo(
            TRACKER.report(
                network, queue, memory, List.of(Goal.touches(1, Span.WEEK)), 4, forecast))
        .hasSameHashCodeAs(
            TRACKER.report(
                network, queue, memory, List.of(Goal.touches(1, Span.WEEK)), 4, forecast));
    assertThat(report.toString())
        .startsWith("WeeklyReport[asOf=" + thursday + ", week=WeeklyReview[");
    assertThat(report.weeks().get(1)).hasToString("PastWeek[start=2026-11-09, planned=1, done=1]");
    assertThat(report)
        .isNotEqualTo(TRACKER.report(network, queue, memory, List.of(), 4, forecast))
        .isNotEqualTo(
            TRACKER.report(
                network, queue, memory, List.of(Goal.touches(1, Span.WEEK)), 3, forecast))
        .isNotEqualTo(
            TRACKER.report(
                network,
                queue,
                memory,
                List.of(Goal.touches(1, Span.WEEK)),
                4,
                Forecast.compare(engine, planner, network, MONDAY.plusDays(3), 2, 1)))
        .isNotEqualTo(
            TRACKER.report(
                network,
                engine.queue(network, thursday.plusSeconds(1)),
                memory,
                List.of(Goal.touches(1, Span.WEEK)),
                4,
                forecast));
    assertThat(report.hashCode())
        .isNotEqualTo(TRACKER.report(network, queue, memory, List.of(), 4, forecast).hashCode());
    assertThat(TRACKER.report(network, queue, memory, List.of(), 104, forecast).weeks())
        .hasSize(104);
    WeeklyReport.PastWeek week = new WeeklyReport.PastWeek(MONDAY, 1, 1);
    assertThat(week.hashCode()).isNotEqualTo(new WeeklyReport.PastWeek(MONDAY, 1, 0).hashCode());
    assertThat(week)
        .isEqualTo(new WeeklyReport.PastWeek(MONDAY, 1, 1))
        .hasSameHashCodeAs(new WeeklyReport.PastWeek(MONDAY, 1, 1))
        .isNotEqualTo(new WeeklyReport.PastWeek(MONDAY, 1, 0))
        .isNotEqualTo(new WeeklyReport.PastWeek(MONDAY, 2, 1))
        .isNotEqualTo(new WeeklyReport.PastWeek(MONDAY.plusWeeks(1), 1, 1));
    assertThatThrownBy(() -> new WeeklyReport.PastWeek(MONDAY, 1, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("done must be between 0 and planned (1), was 2");
    assertThatThrownBy(() -> new WeeklyReport.PastWeek(MONDAY, 1, -1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                new WeeklyReport(
                    thursday,
                    report.week(),
                    List.of(),
                    List.of(new WeeklyReport.PastWeek(MONDAY.minusWeeks(1), 0, 0)),
                    forecast,
                    List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the last of the weeks must be the week reviewed");
    for (int bad : new int[] {0, 105}) {
      assertThatThrownBy(() -> TRACKER.report(network, queue, memory, List.of(), bad, forecast))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("pastWeeks must be between 1 and 104, was " + bad);
    }
  }

  @Test
  void aContactStillToMapIsNotOverdue() {
    network.add(contact("due").tier(Tier.B).build());
    network.add(contact("new").status(ContactStatus.unmapped()).build());
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    var queue = engine.queue(network, NOW);
    assertThat(queue.entryFor("new").orElseThrow())
        .satisfies(e -> assertThat(Category.of(e)).isEqualTo(Category.INTAKE))
        .satisfies(e -> assertThat(e.isDueAt(NOW)).isTrue());

    WeeklyReview review = TRACKER.review(network, queue, PlanMemory.empty(), MONDAY, List.of());

    assertThat(review.overdueByTier()).containsExactly(Map.entry("B", 1));
    Forecast forecast =
        Forecast.compare(engine, Planner.of(PlanSettings.defaults()), network, MONDAY, 1, 0);
    assertThat(forecast.stopped().get(0).overdueByTier()).containsEntry("B", 1);
    assertThat(forecast.stopped().get(0).overdueByTier().getOrDefault("C", 0)).isZero();
  }

  @Test
  void badGoalsAreRejected() {
    assertThatThrownBy(() -> Goal.events(0, Span.WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target of goal '0 events per week' must be positive, was 0");
    assertThatThrownBy(() -> new Goal("x", Goal.Kind.EVENTS, 1, Span.WEEK, Role.CLIENT))
        .hasMessage("only a TOUCHES goal has a role, was EVENTS with role CLIENT");
    assertThatThrownBy(() -> new Goal(" ", Goal.Kind.EVENTS, 1, Span.WEEK, null))
        .hasMessage("name must not be blank, was ' '");
  }

  @Test
  void reviewsAndMemoriesNameTheValuesTheyRefuse() {
    // A review is made by the tracker: a bad one is the library's own bug, an invariant failure.
    assertThatThrownBy(() -> new WeeklyReview(MONDAY, 2, 3, List.of(), 0, Map.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("done must be between 0 and planned (2), was 3");
    assertThatThrownBy(() -> PlanMemory.empty().plannedBetween(MONDAY, MONDAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toExclusive must not be before from (2026-11-23), was 2026-11-22");
  }

  @Test
  void theReviewMeasuresAMonthlyGoalInTheMonthOfTheDayAsGoalsDo() {
    // The week of Monday 30 November, reviewed on Sunday 6 December: December's goal.
    LocalDate sunday = LocalDate.of(2026, 12, 6);
    network.add(Contact.builder("nov", Instant.parse("2026-11-30T10:00:00Z")).build());
    network.add(Contact.builder("dec", Instant.parse("2026-12-02T10:00:00Z")).build());
    Goal goal = Goal.newContacts(1, Span.MONTH);
    Instant asOf = Instant.parse("2026-12-06T12:00:00Z");

    WeeklyReview review =
        TRACKER.review(
            network,
            CadenceEngine.of(BuiltInRules.defaults()).queue(network, asOf),
            PlanMemory.empty(),
            sunday,
            List.of(goal));

    assertThat(review.weekStart()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(review.goals()).singleElement().isEqualTo(TRACKER.progress(goal, network, sunday));
    assertThat(review.goals().get(0).from()).isEqualTo(LocalDate.of(2026, 12, 1));
  }
}
