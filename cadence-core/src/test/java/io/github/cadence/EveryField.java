package io.github.cadence;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;

/**
 * The codec contract's fixture: a contact and a touchpoint with every field set to a value other
 * than its default, with the characters that codecs get wrong (quotes, commas, a line break,
 * accents, nanoseconds, 29 February). Every codec of contacts and touchpoints (network CSV and
 * JSON, the workspace's rows, Flink's records) must give back exactly these; {@code EveryFieldTest}
 * fails when the model gains a field these do not set, so that no codec can drop a new field
 * without a test noticing.
 */
public final class EveryField {
  private EveryField() {}

  /** A contact with every field set. */
  public static Contact contact() {
    return Contact.builder("maria", Instant.parse("2025-10-19T09:00:00.123456789Z"))
        .displayName("María \"Mia\" Núñez, Jr.")
        .tier(new Tier("mentors", Period.ofDays(45), 1.5))
        .roles(Role.CLIENT, Role.REFERRAL_SOURCE)
        .tags("berlin", "fintech, payments")
        .firstMet(FirstMeeting.at(LocalDate.of(2024, 3, 12), "Web Summit, Lisbon"))
        .zone(ZoneId.of("Europe/Berlin"))
        .occasions(
            Occasion.birthday(MonthDay.of(12, 9)),
            Occasion.anniversary("company founded", MonthDay.of(2, 29)),
            Occasion.yearly("Cinco de Mayo", MonthDay.of(5, 5)),
            Occasion.once("product launch", LocalDate.of(2027, 1, 15)),
            Occasion.of(
                Occasion.Kind.CUSTOM, "Father's Day", DateRule.parse("third Sunday of June")),
            Occasion.of(
                Occasion.Kind.ANNIVERSARY,
                "in business",
                DateRule.yearlySince(LocalDate.of(2016, 2, 29))),
            Occasion.of(
                Occasion.Kind.CUSTOM, "team call", DateRule.parse("last Friday of the month")),
            Occasion.of(
                Occasion.Kind.CUSTOM,
                "fiscal year review",
                DateRule.parse("first Monday after September 15")))
        .note("Prefers calls after 4pm, Berlin time;\nask about the new warehouse")
        .status(ContactStatus.pausedUntil(LocalDate.of(2026, 12, 7)))
        .handles(
            Handle.profile("https://www.linkedin.com/in/maria-nunez"),
            Handle.email("Maria@Example.com"),
            Handle.phone("+49 30 1234567"))
        .organization("Núñez & Söhne GmbH")
        .snoozedUntil(LocalDate.of(2026, 12, 14))
        .nextMeeting(Instant.parse("2026-12-08T13:30:00.000000123Z"))
        .build();
  }

  /** A touchpoint of {@link #contact()} with every field set. */
  public static Touchpoint touchpoint() {
    return Touchpoint.builder("maria", Instant.parse("2026-11-02T10:15:30.250Z"))
        .channel(Channel.MEETING)
        .direction(Direction.INBOUND)
        .outcome(Outcome.CONNECTED)
        .intent(Intent.GIVE)
        .note("Lunch, \"the usual\" place;\nintroduced her to Ken")
        .source("cal:42")
        .build();
  }
}
