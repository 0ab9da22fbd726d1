package io.github.cadence.io;

import io.github.cadence.model.Direction;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns LinkedIn messages into touchpoints: a message the user sent is an outbound message to each
 * recipient who is a contact, a message the user received an inbound one from its sender. Each gets
 * a source key made of the conversation, the second it was sent, a fingerprint of its words and the
 * other person's profile, so that importing the same export again adds nothing.
 */
final class Messages {
  private final @Nullable String owner;

  Messages(@Nullable String owner) {
    this.owner = owner;
  }

  void touchpoints(
      List<LinkedIn.Message> messages,
      List<Merger.Person> persons,
      Map<Merger.Person, List<Touchpoint>> touches,
      List<String> skipped) {
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
    int strangers = 0;
    int unknownSender = 0;
    for (LinkedIn.Message m : messages) {
      String sender = m.senderUrl() == null ? null : key(m.senderUrl());
      if (sender == null) {
        unknownSender++;
        continue;
      }
      if (sender.equals(me)) {
        for (String url : m.recipientUrls()) {
          String recipient = key(url);
          Merger.Person p = recipient == null ? null : byProfile.get(recipient);
          if (p == null || recipient == null) {
            strangers++;
            continue;
          }
          add(touches, p, m, Direction.OUTBOUND, recipient);
        }
      } else {
        Merger.Person p = byProfile.get(sender);
        if (p == null) {
          strangers++;
          continue;
        }
        add(touches, p, m, Direction.INBOUND, sender);
      }
    }
    if (strangers > 0) {
      skipped.add(
          strangers
              + " messages with people who are not among the contacts (import Connections.csv"
              + " with messages.csv to keep them)");
    }
    if (unknownSender > 0) {
      skipped.add(unknownSender + " messages without a sender's profile (deleted accounts)");
    }
  }

  private static void add(
      Map<Merger.Person, List<Touchpoint>> touches,
      Merger.Person p,
      LinkedIn.Message m,
      Direction direction,
      String other) {
    String source =
        "linkedin:"
            + m.conversation()
            + ":"
            + m.at().getEpochSecond()
            + ":"
            + m.fingerprint()
            + ":"
            + other.substring(other.indexOf(' ') + 1);
    String id = p.id;
    if (id == null) {
      throw new IllegalStateException("ids are assigned before messages are read");
    }
    touches
        .computeIfAbsent(p, k -> new ArrayList<>())
        .add(Importer.message(id, m.at(), direction, source));
  }

  private @Nullable String key(String url) {
    try {
      return "profile " + Handles.profileKey(Handle.profile(url).value());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The user is in every conversation of their own export: the one profile found in all of them
   * that is not a contact.
   */
  private String findOwner(List<LinkedIn.Message> messages, Map<String, Merger.Person> contacts) {
    Map<String, Set<String>> conversationsOf = new LinkedHashMap<>();
    Set<String> conversations = new LinkedHashSet<>();
    for (LinkedIn.Message m : messages) {
      conversations.add(m.conversation());
      List<String> people = new ArrayList<>(m.recipientUrls());
      if (m.senderUrl() != null) {
        people.add(m.senderUrl());
      }
      for (String url : people) {
        String k = key(url);
        if (k != null) {
          conversationsOf.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.conversation());
        }
      }
    }
    List<String> candidates = new ArrayList<>();
    conversationsOf.forEach(
        (k, in) -> {
          if (in.size() == conversations.size() && !contacts.containsKey(k)) {
            candidates.add(k);
          }
        });
    if (candidates.size() != 1) {
      LinkedIn.Message first = messages.get(0);
      throw new ImportException(
          first.source(),
          0,
          null,
          null,
          candidates.isEmpty()
              ? "cannot tell which sender is you: nobody outside your contacts is in every"
                  + " conversation; give your LinkedIn profile address as the owner"
              : "cannot tell which sender is you: "
                  + String.join(" and ", candidates)
                  + " are both in every conversation; give your LinkedIn profile address as the"
                  + " owner",
          null);
    }
    return candidates.get(0);
  }
}
