package io.github.cadence.flink;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated multi-tenant network: contacts of every tier, role and status, with histories that
 * give every built-in rule something to say, and the events in a random order. The same seed gives
 * the same network.
 */
public final class TestNetworks {
  /** The outcomes of a touch with one person: a broadcast is outbound only. */
  private static final Outcome[] PERSONAL = {
    Outcome.CONNECTED, Outcome.REPLIED, Outcome.SENT, Outcome.LEFT_MESSAGE, Outcome.NO_RESPONSE
  };

  public static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"));

  /** One tenant's contacts and touchpoints. */
  public record Tenant(String name, List<Contact> contacts, List<Touchpoint> touchpoints) {}

  private TestNetworks() {}

  public static List<Tenant> tenants(long seed, int tenants, int contactsEach) {
    Random random = new Random(seed);
    List<Tenant> all = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      List<Contact> contacts = new ArrayList<>();
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (int i = 0; i < contactsEach; i++) {
        // The same ids in every tenant: the key must keep them apart.
        String id = "c" + i;
        Instant created = AS_OF.minus(Duration.ofDays(1 + random.nextInt(700)));
        Contact.Builder b =
            Contact.builder(id, created)
                .displayName("Contact " + i + " of tenant " + t)
                .tier(List.of(Tier.A, Tier.B, Tier.C).get(random.nextInt(3)))
                .zone(ZONES.get(random.nextInt(ZONES.size())));
        int roll = random.nextInt(10);
        if (roll < 3) {
          b.roles(Role.values()[random.nextInt(Role.values().length)]);
        }
        if (random.nextInt(4) == 0) {
          b.firstMet(
              FirstMeeting.at(
                  AS_OF.atZone(ZoneId.of("UTC")).toLocalDate().minusDays(random.nextInt(20)),
                  "a meetup"));
        }
        if (random.nextInt(4) == 0) {
          b.occasions(
              Occasion.birthday(MonthDay.from(LocalDate.ofYearDay(2028, 1 + random.nextInt(366)))));
        }
        int status = random.nextInt(20);
        if (status == 0) {
          b.status(ContactStatus.archived());
        } else if (status == 1) {
          b.status(ContactStatus.pausedUntil(LocalDate.of(2026, 12, 1 + random.nextInt(20))));
        }
        contacts.add(b.build());
        int touches = random.nextInt(12);
        for (int k = 0; k < touches; k++) {
          Instant at =
              created.plus(
                  Duration.ofMinutes(
                      (long)
                          (random.nextDouble()
                              * Duration.between(created, AS_OF.plus(Duration.ofDays(3)))
                                  .toMinutes())));
          Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
          Touchpoint.Builder tp =
              Touchpoint.builder(id, at)
                  .channel(channel)
                  .direction(random.nextInt(3) == 0 ? Direction.INBOUND : Direction.OUTBOUND)
                  .outcome(PERSONAL[random.nextInt(PERSONAL.length)])
                  .intent(Intent.values()[random.nextInt(Intent.values().length)])
                  .source("t" + t + "/" + id + "/" + k);
          if (channel == Channel.EVENT) {
            tp.note("Chamber mixer");
          }
          touchpoints.add(tp.build());
        }
      }
      all.add(new Tenant("tenant-" + t, contacts, touchpoints));
    }
    return all;
  }

  /** Every contact and touchpoint of the tenants as events, shuffled. */
  static List<CadenceEvent> events(List<Tenant> tenants, long seed) {
    List<CadenceEvent> events = new ArrayList<>();
    for (Tenant t : tenants) {
      t.contacts().forEach(c -> events.add(CadenceEvent.of(t.name(), c)));
      t.touchpoints().forEach(p -> events.add(CadenceEvent.of(t.name(), p)));
    }
    Collections.shuffle(events, new Random(seed));
    return events;
  }
}
