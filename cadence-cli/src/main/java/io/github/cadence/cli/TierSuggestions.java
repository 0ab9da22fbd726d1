package io.github.cadence.cli;

import io.github.cadence.history.Network;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A, B or C suggested from a contact's past year: who replies, who starts the touches, who gives
 * (referrals, introductions), how often you talk or meet, and the roles they play; broadcasts say
 * nothing about a tie and are left out. Points add up: 6 or more suggest A, 3 or more B, fewer C.
 * Contacts of the user's own tiers, and archived ones, are left alone.
 */
final class TierSuggestions {
  static final Set<String> TIERS = Set.of("A", "B", "C");
  private static final Duration YEAR = Duration.ofDays(365);

  private TierSuggestions() {}

  /** A suggested tier with its points and the reasons behind them. */
  record Suggestion(Contact contact, String tier, int points, List<String> reasons) {
    Suggestion {
      reasons = List.copyOf(reasons);
    }

    /** Whether the suggestion differs from the contact's tier now. */
    boolean changes() {
      return !tier.equals(contact.tier().name());
    }
  }

  /** How soon an answer from them counts as the reply to the messages before it. */
  private static final Duration REPLY_WITHIN = Duration.ofDays(14);

  /** The suggestions for every active or paused contact of tier A, B or C, in the network order. */
  static List<Suggestion> suggest(Network network, Instant now) {
    List<Suggestion> all = new ArrayList<>();
    for (Contact c : network.contacts()) {
      if (TIERS.contains(c.tier().name()) && !(c.status() instanceof ContactStatus.Archived)) {
        all.add(suggest(c, network.touchpoints(c.id()), now));
      }
    }
    return all;
  }

  static Suggestion suggest(Contact c, List<Touchpoint> touchpoints, Instant now) {
    Instant since = now.minus(YEAR);
    int conversations = 0;
    int meetings = 0;
    int outbound = 0;
    int answered = 0;
    int inbound = 0;
    int total = 0;
    int given = 0;
    // Outbound messages waiting for an answer: one from them within REPLY_WITHIN answers them all,
    // as a reply in a thread of messages does (LinkedIn's export marks every message sent, none
    // replied).
    List<Instant> waiting = new ArrayList<>();
    for (Touchpoint t : touchpoints) { // in time order
      if (t.at().isBefore(since) || t.at().isAfter(now) || t.isBroadcast()) {
        continue; // a newsletter says nothing about the tie
      }
      total++;
      if (t.direction() == Direction.INBOUND && t.intent() == Intent.GIVE) {
        given++;
      }
      if (t.isConversation()) {
        conversations++;
        if (t.channel() == Channel.MEETING || t.channel() == Channel.EVENT) {
          meetings++;
        }
      }
      if (t.direction() == Direction.INBOUND) {
        inbound++;
        for (Instant sent : waiting) {
          if (!t.at().isAfter(sent.plus(REPLY_WITHIN))) {
            answered++;
          }
        }
        waiting.clear();
      } else if (t.channel().expectsReply()) {
        outbound++;
        if (t.outcome() == Outcome.CONNECTED || t.outcome() == Outcome.REPLIED) {
          answered++;
        } else {
          waiting.add(t.at());
        }
      }
    }
    int points = 0;
    List<String> reasons = new ArrayList<>();
    if (c.hasRole(Role.CLIENT)
        || c.hasRole(Role.STRATEGIC_PARTNER)
        || c.hasRole(Role.REFERRAL_SOURCE)) {
      points += 3;
      reasons.add(roles(c) + " (+3)");
    } else if (c.hasRole(Role.PROSPECT) || c.hasRole(Role.MENTOR)) {
      points += 1;
      reasons.add(roles(c) + " (+1)");
    }
    if (given > 0) {
      points += 2;
      reasons.add(
          (given == 1
                  ? "gave you a referral or an introduction"
                  : "gave you " + given + " referrals or introductions")
              + " in the past year (+2)");
    }
    if (meetings >= 4) {
      points += 2;
      reasons.add(meetings + " meetings in person in the past year (+2)");
    } else if (meetings >= 1) {
      points += 1;
      reasons.add(
          (meetings == 1 ? "a meeting" : meetings + " meetings")
              + " in person in the past year (+1)");
    }
    if (conversations >= 6) {
      points += 1;
      reasons.add(conversations + " conversations in the past year (+1)");
    } else if (conversations == 0) {
      points -= 1;
      reasons.add("no conversation in the past year (-1)");
    }
    if (outbound >= 3) {
      String replies = "answered " + answered + " of your " + outbound + " messages and calls";
      if (answered * 10 >= outbound * 6) {
        points += 1;
        reasons.add(replies + " (+1)");
      } else if (answered * 10 <= outbound * 2) {
        points -= 1;
        reasons.add(replies + " (-1)");
      }
    }
    if (total >= 3 && inbound * 10 >= total * 2) {
      int p = inbound * 10 >= total * 4 ? 2 : 1;
      points += p;
      reasons.add("started " + inbound + " of " + total + " touches (+" + p + ")");
    }
    String tier = tier(points, c.tier().name());
    return new Suggestion(c, tier, points, reasons);
  }

  /**
   * A from 6 points, B from 3, else C; but one point of slack keeps a contact where it is, so that
   * a contact on the edge does not move back and forth: an A stays A from 5 points, a B stays B
   * from 2.
   */
  static String tier(int points, String current) {
    String raw = points >= 6 ? "A" : points >= 3 ? "B" : "C";
    if (current.equals("A") && raw.equals("B") && points >= 5) {
      return "A";
    }
    if (current.equals("B") && raw.equals("C") && points >= 2) {
      return "B";
    }
    return raw;
  }

  private static String roles(Contact c) {
    List<String> names = c.roles().stream().map(Codes::name).sorted().toList();
    return "a " + String.join(" and ", names).replace('-', ' ');
  }
}
