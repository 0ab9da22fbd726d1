package io.github.cadence.jdbc;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.BusyPeriod;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Quota;
import io.github.cadence.plan.Span;
import io.github.cadence.rule.builtin.NoPesteringRule;
import io.github.cadence.rule.builtin.RuleParameters;
import io.github.cadence.rule.builtin.UnansweredAttemptsRule;
import io.github.cadence.tracking.Goal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A small network that uses every field a workspace keeps. */
final class Sample {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Tier MENTORS = new Tier("mentors", Period.ofDays(45), 1.5);

  private Sample() {}

  static Contact maria() {
    return Contact.builder("maria", NOW.minusSeconds(400 * 86_400L).plusNanos(123_456_789))
        .displayName("María Núñez")
        .tier(Tier.A)
        .roles(Role.CLIENT, Role.REFERRAL_SOURCE)
        .tags("berlin", "fintech")
        .firstMet(FirstMeeting.at(LocalDate.of(2024, 3, 12), "Web Summit, Lisbon"))
        .zone(ZoneId.of("Europe/Berlin"))
        .occasions(
            Occasion.birthday(MonthDay.of(12, 9)),
            Occasion.anniversary("company founded", MonthDay.of(2, 29)),
            Occasion.yearly("Cinco de Mayo", MonthDay.of(5, 5)),
            Occasion.once("product launch", LocalDate.of(2027, 1, 15)))
        .handles(
            Handle.profile("https://www.linkedin.com/in/maria-nunez"),
            Handle.email("Maria@Example.com"),
            Handle.phone("+49 30 1234567"),
            Handle.email("maria.nunez@gmail.com"))
        .organization("Núñez & Söhne GmbH")
        .build();
  }

  static Contact ken() {
    return Contact.builder("ken", NOW.minusSeconds(90 * 86_400L))
        .displayName("Ken O'Hara")
        .tier(MENTORS)
        .roles(Role.MENTOR)
        .firstMet(FirstMeeting.on(LocalDate.of(2026, 8, 1)))
        .status(ContactStatus.pausedUntil(LocalDate.of(2026, 12, 7)))
        .build();
  }

  static Contact ada() {
    return Contact.builder("ada", NOW.minusSeconds(30 * 86_400L))
        .displayName("Ada")
        .tier(Tier.C)
        .status(ContactStatus.archived())
        .build();
  }

  static Contact plain(String id) {
    return Contact.builder(id, NOW.minusSeconds(200 * 86_400L))
        .displayName("Contact " + id)
        .tier(Tier.B)
        .roles(Role.PROSPECT)
        .build();
  }

  static List<Contact> contacts() {
    return List.of(maria(), ken(), ada(), plain("bo"));
  }

  static List<Touchpoint> touchpoints() {
    List<Touchpoint> all = new ArrayList<>();
    all.add(
        Touchpoint.builder("maria", NOW.minusSeconds(20 * 86_400L))
            .channel(Channel.MEETING)
            .direction(Direction.OUTBOUND)
            .outcome(Outcome.CONNECTED)
            .intent(Intent.GIVE)
            .note("coffee; sent her the report")
            .source("calendar:evt-1")
            .build());
    all.add(
        Touchpoint.builder("maria", NOW.minusSeconds(3 * 86_400L))
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .build());
    all.add(
        Touchpoint.builder("ken", NOW.minusSeconds(60 * 86_400L))
            .channel(Channel.CALL)
            .direction(Direction.OUTBOUND)
            .outcome(Outcome.NO_RESPONSE)
            .intent(Intent.ASK)
            .build());
    return all;
  }

  static Touchpoint call(String contactId, Instant at, String source) {
    return Touchpoint.builder(contactId, at)
        .channel(Channel.CALL)
        .direction(Direction.OUTBOUND)
        .outcome(Outcome.CONNECTED)
        .source(source)
        .build();
  }

  static List<Goal> goals() {
    return List.of(
        Goal.touches(Role.CLIENT, 5, Span.WEEK),
        Goal.touches(20, Span.MONTH),
        Goal.reactivatedClients(3, Span.QUARTER),
        Goal.events(2, Span.MONTH),
        Goal.newContacts(4, Span.MONTH));
  }

  static Settings settings() {
    PlanSettings plan =
        PlanSettings.builder()
            .zone(ZoneId.of("America/New_York"))
            .dailyMinutes(45)
            .weekday(DayOfWeek.FRIDAY, 0)
            .dayOff(LocalDate.of(2026, 12, 24))
            .channelMinutes(Channel.CALL, 15)
            .quotas(
                Quota.atLeastWeekly(Category.CLIENT, 3),
                Quota.atMost(Category.EVENT, Span.MONTH, 2))
            .busy(new BusyPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), 10))
            .event(new NetworkingEvent("Fintech meetup", LocalDate.of(2026, 12, 3), 120))
            .eventDay(LocalDate.of(2026, 12, 3))
            .build();
    return Settings.of(
        plan,
        RuleParameters.defaults()
            .with(NoPesteringRule.WINDOW, Period.ofDays(5))
            .with(UnansweredAttemptsRule.MAX_ATTEMPTS, 2));
  }
}
