package io.github.cadence.benchmarks;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic network for benchmarks: contacts added two to three years ago, tiers A/B/C at
 * 20/30/50%, a role per contact, 5 to 15 touchpoints each (10 on average) spread over the two years
 * before {@code asOf}, on calls, emails, messages and meetings, a quarter of them inbound. The same
 * seed gives the same network, to Cadence and to every peer.
 */
final class GeneratedNetwork {
  /** The instant every benchmark asks about. */
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");

  /** The seed every benchmark uses. */
  static final long SEED = 42;

  private static final Role[] ROLES = Role.values();
  private static final Channel[] CHANNELS = {
    Channel.CALL, Channel.EMAIL, Channel.MESSAGE, Channel.MEETING
  };

  /** The outcomes of a touch with one person (not a broadcast), as the network was made with. */
  private static final Outcome[] OUTCOMES = {
    Outcome.CONNECTED, Outcome.REPLIED, Outcome.SENT, Outcome.LEFT_MESSAGE, Outcome.NO_RESPONSE
  };

  private static final Intent[] INTENTS = Intent.values();

  /** A generated network as plain lists, for loading into Cadence or a peer. */
  record Data(List<Contact> contacts, List<Touchpoint> touchpoints) {}

  private GeneratedNetwork() {}

  /** Generates the network into a Cadence {@link Network}. */
  static MutableNetwork generate(int contacts, long seed, Instant asOf) {
    MutableNetwork network = new MutableNetwork();
    generate(contacts, seed, asOf, network::add, network::record);
    return network;
  }

  /** Generates the network as lists. */
  static Data data(int contacts, long seed, Instant asOf) {
    List<Contact> all = new ArrayList<>(contacts);
    List<Touchpoint> touchpoints = new ArrayList<>(contacts * 10);
    generate(contacts, seed, asOf, all::add, touchpoints::add);
    return new Data(all, touchpoints);
  }

  /**
   * Generates the network, handing each contact and then its touchpoints to the consumers: a
   * million contacts never need to sit in a list at once.
   */
  static void generate(
      int contacts,
      long seed,
      Instant asOf,
      Consumer<Contact> onContact,
      Consumer<Touchpoint> onTouchpoint) {
    SplittableRandom random = new SplittableRandom(seed);
    long twoYears = Duration.ofDays(730).toMinutes();
    Instant twoYearsAgo = asOf.minus(Duration.ofDays(730));
    for (int i = 0; i < contacts; i++) {
      String id = "c" + i;
      int t = random.nextInt(10);
      Tier tier = t < 2 ? Tier.A : t < 5 ? Tier.B : Tier.C;
      Instant created = twoYearsAgo.minus(Duration.ofMinutes(1 + random.nextLong(twoYears / 2)));
      onContact.accept(
          Contact.builder(id, created)
              .tier(tier)
              .roles(ROLES[random.nextInt(ROLES.length)])
              .build());
      int touches = 5 + random.nextInt(11);
      for (int k = 0; k < touches; k++) {
        onTouchpoint.accept(
            Touchpoint.builder(id, asOf.minus(Duration.ofMinutes(random.nextLong(twoYears))))
                .channel(CHANNELS[random.nextInt(CHANNELS.length)])
                .direction(random.nextInt(4) == 0 ? Direction.INBOUND : Direction.OUTBOUND)
                .outcome(OUTCOMES[random.nextInt(OUTCOMES.length)])
                .intent(INTENTS[random.nextInt(INTENTS.length)])
                .build());
      }
    }
  }

  /**
   * The {@code n}-th call the benchmarks record: with contact {@code n mod contacts}, connected, up
   * to a thousand minutes before {@link #AS_OF}.
   */
  static Touchpoint call(int n, int contacts) {
    return Touchpoint.builder("c" + (n % contacts), AS_OF.minus(Duration.ofMinutes(n % 1000)))
        .channel(Channel.CALL)
        .outcome(Outcome.CONNECTED)
        .build();
  }
}
