package io.github.cadence.examples;

import static java.util.Objects.requireNonNull;

import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * A small network of a consultant, built relative to a day so that "met three days ago" stays true
 * whenever the demo runs. Each contact shows one practice of the seeds.
 */
public final class DemoNetwork {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Instant asOf;
  private final Network network = new Network();

  private DemoNetwork(Instant asOf) {
    this.asOf = asOf;
  }

  /**
   * Builds the demo network as seen at an instant.
   *
   * @param asOf the instant the demo is about
   * @return the network
   */
  public static Network asOf(Instant asOf) {
    return new DemoNetwork(requireNonNull(asOf, "asOf")).build();
  }

  private Network build() {
    Instant created = daysAgo(400);
    LocalDate today = asOf.atZone(NEW_YORK).toLocalDate();

    add(
        Contact.builder("maria", created)
            .displayName("Maria Lopez")
            .tier(Tier.A)
            .roles(Role.CLIENT)
            .tags("retail")
            .zone(NEW_YORK));
    talk("maria", 19, Channel.MEETING, Intent.NEUTRAL);
    talk("maria", 60, Channel.CALL, Intent.GIVE);

    add(
        Contact.builder("tom", daysAgo(3))
            .displayName("Tom Becker")
            .tier(Tier.C)
            .roles(Role.PROSPECT)
            .tags("bni")
            .zone(NEW_YORK)
            .firstMet(FirstMeeting.at(today.minusDays(3), "BNI breakfast")));

    add(
        Contact.builder("priya", created)
            .displayName("Priya Shah")
            .tier(Tier.B)
            .roles(Role.STRATEGIC_PARTNER)
            .tags("bni")
            .zone(NEW_YORK));
    talk("priya", 9, Channel.CALL, Intent.GIVE);

    add(
        Contact.builder("ken", created)
            .displayName("Ken Watanabe")
            .tier(Tier.B)
            .roles(Role.CLIENT)
            .zone(NEW_YORK));
    talk("ken", 75, Channel.EMAIL, Intent.NEUTRAL);

    add(
        Contact.builder("dana", created)
            .displayName("Dana Fox")
            .tier(Tier.A)
            .roles(Role.REFERRAL_SOURCE)
            .zone(NEW_YORK));
    talk("dana", 30, Channel.MEETING, Intent.GIVE);
    attempt("dana", 12, Channel.CALL);
    attempt("dana", 8, Channel.EMAIL);

    add(
        Contact.builder("lena", created)
            .displayName("Lena Novak")
            .tier(Tier.B)
            .roles(Role.REFERRAL_SOURCE)
            .zone(BERLIN)
            .occasions(Occasion.birthday(MonthDay.from(today.plusDays(2)))));
    talk("lena", 12, Channel.CALL, Intent.NEUTRAL);

    add(
        Contact.builder("omar", created)
            .displayName("Omar Haddad")
            .tier(Tier.B)
            .roles(Role.REFERRAL_SOURCE)
            .zone(NEW_YORK));
    talk("omar", 35, Channel.CALL, Intent.ASK);
    talk("omar", 70, Channel.EMAIL, Intent.ASK);

    add(
        Contact.builder("grace", created)
            .displayName("Grace Kim")
            .tier(Tier.C)
            .roles(Role.SUPPLIER)
            .zone(NEW_YORK)
            .firstMet(FirstMeeting.at(today.minusDays(300), "Chamber mixer")));
    talk("grace", 40, Channel.EMAIL, Intent.NEUTRAL);
    network.record(
        Touchpoint.builder("grace", daysAgo(2))
            .channel(Channel.EVENT)
            .outcome(Outcome.CONNECTED)
            .note("Chamber of Commerce mixer")
            .build());

    add(
        Contact.builder("sam", created)
            .displayName("Sam Ortiz")
            .tier(Tier.A)
            .roles(Role.CLIENT)
            .zone(NEW_YORK));
    talk("sam", 20, Channel.CALL, Intent.NEUTRAL);
    attempt("sam", 1, Channel.EMAIL);

    add(
        Contact.builder("julia", created)
            .displayName("Julia Weber")
            .tier(Tier.A)
            .roles(Role.CLIENT)
            .zone(BERLIN)
            .status(ContactStatus.pausedUntil(today.plusDays(10))));
    talk("julia", 50, Channel.MEETING, Intent.NEUTRAL);

    add(
        Contact.builder("ben", created)
            .displayName("Ben Carter")
            .tier(Tier.B)
            .status(ContactStatus.archived())
            .zone(NEW_YORK));

    add(
        Contact.builder("ravi", created)
            .displayName("Ravi Patel")
            .tier(Tier.C)
            .roles(Role.COLLEAGUE)
            .zone(NEW_YORK));
    talk("ravi", 200, Channel.EMAIL, Intent.NEUTRAL);
    talk("ravi", 260, Channel.EMAIL, Intent.GIVE);

    return network;
  }

  private Instant daysAgo(int days) {
    return asOf.minus(Duration.ofDays(days));
  }

  private void add(Contact.Builder contact) {
    network.add(contact.build());
  }

  private void talk(String id, int daysAgo, Channel channel, Intent intent) {
    network.record(
        Touchpoint.builder(id, daysAgo(daysAgo))
            .channel(channel)
            .outcome(Outcome.CONNECTED)
            .intent(intent)
            .build());
  }

  private void attempt(String id, int daysAgo, Channel channel) {
    network.record(
        Touchpoint.builder(id, daysAgo(daysAgo))
            .channel(channel)
            .direction(Direction.OUTBOUND)
            .outcome(Outcome.NO_RESPONSE)
            .build());
  }
}
