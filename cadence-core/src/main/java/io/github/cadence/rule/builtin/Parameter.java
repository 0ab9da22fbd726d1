package io.github.cadence.rule.builtin;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.base.Splitter;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Texts;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a built-in rule, defined once: its name ({@code no-pestering.window}: the rule's
 * id, a dot, the parameter), its type (a {@link Period} or a count), its default and the values it
 * accepts. The rule checks its own settings with it, and whoever stores or reads settings (a
 * workspace, a configuration file) reads and checks values with it too, so that all of them accept
 * the same values and name them the same way. Each rule declares its parameters as constants
 * ({@link NoPesteringRule#WINDOW}); {@link RuleParameters#ALL} lists them all.
 *
 * @param <T> {@link Period} or {@link Integer}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Parameter<T> {
  private enum Kind {
    POSITIVE_PERIOD,
    PERIOD_OR_ZERO,
    COUNT,
    NAMES
  }

  private final String ruleId;
  private final String key;
  private final Kind kind;
  private final Class<T> type;
  private final T defaultValue;
  private final int min;
  private final int max;

  private Parameter(
      String ruleId, String key, Kind kind, Class<T> type, T defaultValue, int min, int max) {
    this.ruleId = ruleId;
    this.key = key;
    this.kind = kind;
    this.type = type;
    this.min = min;
    this.max = max;
    this.defaultValue = check(defaultValue);
  }

  /** A period that must be positive (at most 100 years). */
  static Parameter<Period> period(String ruleId, String key, Period defaultValue) {
    return new Parameter<>(ruleId, key, Kind.POSITIVE_PERIOD, Period.class, defaultValue, 0, 0);
  }

  /** A period that may be zero, not negative (at most 100 years). */
  static Parameter<Period> periodOrZero(String ruleId, String key, Period defaultValue) {
    return new Parameter<>(ruleId, key, Kind.PERIOD_OR_ZERO, Period.class, defaultValue, 0, 0);
  }

  /** Names (of tiers) joined by ", "; empty for none. */
  static Parameter<String> names(String ruleId, String key) {
    return new Parameter<>(ruleId, key, Kind.NAMES, String.class, "", 0, 0);
  }

  /** A count from {@code min} to {@code max}. */
  static Parameter<Integer> count(String ruleId, String key, int defaultValue, int min, int max) {
    return new Parameter<>(ruleId, key, Kind.COUNT, Integer.class, defaultValue, min, max);
  }

  /**
   * The name settings know it by: the rule's id, a dot, the parameter ({@code
   * no-pestering.window}).
   *
   * @return the name
   */
  public String name() {
    return ruleId + "." + key;
  }

  /**
   * The id of the rule it belongs to.
   *
   * @return the rule's id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The parameter's own name within its rule ({@code window}).
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Its type: {@link Period}, {@link Integer}, or {@link String} for names joined by ", ".
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The value the rule has unless it is set.
   *
   * @return the default
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * What values it accepts, as a message says it: "a positive period", "a count from 1 to 20".
   *
   * @return the words
   */
  public String expected() {
    return switch (kind) {
      case POSITIVE_PERIOD -> "a positive period of at most 100 years, such as P3D";
      case PERIOD_OR_ZERO -> "a period of zero or more, at most 100 years, such as P3D";
      case COUNT -> "a count from " + min + " to " + max;
      case NAMES -> "names joined by commas, such as A, B; or none";
    };
  }

  /**
   * Checks a value.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if it is not one this parameter accepts, naming the parameter
   *     and the value
   */
  public T check(T value) {
    requireNonNull(value, this::name);
    switch (kind) {
      case POSITIVE_PERIOD -> Checks.checkPositive((Period) value, name());
      case PERIOD_OR_ZERO -> {
        Period period = (Period) value;
        checkArgument(!period.isNegative(), "%s must not be negative, was %s", name(), value);
        if (!period.isZero()) {
          Checks.checkPositive(period, name());
        }
      }
      case COUNT -> {
        int count = (Integer) value;
        checkArgument(
            count >= min && count <= max,
            "%s must be from %s to %s, was %s",
            name(),
            min,
            max,
            count);
      }
      case NAMES -> {
        String names = (String) value;
        checkArgument(
            names.equals(joined(names)),
            "%s must be names joined by \", \" (%s), was %s",
            name(),
            Checks.quote(joined(names)),
            Checks.quote(names));
      }
    }
    return value;
  }

  /**
   * Reads a value in the form {@link #format} writes (an ISO-8601 period such as {@code P3D}, or a
   * count), and checks it.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if it is not such a value, or not one this parameter accepts,
   *     naming the parameter, the text and what was expected
   */
  public T parse(String text) {
    requireNonNull(text, "text");
    Object value;
    try {
      value =
          switch (kind) {
            case COUNT -> Integer.valueOf(text.strip());
            case NAMES -> text.strip().equalsIgnoreCase("none") ? "" : joined(text);
            case POSITIVE_PERIOD, PERIOD_OR_ZERO -> Period.parse(text.strip());
          };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          name() + " must be " + expected() + ", was " + Checks.quote(text), e);
    }
    return check(type.cast(value));
  }

  /**
   * Names as this parameter keeps them: each trimmed of spaces and control characters, empty ones
   * and repeats left out, joined by ", ".
   */
  private static String joined(String text) {
    return SPLIT.splitToStream(Texts.clean(text)).distinct().collect(Collectors.joining(", "));
  }

  private static final Splitter SPLIT = Splitter.on(',').trimResults().omitEmptyStrings();

  /**
   * Writes a value as {@link #parse} reads it: {@code P3D}, {@code 3}.
   *
   * @param value the value
   * @return the text
   */
  public String format(T value) {
    return check(value).toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Parameter<?> o && name().equals(o.name());
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
