package io.github.cadence.cli;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Role;
import io.github.cadence.plan.Span;
import java.util.Locale;

/**
 * Words of the command line and the configuration file as values: {@code strategic-partner} as
 * {@link Role#STRATEGIC_PARTNER}, {@code week} as {@link Span#WEEK}. Each throws
 * IllegalArgumentException for a word it does not know.
 */
final class Convert {
  private Convert() {}

  /** {@code strategic-partner} as {@code STRATEGIC_PARTNER}. */
  static String constant(String word) {
    return word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  static Channel channel(String word) {
    return Channel.valueOf(constant(word));
  }

  static Role role(String word) {
    return Role.valueOf(constant(word));
  }

  static Span span(String word) {
    return Span.valueOf(constant(word));
  }

  static boolean bool(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("not true or false: " + word);
    };
  }
}
