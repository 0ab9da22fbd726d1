package io.github.cadence.examples;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The README's quick start, compiled and run by the tests so that it stays true. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds a two-person network and returns its queue as of an instant.
   *
   * @param now the instant to ask about
   * @return the queue
   */
  public static FollowUpQueue queue(Instant now) {
    // --- README quick start ---
    Network network =
        new Network()
            .add(
                Contact.builder("maria", now.minus(Duration.ofDays(400)))
                    .displayName("Maria Lopez")
                    .tier(Tier.A)
                    .roles(Role.CLIENT)
                    .build())
            .add(
                Contact.builder("tom", now.minus(Duration.ofDays(3)))
                    .displayName("Tom Becker")
                    .firstMet(FirstMeeting.at(LocalDate.of(2026, 11, 20), "BNI breakfast"))
                    .build());
    network.record(
        Touchpoint.builder("maria", now.minus(Duration.ofDays(19)))
            .channel(Channel.MEETING)
            .outcome(Outcome.CONNECTED)
            .build());

    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    FollowUpQueue queue = engine.queue(network, now);
    for (QueueEntry e : queue.entries()) {
      System.out.println(e.contact().displayName() + " via " + e.channel() + ": " + e.reasons());
    }
    // --- end ---
    return queue;
  }

  /**
   * Runs the quick start as of 2026-11-23 09:00 UTC.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    queue(Instant.parse("2026-11-23T09:00:00Z"));
  }
}
