package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns LinkedIn messages into touchpoints: a message the user sent is an outbound message to each
 * recipient who is a contact, a message the user received an inbound one from its sender. Each gets
 * a source key made of the conversation, the second it was sent, a fingerprint of its words and the
 * other person's profile, so that importing the same export again adds nothing.
 */
final class Messages {
  private final @Nullable String owner;

  /** A profile address in the messages: its key, the contact it is, whether it is the user. */
  private record Party(@Nullable String key, Merger.@Nullable Person contact, boolean me) {}

  Messages(@Nullable String owner) {
    this.owner = owner;
  }

  void touchpoints(
      List<LinkedIn.Message> messages, List<Merger.Person> persons, List<String> skipped) {
    if (messages.isEmpty()) {
      return;
    }
    Map<String, Merger.Person> byProfile = new HashMap<>();
    for (Merger.Person p : persons) {
      p.handles.forEach(
          (key, h) -> {
            if (h.kind() == Handle.Kind.PROFILE) {
              byProfile.putIfAbsent(key, p);
            }
          });
    }
    String me = owner != null ? key(owner) : findOwner(messages, byProfile);
    // Each address once: its key, and the contact it is (a million messages name about as many
    // people as there are connections).
    Map<String, Party> parties = new HashMap<>();
    Function<String, Party> party =
        url -> {
          String key = key(url);
          return new Party(
              key, key == null ? null : byProfile.get(key), key != null && key.equals(me));
        };
    int strangers = 0;
    int unknownSender = 0;
    List<Job> jobs = new ArrayList<>(messages.size());
    for (LinkedIn.Message m : messages) {
      String senderUrl = m.senderUrl();
      Party sender = senderUrl == null ? null : parties.computeIfAbsent(senderUrl, party);
      if (sender == null || sender.key() == null) {
        unknownSender++;
        continue;
      }
      if (sender.me()) {
        for (String url : m.recipientUrls()) {
          Party recipient = parties.computeIfAbsent(url, party);
          if (recipient.contact() == null || recipient.key() == null) {
            strangers++;
            continue;
          }
          jobs.add(new Job(recipient.contact(), m, Direction.OUTBOUND, recipient.key()));
        }
      } else if (sender.contact() == null) {
        strangers++;
      } else {
        jobs.add(new Job(sender.contact(), m, Direction.INBOUND, sender.key()));
      }
    }
    // Making a million touchpoints (their source keys, their checks) takes both cores; each
    // contact then gets its own in the order of the messages.
    Touchpoint[] made = new Touchpoint[jobs.size()];
    IntStream.range(0, made.length).parallel().forEach(i -> made[i] = jobs.get(i).touchpoint());
    for (int i = 0; i < made.length; i++) {
      jobs.get(i).contact().touches.add(made[i]);
    }
    if (strangers > 0) {
      skipped.add(
          strangers
              + (strangers == 1 ? " message" : " messages")
              + " with people who are not among the contacts (import Connections.csv"
              + " with messages.csv to keep them)");
    }
    if (unknownSender > 0) {
      skipped.add(
          unknownSender
              + (unknownSender == 1 ? " message" : " messages")
              + " without a sender's profile (deleted accounts)");
    }
  }

  /** A touchpoint to make: the message, and the contact it was to or from. */
  private record Job(
      Merger.Person contact, LinkedIn.Message message, Direction direction, String other) {
    Touchpoint touchpoint() {
      LinkedIn.Message m = message;
      String source =
          "linkedin:"
              + m.conversation()
              + ":"
              + m.at().getEpochSecond()
              + ":"
              + Integer.toHexString(m.fingerprint())
              + ":"
              + other.substring(other.indexOf(' ') + 1);
      return Importer.touch(requireNonNull(contact.id), m.at(), Channel.MESSAGE, direction, source);
    }
  }

  private static @Nullable String key(String url) {
    try {
      return "profile " + Handles.profileKey(Handle.profile(url).value());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> participants(LinkedIn.Message m) {
    String sender = m.senderUrl();
    if (sender == null) {
      return m.recipientUrls();
    }
    List<String> all = new ArrayList<>(m.recipientUrls().size() + 1);
    all.add(sender);
    all.addAll(m.recipientUrls());
    return all;
  }

  /**
   * The user is in every message of their own export: the one profile found in all of them that is
   * not a contact.
   */
  private String findOwner(List<LinkedIn.Message> messages, Map<String, Merger.Person> contacts) {
    // The user sent or received every message of their export, so they are one of the first
    // message's people; keep those found in every message, by the address as the export writes it.
    List<String> people = new ArrayList<>(new LinkedHashSet<>(participants(messages.get(0))));
    for (LinkedIn.Message m : messages) {
      people.removeIf(url -> !url.equals(m.senderUrl()) && !m.recipientUrls().contains(url));
      if (people.isEmpty()) {
        break;
      }
    }
    List<String> candidates = new ArrayList<>();
    for (String url : people) {
      String k = key(url);
      if (k != null && !contacts.containsKey(k) && !candidates.contains(k)) {
        candidates.add(k);
      }
    }
    if (candidates.size() != 1) {
      throw new ImportException(
          messages.get(0).source(),
          0,
          null,
          null,
          candidates.isEmpty()
              ? "cannot tell which sender is you: nobody outside your contacts is in every"
                  + " message; give your LinkedIn profile address as the owner"
              : "cannot tell which sender is you: "
                  + String.join(" and ", candidates)
                  + " are both in every message; give your LinkedIn profile address as the"
                  + " owner",
          null);
    }
    return candidates.get(0);
  }
}
