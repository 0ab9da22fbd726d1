package io.github.cadence.io;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Tells a CSV layout from its header: the columns each layout cannot do without. */
final class Layouts {
  private static final Map<Layout, List<String>> REQUIRED = new EnumMap<>(Layout.class);

  static {
    REQUIRED.put(
        Layout.LINKEDIN_MESSAGES,
        List.of("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "RECIPIENT PROFILE URLS", "DATE"));
    REQUIRED.put(Layout.LINKEDIN_CONNECTIONS, List.of("First Name", "Last Name", "Connected On"));
    REQUIRED.put(Layout.GOOGLE_CONTACTS_LEGACY, List.of("Name", "Given Name", "Group Membership"));
    REQUIRED.put(Layout.GOOGLE_CONTACTS, List.of("First Name", "Last Name", "Labels"));
    REQUIRED.put(Layout.CADENCE_CONTACTS, List.of("id", "name", "tier"));
    REQUIRED.put(Layout.CADENCE_TOUCHPOINTS, List.of("contact_id", "at", "channel"));
  }

  private Layouts() {}

  /** The layout whose header this is, or null. */
  static @Nullable Layout detect(List<String> header) {
    for (Layout layout : REQUIRED.keySet()) {
      if (fits(layout, header)) {
        return layout;
      }
    }
    return null;
  }

  /** Whether the header has every column the layout needs. */
  static boolean fits(Layout layout, List<String> header) {
    List<String> required = REQUIRED.get(layout);
    if (required == null) {
      return false;
    }
    Set<String> have = new HashSet<>();
    header.forEach(h -> have.add(h.strip().toLowerCase(Locale.ROOT)));
    return required.stream().allMatch(r -> have.contains(r.toLowerCase(Locale.ROOT)));
  }

  /** The columns a layout needs, for a message. */
  static String expected(Layout layout) {
    List<String> required = REQUIRED.get(layout);
    if (required == null) {
      return switch (layout) {
        case VCARD -> "BEGIN:VCARD";
        case MBOX -> "a first line that starts with 'From '";
        case PHONE_BACKUP -> "XML whose root element is <calls> or <smses>";
        case CALENDAR -> "BEGIN:VCALENDAR";
        case WHATSAPP -> "a first line such as '31/12/24, 21:41 - Name: message'";
        default -> "a JSON document";
      };
    }
    return "the columns " + String.join(", ", required);
  }

  /** Every layout and what its header starts with, for a message. */
  static String known() {
    return REQUIRED.entrySet().stream()
            .map(e -> e.getKey().description() + " (" + String.join(", ", e.getValue()) + ")")
            .collect(Collectors.joining("; "))
        + "; or a vCard file (BEGIN:VCARD), a Cadence network JSON document, a mailbox (mbox,"
        + " whose first line starts with 'From '), an SMS Backup & Restore file (XML with"
        + " <calls> or <smses>), a calendar (BEGIN:VCALENDAR), or a WhatsApp chat (a first line"
        + " such as '31/12/24, 21:41 - Name: message')";
  }
}
