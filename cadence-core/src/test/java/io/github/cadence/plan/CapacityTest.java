package io.github.cadence.plan;

import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Tier;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** "Keep half an hour a day": whether the tiers' cadences fit it, and the tiers their layers. */
class CapacityTest {
  @Test
  void anATierOfFortyOnHalfAnHourADayNeedsMoreThanTheWeekHasAndOutgrowsItsLayer() {
    MutableNetwork network = new MutableNetwork();
    for (int i = 0; i < 40; i++) {
      network.add(contact("a" + i).tier(Tier.A).build());
      network.record(conversation("a" + i, daysAgo(3), Channel.CALL));
    }
    for (int i = 0; i < 30; i++) {
      network.add(contact("b" + i).tier(Tier.B).build());
      network.record(conversation("b" + i, daysAgo(3), Channel.EMAIL));
    }
    network.add(contact("new").status(ContactStatus.unmapped()).build());
    network.add(contact("gone").tier(Tier.A).status(ContactStatus.archived()).build());

    Capacity capacity = Capacity.of(network, PlanSettings.defaults());

    assertThat(capacity.tiers()).extracting(t -> t.tier().name()).containsExactly("A", "B");
    Capacity.TierLoad a = capacity.tiers().get(0);
    assertThat(a.contacts()).isEqualTo(40);
    assertThat(a.minutesPerWeek()).as("40 calls every 2 weeks, 10 minutes each").isEqualTo(200);
    assertThat(a.layer()).isEqualTo(15);
    assertThat(a.pastLayer()).isTrue();
    Capacity.TierLoad b = capacity.tiers().get(1);
    assertThat(b.minutesPerWeek()).as("30 emails every 30 days, 5 minutes each").isEqualTo(35);
    assertThat(b.contactsUpToHere()).isEqualTo(70);
    assertThat(b.pastLayer()).isTrue();
    assertThat(capacity.budgetMinutes()).as("30 minutes on 5 business days").isEqualTo(150);
    assertThat(capacity.fits()).isFalse();
    assertThat(capacity.warnings())
        .containsExactly(
            "the tiers' cadences need about 235 minutes a week; an ordinary week has 150",
            "the A tier has 40 people, more than the about 15 a person keeps close (Dunbar's"
                + " layers: 5, 15, 50, 150)",
            "tiers A and B have 70 people, more than the about 50 friends a person keeps (Dunbar's"
                + " layers: 5, 15, 50, 150)");
  }

  @Test
  void aSmallNetworkFitsAndAnOrdinaryWeekCountsWeekdayBudgetsNotHolidays() {
    MutableNetwork network = new MutableNetwork();
    network.add(contact("ana").tier(Tier.A).build());
    PlanSettings settings =
        PlanSettings.builder()
            .weekday(DayOfWeek.MONDAY, 60)
            .workingDays(WorkingDays.everyDay())
            .dayOff(java.time.LocalDate.of(2026, 12, 25))
            .build();

    Capacity capacity = Capacity.of(network, settings);

    assertThat(capacity.budgetMinutes()).isEqualTo(60 + 6 * 30);
    assertThat(capacity.neededMinutes()).isEqualTo(5);
    assertThat(capacity.fits()).isTrue();
    assertThat(capacity.warnings()).isEmpty();
  }

  @Test
  void threeTiersPastTheirLayersAreNamedTogetherAndAnExactFitFits() {
    MutableNetwork network = new MutableNetwork();
    Tier d = new Tier("D", java.time.Period.ofDays(180), 1);
    for (int i = 0; i < 151; i++) {
      network.add(contact("d" + i).tier(i < 16 ? Tier.A : i < 51 ? Tier.C : d).build());
    }
    Capacity capacity = Capacity.of(network, PlanSettings.builder().dailyMinutes(1000).build());
    assertThat(capacity.tiers()).extracting(t -> t.tier().name()).containsExactly("A", "C", "D");
    assertThat(capacity.tiers().get(2).layer()).isEqualTo(150);
    assertThat(capacity.warnings())
        .contains(
            "tiers A, C and D have 151 people, more than the about 150 people a person keeps up"
                + " with (Dunbar's layers: 5, 15, 50, 150)");
    assertThat(capacity.toString()).startsWith("Capacity[needed=");

    MutableNetwork fifteen = new MutableNetwork();
    for (int i = 0; i < 15; i++) {
      fifteen.add(contact("a" + i).tier(Tier.A).build());
    }
    // 15 calls every 2 weeks, 10 minutes each: 75 minutes; 15 minutes a business day: 75.
    Capacity exact = Capacity.of(fifteen, PlanSettings.builder().dailyMinutes(15).build());
    assertThat(exact.neededMinutes()).isEqualTo(75);
    assertThat(exact.budgetMinutes()).isEqualTo(75);
    assertThat(exact.tiers().get(0).pastLayer()).as("15 is the layer, not past it").isFalse();
    assertThat(exact.fits()).isTrue();
    assertThat(Capacity.touchesPerWeek(Tier.A)).isEqualTo(0.5);
    assertThat(Capacity.BY_CADENCE.compare(Tier.A, Tier.B)).isNegative();
    assertThat(Capacity.BY_CADENCE.compare(Tier.C, Tier.B)).isPositive();
    assertThat(
            Capacity.BY_CADENCE.compare(
                new Tier("X", java.time.Period.ofDays(14), 1),
                new Tier("Y", java.time.Period.ofDays(14), 1)))
        .isNegative();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Capacity.TierLoad(Tier.A, 3, 1, 15, 2))
        .hasMessageStartingWith("counts of tier A out of range");
  }
}
