package io.github.cadence.plan;

import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The days touches are planned on: what each setting does, and the value they make. */
class WorkingDaysTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 25);
  private static final HolidayCalendar CHRISTMAS =
      d -> d.equals(FRIDAY) ? Optional.of("Christmas Day") : Optional.empty();

  @Test
  void aHolidayIsOffUnlessWorkedAnywayAndAWeekendDayOnlyOnBusinessDays() {
    WorkingDays w = WorkingDays.builder().holidays(CHRISTMAS).build();
    assertThat(w.holiday(FRIDAY)).contains("Christmas Day");
    assertThat(w.dayOff(FRIDAY)).contains("Christmas Day");
    assertThat(w.isWorkingDay(FRIDAY)).isFalse();
    assertThat(w.dayOff(FRIDAY.plusDays(1))).contains("weekend");
    assertThat(w.dayOff(FRIDAY.minusDays(1))).isEmpty();

    WorkingDays worked = w.toBuilder().workOn(FRIDAY).workOn(FRIDAY.plusDays(1)).build();
    assertThat(worked.holiday(FRIDAY)).isEmpty();
    assertThat(worked.isWorkingDay(FRIDAY)).isTrue();
    assertThat(worked.isWorkingDay(FRIDAY.plusDays(1))).isTrue();
    assertThat(worked.workedAnyway()).containsExactlyInAnyOrder(FRIDAY, FRIDAY.plusDays(1));
    assertThat(worked.holidays()).isSameAs(CHRISTMAS);

    WorkingDays everyDay = w.toBuilder().businessDaysOnly(false).build();
    assertThat(everyDay.businessDaysOnly()).isFalse();
    assertThat(everyDay.isWorkingDay(FRIDAY.plusDays(1))).isTrue();
    assertThat(everyDay.isWorkingDay(FRIDAY)).as("a holiday is off every day").isFalse();
  }

  @Test
  void theWeekendIsSetAnewAndMustLeaveAWorkingDay() {
    WorkingDays gulf =
        WorkingDays.builder().weekend(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)).build();
    assertThat(gulf.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(gulf.isWorkingDay(FRIDAY)).isFalse();
    assertThat(gulf.isWorkingDay(FRIDAY.plusDays(2))).as("a Sunday").isTrue();
    assertThat(gulf.toBuilder().build().weekend()).isEqualTo(gulf.weekend());
    assertThat(WorkingDays.builder().weekend(Set.of()).build().isWorkingDay(FRIDAY.plusDays(1)))
        .isTrue();
    assertThatThrownBy(() -> WorkingDays.builder().weekend(EnumSet.allOf(DayOfWeek.class)).build())
        .hasMessage("weekend must leave at least one working day, was every day of the week");
  }

  @Test
  void workingDaysAreValues() {
    assertValue(
        () -> WorkingDays.builder().holidays(CHRISTMAS).workOn(FRIDAY).build(),
        List.of(
            WorkingDays.builder().holidays(CHRISTMAS).build(),
            WorkingDays.builder().workOn(FRIDAY).build(),
            WorkingDays.builder()
                .holidays(CHRISTMAS)
                .workOn(FRIDAY)
                .businessDaysOnly(false)
                .build(),
            WorkingDays.builder()
                .holidays(CHRISTMAS)
                .workOn(FRIDAY)
                .weekend(EnumSet.of(DayOfWeek.SUNDAY))
                .build()),
        "business days (weekend [SATURDAY, SUNDAY])",
        "worked anyway: [2026-12-25]");
    assertThat(WorkingDays.everyDay()).hasToString("every day, holidays: no holidays");
    assertThat(WorkingDays.businessDays()).isEqualTo(WorkingDays.builder().build());
    assertThat(HolidayCalendar.none().holiday(FRIDAY)).isEmpty();
  }

  @Test
  void planSettingsNameEachDayOffAndKeepTheirWorkingDays() {
    PlanSettings s =
        PlanSettings.builder()
            .workingDays(WorkingDays.builder().holidays(CHRISTMAS).build())
            .dayOff(FRIDAY.minusDays(1))
            .weekday(DayOfWeek.MONDAY, 45)
            .channelMinutes(io.github.cadence.model.Channel.CALL, 12)
            .build();
    assertThat(s.dayOff(FRIDAY.minusDays(1))).contains("day off");
    assertThat(s.dayOff(FRIDAY)).contains("Christmas Day");
    assertThat(s.dayOff(FRIDAY.plusDays(2))).contains("weekend");
    assertThat(s.dayOff(FRIDAY.plusDays(3))).isEmpty();
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.toBuilder().build().weekdayMinutes()).isEqualTo(Map.of(DayOfWeek.MONDAY, 45));
    assertThat(s.toBuilder().build().minutes(io.github.cadence.model.Channel.CALL)).isEqualTo(12);
    assertThat(PlanSettings.builder().zone(java.time.ZoneId.of("Europe/Berlin")).build().zone())
        .isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
  }
}
