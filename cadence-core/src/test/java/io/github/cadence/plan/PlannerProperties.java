package io.github.cadence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.RandomNetworks;
import io.github.cadence.RandomNetworks.NetworkSpec;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.Network;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the planner over random networks and settings. */
class PlannerProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  @Provide
  Arbitrary<NetworkSpec> networks() {
    return RandomNetworks.networks();
  }

  @Provide
  Arbitrary<PlanSettings> settings() {
    Arbitrary<Quota> quota =
        Combinators.combine(
                Arbitraries.of(Category.class),
                Arbitraries.of(Quota.Per.class),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3))
            .as(
                (c, per, min, extra) ->
                    new Quota(
                        c, per, OptionalInt.of(min), OptionalInt.of(Math.max(1, min + extra))));
    return Combinators.combine(
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(0, 40),
            quota.list().ofMaxSize(4).uniqueElements(q -> q.category() + "/" + q.per()),
            Arbitraries.integers().between(1, 20).optional(0.4))
        .as(
            (daily, sunday, quotas, busy) -> {
              PlanSettings.Builder b =
                  PlanSettings.builder()
                      .dailyMinutes(daily)
                      .weekday(DayOfWeek.SUNDAY, sunday)
                      .quotas(quotas.toArray(Quota[]::new));
              busy.ifPresent(m -> b.busy(new BusyPeriod(day(0), day(3), m)));
              b.event(new NetworkingEvent("breakfast", day(1), 60));
              b.event(new NetworkingEvent("mixer", day(2), 120)).eventDay(day(2));
              return b.build();
            });
  }

  private static LocalDate day(int offset) {
    return LocalDate.of(2026, 11, 23).plusDays(offset);
  }

  private static FollowUpQueue queueOf(NetworkSpec spec, Network network) {
    return ENGINE.queue(network, spec.asOf());
  }

  private static LocalDate firstDay(NetworkSpec spec) {
    return spec.asOf().atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Property
  void aDaysPlannedMinutesNeverExceedItsBudget(
      @ForAll("networks") NetworkSpec spec, @ForAll("settings") PlanSettings settings) {
    Agenda agenda = Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 14);

    for (AgendaDay d : agenda.days()) {
      assertThat(d.plannedMinutes()).isLessThanOrEqualTo(d.budgetMinutes());
      int eventAllowance = d.budgetMinutes() - settings.budget(d.date());
      assertThat(eventAllowance).isGreaterThanOrEqualTo(0);
      if (eventAllowance > 0) {
        assertThat(settings.eventDays()).contains(d.date());
      }
    }
  }

  @Property
  void quotaMaximumsAreNeverExceeded(
      @ForAll("networks") NetworkSpec spec, @ForAll("settings") PlanSettings settings) {
    Agenda agenda = Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 21);

    for (Quota q : settings.quotas()) {
      Map<LocalDate, Integer> perPeriod = new HashMap<>();
      for (AgendaDay d : agenda.days()) {
        LocalDate start =
            q.per() == Quota.Per.WEEK
                ? d.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : d.date().withDayOfMonth(1);
        int n = (int) d.items().stream().filter(i -> i.category() == q.category()).count();
        perPeriod.merge(start, n, Integer::sum);
      }
      perPeriod.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(q.max().getAsInt()));
    }
  }

  @Property
  void thePlanIsDeterministic(
      @ForAll("networks") NetworkSpec spec,
      @ForAll("settings") PlanSettings settings,
      @ForAll long seed) {
    Agenda a = Planner.of(settings).plan(queueOf(spec, spec.build()), firstDay(spec), 10);
    Agenda b = Planner.of(settings).plan(queueOf(spec, spec.build(seed)), firstDay(spec), 10);

    assertThat(b).isEqualTo(a);
    assertThat(b.toString()).isEqualTo(a.toString());
  }

  @Property
  void withEnoughTimeEveryDueATierContactIsPlannedOnTheFirstDay(
      @ForAll("networks") NetworkSpec spec) {
    PlanSettings plenty = PlanSettings.builder().dailyMinutes(100_000).quotas().build();
    FollowUpQueue queue = queueOf(spec, spec.build());

    Agenda agenda = Planner.of(plenty).plan(queue, firstDay(spec), 7);

    for (QueueEntry e : queue.entries()) {
      if (e.contact().tier().equals(Tier.A) && e.isDueAt(queue.asOf())) {
        assertThat(agenda.dayOf(e.contact().id())).contains(firstDay(spec));
      }
    }
  }

  @Property
  void anItemSnoozedToADateNeverAppearsBeforeIt(
      @ForAll("networks") NetworkSpec spec,
      @ForAll("settings") PlanSettings settings,
      @ForAll @IntRange(min = 0, max = 11) int pick,
      @ForAll @IntRange(min = 0, max = 20) int snoozeDays) {
    String id = NetworkSpec.id(pick % spec.contacts().size());
    LocalDate until = firstDay(spec).plusDays(snoozeDays);

    Agenda agenda =
        Planner.of(settings)
            .plan(
                queueOf(spec, spec.build()),
                firstDay(spec),
                21,
                PlanMemory.empty().snooze(id, until));

    agenda.dayOf(id).ifPresent(d -> assertThat(d).isAfterOrEqualTo(until));
  }

  @Property
  void doneItemsAreNotPlannedAgainUntilTheirRulesMakeThemDue(
      @ForAll("networks") NetworkSpec spec, @ForAll("settings") PlanSettings settings) {
    Network network = spec.build();
    Planner planner = Planner.of(settings);
    Agenda first = planner.plan(queueOf(spec, network), firstDay(spec), 1);
    List<AgendaItem> done = first.items().stream().filter(i -> i.contact().isPresent()).toList();
    for (AgendaItem item : done) {
      planner.markDone(network, item, spec.asOf(), Outcome.CONNECTED);
    }

    FollowUpQueue after = ENGINE.queue(network, spec.asOf());
    Agenda next = planner.plan(after, firstDay(spec), 14);

    for (AgendaItem item : done) {
      String id = item.contact().orElseThrow().id();
      QueueEntry entry = after.entryFor(id).orElseThrow();
      LocalDate dueDay = entry.due().atZone(ZoneOffset.UTC).toLocalDate();
      assertThat(entry.isDueAt(spec.asOf())).isFalse();
      next.dayOf(id).ifPresent(d -> assertThat(d).isAfterOrEqualTo(dueDay));
    }
  }
}
