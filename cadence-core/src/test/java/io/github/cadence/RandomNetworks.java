package io.github.cadence;

import static io.github.cadence.Fixtures.NOW;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of random networks: tiers, roles, zones with DST, occasions, touchpoints. */
public final class RandomNetworks {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Australia/Lord_Howe"));

  private RandomNetworks() {}

  /** One touchpoint, placed relative to {@link Fixtures#NOW}; some lie in the future. */
  public record TouchSpec(
      long minutesFromNow, Channel channel, Direction direction, Outcome outcome, Intent intent) {
    public Touchpoint toTouchpoint(String contactId) {
      Touchpoint.Builder b =
          Touchpoint.builder(contactId, NOW.plus(Duration.ofMinutes(minutesFromNow)))
              .channel(channel)
              .direction(direction)
              .outcome(outcome)
              .intent(intent);
      if (channel == Channel.EVENT) {
        b.note("event " + Math.floorMod(minutesFromNow, 3));
      }
      return b.build();
    }
  }

  /** One contact and its touchpoints. */
  public record ContactSpec(
      Tier tier,
      Set<Role> roles,
      ZoneId zone,
      int createdDaysAgo,
      Optional<Integer> metDaysAgo,
      Optional<MonthDay> birthday,
      int status,
      List<TouchSpec> touches) {
    public Contact toContact(String id) {
      // Some contacts are created off the millisecond, so their rhythm's instants are too.
      Instant created =
          NOW.minus(Duration.ofDays(createdDaysAgo)).minusNanos(createdDaysAgo % 3 * 400_001L);
      LocalDate today = NOW.atZone(zone).toLocalDate();
      Contact.Builder b =
          Contact.builder(id, created).tier(tier).roles(roles.toArray(Role[]::new)).zone(zone);
      metDaysAgo.ifPresent(d -> b.firstMet(FirstMeeting.at(today.minusDays(d), "event " + d % 3)));
      birthday.ifPresent(d -> b.occasions(Occasion.birthday(d)));
      if (status == 0) {
        b.status(ContactStatus.archived());
      } else if (status == 1) {
        b.status(ContactStatus.pausedUntil(today.plusDays(createdDaysAgo % 40)));
      }
      return b.build();
    }
  }

  /** A network, and the instant to ask about (never before a contact was created). */
  public record NetworkSpec(List<ContactSpec> contacts, long asOfMinutesFromNow) {
    public Instant asOf() {
      return NOW.plus(Duration.ofMinutes(asOfMinutesFromNow));
    }

    public static String id(int index) {
      return "c" + index;
    }

    public List<Touchpoint> touchpoints() {
      List<Touchpoint> all = new ArrayList<>();
      for (int i = 0; i < contacts.size(); i++) {
        for (TouchSpec t : contacts.get(i).touches()) {
          all.add(t.toTouchpoint(id(i)));
        }
      }
      return all;
    }

    /** Builds the network, recording the touchpoints in an order shuffled by {@code seed}. */
    public Network build(long seed) {
      Network network = new Network();
      for (int i = 0; i < contacts.size(); i++) {
        network.add(contacts.get(i).toContact(id(i)));
      }
      List<Touchpoint> touchpoints = touchpoints();
      Collections.shuffle(touchpoints, new Random(seed));
      touchpoints.forEach(network::record);
      return network;
    }

    public Network build() {
      Network network = new Network();
      for (int i = 0; i < contacts.size(); i++) {
        network.add(contacts.get(i).toContact(id(i)));
      }
      network.recordAll(touchpoints());
      return network;
    }
  }

  public static Arbitrary<TouchSpec> touchpoints() {
    return Combinators.combine(
            Arbitraries.longs().between(-500L * 24 * 60, 20L * 24 * 60),
            Arbitraries.of(Channel.class),
            Arbitraries.of(Direction.class),
            Arbitraries.of(Outcome.class),
            Arbitraries.of(Intent.class))
        .as(TouchSpec::new);
  }

  public static Arbitrary<ContactSpec> contacts() {
    return Combinators.combine(
            Arbitraries.of(Tier.A, Tier.B, Tier.C),
            Arbitraries.subsetOf(Role.values()).ofMaxSize(2),
            Arbitraries.of(ZONES),
            Arbitraries.integers().between(1, 600),
            Arbitraries.integers().between(0, 60).optional(0.3),
            Arbitraries.integers()
                .between(1, 366)
                .map(d -> MonthDay.from(LocalDate.ofYearDay(2028, d)))
                .optional(0.3),
            Arbitraries.integers().between(0, 9),
            touchpoints().list().ofMaxSize(12))
        .as(ContactSpec::new);
  }

  public static Arbitrary<NetworkSpec> networks() {
    return Combinators.combine(
            contacts().list().ofMinSize(1).ofMaxSize(12),
            Arbitraries.longs().between(0, 60L * 24 * 60))
        .as(NetworkSpec::new);
  }
}
