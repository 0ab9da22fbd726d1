package io.github.cadence;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Duration;
import java.time.Instant;

/** Small builders that keep the scenario tests readable. */
public final class Fixtures {
  /** The instant most scenarios are asked about: Monday 23 November 2026, 09:00 UTC. */
  public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private Fixtures() {}

  public static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  public static Instant inDays(double days) {
    return NOW.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  /** A contact created a year ago. */
  public static Contact.Builder contact(String id) {
    return Contact.builder(id, daysAgo(365));
  }

  public static Touchpoint conversation(String id, Instant at, Channel channel) {
    return Touchpoint.builder(id, at).channel(channel).outcome(Outcome.CONNECTED).build();
  }

  public static Touchpoint conversation(String id, Instant at, Channel channel, Intent intent) {
    return Touchpoint.builder(id, at)
        .channel(channel)
        .outcome(Outcome.CONNECTED)
        .intent(intent)
        .build();
  }

  public static Touchpoint unanswered(String id, Instant at, Channel channel) {
    return Touchpoint.builder(id, at).channel(channel).outcome(Outcome.NO_RESPONSE).build();
  }

  public static Touchpoint inbound(String id, Instant at, Channel channel) {
    return Touchpoint.builder(id, at)
        .channel(channel)
        .direction(Direction.INBOUND)
        .outcome(Outcome.SENT)
        .build();
  }

  public static Touchpoint event(String id, Instant at, String name) {
    return Touchpoint.builder(id, at)
        .channel(Channel.EVENT)
        .outcome(Outcome.CONNECTED)
        .note(name)
        .build();
  }
}
