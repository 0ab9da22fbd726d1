package io.github.cadence.io;

import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.Reason;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.plan.WorkingDays;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A Bavarian user's week over Christmas: the seeds' rhythm, with the days off a person has. */
class HolidayWeekTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);
  private static final Instant NOW = MONDAY.atTime(8, 0).atZone(BERLIN).toInstant();

  @Test
  void bavarianHolidaysAreReadWithTheirNamesAndRegions() {
    PublicHolidays bavaria = PublicHolidays.of("de-by");

    assertThat(bavaria.place()).isEqualTo("DE-BY");
    assertThat(bavaria.holiday(LocalDate.of(2026, 12, 25))).contains("1st Christmas day");
    assertThat(bavaria.holiday(LocalDate.of(2026, 12, 26))).isPresent();
    assertThat(bavaria.holiday(LocalDate.of(2027, 1, 6))).as("Epiphany, in Bavaria").isPresent();
    assertThat(PublicHolidays.of("DE-BE").holiday(LocalDate.of(2027, 1, 6)))
        .as("not in Berlin")
        .isEmpty();
    assertThat(bavaria.holiday(LocalDate.of(2026, 12, 24)))
        .as("a working day in Germany")
        .isEmpty();
    assertThat(PublicHolidays.of("DE", Locale.GERMAN).holiday(LocalDate.of(2026, 12, 25)))
        .hasValueSatisfying(name -> assertThat(name).contains("Weihnacht"));
    assertThat(bavaria).isEqualTo(PublicHolidays.of("DE-BY")).isNotEqualTo(PublicHolidays.of("DE"));
  }

  @Test
  void anUnknownPlaceIsRefusedWithWhatIsKnown() {
    assertThatThrownBy(() -> PublicHolidays.of("DE-XX"))
        .hasMessageStartingWith("holidays 'DE-XX': DE has no region XX; its regions: ")
        .hasMessageContaining("DE-BY");
    assertThatThrownBy(() -> PublicHolidays.of("ZZ"))
        .hasMessageStartingWith("holidays 'ZZ': no holiday data for the country ZZ; known: ")
        .hasMessageContaining("DE, ");
    assertThatThrownBy(() -> PublicHolidays.of("Bavaria"))
        .hasMessage(
            "holidays 'Bavaria' is not a place: expected a country code such as DE, or a country"
                + " and region such as DE-BY or US-NY");
  }

  @Test
  void aBavarianWeekOverChristmasPlansWorkingDaysOnlyAndMarksBirthdaysBeforeTheHolidays() {
    MutableNetwork network = new MutableNetwork();
    // Anna, A tier, last talked to six weeks ago: overdue, planned on Monday.
    network.add(contact("anna").tier(Tier.A).zone(BERLIN).build());
    network.record(conversation("anna", NOW.minusSeconds(42 * 86_400L), Channel.CALL));
    // Ben's birthday is on Sunday Dec 27: marked three days ahead, on Thursday Dec 24.
    network.add(
        contact("ben")
            .tier(Tier.B)
            .zone(BERLIN)
            .occasions(Occasion.birthday(MonthDay.of(12, 27)))
            .build());
    network.record(conversation("ben", NOW.minusSeconds(20 * 86_400L), Channel.EMAIL));
    // Clara's birthday is on Tuesday Dec 29: its lead day, Saturday Dec 26, is a holiday and a
    // weekend day, so it is planned on the working day before, Thursday Dec 24.
    network.add(
        contact("clara")
            .tier(Tier.B)
            .zone(BERLIN)
            .occasions(Occasion.birthday(MonthDay.of(12, 29)))
            .build());
    network.record(conversation("clara", NOW.minusSeconds(20 * 86_400L), Channel.EMAIL));
    // Dirk, C tier, falls due on Christmas Day: he waits for Monday Dec 28.
    network.add(contact("dirk").tier(Tier.C).zone(BERLIN).build());
    network.record(
        conversation(
            "dirk",
            LocalDate.of(2026, 12, 25).atStartOfDay(BERLIN).toInstant().minus(Tier.C.cadence()),
            Channel.CALL));
    // Forty people wrote three weeks ago and wait for a reply: more than the week's time.
    for (int i = 0; i < 40; i++) {
      network.add(contact("late" + i).tier(Tier.B).zone(BERLIN).build());
      network.record(
          io.github.cadence.model.Touchpoint.builder("late" + i, NOW.minusSeconds(21 * 86_400L))
              .channel(Channel.MESSAGE)
              .direction(io.github.cadence.model.Direction.INBOUND)
              .build());
    }
    PlanSettings settings =
        PlanSettings.builder()
            .zone(BERLIN)
            .quotas()
            .workingDays(WorkingDays.builder().holidays(PublicHolidays.of("DE-BY")).build())
            .build();
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());

    Agenda week = Planner.of(settings).plan(engine.queue(network, NOW), MONDAY, 8);

    assertThat(week.dayOf("anna"))
        .as("an overdue A-tier rhythm, after the replies owed and the holidays")
        .contains(LocalDate.of(2026, 12, 28));
    assertThat(week.dayOf("ben")).contains(LocalDate.of(2026, 12, 24));
    assertThat(week.dayOf("clara")).contains(LocalDate.of(2026, 12, 24));
    assertThat(week.dayOf("dirk")).as("after the holidays").contains(LocalDate.of(2026, 12, 28));
    AgendaDay christmas = week.days().get(4);
    assertThat(christmas.dayOff()).contains("1st Christmas day");
    assertThat(christmas.budgetMinutes()).isZero();
    assertThat(week.days().get(5).dayOff()).isPresent();
    assertThat(week.days().get(6).dayOff()).contains("weekend");
    assertThat(week.days().subList(4, 7)).allSatisfy(d -> assertThat(d.items()).isEmpty());
    assertThat(week.days().get(3).items())
        .as("the birthdays, whose windows open that day, before replies three weeks late")
        .extracting(i -> i.subject())
        .startsWith("ben", "clara");
    AgendaItem claras = itemOf(week, "clara");
    assertThat(claras.reasons().stream().map(Reason::text))
        .first()
        .asString()
        .startsWith("planned the working day before: Sat Dec 26 is a day off (");
    assertThat(claras.reasons().get(1).text()).startsWith("birthday on Dec 29");
    assertThat(itemOf(week, "ben").reasons().get(0).text()).startsWith("birthday on Dec 27");
  }

  private static AgendaItem itemOf(Agenda agenda, String id) {
    return agenda.touches().stream()
        .filter(t -> t.contact().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
