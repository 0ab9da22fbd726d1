package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small text functions the readers share. */
final class Text {
  private static final int QUOTED_MAX = 100;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  /** A value as messages quote it: in single quotes, cut after 100 characters. */
  static String quote(String value) {
    if (value.length() <= QUOTED_MAX) {
      return "'" + visible(value) + "'";
    }
    int end = QUOTED_MAX;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "'" + visible(value.substring(0, end)) + "...' (" + value.length() + " characters)";
  }

  /** Control and bidirectional control characters shown as escapes, so a message is only text. */
  private static String visible(String value) {
    if (!hasHidden(value)) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      b.append(isHidden(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }

  static String checkName(String name) {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was " + quote(name));
    }
    return name;
  }

  /**
   * Counts the values a reader cleaned of control and bidirectional control characters, for the
   * import's report ("cleaned 3 values of control characters").
   */
  static final class Cleaner {
    private long cleaned;

    /** As {@link Text#clean}, counting a value that held such a character. */
    @Nullable String clean(@Nullable String value) {
      if (value != null && hasHidden(value)) {
        cleaned++;
      }
      return Text.clean(value);
    }

    long cleaned() {
      return cleaned;
    }
  }

  /** Whether a text holds a control or bidirectional control character. */
  static boolean hasHidden(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isHidden(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
  private static boolean isHidden(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Spaces collapsed and trimmed, control and bidirectional control characters taken out (a line
   * break or a tab becomes a space, the others nothing); null for a value that is blank.
   */
  static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = hasHidden(value) ? withoutHidden(value).strip() : value.strip();
    if (v.isEmpty()) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ' '
          ? v.charAt(i + 1) == ' '
          : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return SPACES.matcher(v).replaceAll(" ");
      }
    }
    // Most values have no run of spaces, no tab and no line break: no need for the regex.
    return v;
  }

  private static String withoutHidden(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        b.append(' ');
      } else if (!isHidden(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The form in which names and companies are compared: lower case, without accents, spaces and
   * punctuation collapsed, so that "María Núñez" and "maria nunez" are one name.
   */
  static String fold(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
  }

  /** An id made from a name: "María Núñez" becomes "maria-nunez". */
  static String slug(String value) {
    String folded = fold(value.replace("'", "").replace("\u2019", "")).replace(' ', '-');
    return folded.length() > 60 ? folded.substring(0, 60).replaceAll("-+$", "") : folded;
  }
}
