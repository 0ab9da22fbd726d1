package io.github.cadence.examples;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.forecast.Forecast;
import io.github.cadence.history.Network;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.BusyPeriod;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The demo's week: the consultant's settings, the agenda and the forecast. */
final class WeekPlan {
  static final ZoneId ZONE = ZoneId.of("America/New_York");

  private WeekPlan() {}

  static PlanSettings settings(LocalDate today) {
    return PlanSettings.builder()
        .zone(ZONE)
        .dailyMinutes(30)
        .event(new NetworkingEvent("BNI breakfast", today.plusDays(1), 90))
        .eventDay(today.plusDays(1))
        .busy(new BusyPeriod(today.plusDays(3), today.plusDays(4), 10))
        .build();
  }

  static String render(CadenceEngine engine, Network network, Instant asOf) {
    LocalDate today = asOf.atZone(ZONE).toLocalDate();
    Planner planner = Planner.of(settings(today));
    Agenda agenda = planner.plan(engine.queue(network, asOf), today, 7);
    Forecast forecast = Forecast.compare(engine, planner, network, today, 6, 4);
    return AgendaPrinter.render(agenda, forecast);
  }
}
