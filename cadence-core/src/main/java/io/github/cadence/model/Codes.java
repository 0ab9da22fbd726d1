package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How every codec of Cadence writes and reads the value of an enumeration (a channel, an outcome, a
 * role...): one contract for the network's CSV and JSON, the workspace's rows and the stream
 * processor's records, so that a value reads back the same whichever wrote it.
 *
 * <ul>
 *   <li>As text, a value is its name in lower case with hyphens: {@code left-message}, {@code
 *       strategic-partner}. Reading accepts that and any other case, with hyphens, underscores or
 *       spaces between the words ({@code LEFT_MESSAGE}, as older files and records spell it).
 *   <li>As a number (a workspace's touchpoint rows, which are many), a channel, direction, outcome
 *       or intent is its stable code: its place in the order this class lists, which never changes
 *       (a new value is appended).
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public final class Codes {
  /** The stable codes: a value's place in its list. Never reorder; append a new value. */
  private static final Map<Class<?>, List<? extends Enum<?>>> CODED =
      Map.of(
          Channel.class,
          List.of(
              Channel.CALL,
              Channel.EMAIL,
              Channel.MESSAGE,
              Channel.MEETING,
              Channel.EVENT,
              Channel.SOCIAL,
              Channel.GIFT,
              Channel.NOTE),
          Direction.class,
          List.of(Direction.OUTBOUND, Direction.INBOUND),
          Outcome.class,
          List.of(
              Outcome.CONNECTED,
              Outcome.REPLIED,
              Outcome.SENT,
              Outcome.LEFT_MESSAGE,
              Outcome.NO_RESPONSE,
              Outcome.BROADCAST),
          Intent.class,
          List.of(Intent.GIVE, Intent.ASK, Intent.NEUTRAL));

  private Codes() {}

  /**
   * A value as text: its name in lower case with hyphens ({@code left-message}).
   *
   * @param value the value
   * @return the text
   */
  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a value written as {@link #name} writes it, or in any other case with hyphens,
   * underscores or spaces between its words.
   *
   * @param type the enumeration
   * @param text the text
   * @param <E> the enumeration
   * @return the value
   * @throws IllegalArgumentException if the text names no value of the type, saying which it could
   *     be
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    requireNonNull(type, "type");
    requireNonNull(text, "text");
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        Checks.quote(text)
            + " is not "
            + words(type)
            + "; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Codes::name)
                .collect(Collectors.joining(", ")));
  }

  /** "a channel", "an outcome", "a handle kind": the type as a message names it. */
  private static String words(Class<?> type) {
    String simple =
        type.getEnclosingClass() == null
            ? type.getSimpleName()
            : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
    String spaced = simple.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(spaced.charAt(0)) >= 0 ? "an " : "a ") + spaced;
  }

  /**
   * A channel's, direction's, outcome's or intent's stable code.
   *
   * @param value the value
   * @return its code, from 0
   * @throws IllegalArgumentException if the value's type has no codes
   */
  public static int code(Enum<?> value) {
    return codes(value.getDeclaringClass()).indexOf(value);
  }

  /**
   * The channel, direction, outcome or intent with a stable code.
   *
   * @param type the enumeration
   * @param code the code
   * @param <E> the enumeration
   * @return the value
   * @throws IllegalArgumentException if the type has no codes, or no value has this one
   */
  public static <E extends Enum<E>> E ofCode(Class<E> type, int code) {
    List<? extends Enum<?>> values = codes(type);
    if (code < 0 || code >= values.size()) {
      throw new IllegalArgumentException(
          "code " + code + " is not " + words(type) + "; expected 0 to " + (values.size() - 1));
    }
    return type.cast(values.get(code));
  }

  private static List<? extends Enum<?>> codes(Class<?> type) {
    List<? extends Enum<?>> values = CODED.get(type);
    if (values == null) {
      throw new IllegalArgumentException(type.getSimpleName() + " values have no codes");
    }
    return values;
  }
}
