package io.github.cadence.engine;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Handle;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which channel a contact can be reached on, from the handles on file: a call needs a phone number;
 * a message a phone number (a text) or a profile (a message on LinkedIn, say); an email an address;
 * a public interaction a profile; a meeting, a note or a gift any handle at all, to arrange it.
 * Where the preferred channel is not on file the first of message, email and call that is takes its
 * place, and {@link #note} says why. A contact with no handle at all keeps the preferred channel
 * without a note ({@link QueueEntry#reachable()} is false): an application may keep its handles
 * elsewhere, and the command words the step to find one.
 *
 * <p>Choosing runs for every contact evaluated, so it only looks at the handles' kinds; the words
 * are made for the entries a query returns.
 */
final class Reach {
  private static final List<Channel> FALLBACKS =
      List.of(Channel.MESSAGE, Channel.EMAIL, Channel.CALL);

  private final boolean phone;
  private final boolean email;
  private final boolean profile;

  private Reach(Contact contact) {
    boolean p = false;
    boolean e = false;
    boolean web = false;
    for (Handle h : contact.handles()) {
      switch (h.kind()) {
        case PHONE -> p = true;
        case EMAIL -> e = true;
        case PROFILE -> web = true;
      }
    }
    phone = p;
    email = e;
    profile = web;
  }

  /** The channel to suggest: the preferred one if a handle reaches it, or if none is on file. */
  static Channel choose(Contact contact, Channel preferred) {
    if (contact.handles().isEmpty()) {
      return preferred;
    }
    Reach reach = new Reach(contact);
    if (reach.reaches(preferred)) {
      return preferred;
    }
    for (Channel c : FALLBACKS) {
      if (reach.reaches(c)) {
        return c;
      }
    }
    throw new AssertionError("a contact with a handle is reachable by message, email or call");
  }

  /**
   * Why the channel chosen is not the preferred one, in words.
   *
   * @return the reason, or null if the preferred channel was kept
   */
  static @Nullable String note(Contact contact, Channel preferred, Channel chosen) {
    if (preferred == chosen) {
      return null;
    }
    return missing(preferred) + ": " + new Reach(contact).verb(contact, chosen) + " instead";
  }

  private boolean reaches(Channel channel) {
    return switch (channel) {
      case CALL -> phone;
      case EMAIL -> email;
      case MESSAGE -> phone || profile;
      case SOCIAL -> profile;
      case MEETING, EVENT, GIFT, NOTE -> phone || email || profile;
    };
  }

  private static String missing(Channel preferred) {
    return switch (preferred) {
      case CALL -> "no phone number on file";
      case EMAIL -> "no email address on file";
      case MESSAGE -> "no phone number or profile on file";
      case SOCIAL -> "no profile on file";
      case MEETING, EVENT, GIFT, NOTE ->
          throw new AssertionError(preferred + " is reachable on any handle");
    };
  }

  private String verb(Contact contact, Channel channel) {
    return switch (channel) {
      case CALL -> "call";
      case EMAIL -> "email";
      case MESSAGE ->
          phone ? "send a text" : onLinkedIn(contact) ? "message on LinkedIn" : "message";
      default -> throw new AssertionError(channel + " is no fallback");
    };
  }

  private static boolean onLinkedIn(Contact contact) {
    return contact.handles().stream()
        .anyMatch(h -> h.kind() == Handle.Kind.PROFILE && isLinkedIn(h.value()));
  }

  private static boolean isLinkedIn(String url) {
    String host = URI.create(url).getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.equals("linkedin.com") || host.endsWith(".linkedin.com");
  }
}
