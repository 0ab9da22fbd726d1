package io.github.cadence.forecast;

import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "As soon as you stop your activities you can project when the slowdown will occur." */
class ForecastTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());
  private static final Planner PLANNER = Planner.of(PlanSettings.defaults());

  private static MutableNetwork network() {
    MutableNetwork network = new MutableNetwork();
    Tier[] tiers = {Tier.A, Tier.B, Tier.C};
    for (int i = 0; i < 24; i++) {
      String id = "c" + i;
      network.add(
          contact(id).tier(tiers[i % 3]).roles(i % 4 == 0 ? Role.CLIENT : Role.COLLEAGUE).build());
      network.record(conversation(id, daysAgo(2 + 4 * i), Channel.EMAIL));
    }
    return network;
  }

  @Test
  void stoppingForFourWeeksLeavesMoreContactsOverdueThanKeepingThePlan() {
    MutableNetwork network = network();
    ContactHistory before = network.history("c0");

    Forecast f = Forecast.compare(ENGINE, PLANNER, network, MONDAY, 8, 4);

    assertThat(f.keepThePlan()).hasSize(8);
    assertThat(f.stopped()).hasSize(8);
    assertThat(f.keepThePlan().get(0).overdueByTier())
        .isEqualTo(f.stopped().get(0).overdueByTier());
    assertThat(f.stopped().get(4).overdue()).isGreaterThan(f.keepThePlan().get(4).overdue());
    assertThat(f.stopped().subList(0, 4)).allSatisfy(w -> assertThat(w.touches()).isZero());
    assertThat(f.keepThePlan())
        .as("a week that starts with someone overdue has touches")
        .filteredOn(w -> w.overdue() > 0)
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.touches()).isPositive());
    assertThat(f.keepThePlan().get(3).overdueByTier()).containsOnlyKeys("A", "B", "C");
    assertThat(network.history("c0")).as("the network itself is not changed").isEqualTo(before);
    assertThat(network.touchpoints("c0")).hasSize(1);
  }

  @Test
  void withNoActivityAtAllTheOverdueCountOnlyGrows() {
    var weeks = Forecast.project(ENGINE, PLANNER, network(), MONDAY, 6, 6);

    for (int i = 1; i < weeks.size(); i++) {
      assertThat(weeks.get(i).overdue()).isGreaterThanOrEqualTo(weeks.get(i - 1).overdue());
    }
    assertThat(weeks.get(5).overdue()).isGreaterThan(weeks.get(0).overdue());
  }

  @Test
  void badHorizonsAreRejected() {
    MutableNetwork network = network();

    assertThatThrownBy(() -> Forecast.project(ENGINE, PLANNER, network, MONDAY, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weeks must be between 1 and 52, was 0");
    assertThatThrownBy(() -> Forecast.project(ENGINE, PLANNER, network, MONDAY, 53, 0))
        .hasMessage("weeks must be between 1 and 52, was 53");
    assertThatThrownBy(() -> Forecast.compare(ENGINE, PLANNER, network, MONDAY, 4, 5))
        .hasMessage("stopWeeks must be between 0 and weeks (4), was 5");
  }
}
