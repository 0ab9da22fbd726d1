package io.github.cadence.examples;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
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

/** The README's quick start: a two-person network and whom to reach out to first. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Prints the queue as of 2026-11-23 09:00 UTC.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    for (QueueEntry e : queue(now).entries()) {
      System.out.println(e.contact().displayName() + " via " + e.channel() + ": " + e.reasons());
    }
  }

  /**
   * Builds the network and ranks it.
   *
   * @param now the instant to ask about
   * @return the follow-up queue as of {@code now}
   */
  public static FollowUpQueue queue(Instant now) {
    MutableNetwork network =
        new MutableNetwork()
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
    return CadenceEngine.of(BuiltInRules.defaults()).queue(network, now);
  }
}
