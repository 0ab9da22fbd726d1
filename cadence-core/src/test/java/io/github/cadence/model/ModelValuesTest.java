package io.github.cadence.model;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The model's types are values: equal when every field is. */
class ModelValuesTest {
  private static final MonthDay DAY = MonthDay.of(12, 9);

  /** A connected lunch call, changed as {@code change} says. */
  private static Touchpoint lunch(String id, Instant at, UnaryOperator<Touchpoint.Builder> change) {
    return change
        .apply(
            Touchpoint.builder(id, at)
                .channel(Channel.CALL)
                .outcome(Outcome.CONNECTED)
                .note("lunch")
                .source("cal:1"))
        .build();
  }

  @Test
  void occasionsAndMeetingsAreValues() {
    Occasion launch = new Occasion(Occasion.Kind.CUSTOM, "launch", DAY, 2026);
    assertThat(launch.day()).isEqualTo(DAY);
    assertThat(launch.year()).hasValue(2026);
    assertThat(launch.label()).isEqualTo("launch");
    assertValue(
        () -> new Occasion(Occasion.Kind.CUSTOM, "launch", DAY, 2026),
        List.of(
            new Occasion(Occasion.Kind.ANNIVERSARY, "launch", DAY, 2026),
            new Occasion(Occasion.Kind.CUSTOM, "party", DAY, 2026),
            new Occasion(Occasion.Kind.CUSTOM, "launch", MonthDay.of(12, 10), 2026),
            new Occasion(Occasion.Kind.CUSTOM, "launch", DAY, 2027),
            new Occasion(Occasion.Kind.CUSTOM, "launch", DAY, null),
            Occasion.of(Occasion.Kind.CUSTOM, "launch", DateRule.yearlySince(DAY.atYear(2026))),
            Occasion.of(
                Occasion.Kind.CUSTOM, "launch", DateRule.parse("second Wednesday of December"))),
        "kind=CUSTOM",
        "label=launch",
        "date=2026-12-09");
    assertValue(
        () -> FirstMeeting.at(LocalDate.of(2026, 11, 20), "BNI"),
        List.of(
            FirstMeeting.at(LocalDate.of(2026, 11, 21), "BNI"),
            FirstMeeting.at(LocalDate.of(2026, 11, 20), "Chamber"),
            FirstMeeting.on(LocalDate.of(2026, 11, 20))),
        "date=2026-11-20",
        "BNI");
  }

  @Test
  void contactsAndTouchpointsAreValues() {
    assertValue(
        () -> Contact.builder("ana", NOW).displayName("Ana").tier(Tier.A).build(),
        List.of(
            Contact.builder("bo", NOW).displayName("Ana").tier(Tier.A).build(),
            Contact.builder("ana", NOW).displayName("Anna").tier(Tier.A).build(),
            Contact.builder("ana", NOW).displayName("Ana").tier(Tier.B).build(),
            Contact.builder("ana", NOW).displayName("Ana").tier(Tier.A).roles(Role.CLIENT).build(),
            Contact.builder("ana", NOW).displayName("Ana").tier(Tier.A).tags("vip").build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .firstMet(FirstMeeting.on(LocalDate.of(2026, 1, 2)))
                .build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .zone(ZoneId.of("Europe/Berlin"))
                .build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .occasions(Occasion.birthday(DAY))
                .build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .status(ContactStatus.archived())
                .build(),
            Contact.builder("ana", NOW.minusSeconds(1)).displayName("Ana").tier(Tier.A).build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .handles(Handle.email("ana@example.com"))
                .build(),
            Contact.builder("ana", NOW)
                .displayName("Ana")
                .tier(Tier.A)
                .organization("Acme")
                .build()),
        "id=ana",
        "displayName=Ana");
    assertValue(
        () -> lunch("ana", NOW, b -> b),
        List.of(
            lunch("bo", NOW, b -> b),
            lunch("ana", NOW.plusSeconds(1), b -> b),
            lunch("ana", NOW, b -> b.channel(Channel.EMAIL)),
            lunch("ana", NOW, b -> b.direction(Direction.INBOUND)),
            lunch("ana", NOW, b -> b.outcome(Outcome.NO_RESPONSE)),
            lunch("ana", NOW, b -> b.intent(Intent.ASK)),
            lunch("ana", NOW, b -> b.note("dinner")),
            lunch("ana", NOW, b -> b.source("cal:2"))),
        "contactId=ana",
        "channel=CALL",
        "note=Optional[lunch]",
        "source=Optional[cal:1]");
  }
}
