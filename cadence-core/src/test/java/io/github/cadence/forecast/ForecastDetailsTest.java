package io.github.cadence.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Tier;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.plan.PlanningScenario;
import org.junit.jupiter.api.Test;

/** The forecast's bounds. */
class ForecastDetailsTest extends PlanningScenario {
  @Test
  void aForecastMayStopForItsWholeHorizonButNotLonger() {
    overdue("ana", Tier.A, 20);
    Planner planner = Planner.of(PlanSettings.defaults());

    assertThat(Forecast.compare(ENGINE, planner, network, MONDAY, 2, 2).stopped())
        .allSatisfy(w -> assertThat(w.touches()).isZero());
    assertThat(Forecast.project(ENGINE, planner, network, MONDAY, 2, 0)).hasSize(2);
    assertThatThrownBy(() -> Forecast.project(ENGINE, planner, network, MONDAY, 2, 3))
        .hasMessage("idleWeeks must be between 0 and weeks (2), was 3");
    assertThatThrownBy(() -> Forecast.compare(ENGINE, planner, network, MONDAY, 2, -1))
        .hasMessage("stopWeeks must be between 0 and weeks (2), was -1");
  }
}
