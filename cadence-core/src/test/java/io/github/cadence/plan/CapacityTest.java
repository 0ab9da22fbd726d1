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
}
