package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.internal.Checks;
import org.apiguardian.api.API;

/**
 * The one policy for characters that would act instead of being read: C0 and C1 control characters,
 * DEL, and the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
 * U+2069), which a terminal, a calendar or a page would obey (clear a screen, draw a link, reverse
 * what follows). The model refuses them in every text it holds, naming the field and the value,
 * except line feeds in notes; importers of other programs' files take them out with {@link #clean}
 * and say so; anything that shows a text it did not check shows it with {@link #visible}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Texts {
  private Texts() {}

  /**
   * Whether a character is one no stored text may hold (a line feed aside, where a note allows it).
   *
   * @param c the character
   * @return true for a control or bidirectional control character
   */
  public static boolean isControl(char c) {
    return Checks.isControl(c);
  }

  /**
   * The index of the first control or bidirectional control character in a text.
   *
   * @param text the text
   * @param lineFeeds whether line feeds are allowed (in a note)
   * @return the index, or -1 if there is none
   */
  public static int firstControl(String text, boolean lineFeeds) {
    return Checks.firstControl(requireNonNull(text, "text"), lineFeeds);
  }

  /**
   * A text without control and bidirectional control characters: a tab, a line feed or a carriage
   * return becomes a space, the others are taken out. Spaces are left as they are.
   *
   * @param text the text
   * @return the text, or the same instance if it has none
   */
  public static String clean(String text) {
    if (firstControl(text, false) < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        b.append(' ');
      } else if (!isControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A text with each control and bidirectional control character shown as a visible escape (a
   * backslash, u and four hex digits), so that printing it prints only text.
   *
   * @param text the text
   * @return the text, or the same instance if it has none
   */
  public static String visible(String text) {
    return Checks.visible(requireNonNull(text, "text"));
  }

  /**
   * A value as Cadence's error messages quote it: in single quotes, its control characters {@link
   * #visible visible}, cut after 100 characters with the length it had, so that a megabyte of input
   * does not make a megabyte of message.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    return Checks.quote(requireNonNull(value, "value"));
  }
}
