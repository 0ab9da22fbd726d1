package io.github.cadence.io;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.github.cadence.model.Handle;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Makes handles from what exports hold, and the keys duplicates are found by: email addresses
 * without regard to case, phone numbers in E.164 (libphonenumber, with the user's region for
 * numbers written without a country code), profile pages by host and path.
 */
final class Handles {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final String region;

  Handles(String region) {
    this.region = region;
  }

  /** A phone handle, in E.164 when libphonenumber can read the number, else as written. */
  Handle phone(String raw) {
    String e164 = e164(raw);
    return Handle.phone(e164 == null ? raw : e164);
  }

  private @Nullable String e164(String raw) {
    try {
      PhoneNumber number = PHONES.parse(raw, region);
      if (!PHONES.isPossibleNumber(number)) {
        return null;
      }
      return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return null;
    }
  }

  /** The key by which a handle finds its duplicates. */
  String key(Handle handle) {
    return switch (handle.kind()) {
      case EMAIL -> "email " + handle.value().toLowerCase(Locale.ROOT);
      case PHONE -> {
        String e164 = e164(handle.value());
        yield "phone " + (e164 == null ? handle.value().replaceAll("[^0-9+]", "") : e164);
      }
      case PROFILE -> "profile " + profileKey(handle.value());
    };
  }

  /** "https://www.LinkedIn.com/in/maria-nunez/" and "linkedin.com/in/maria-nunez" are one page. */
  static String profileKey(String url) {
    URI uri = URI.create(url);
    String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path;
  }

  /** Whether a web address is a LinkedIn profile, which makes it a handle of the contact. */
  static boolean isLinkedInProfile(String url) {
    try {
      URI uri = new URI(url);
      String host = uri.getHost();
      return host != null
          && (host.equalsIgnoreCase("linkedin.com")
              || host.toLowerCase(Locale.ROOT).endsWith(".linkedin.com"))
          && uri.getPath() != null
          && uri.getPath().startsWith("/in/");
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
