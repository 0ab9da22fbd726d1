package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One way to reach a contact: an email address, a phone number or the address of a profile page
 * (LinkedIn, say). Values are kept as the user or the import gave them; importers compare them in a
 * normalized form (emails without regard to case, phone numbers in E.164).
 *
 * @param kind what the value is
 * @param value the address or number, without surrounding spaces
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Handle(Kind kind, String value) {
  /** What a handle's value is. */
  public enum Kind {
    /** An email address. */
    EMAIL,
    /** A phone number, as written or in E.164. */
    PHONE,
    /** The web address of a profile page, such as https://www.linkedin.com/in/someone. */
    PROFILE
  }

  /**
   * Checks the value for its kind.
   *
   * @param kind what the value is
   * @param value the address or number, without surrounding spaces
   * @throws IllegalArgumentException naming the kind and the value if the value is not one
   */
  public Handle {
    requireNonNull(kind, "kind");
    String field = kind.name().toLowerCase(Locale.ROOT);
    value = Checks.checkId(value, field);
    switch (kind) {
      case EMAIL -> {
        int at = value.lastIndexOf('@');
        checkArgument(
            at > 0 && at < value.length() - 1 && value.chars().noneMatch(Character::isWhitespace),
            "email must look like name@domain, without spaces, was %s",
            Checks.quote(value));
      }
      case PHONE ->
          checkArgument(
              value.chars().anyMatch(c -> c >= '0' && c <= '9'),
              "phone must have a digit, was %s",
              Checks.quote(value));
      case PROFILE -> checkProfile(value);
    }
  }

  private static void checkProfile(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "profile must be a web address, was " + Checks.quote(value) + ": " + e.getReason(), e);
    }
    String scheme = uri.getScheme();
    checkArgument(
        ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
            && uri.getHost() != null,
        "profile must be an http or https address with a host, was %s",
        Checks.quote(value));
  }

  /**
   * An email address.
   *
   * @param address the address, such as maria@example.com
   * @return the handle
   * @throws IllegalArgumentException if it does not look like an address
   */
  public static Handle email(String address) {
    return new Handle(Kind.EMAIL, address);
  }

  /**
   * A phone number.
   *
   * @param number the number, in any notation with at least one digit
   * @return the handle
   * @throws IllegalArgumentException if it has no digit
   */
  public static Handle phone(String number) {
    return new Handle(Kind.PHONE, number);
  }

  /**
   * The address of a profile page.
   *
   * @param url an http or https address
   * @return the handle
   * @throws IllegalArgumentException if it is not one
   */
  public static Handle profile(String url) {
    return new Handle(Kind.PROFILE, url);
  }
}
