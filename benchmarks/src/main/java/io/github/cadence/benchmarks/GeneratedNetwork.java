package io.github.cadence.benchmarks;

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
import java.util.SplittableRandom;

/**
 * A deterministic network for benchmarks: tiers A/B/C at 20/30/50%, a role per contact, about ten
 * touchpoints each spread over the two years before {@code asOf}. The same seed gives the same
 * network.
 */
final class GeneratedNetwork {
  private static final Role[] ROLES = Role.values();
  private static final Channel[] CHANNELS = {
    Channel.CALL, Channel.EMAIL, Channel.MESSAGE, Channel.MEETING
  };
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final Intent[] INTENTS = Intent.values();

  private GeneratedNetwork() {}

  static Network generate(int contacts, long seed, Instant asOf) {
    SplittableRandom random = new SplittableRandom(seed);
    Network network = new Network();
    long twoYears = Duration.ofDays(730).toMinutes();
    for (int i = 0; i < contacts; i++) {
      String id = "c" + i;
      int t = random.nextInt(10);
      Tier tier = t < 2 ? Tier.A : t < 5 ? Tier.B : Tier.C;
      network.add(
          Contact.builder(id, asOf.minus(Duration.ofDays(731)))
              .tier(tier)
              .roles(ROLES[random.nextInt(ROLES.length)])
              .build());
      int touches = 5 + random.nextInt(11);
      for (int k = 0; k < touches; k++) {
        network.record(
            Touchpoint.builder(id, asOf.minus(Duration.ofMinutes(random.nextLong(twoYears))))
                .channel(CHANNELS[random.nextInt(CHANNELS.length)])
                .direction(random.nextInt(4) == 0 ? Direction.INBOUND : Direction.OUTBOUND)
                .outcome(OUTCOMES[random.nextInt(OUTCOMES.length)])
                .intent(INTENTS[random.nextInt(INTENTS.length)])
                .build());
      }
    }
    return network;
  }
}
