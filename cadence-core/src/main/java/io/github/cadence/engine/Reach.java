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
 * place, with a note saying why; a contact with no handle at all keeps the preferred channel, with
 * a note to find a way to reach them first.
 */
final class Reach {
  private static final List<Channel> FALLBACKS =
      List.of(Channel.MESSAGE, Channel.EMAIL, Channel.CALL);

  /**
   * The channel to suggest and, where it differs from the preferred one or none is on file, why.
   */
  record Choice(Channel channel, @Nullable String note) {}

  private final boolean phone;
  private final boolean email;
  private final boolean profile;
  private final boolean linkedIn;

  private Reach(Contact contact) {
    boolean p = false;
    boolean e = false;
    boolean web = false;
    boolean li = false;
    for (Handle h : contact.handles()) {
      switch (h.kind()) {
        case PHONE -> p = true;
        case EMAIL -> e = true;
        case PROFILE -> {
          web = true;
          li |= isLinkedIn(h.value());
        }
      }
    }
    phone = p;
    email = e;
    profile = web;
    linkedIn = li;
  }

  static Choice choose(Contact contact, Channel preferred) {
    Reach reach = new Reach(contact);
    if (contact.handles().isEmpty() || reach.reaches(preferred)) {
      return new Choice(preferred, null);
    }
    for (Channel c : FALLBACKS) {
      if (reach.reaches(c)) {
        return new Choice(c, missing(preferred) + ": " + reach.verb(c) + " instead");
      }
    }
    throw new AssertionError("a contact with a handle is reachable by message, email or call");
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

  private String verb(Channel channel) {
    return switch (channel) {
      case CALL -> "call";
      case EMAIL -> "email";
      case MESSAGE -> phone ? "send a text" : linkedIn ? "message on LinkedIn" : "message";
      default -> throw new AssertionError(channel + " is no fallback");
    };
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
