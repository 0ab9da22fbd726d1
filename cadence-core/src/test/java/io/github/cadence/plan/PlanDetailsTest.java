package io.github.cadence.plan;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finer points of planning and tracking. NOW is Monday 23 November 2026. */
class PlanDetailsTest extends PlanningScenario {
  private static List<String> subjects(AgendaDay day) {
    return day.items().stream().map(AgendaItem::subject).toList();
  }

  @Test
  void eventsOfADayComeInNameOrderAndUseTheBudgetExactly() {
    overdue("ana", Tier.A, 20);
    PlanSettings s =
        PlanSettings.builder()
            .quotas()
            .event(new NetworkingEvent("b-lunch", MONDAY, 15))
            .event(new NetworkingEvent("a-breakfast", MONDAY, 15))
            .build();

    Agenda agenda = Planner.of(s).plan(queue(), MONDAY, 2);

    assertThat(subjects(agenda.days().get(0))).containsExactly("a-breakfast", "b-lunch");
    assertThat(agenda.days().get(0).plannedMinutes()).isEqualTo(30);
    assertThat(agenda.dayOf("ana")).contains(MONDAY.plusDays(1));
  }

  @Test
  void eventsCountTowardsTheirQuota() {
    PlanSettings s =
        PlanSettings.builder()
            .dailyMinutes(100)
            .quotas(Quota.monthly(Category.EVENT, 0, 1))
            .event(new NetworkingEvent("a", MONDAY, 20))
            .event(new NetworkingEvent("b", MONDAY, 20))
            .build();

    Agenda agenda = Planner.of(s).plan(queue(), MONDAY, 1);

    assertThat(agenda.items()).hasSize(1);
    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(
            d -> assertThat(d.explanation()).isEqualTo("quota reached: at most 1 event per month"));
  }

  @Test
  void anItemThatFillsTheDayExactlyIsPlanned() {
    overdue("ana", Tier.A, 20);
    PlanSettings s = PlanSettings.builder().dailyMinutes(5).quotas().build();

    assertThat(Planner.of(s).plan(queue(), MONDAY, 1).dayOf("ana")).contains(MONDAY);
  }

  @Test
  void itemsPlannedEarlierInTheWeekAndDoneCountTowardsItsMaximum() {
    overdue("ana", Tier.A, 20);
    overdue("carl", Tier.A, 21);
    network.add(contact("done").tier(Tier.A).build());
    network.record(conversation("done", daysAgo(1), Channel.CALL));
    PlanSettings s = PlanSettings.builder().quotas(Quota.atMostWeekly(Category.OTHER, 2)).build();
    PlanMemory memory =
        new PlanMemory(
            List.of(
                new PlanMemory.PlannedTouch("done", MONDAY.minusDays(1), Category.OTHER),
                new PlanMemory.PlannedTouch("done", MONDAY, Category.OTHER),
                new PlanMemory.PlannedTouch("ana", MONDAY, Category.OTHER)));

    Agenda wednesday = Planner.of(s).plan(queue(), MONDAY.plusDays(2), 5, memory);

    assertThat(wednesday.dayOf("ana"))
        .as("missed on Monday: carried over, and not counted as done")
        .contains(MONDAY.plusDays(2));
    assertThat(wednesday.dayOf("carl")).isEmpty();
    assertThat(wednesday.deferred())
        .singleElement()
        .satisfies(d -> assertThat(d.why()).isEqualTo(Deferral.Why.QUOTA_REACHED));
  }

  @Test
  void missedItemsComeBackOldestFirst() {
    overdue("ana", Tier.C, 100);
    overdue("bob", Tier.C, 101);
    overdue("cy", Tier.A, 60);
    PlanMemory memory =
        new PlanMemory(
            List.of(
                new PlanMemory.PlannedTouch("bob", MONDAY.minusDays(3), Category.OTHER),
                new PlanMemory.PlannedTouch("ana", MONDAY.minusDays(5), Category.OTHER)));

    Agenda agenda =
        Planner.of(PlanSettings.builder().quotas().build()).plan(queue(), MONDAY, 1, memory);

    assertThat(subjects(agenda.days().get(0))).containsExactly("ana", "bob", "cy");
    assertThat(agenda.touches().get(0).carriedOverFrom()).contains(MONDAY.minusDays(5));
  }

  @Test
  void minimumsArePacedByRoundingUpWhatIsMissingOverTheDaysLeft() {
    for (int i = 0; i < 8; i++) {
      network.add(contact("c" + i).tier(Tier.B).roles(Role.CLIENT).build());
      network.record(conversation("c" + i, daysAgo(35), Channel.CALL));
    }
    for (int i = 0; i < 5; i++) {
      overdue("a" + i, Tier.A, 30);
    }
    PlanSettings s = PlanSettings.builder().quotas(Quota.atLeastWeekly(Category.CLIENT, 6)).build();

    Agenda agenda = Planner.of(s).plan(queue(), MONDAY, 1);

    assertThat(agenda.days().get(0).items().stream().filter(i -> i.category() == Category.CLIENT))
        .as("6 missing over the 5 business days left: 2 today")
        .hasSize(2);
  }

  @Test
  void minimumsThatExactlyFitRaiseNoWarningAndMetMinimumsNone() {
    for (int i = 0; i < 8; i++) {
      overdue("c" + i, Tier.B, 70, Role.CLIENT);
    }
    PlanSettings exact =
        PlanSettings.builder()
            .dailyMinutes(10)
            .quotas(Quota.atLeastWeekly(Category.CLIENT, 5))
            .build();
    PlanSettings tight =
        PlanSettings.builder()
            .dailyMinutes(9)
            .quotas(Quota.atLeastWeekly(Category.CLIENT, 5))
            .build();
    PlanSettings zero =
        PlanSettings.builder().quotas(Quota.atLeast(Category.CLIENT, Span.WEEK, 0)).build();

    assertThat(Planner.of(exact).plan(queue(), MONDAY, 7).warnings()).isEmpty();
    assertThat(Planner.of(tight).plan(queue(), MONDAY, 7).warnings()).hasSize(2);
    assertThat(Planner.of(zero).plan(queue(), MONDAY, 7).warnings()).isEmpty();
  }

  @Test
  void anUnmetMonthlyMinimumIsReportedPerMonth() {
    PlanSettings s = PlanSettings.builder().quotas(Quota.monthly(Category.EVENT, 1, 2)).build();

    Agenda agenda = Planner.of(s).plan(queue(), MONDAY, 14);

    assertThat(agenda.warnings())
        .containsExactly(
            "month of 2026-11-01: 0 of at least 1 event planned",
            "month of 2026-12-01: 0 of at least 1 event planned");
  }

  @Test
  void anOccasionIsItsOwnCategory() {
    network.add(
        contact("lena").tier(Tier.C).occasions(Occasion.birthday(MonthDay.of(11, 24))).build());
    network.record(conversation("lena", daysAgo(5), Channel.EMAIL));

    assertThat(Category.of(queue().first().orElseThrow())).isEqualTo(Category.OCCASION);
  }

  @Test
  void aUsersRuleJoinsACategoryByThePurposeOfItsSuggestionsNotByItsId() {
    network.add(contact("kim").tier(Tier.C).build());
    network.record(conversation("kim", daysAgo(5), Channel.EMAIL));

    assertThat(Category.of(kimUnder("company-anniversary", Purpose.OCCASION)))
        .isEqualTo(Category.OCCASION);
    assertThat(Category.of(kimUnder("occasion-alike", Purpose.OTHER))).isEqualTo(Category.OTHER);
  }

  /** Kim's entry under the built-in rules and a rule that asks, first of all, to call her now. */
  private QueueEntry kimUnder(String ruleId, Purpose purpose) {
    Rule rule =
        Rule.of(
            ruleId,
            (contact, history, asOf) ->
                Evaluation.of(
                    Suggestion.followUp(NOW, "a date to mark")
                        .as(purpose)
                        .withPriority(1000, 1000)));
    return CadenceEngine.of(BuiltInRules.defaults().toBuilder().add(rule).build())
        .queue(network, NOW)
        .entryFor("kim")
        .orElseThrow();
  }

  @Test
  void aFullYearIsTheLongestHorizonAndMarkingDoneReturnsTheTouchpoint() {
    overdue("ana", Tier.A, 20);
    Planner planner = Planner.of(PlanSettings.defaults());

    Agenda year = planner.plan(queue(), MONDAY, Planner.MAX_DAYS);
    Touchpoint t = planner.markDone(network, year.touches().get(0), NOW, Outcome.REPLIED);

    assertThat(year.days()).hasSize(366);
    assertThat(t.contactId()).isEqualTo("ana");
    assertThat(t.outcome()).isEqualTo(Outcome.REPLIED);
    assertThat(planner.settings()).isEqualTo(PlanSettings.defaults());
  }

  @Test
  void settingsCanBeCopiedAndChanged() {
    PlanSettings busy =
        PlanSettings.builder().busy(new BusyPeriod(MONDAY, MONDAY.plusDays(1), 10)).build();
    PlanSettings copy = busy.toBuilder().dailyMinutes(45).channelMinutes(Channel.CALL, 15).build();

    assertThat(copy.busy()).isEqualTo(busy.busy());
    assertThat(copy.quotas()).isEqualTo(busy.quotas());
    assertThat(copy.minutes(Channel.CALL)).isEqualTo(15);
    assertThat(copy.budget(MONDAY.plusDays(2))).isEqualTo(45);
    assertThat(busy.isBusy(MONDAY.plusDays(1))).isTrue();
    assertThat(busy.isBusy(MONDAY.plusDays(2))).isFalse();
    assertThat(busy.isBusy(MONDAY.minusDays(1))).isFalse();
  }

  @Test
  void quotaBoundsAreChecked() {
    assertThatThrownBy(() -> Quota.atLeast(Category.CLIENT, Span.WEEK, -1))
        .hasMessage("min of client must be zero or more, was -1");
    assertThatThrownBy(() -> Quota.between(Category.CLIENT, Span.MONTH, 3, 2))
        .hasMessage("min of client must not exceed its max, was min 3, max 2");
    assertThatThrownBy(() -> Quota.atMostWeekly(Category.CLIENT, 0))
        .hasMessage("max of client must be at least 1, was 0");
    assertThat(Quota.weekly(Category.CLIENT, 5, 5).max()).hasValue(5);
    assertThat(Deferral.Why.QUOTA_REACHED.label()).isEqualTo("quota reached");
  }

  @Test
  void rememberingAPlanAgainReplacesItsDays() {
    overdue("ana", Tier.A, 20);
    overdue("bob", Tier.A, 21);
    Planner planner = Planner.of(PlanSettings.defaults());
    PlanMemory memory = PlanMemory.empty().remember(planner.plan(queue(), MONDAY, 2));

    Planner.snooze(network, "bob", MONDAY.plusDays(1));
    PlanMemory again = memory.remember(planner.plan(queue(), MONDAY, 2));

    assertThat(memory.planned())
        .extracting(PlanMemory.PlannedTouch::contactId)
        .containsExactly("ana", "bob");
    assertThat(again.planned())
        .extracting(p -> p.contactId() + "@" + p.date())
        .containsExactly("ana@2026-11-23", "bob@2026-11-24");
    assertThat(again.plannedBefore("bob", MONDAY.plusDays(2))).contains(MONDAY.plusDays(1));
    assertThat(again.plannedBefore("bob", MONDAY.plusDays(1))).isEmpty();
  }

  @Test
  void aClosingWindowOnADayOffComesTheWorkingDayBeforeButNotBeforeThePlan() {
    java.time.LocalDate friday = MONDAY.plusDays(4);
    PlanSettings s = PlanSettings.builder().weekday(java.time.DayOfWeek.THURSDAY, 0).build();
    io.github.cadence.model.Occasion onSunday =
        io.github.cadence.model.Occasion.of(
            io.github.cadence.model.Occasion.Kind.BIRTHDAY,
            "birthday",
            io.github.cadence.model.DateRule.yearly(
                java.time.MonthDay.from(MONDAY.plusDays(6).plusDays(3))));
    network.add(
        io.github.cadence.Fixtures.contact("sun")
            .tier(io.github.cadence.model.Tier.C)
            .occasions(onSunday)
            .build());
    network.record(
        io.github.cadence.Fixtures.conversation(
            "sun", io.github.cadence.Fixtures.daysAgo(5), io.github.cadence.model.Channel.CALL));

    Agenda agenda = Planner.of(s).plan(queue(), MONDAY, 7);

    assertThat(agenda.dayOf("sun")).as("Sunday's lead day, moved to Friday").contains(friday);
    AgendaItem item =
        agenda.touches().stream()
            .filter(t -> t.contact().id().equals("sun"))
            .findFirst()
            .orElseThrow();
    assertThat(item.reasons().get(0).text())
        .isEqualTo("planned the working day before: Sun Nov 29 is a day off (weekend)");
    assertThat(Planner.of(s).plan(queue(), MONDAY.plusDays(6), 1).dayOf("sun"))
        .as("planned from the Sunday itself: no day before it in the plan")
        .isEmpty();
    assertThat(s.budget(MONDAY.plusDays(3))).as("a Thursday with no time").isZero();
  }
}
