package io.github.cadence.cli;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The bundled demo: the network of a consultant in New York with a few hundred contacts and two
 * years of history, generated from a fixed seed relative to the day it is shown, so that "met three
 * days ago" stays true whenever it runs and the same day always gives the same network. Each
 * contact follows one of the situations of the seeds, so that every built-in rule has something to
 * say: clients kept in rhythm and dormant ones, strategic partners, people met at an event this
 * week, unanswered attempts, someone called yesterday, birthdays, a one-sided give and ask, lost
 * ties.
 */
final class DemoNetwork {
  static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final long SEED = 2026;
  private static final int CONTACTS = 300;
  private static final List<String> FIRST =
      List.of(
          "Maria", "Tom", "Priya", "Ken", "Dana", "Lena", "Omar", "Grace", "Sam", "Julia", "Ben",
          "Ravi", "Aisha", "Carlos", "Mei", "Noah", "Olivia", "Hiro", "Fatima", "Lucas", "Emma",
          "Jonas", "Sofia", "Malik", "Chloe", "Arjun", "Ines", "Pavel", "Zoe", "Kwame");
  private static final List<String> LAST =
      List.of(
          "Lopez",
          "Becker",
          "Shah",
          "Watanabe",
          "Fox",
          "Novak",
          "Haddad",
          "Kim",
          "Ortiz",
          "Weber",
          "Carter",
          "Patel",
          "Okafor",
          "Silva",
          "Chen",
          "Brown",
          "Rossi",
          "Tanaka",
          "Hussein",
          "Moreau",
          "Nielsen",
          "Kowalski",
          "Garcia",
          "Ivanova",
          "Mensah",
          "Dubois",
          "Cohen",
          "Singh",
          "Murphy",
          "Larsen");
  private static final List<String> COMPANIES =
      List.of(
          "Acme Retail",
          "Globex",
          "Initech",
          "Umbrella Health",
          "Stark Logistics",
          "Wayne Capital",
          "Hooli",
          "Pied Piper",
          "Vandelay Imports",
          "Soylent Foods");
  private static final List<Channel> CHANNELS =
      List.of(Channel.CALL, Channel.EMAIL, Channel.MESSAGE, Channel.MEETING);
  private static final List<Intent> INTENTS = List.of(Intent.GIVE, Intent.ASK, Intent.NEUTRAL);
  private static final List<String> EVENTS =
      List.of("BNI breakfast", "Chamber mixer", "SaaS meetup", "Retail summit", "Alumni dinner");

  /** The situation a contact is in; each is a practice of the seeds. */
  private enum Situation {
    IN_RHYTHM,
    MET_THIS_WEEK,
    AFTER_EVENT,
    DORMANT_CLIENT,
    STRATEGIC_PARTNER,
    UNANSWERED,
    JUST_CALLED,
    BIRTHDAY_SOON,
    ONE_SIDED,
    LOST_TIE,
    PAUSED,
    ARCHIVED
  }

  private final Instant asOf;
  private final LocalDate today;
  private final Random random = new Random(SEED);
  private final MutableNetwork network = new MutableNetwork();

  private DemoNetwork(Instant asOf) {
    this.asOf = asOf;
    this.today = asOf.atZone(ZONE).toLocalDate();
  }

  /**
   * The demo network as seen at an instant.
   *
   * @param asOf the instant the demo is about
   * @return a new network
   */
  static MutableNetwork asOf(Instant asOf) {
    return new DemoNetwork(asOf).build();
  }

  private MutableNetwork build() {
    Situation[] situations = Situation.values();
    for (int i = 0; i < CONTACTS; i++) {
      // A few of every situation, most of them in rhythm, as a real network is.
      Situation s = i < situations.length * 4 ? situations[i % situations.length] : weighted();
      add(i, s);
    }
    return network;
  }

  private Situation weighted() {
    int r = random.nextInt(100);
    if (r < 55) {
      return Situation.IN_RHYTHM;
    } else if (r < 70) {
      return Situation.LOST_TIE;
    } else if (r < 78) {
      return Situation.DORMANT_CLIENT;
    } else if (r < 84) {
      return Situation.UNANSWERED;
    } else if (r < 89) {
      return Situation.ONE_SIDED;
    } else if (r < 93) {
      return Situation.JUST_CALLED;
    } else if (r < 96) {
      return Situation.BIRTHDAY_SOON;
    } else if (r < 98) {
      return Situation.PAUSED;
    }
    return Situation.ARCHIVED;
  }

  private void add(int index, Situation situation) {
    String first = FIRST.get(index % FIRST.size());
    String last = LAST.get((index / FIRST.size() + index * 7) % LAST.size());
    String id = (first + "-" + last).toLowerCase(Locale.ROOT) + (index < 30 ? "" : "-" + index);
    Tier tier = tier(situation);
    Contact.Builder b =
        Contact.builder(id, daysAgo(730 - random.nextInt(60)))
            .displayName(first + " " + last)
            .tier(tier)
            .zone(ZONE)
            .handles(Handle.email(id + "@example.com"))
            .organization(COMPANIES.get(random.nextInt(COMPANIES.size())));
    List<Touchpoint> touches = new ArrayList<>();
    switch (situation) {
      case IN_RHYTHM -> {
        b.roles(random.nextBoolean() ? Role.CLIENT : Role.COLLEAGUE);
        rhythm(id, tier, 0.6 + random.nextDouble() * 0.8, touches);
      }
      case MET_THIS_WEEK -> {
        b.roles(Role.PROSPECT);
        b.firstMet(FirstMeeting.at(today.minusDays(1 + random.nextInt(5)), event()));
      }
      case AFTER_EVENT -> {
        b.roles(Role.REFERRAL_SOURCE);
        rhythm(id, tier, 0.8, touches);
        touches.add(
            touch(id, 1 + random.nextInt(2), Channel.EVENT, Outcome.CONNECTED, Intent.NEUTRAL));
      }
      case DORMANT_CLIENT -> {
        b.roles(Role.CLIENT);
        rhythm(id, tier, 1.0, touches);
        touches.removeIf(t -> t.at().isAfter(daysAgo(60 + random.nextInt(90))));
      }
      case STRATEGIC_PARTNER -> {
        b.roles(Role.STRATEGIC_PARTNER);
        rhythm(id, tier, 1.0, touches);
      }
      case UNANSWERED -> {
        rhythm(id, tier, 1.2, touches);
        int attempts = 1 + random.nextInt(3);
        for (int a = 0; a < attempts; a++) {
          touches.add(
              touch(
                  id,
                  3 + a * 6,
                  a % 2 == 0 ? Channel.EMAIL : Channel.CALL,
                  Outcome.NO_RESPONSE,
                  Intent.NEUTRAL));
        }
      }
      case JUST_CALLED -> {
        b.roles(Role.CLIENT);
        rhythm(id, tier, 1.0, touches);
        touches.add(touch(id, 1, Channel.CALL, Outcome.CONNECTED, Intent.GIVE));
      }
      case BIRTHDAY_SOON -> {
        b.roles(Role.FRIEND);
        b.occasions(Occasion.birthday(MonthDay.from(today.plusDays(random.nextInt(6)))));
        rhythm(id, tier, 0.9, touches);
      }
      case ONE_SIDED -> {
        b.roles(Role.REFERRAL_SOURCE);
        for (int d = 20 + random.nextInt(10); d < 400; d += 45 + random.nextInt(30)) {
          touches.add(touch(id, d, Channel.EMAIL, Outcome.REPLIED, Intent.ASK));
        }
      }
      case LOST_TIE -> {
        rhythm(id, tier, 1.0, touches);
        long since = cadenceDays(tier) * (2L + random.nextInt(3));
        touches.removeIf(t -> t.at().isAfter(asOf.minus(Duration.ofDays(since))));
      }
      case PAUSED -> {
        b.roles(Role.MENTOR);
        b.status(ContactStatus.pausedUntil(today.plusDays(5 + random.nextInt(20))));
        rhythm(id, tier, 1.0, touches);
      }
      case ARCHIVED -> {
        b.status(ContactStatus.archived());
        rhythm(id, tier, 2.0, touches);
      }
    }
    network.add(b.build());
    network.recordAll(touches);
  }

  private long cadenceDays(Tier tier) {
    return ChronoUnit.DAYS.between(today, today.plus(tier.cadence()));
  }

  private Tier tier(Situation situation) {
    if (situation == Situation.STRATEGIC_PARTNER) {
      return Tier.A;
    }
    int r = random.nextInt(10);
    return r == 0 ? Tier.A : r < 4 ? Tier.B : Tier.C;
  }

  /** Two years of touches about every {@code stretch} cadences, some of them only attempts. */
  private void rhythm(String id, Tier tier, double stretch, List<Touchpoint> touches) {
    long step = Math.max(3, Math.round(cadenceDays(tier) * stretch));
    for (long d = 5L + random.nextInt((int) step); d < 720; d += step + random.nextInt(7) - 3L) {
      Channel channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
      Outcome outcome =
          channel != Channel.MEETING && random.nextInt(6) == 0
              ? Outcome.NO_RESPONSE
              : Outcome.CONNECTED;
      Intent intent = INTENTS.get(random.nextInt(INTENTS.size()));
      touches.add(touch(id, d, channel, outcome, intent));
    }
  }

  private Touchpoint touch(
      String id, long daysAgo, Channel channel, Outcome outcome, Intent intent) {
    Touchpoint.Builder t =
        Touchpoint.builder(id, daysAgo(daysAgo).minusSeconds(random.nextInt(36_000)))
            .channel(channel)
            .outcome(outcome)
            .intent(intent);
    if (channel == Channel.EVENT) {
      t.note(event());
    }
    return t.build();
  }

  private String event() {
    return EVENTS.get(random.nextInt(EVENTS.size()));
  }

  private Instant daysAgo(long days) {
    return asOf.minus(Duration.ofDays(days));
  }
}
