package io.github.cadence.plan;

import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.Reason;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Purpose;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planner's results are values, and refuse states the planner never makes. */
class ResultValuesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final Contact ANA = contact("ana").displayName("Ana").build();
  private static final Reason WHY = Reason.of("tier-cadence", Purpose.RHYTHM, "A-tier, overdue");
  private static final NetworkingEvent BNI = new NetworkingEvent("BNI", MONDAY, 60);

  private static AgendaItem.Touch touch(
      Contact c, Category cat, Channel ch, Intent in, int minutes, LocalDate carried) {
    return new AgendaItem.Touch(c, cat, ch, in, minutes, List.of(WHY), carried, false);
  }

  private static AgendaItem.Touch touch() {
    return touch(ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 10, MONDAY);
  }

  @Test
  void agendaItemsAreValues() {
    assertValue(
        ResultValuesTest::touch,
        List.of(
            touch(contact("bob").build(), Category.CLIENT, Channel.CALL, Intent.GIVE, 10, MONDAY),
            touch(ANA, Category.OTHER, Channel.CALL, Intent.GIVE, 10, MONDAY),
            touch(ANA, Category.CLIENT, Channel.EMAIL, Intent.GIVE, 10, MONDAY),
            touch(ANA, Category.CLIENT, Channel.CALL, Intent.ASK, 10, MONDAY),
            touch(ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 15, MONDAY),
            touch(ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 10, null),
            new AgendaItem.Touch(
                ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 10, List.of(), MONDAY, false),
            new AgendaItem.Touch(
                ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 10, List.of(WHY), MONDAY, true)),
        "Touch[contact=ana",
        "category=CLIENT",
        "minutes=10",
        "carriedOverFrom=2026-11-23");
    assertThat(touch().subject()).isEqualTo("Ana");
    assertThat(touch().carriedOverFrom()).contains(MONDAY);
    assertValue(
        () -> new AgendaItem.Event(BNI, List.of(WHY)),
        List.of(
            new AgendaItem.Event(new NetworkingEvent("BNI", MONDAY, 90), List.of(WHY)),
            new AgendaItem.Event(BNI, List.of()),
            touch()),
        "Event[event=BNI",
        "minutes=60");
    assertThat(new AgendaItem.Event(BNI, List.of()).subject()).isEqualTo("BNI");
    assertThat(new AgendaItem.Event(BNI, List.of()).event()).isEqualTo(BNI);
    assertThat(touch().contact()).isEqualTo(ANA);
    assertThatThrownBy(() -> touch(ANA, Category.CLIENT, Channel.CALL, Intent.GIVE, 0, null))
        .hasMessage("minutes must be positive, was 0");
  }

  @Test
  void quotasAreValues() {
    assertValue(
        () -> Quota.between(Category.CLIENT, Span.WEEK, 2, 5),
        List.of(
            Quota.between(Category.OTHER, Span.WEEK, 2, 5),
            Quota.between(Category.CLIENT, Span.MONTH, 2, 5),
            Quota.between(Category.CLIENT, Span.WEEK, 3, 5),
            Quota.between(Category.CLIENT, Span.WEEK, 2, 6),
            Quota.atLeast(Category.CLIENT, Span.WEEK, 2),
            Quota.atMost(Category.CLIENT, Span.WEEK, 5)),
        "category=CLIENT",
        "span=WEEK",
        "min=OptionalInt[2]",
        "max=OptionalInt[5]");
  }

  @Test
  void daysAgendasAndDeferralsAreValues() {
    assertValue(
        () -> new AgendaDay(MONDAY, 30, false, List.of(touch()), Optional.empty()),
        List.of(
            new AgendaDay(MONDAY.plusDays(1), 30, false, List.of(touch()), Optional.empty()),
            new AgendaDay(MONDAY, 40, false, List.of(touch()), Optional.empty()),
            new AgendaDay(MONDAY, 30, true, List.of(touch()), Optional.empty()),
            new AgendaDay(MONDAY, 30, false, List.of(), Optional.empty()),
            new AgendaDay(MONDAY, 30, false, List.of(touch()), Optional.of("Christmas Day"))),
        "date=2026-11-23",
        "budgetMinutes=30",
        "busy=false");
    assertThatThrownBy(() -> new AgendaDay(MONDAY, 5, false, List.of(touch()), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("items of 2026-11-23 take 10 minutes, more than the budget of 5");
    Deferral later =
        new Deferral("Ana", Optional.of("ana"), Category.CLIENT, Deferral.Why.BUDGET, "no time");
    assertValue(
        () ->
            new Deferral(
                "Ana", Optional.of("ana"), Category.CLIENT, Deferral.Why.BUDGET, "no time"),
        List.of(
            new Deferral("Bo", Optional.of("ana"), Category.CLIENT, Deferral.Why.BUDGET, "no time"),
            new Deferral("Ana", Optional.empty(), Category.CLIENT, Deferral.Why.BUDGET, "no time"),
            new Deferral("Ana", Optional.of("ana"), Category.OTHER, Deferral.Why.BUDGET, "no time"),
            new Deferral(
                "Ana", Optional.of("ana"), Category.CLIENT, Deferral.Why.PAUSED, "no time"),
            new Deferral("Ana", Optional.of("ana"), Category.CLIENT, Deferral.Why.BUDGET, "later")),
        "subject=Ana",
        "why=BUDGET",
        "explanation=no time");
    assertThat(later.contactId()).contains("ana");
    assertThat(later.category()).isEqualTo(Category.CLIENT);
    assertThat(later.why()).isEqualTo(Deferral.Why.BUDGET);
    AgendaDay day = new AgendaDay(MONDAY, 30, false, List.of(touch()), Optional.empty());
    assertThat(day.busy()).isFalse();
    assertThat(new AgendaDay(MONDAY, 30, true, List.of(), Optional.empty()).busy()).isTrue();
    assertValue(
        () -> new Agenda(MONDAY, List.of(day), List.of(later), List.of("short")),
        List.of(
            new Agenda(MONDAY.plusDays(1), List.of(day), List.of(later), List.of("short")),
            new Agenda(MONDAY, List.of(), List.of(later), List.of("short")),
            new Agenda(MONDAY, List.of(day), List.of(), List.of("short")),
            new Agenda(MONDAY, List.of(day), List.of(later), List.of())),
        "from=2026-11-23",
        "short");
  }
}
