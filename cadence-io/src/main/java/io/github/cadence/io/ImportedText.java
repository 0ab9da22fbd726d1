package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import io.github.cadence.model.Texts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small text functions the readers share. */
final class ImportedText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Splitter LINES = Splitter.onPattern("\\r\\n|[\\r\\n\\u2028\\u2029]");

  private ImportedText() {}

  static String checkName(String name) {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was " + Texts.quote(name));
    }
    return name;
  }

  /**
   * Counts the values a reader cleaned of control and bidirectional control characters, for the
   * import's report ("cleaned 3 values of control characters").
   */
  static final class Cleaner {
    private long cleaned;

    /** As {@link ImportedText#clean}, counting a value that held such a character. */
    @Nullable String clean(@Nullable String value) {
      if (value != null && Texts.firstControl(value, false) >= 0) {
        cleaned++;
      }
      return ImportedText.clean(value);
    }

    long cleaned() {
      return cleaned;
    }
  }

  /**
   * Spaces collapsed and trimmed, control and bidirectional control characters taken out (a line
   * break or a tab becomes a space, the others nothing); null for a value that is blank.
   */
  static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = Texts.clean(value).strip();
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

  /**
   * A note as an address book holds it: each line cleaned as {@link #clean} cleans a value, blank
   * lines dropped, the line breaks kept; null for a note that is blank.
   */
  static @Nullable String note(@Nullable String value) {
    if (value == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String line : LINES.split(value)) {
      String clean = clean(line);
      if (clean != null) {
        kept.append(kept.length() == 0 ? "" : "\n").append(clean);
      }
    }
    return kept.length() == 0 ? null : kept.toString();
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
