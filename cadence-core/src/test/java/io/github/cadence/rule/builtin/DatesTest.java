package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void daysUntilTwoMonthsThenMonthsUntilTwoYearsThenYears() {
    assertThat(said(TODAY)).isEqualTo("today");
    assertThat(said(TODAY.minusDays(1))).isEqualTo("yesterday");
    assertThat(said(TODAY.plusDays(1))).isEqualTo("tomorrow");
    assertThat(said(TODAY.minusDays(2))).isEqualTo("2 days ago");
    assertThat(said(TODAY.plusDays(2))).isEqualTo("in 2 days");
    assertThat(said(TODAY.minusMonths(2).plusDays(1))).isEqualTo("60 days ago");
    assertThat(said(TODAY.minusMonths(2))).isEqualTo("2 months ago");
    assertThat(said(TODAY.plusMonths(2))).isEqualTo("in 2 months");
    assertThat(said(TODAY.minusYears(2).plusDays(1))).isEqualTo("23 months ago");
    assertThat(said(TODAY.minusYears(2))).isEqualTo("2 years ago");
    assertThat(said(TODAY.minusYears(14).minusMonths(11))).isEqualTo("14 years ago");
  }

  @Test
  void wordsFillsTheTemplateInOrder() {
    assertThat(Dates.words("%s wrote %d days ago: 100%", "Ana", 5))
        .isEqualTo("Ana wrote 5 days ago: 100%");
  }

  private static String said(LocalDate day) {
    Instant asOf = TODAY.atTime(15, 0).atZone(ZONE).toInstant();
    return Dates.relative(day.atTime(9, 0).atZone(ZONE).toInstant(), asOf, ZONE);
  }
}
