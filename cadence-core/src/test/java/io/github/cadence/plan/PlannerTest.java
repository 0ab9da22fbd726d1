package io.github.cadence.plan;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.Suggestion;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The planner in the seeds' situations. NOW is Monday 23 November 2026. */
class PlannerTest extends PlanningScenario {
  private static List<String> ids(AgendaDay day) {
    return day.items().stream()
        .map(i -> ((AgendaItem.Touch) i).contact().id())
        .collect(Collectors.toList());
  }

  @Test
  void aDayNeverHoldsMoreThanItsBudgetAndTheRestIsDeferredForBudget() {
    for (int i = 0; i < 30; i++) {
      overdue("a" + i, Tier.A, 20 + i);
    }

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(agenda.days())
        .allSatisfy(d -> assertThat(d.plannedMinutes()).isLessThanOrEqualTo(30));
    assertThat(agenda.days().get(0).items()).hasSize(3);
    assertThat(agenda.items()).as("3 a day on the 5 business days").hasSize(15);
    assertThat(agenda.days().subList(5, 7))
        .allSatisfy(
            d -> {
              assertThat(d.items()).isEmpty();
              assertThat(d.dayOff()).contains("weekend");
            });
    assertThat(agenda.deferred())
        .hasSize(15)
        .allSatisfy(
            d -> {
              assertThat(d.why()).isEqualTo(Deferral.Why.BUDGET);
              assertThat(d.explanation()).isEqualTo("no time left on the days it was due");
            });
  }

  @Test
  void aPlanFromTheWholeQueueWordsTheReasonsOfTheItemsItKeepsOnly() {
    for (int i = 0; i < 30; i++) {
      overdue("a" + i, Tier.A, 20 + i);
    }
    AtomicInteger worded = new AtomicInteger();
    Rule counting =
        Rule.of(
            "counting",
            (contact, history, asOf) ->
                Evaluation.of(
                    Suggestion.followUp(
                        daysAgo(1),
                        () -> {
                          worded.incrementAndGet();
                          return "check in";
                        })));
    CadenceEngine engine = CadenceEngine.of(RuleSet.builder().add(counting).build());

    Agenda today = Planner.of(PlanSettings.defaults()).plan(engine.queue(network, NOW), MONDAY, 1);

    assertThat(today.items())
        .hasSize(6)
        .allSatisfy(i -> assertThat(i.reasons().get(0).text()).isEqualTo("check in"));
    assertThat(today.deferred()).hasSize(24);
    assertThat(worded).hasValue(6);
  }

  @Test
  void anItemLongerThanEveryDaysBudgetSaysSo() {
    overdue("rose", Tier.A, 20);
    PlanSettings longEmails = PlanSettings.builder().channelMinutes(Channel.EMAIL, 45).build();

    Agenda agenda = Planner.of(longEmails).plan(queue(), MONDAY, 7);

    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.explanation())
                    .isEqualTo("an email takes 45 minutes, more than any day's budget (30)"));
  }

  // "set aside half an hour a day for getting in touch with people he had lost touch with"
  @Test
  void aMeetingLongerThanTheDaysBudgetIsPlannedAsTheCallThatArrangesIt() {
    network.add(contact("rose").tier(Tier.C).build());
    network.record(conversation("rose", daysAgo(200), Channel.CALL));
    assertThat(queue().entryFor("rose").orElseThrow().channel()).isEqualTo(Channel.MEETING);

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(agenda.deferred()).isEmpty();
    AgendaItem call = agenda.days().get(0).items().get(0);
    assertThat(call.channel()).isEqualTo(Channel.CALL);
    assertThat(call.minutes()).isEqualTo(10);
    assertThat(call.reasons().get(0).text())
        .isEqualTo(
            "call to arrange a meeting: the meeting takes 60 minutes, more than the day's 30");
    // A day as long as the meeting holds the meeting itself.
    PlanSettings hourDays = PlanSettings.builder().dailyMinutes(60).build();
    assertThat(Planner.of(hourDays).plan(queue(), MONDAY, 7).items().get(0).channel())
        .isEqualTo(Channel.MEETING);
  }

  // "call five existing or dormant clients each week"
  @Test
  void fiveDormantClientsWhoAreAlsoLostTiesAreAllPhonedInAWeekOfHalfHours() {
    for (int i = 0; i < 5; i++) {
      network.add(contact("client" + i).tier(Tier.B).roles(Role.CLIENT).build());
      network.record(conversation("client" + i, daysAgo(100 + i), Channel.CALL));
    }
    PlanSettings settings =
        PlanSettings.builder().quotas(Quota.atLeastWeekly(Category.CLIENT, 5)).build();

    Agenda agenda = Planner.of(settings).plan(queue(), MONDAY, 7);

    assertThat(agenda.items())
        .hasSize(5)
        .allSatisfy(
            i -> {
              assertThat(i.channel()).isEqualTo(Channel.CALL);
              assertThat(i.minutes()).isEqualTo(10);
            });
    assertThat(agenda.deferred()).isEmpty();
    assertThat(agenda.warnings()).isEmpty();
  }

  // "Timing counts. Don't wait for weeks to go by before reaching out."
  @Test
  void inABusyWeekPeopleJustMetComeBeforeOverdueATierContacts() {
    // A-tier contacts long overdue.
    for (int i = 0; i < 10; i++) {
      overdue("a" + i, Tier.A, 100 + i);
    }
    for (int i = 0; i < 3; i++) {
      network.add(
          contact("met" + i)
              .tier(Tier.C)
              .firstMet(FirstMeeting.at(MONDAY.minusDays(2), "mixer"))
              .build());
    }
    PlanSettings busy = PlanSettings.builder().dailyMinutes(10).build();

    Agenda agenda = Planner.of(busy).plan(queue(), MONDAY, 7);

    // Two five-minute emails a day: the three met two days ago take the first day and a half.
    assertThat(ids(agenda.days().get(0))).containsExactly("met0", "met1");
    assertThat(ids(agenda.days().get(1))).startsWith("met2");
  }

  @Test
  void theWeeklyPartnerGetsInEvenWhenATierContactsAloneWouldFillTheBudget() {
    for (int i = 0; i < 30; i++) {
      overdue("a" + i, Tier.A, 40 + i);
    }
    overdue("priya", Tier.C, 8, Role.STRATEGIC_PARTNER);

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(ids(agenda.days().get(0))).contains("priya");
    assertThat(agenda.days().get(0).items().get(0).category())
        .isEqualTo(Category.STRATEGIC_PARTNER);
  }

  @Test
  void minimumsArePacedOverTheWeekSoTheFreshestFollowUpIsNotPushedBack() {
    for (int i = 0; i < 8; i++) {
      overdue("c" + i, Tier.A, 20 + i, Role.CLIENT);
    }
    network.add(
        Contact.builder("tom", daysAgo(1))
            .firstMet(FirstMeeting.at(MONDAY.minusDays(1), "BNI breakfast"))
            .build());

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(agenda.dayOf("tom")).contains(MONDAY);
    assertThat(agenda.items().stream().filter(i -> i.category() == Category.CLIENT).count())
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aQuotaMaximumIsNeverExceededAndSaysSo() {
    for (int i = 0; i < 5; i++) {
      overdue("r" + i, Tier.C, 200 + i);
    }
    PlanSettings settings =
        PlanSettings.builder().quotas(Quota.atMostWeekly(Category.RECONNECT, 2)).build();

    Agenda agenda = Planner.of(settings).plan(queue(), MONDAY, 7);

    assertThat(agenda.items()).hasSize(2);
    assertThat(agenda.deferred())
        .hasSize(3)
        .allSatisfy(
            d -> {
              assertThat(d.why()).isEqualTo(Deferral.Why.QUOTA_REACHED);
              assertThat(d.explanation()).isEqualTo("quota reached: at most 2 reconnect per week");
            });
  }

  @Test
  void aBusyWeekKeepsTheClientCallsAndThePartnerAndSaysWhatIsDeferred() {
    for (int i = 0; i < 8; i++) {
      overdue("c" + i, Tier.B, 70 + i, Role.CLIENT);
    }
    for (int i = 0; i < 10; i++) {
      overdue("a" + i, Tier.A, 60 + i);
    }
    overdue("priya", Tier.B, 10, Role.STRATEGIC_PARTNER);
    PlanSettings busy =
        PlanSettings.builder()
            .busy(new BusyPeriod(MONDAY, MONDAY.plusDays(6), 10))
            .workingDays(WorkingDays.everyDay())
            .build();

    Agenda agenda = Planner.of(busy).plan(queue(), MONDAY, 7);

    assertThat(agenda.days()).allSatisfy(d -> assertThat(d.busy()).isTrue());
    assertThat(agenda.days())
        .allSatisfy(d -> assertThat(d.plannedMinutes()).isLessThanOrEqualTo(10));
    assertThat(agenda.items().stream().filter(i -> i.category() == Category.CLIENT)).hasSize(5);
    assertThat(agenda.items().stream().filter(i -> i.category() == Category.STRATEGIC_PARTNER))
        .hasSize(1);
    assertThat(agenda.deferred())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.explanation()).contains("busy period"));
  }

  @Test
  void anEventLongerThanTheBudgetIsPlacedOnlyOnADaySetAsideForEvents() {
    NetworkingEvent bni = new NetworkingEvent("BNI breakfast", MONDAY.plusDays(1), 90);
    NetworkingEvent mixer = new NetworkingEvent("Chamber mixer", MONDAY.plusDays(3), 120);
    PlanSettings settings =
        PlanSettings.builder().event(bni).event(mixer).eventDay(MONDAY.plusDays(3)).build();

    Agenda agenda = Planner.of(settings).plan(queue(), MONDAY, 7);

    assertThat(agenda.days().get(1).items()).isEmpty();
    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.subject()).isEqualTo("BNI breakfast");
              assertThat(d.why()).isEqualTo(Deferral.Why.BUDGET);
              assertThat(d.explanation()).contains("set the day aside for events");
            });
    AgendaDay thursday = agenda.days().get(3);
    assertThat(thursday.items())
        .singleElement()
        .satisfies(i -> assertThat(i.subject()).isEqualTo("Chamber mixer"));
    assertThat(thursday.budgetMinutes()).isEqualTo(150);
  }

  @Test
  void atMostTwoEventsAMonthByDefault() {
    PlanSettings.Builder b = PlanSettings.builder().dailyMinutes(200);
    for (int i = 0; i < 3; i++) {
      b.event(new NetworkingEvent("event " + i, MONDAY.plusDays(i), 120));
    }

    Agenda agenda = Planner.of(b.build()).plan(queue(), MONDAY, 7);

    assertThat(agenda.items()).hasSize(2);
    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(d -> assertThat(d.why()).isEqualTo(Deferral.Why.QUOTA_REACHED));
  }

  @Test
  void aSnoozedItemComesBackOnItsDayAndNextWeekMeansMonday() {
    overdue("ana", Tier.A, 20);
    overdue("bob", Tier.A, 21);
    Planner.snooze(network, "ana", MONDAY.plusDays(2));
    Planner.snooze(network, "bob", Planner.nextWeek(MONDAY));

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 14);

    assertThat(agenda.dayOf("ana")).contains(MONDAY.plusDays(2));
    assertThat(agenda.dayOf("bob")).contains(MONDAY.plusWeeks(1));
    assertThat(Planner.nextWeek(MONDAY.minusDays(1))).isEqualTo(MONDAY.plusWeeks(1));
    assertThat(Planner.nextWeek(MONDAY.minusDays(2))).isEqualTo(MONDAY);
  }

  @Test
  void aSkippedItemComesBackTheNextDay() {
    overdue("ana", Tier.A, 20);

    Planner.skip(network, "ana", MONDAY);

    assertThat(Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7).dayOf("ana"))
        .contains(MONDAY.plusDays(1));
  }

  @Test
  void anItemSnoozedPastTheHorizonIsDeferredAsSnoozed() {
    overdue("ana", Tier.A, 20);

    Planner.snooze(network, "ana", MONDAY.plusDays(30));

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.why()).isEqualTo(Deferral.Why.SNOOZED);
              assertThat(d.explanation()).isEqualTo("snoozed until 2026-12-23");
            });
  }

  @Test
  void aContactPausedPastTheHorizonIsDeferredAsPaused() {
    network.add(
        contact("julia")
            .tier(Tier.A)
            .status(ContactStatus.pausedUntil(MONDAY.plusDays(20)))
            .build());
    network.record(conversation("julia", daysAgo(30), Channel.CALL));

    Agenda agenda = Planner.of(PlanSettings.defaults()).plan(queue(), MONDAY, 7);

    assertThat(agenda.deferred())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.why()).isEqualTo(Deferral.Why.PAUSED);
              assertThat(d.explanation()).isEqualTo("paused until 2026-12-13");
            });
  }

  @Test
  void markingAnItemDoneRecordsTheTouchAndTheContactIsNotPlannedAgainUntilDue() {
    overdue("ana", Tier.A, 20);
    Planner planner = Planner.of(PlanSettings.defaults());
    AgendaItem.Touch item = planner.plan(queue(), MONDAY, 7).touches().get(0);

    planner.markDone(network, item, NOW.plus(Duration.ofHours(1)), Outcome.CONNECTED);
    FollowUpQueue after = ENGINE.queue(network, NOW.plus(Duration.ofHours(2)));

    assertThat(network.history("ana").lastConversation()).contains(NOW.plus(Duration.ofHours(1)));
    assertThat(planner.plan(after, MONDAY, 14).dayOf("ana")).isEmpty();
    assertThat(planner.plan(after, MONDAY, 15).dayOf("ana"))
        .as("due again one A-tier cadence after the call")
        .contains(LocalDate.of(2026, 12, 7));
  }

  @Test
  void whatWasMissedIsCarriedOverFirstAndNeverBookedTwice() {
    for (int i = 0; i < 6; i++) {
      overdue("a" + i, Tier.A, 20 + i);
    }
    Planner planner = Planner.of(PlanSettings.defaults());
    Agenda monday = planner.plan(queue(), MONDAY, 1);
    PlanMemory memory = PlanMemory.empty().remember(monday);

    Agenda tuesday = planner.plan(queue(), MONDAY.plusDays(1), 7, memory);

    AgendaDay first = tuesday.days().get(0);
    assertThat(ids(first)).isEqualTo(ids(monday.days().get(0)));
    assertThat(tuesday.touches().subList(0, first.items().size()))
        .allSatisfy(i -> assertThat(i.carriedOverFrom()).contains(MONDAY));
    assertThat(tuesday.touches().stream().map(i -> i.contact().id())).doesNotHaveDuplicates();
  }

  @Test
  void minimumsThatCannotFitTheBudgetAreReportedAndTheBestMixPlanned() {
    for (int i = 0; i < 8; i++) {
      overdue("c" + i, Tier.B, 70 + i, Role.CLIENT);
    }
    PlanSettings tight =
        PlanSettings.builder()
            .dailyMinutes(5)
            .quotas(Quota.atLeastWeekly(Category.CLIENT, 5))
            .build();

    Agenda agenda = Planner.of(tight).plan(queue(), MONDAY, 7);

    assertThat(agenda.warnings())
        .contains(
            "the weekly minimums (5 client) need about 50 minutes, but the week of 2026-11-23 has"
                + " 25: planning the best mix that fits",
            "week of 2026-11-23: 0 of at least 5 clients planned");
    assertThat(agenda.items()).isEmpty();
  }

  @Test
  void weekdayOverridesAndDaysOffShapeTheBudget() {
    PlanSettings s =
        PlanSettings.builder()
            .weekday(DayOfWeek.SATURDAY, 0)
            .weekday(DayOfWeek.MONDAY, 45)
            .dayOff(MONDAY.plusDays(1))
            .build();

    assertThat(s.budget(MONDAY)).isEqualTo(45);
    assertThat(s.budget(MONDAY.plusDays(1))).isZero();
    assertThat(s.budget(MONDAY.plusDays(2))).isEqualTo(30);
    assertThat(s.budget(MONDAY.plusDays(5))).isZero();
  }

  @Test
  void badSettingsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> PlanSettings.builder().dailyMinutes(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyMinutes must be zero or more, was -5");
    assertThatThrownBy(() -> PlanSettings.builder().weekday(DayOfWeek.MONDAY, -1).build())
        .hasMessage("weekdayMinutes of MONDAY must be zero or more, was -1");
    assertThatThrownBy(() -> PlanSettings.builder().channelMinutes(Channel.CALL, 0).build())
        .hasMessage("channelMinutes of CALL must be positive, was 0");
    assertThatThrownBy(() -> Quota.weekly(Category.CLIENT, 6, 5))
        .hasMessage("min of client must not exceed its max, was min 6, max 5");
    assertThatThrownBy(() -> new BusyPeriod(MONDAY, MONDAY, 0))
        .hasMessageStartingWith("minutesPerDay of a busy period must be positive");
    assertThatThrownBy(
            () ->
                PlanSettings.builder()
                    .quotas(
                        Quota.atLeastWeekly(Category.CLIENT, 1),
                        Quota.atMostWeekly(Category.CLIENT, 3))
                    .build())
        .hasMessage("quotas has two quotas for client per WEEK");
    assertThatThrownBy(() -> Category.parse("dormant"))
        .hasMessage(
            "category 'dormant' is unknown; expected one of reply, new-contact, strategic-partner, client,"
                + " reconnect, occasion, event, other, intake");
    assertThat(Category.parse("Strategic-Partner")).isEqualTo(Category.STRATEGIC_PARTNER);
  }

  @Test
  void aHorizonOfZeroOrOverAYearIsRejected() {
    Planner planner = Planner.of(PlanSettings.defaults());

    assertThatThrownBy(() -> planner.plan(queue(), MONDAY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be between 1 and 366, was 0");
    assertThatThrownBy(() -> planner.plan(queue(), MONDAY, 367))
        .hasMessage("days must be between 1 and 366, was 367");
  }

  @Test
  void aDayAlreadyPlannedStaysPutWithItsDoneTouchesAndIsRefilledOnlyWhenAsked() {
    for (int i = 0; i < 8; i++) {
      overdue("c" + i, Tier.A, 20 + i);
    }
    // Ten minutes a day: two of the eight contacts, five minutes each.
    Planner planner = Planner.of(PlanSettings.builder().dailyMinutes(10).build());
    Agenda first = planner.plan(queue(), MONDAY, 1);
    PlanMemory memory = PlanMemory.empty().remember(first);
    List<AgendaItem.Touch> planned = first.touches();
    assertThat(planned).hasSize(2);

    planner.markDone(network, planned.get(0), NOW.plus(Duration.ofHours(1)), Outcome.CONNECTED);
    FollowUpQueue after = ENGINE.queue(network, NOW.plus(Duration.ofHours(2)));
    Agenda again = planner.plan(after, MONDAY, 1, memory);

    assertThat(again.touches())
        .extracting(t -> t.contact().id() + (t.isDone() ? " done" : ""))
        .containsExactlyInAnyOrder(
            planned.get(0).contact().id() + " done", planned.get(1).contact().id());
    assertThat(again.days().get(0).plannedMinutes()).as("what is left to do").isEqualTo(5);
    assertThat(again.touches())
        .filteredOn(AgendaItem.Touch::isDone)
        .extracting(AgendaItem::category)
        .containsExactly(planned.get(0).category());
    Agenda more = planner.plan(after, MONDAY, 1, memory, true);
    assertThat(more.touches())
        .hasSize(3)
        .filteredOn(t -> !t.isDone())
        .extracting(t -> t.contact().id())
        .hasSize(2)
        .contains(planned.get(1).contact().id());
    assertThat(more.days().get(0).plannedMinutes()).isEqualTo(10);
  }
}
