package io.github.cadence.plan;

import static io.github.cadence.Generators.ints;
import static io.github.cadence.Generators.networks;
import static io.github.cadence.Generators.picks;
import static io.github.cadence.Generators.planSettings;
import static io.github.cadence.Generators.seeds;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.Generators.SettingsSpec;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the planner over random networks and settings. */
class PlannerProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  private static FollowUpQueue queueOf(NetworkSpec spec, MutableNetwork network) {
    return ENGINE.queue(network, spec.asOf());
  }

  private static LocalDate firstDay(NetworkSpec spec) {
    return spec.asOf().atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Test
  void aDaysPlannedMinutesNeverExceedItsBudget() {
    qt().forAll(networks(), planSettings())
        .checkAssert(
            (spec, settingsSpec) -> {
              PlanSettings settings = settingsSpec.build();
              Agenda agenda =
                  Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 14);

              for (AgendaDay d : agenda.days()) {
                assertThat(d.plannedMinutes()).isLessThanOrEqualTo(d.budgetMinutes());
                int eventAllowance = d.budgetMinutes() - settings.budget(d.date());
                assertThat(eventAllowance).isGreaterThanOrEqualTo(0);
                if (eventAllowance > 0) {
                  // Set aside for events, or a weekend day or holiday, when events still happen.
                  assertThat(
                          settings.eventDays().contains(d.date())
                              || d.dayOff().filter(why -> !why.equals("day off")).isPresent())
                      .isTrue();
                }
              }
            });
  }

  @Test
  void quotaMaximumsAreNeverExceeded() {
    qt().forAll(networks(), planSettings()).checkAssert(PlannerProperties::keepsQuotaMaximums);
  }

  private static void keepsQuotaMaximums(NetworkSpec spec, SettingsSpec settingsSpec) {
    PlanSettings settings = settingsSpec.build();
    Agenda agenda = Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 21);

    for (Quota q : settings.quotas()) {
      Map<LocalDate, Integer> perPeriod = new HashMap<>();
      for (AgendaDay d : agenda.days()) {
        LocalDate start = q.span().start(d.date());
        int n = (int) d.items().stream().filter(i -> i.category() == q.category()).count();
        perPeriod.merge(start, n, Integer::sum);
      }
      perPeriod.forEach(
          (start, n) ->
              assertThat(n).as("%s from %s", q, start).isLessThanOrEqualTo(q.max().getAsInt()));
    }
  }

  @Test
  void aClosingWindowIsNeverPassedOverForRhythmItems() {
    qt().forAll(networks(), planSettings())
        .checkAssert(PlannerProperties::closingWindowsComeBeforeRhythm);
  }

  /**
   * On every day a new contact or an occasion could have been planned and was not, it did not fit
   * even in the minutes that rhythm items took that day (unless a maximum of its category stopped
   * it).
   */
  private static void closingWindowsComeBeforeRhythm(NetworkSpec spec, SettingsSpec settingsSpec) {
    PlanSettings settings = settingsSpec.build();
    FollowUpQueue queue = queueOf(spec, spec.build());
    Agenda agenda = Planner.of(settings).plan(queue, firstDay(spec), 14);

    for (QueueEntry e : queue.entries()) {
      Category category = Category.of(e);
      boolean capped =
          settings.quotas().stream().anyMatch(q -> q.category() == category && q.max().isPresent());
      if (!category.closesWindow() || capped) {
        continue;
      }
      LocalDate due = e.due().atZone(settings.zone()).toLocalDate();
      LocalDate planned = agenda.dayOf(e.contact().id()).orElse(LocalDate.MAX);
      for (AgendaDay d : agenda.days()) {
        if (d.date().isBefore(due) || !d.date().isBefore(planned)) {
          continue;
        }
        int minutes = settings.minutes(e.channel());
        if (e.channel() == Channel.MEETING && minutes > settings.budget(d.date())) {
          minutes = settings.minutes(Channel.CALL);
        }
        int rhythm =
            d.items().stream()
                .filter(i -> !i.category().closesWindow() && i.category() != Category.EVENT)
                .mapToInt(AgendaItem::minutes)
                .sum();
        int free = d.budgetMinutes() - d.plannedMinutes();
        assertThat(free + rhythm)
            .as("%s (%s, %d minutes) not planned on %s", e.contact().id(), category, minutes, d)
            .isLessThan(minutes);
      }
    }
  }

  @Test
  void thePlanIsDeterministic() {
    qt().forAll(networks(), planSettings(), seeds())
        .checkAssert(
            (spec, settingsSpec, seed) -> {
              PlanSettings settings = settingsSpec.build();
              Agenda a = Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 10);
              Agenda b =
                  Planner.of(settings).plan(queueOf(spec, spec.build(seed)), firstDay(spec), 10);

              assertThat(b).isEqualTo(a);
              assertThat(b.toString()).isEqualTo(a.toString());
            });
  }

  @Test
  void withEnoughTimeEveryDueATierContactIsPlannedOnTheFirstDay() {
    PlanSettings plenty =
        PlanSettings.builder()
            .dailyMinutes(100_000)
            .quotas()
            .workingDays(WorkingDays.everyDay())
            .build();
    qt().forAll(networks())
        .checkAssert(
            spec -> {
              FollowUpQueue queue = queueOf(spec, spec.build());

              Agenda agenda = Planner.of(plenty).plan(queue, firstDay(spec), 7);

              for (QueueEntry e : queue.entries()) {
                // Contacts to map are not planned: mapping them is a choice, not a touch.
                if (e.contact().tier().equals(Tier.A)
                    && e.isDueAt(queue.asOf())
                    && Category.of(e) != Category.INTAKE) {
                  assertThat(agenda.dayOf(e.contact().id())).contains(firstDay(spec));
                }
              }
            });
  }

  @Test
  void noTouchIsPlannedOnADayOffAndEveryDayOffSaysWhy() {
    qt().forAll(networks(), planSettings())
        .checkAssert(
            (spec, settingsSpec) -> {
              PlanSettings settings = settingsSpec.build();
              Agenda agenda =
                  Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 21);

              for (AgendaDay d : agenda.days()) {
                assertThat(d.dayOff()).isEqualTo(settings.dayOff(d.date()));
                if (!settings.isWorkingDay(d.date())) {
                  assertThat(d.items())
                      .allSatisfy(i -> assertThat(i).isInstanceOf(AgendaItem.Event.class));
                }
              }
            });
  }

  @Test
  void onBusinessDaysEveryDueATierContactIsPlannedOnTheFirstWorkingDay() {
    PlanSettings plenty = PlanSettings.builder().dailyMinutes(100_000).quotas().build();
    qt().forAll(networks())
        .checkAssert(
            spec -> {
              FollowUpQueue queue = queueOf(spec, spec.build());
              LocalDate first = firstDay(spec);
              while (!plenty.isWorkingDay(first)) {
                first = first.plusDays(1);
              }

              Agenda agenda = Planner.of(plenty).plan(queue, firstDay(spec), 7);

              for (QueueEntry e : queue.entries()) {
                if (e.contact().tier().equals(Tier.A)
                    && e.isDueAt(queue.asOf())
                    && Category.of(e) != Category.INTAKE) {
                  assertThat(agenda.dayOf(e.contact().id())).contains(first);
                }
              }
            });
  }

  @Test
  void anItemSnoozedToADateNeverAppearsBeforeIt() {
    qt().forAll(picks(), planSettings(), ints(0, 20))
        .checkAssert(
            (pick, settingsSpec, snoozeDays) -> {
              NetworkSpec spec = pick.network();
              LocalDate until = firstDay(spec).plusDays(snoozeDays);
              MutableNetwork network = spec.build();
              Planner.snooze(network, pick.contact(), until);

              Agenda agenda =
                  Planner.of(settingsSpec.build()).plan(queueOf(spec, network), firstDay(spec), 21);

              agenda.dayOf(pick.contact()).ifPresent(d -> assertThat(d).isAfterOrEqualTo(until));
            });
  }

  @Test
  void doneItemsAreNotPlannedAgainUntilTheirRulesMakeThemDue() {
    qt().forAll(networks(), planSettings()).checkAssert(PlannerProperties::doneItemsWait);
  }

  private static void doneItemsWait(NetworkSpec spec, SettingsSpec settingsSpec) {
    MutableNetwork network = spec.build();
    PlanSettings settings = settingsSpec.build();
    Planner planner = Planner.of(settings);
    Agenda first = planner.plan(queueOf(spec, network), firstDay(spec), 1);
    List<AgendaItem.Touch> done = first.touches();
    for (AgendaItem.Touch item : done) {
      planner.markDone(network, item, spec.asOf(), Outcome.CONNECTED);
    }

    FollowUpQueue after = ENGINE.queue(network, spec.asOf());
    Agenda next = planner.plan(after, firstDay(spec), 14);

    for (AgendaItem.Touch item : done) {
      String id = item.contact().id();
      QueueEntry entry = after.entryFor(id).orElseThrow();
      LocalDate dueDay = entry.due().atZone(ZoneOffset.UTC).toLocalDate();
      assertThat(entry.isDueAt(spec.asOf())).isFalse();
      // A window that closes on a day off is planned on the working day before it.
      LocalDate earliest =
          Category.of(entry).closesWindow() ? lastDayWithTime(settings, dueDay) : dueDay;
      next.dayOf(id).ifPresent(d -> assertThat(d).isAfterOrEqualTo(earliest));
    }
  }

  /** The day itself if it has time for touches, else the last day before it that has. */
  private static LocalDate lastDayWithTime(PlanSettings settings, LocalDate day) {
    LocalDate d = day;
    for (int i = 0; i < 15 && settings.budget(d) == 0; i++) {
      d = d.minusDays(1);
    }
    return settings.budget(d) == 0 ? day : d;
  }
}
