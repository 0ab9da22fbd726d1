package io.github.cadence.forecast;

import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forecasts and their weeks are values. */
class ResultValuesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final Forecast.Week WEEK = new Forecast.Week(MONDAY, Map.of("A", 2), 5);

  @Test
  void forecastsAndWeeksAreValues() {
    assertThat(WEEK.start()).isEqualTo(MONDAY);
    assertThat(WEEK.overdueByTier()).containsEntry("A", 2);
    assertThat(WEEK.touches()).isEqualTo(5);
    assertThat(new Forecast(List.of(WEEK), List.of(), 3).stoppedWeeks()).isEqualTo(3);
    assertValue(
        () -> new Forecast.Week(MONDAY, Map.of("A", 2), 5),
        List.of(
            new Forecast.Week(MONDAY.plusDays(7), Map.of("A", 2), 5),
            new Forecast.Week(MONDAY, Map.of("A", 3), 5),
            new Forecast.Week(MONDAY, Map.of("A", 2), 6)),
        "start=2026-11-23",
        "touches=5");
    assertThatThrownBy(() -> new Forecast.Week(MONDAY, Map.of(), -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("touches must be zero or more, was -1");
    assertValue(
        () -> new Forecast(List.of(WEEK), List.of(WEEK), 1),
        List.of(
            new Forecast(List.of(), List.of(WEEK), 1),
            new Forecast(List.of(WEEK), List.of(), 1),
            new Forecast(List.of(WEEK), List.of(WEEK), 2)),
        "stoppedWeeks=1");
    assertThatThrownBy(() -> new Forecast(List.of(), List.of(), -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stoppedWeeks must be zero or more, was -1");
  }
}
