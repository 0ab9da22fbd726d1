package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import io.github.cadence.internal.Checks;
import io.github.cadence.rule.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Values for the built-in rules' parameters, each one's default where it is not set: what a user
 * configures about the rules, as one immutable value. {@link #rules()} builds the built-in rules
 * with them; {@link #changed()} and {@link #withParsed} are how a store writes and reads them back,
 * checked by the same {@link Parameter} the rule checks its settings with.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleParameters {
  /** Every parameter of the built-in rules, in the order of {@link BuiltInRules#defaults()}. */
  public static final List<Parameter<?>> ALL =
      List.of(
          NoPesteringRule.WINDOW,
          UnansweredAttemptsRule.FIRST_PAUSE,
          UnansweredAttemptsRule.LONGEST_PAUSE,
          UnansweredAttemptsRule.MAX_ATTEMPTS,
          UnansweredAttemptsRule.WINDOW,
          GiveBeforeAskRule.ASK_AFTER_NET_GIVES,
          OwedReplyRule.WITHIN,
          OwedReplyRule.EXPIRES_AFTER,
          ThankYouRule.WITHIN,
          ThankYouRule.EXPIRES_AFTER,
          ReconnectRule.FACTOR,
          FirstFollowUpRule.WITHIN,
          FirstFollowUpRule.EXPIRES_AFTER,
          AfterEventFollowUpRule.EXPIRES_AFTER,
          OccasionRule.LEAD,
          DormantClientRule.DORMANT_AFTER,
          StrategicPartnerRule.EVERY,
          TierCadenceRule.BROADCAST_WARMS,
          TierCadenceRule.ADAPTIVE);

  private static final Map<String, Parameter<?>> BY_NAME =
      ALL.stream().collect(ImmutableMap.toImmutableMap(Parameter::name, p -> p));

  private static final RuleParameters DEFAULTS = new RuleParameters(Map.of());

  /** The values set, by parameter: each checked by its parameter. */
  private final Map<Parameter<?>, Object> values;

  private RuleParameters(Map<Parameter<?>, Object> values) {
    this.values = ImmutableMap.copyOf(values);
  }

  /**
   * Every parameter at its default.
   *
   * @return the defaults
   */
  public static RuleParameters defaults() {
    return DEFAULTS;
  }

  /**
   * The parameter of this name.
   *
   * @param name the name, such as {@code no-pestering.window}
   * @return the parameter, or empty if no built-in rule has one of that name
   */
  public static Optional<Parameter<?>> parameter(String name) {
    return Optional.ofNullable(BY_NAME.get(requireNonNull(name, "name")));
  }

  /**
   * A parameter's value: the one set, else its default.
   *
   * @param parameter the parameter
   * @param <T> its type
   * @return the value
   */
  public <T> T get(Parameter<T> parameter) {
    Object value = values.get(requireNonNull(parameter, "parameter"));
    return value == null ? parameter.defaultValue() : parameter.type().cast(value);
  }

  /**
   * These values with one parameter set; setting it to its default unsets it.
   *
   * @param parameter the parameter
   * @param value its value
   * @param <T> its type
   * @return the new values
   * @throws IllegalArgumentException if the parameter does not accept the value
   */
  public <T> RuleParameters with(Parameter<T> parameter, T value) {
    requireNonNull(parameter, "parameter");
    T checked = parameter.check(value);
    Map<Parameter<?>, Object> next = new LinkedHashMap<>(values);
    if (checked.equals(parameter.defaultValue())) {
      next.remove(parameter);
    } else {
      next.put(parameter, checked);
    }
    return new RuleParameters(next);
  }

  /**
   * These values with one parameter set from its text, as {@link Parameter#parse} reads it: how a
   * store reads back what {@link #changed()} wrote.
   *
   * @param name the parameter's name
   * @param text its value as text
   * @return the new values
   * @throws IllegalArgumentException if no built-in rule has a parameter of that name, or the text
   *     is not a value it accepts
   */
  public RuleParameters withParsed(String name, String text) {
    Parameter<?> parameter =
        parameter(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no built-in rule has a parameter "
                            + Checks.quote(name)
                            + "; the parameters are "
                            + String.join(", ", BY_NAME.keySet())));
    return parsed(parameter, text);
  }

  private <T> RuleParameters parsed(Parameter<T> parameter, String text) {
    return with(parameter, parameter.parse(text));
  }

  /**
   * The values that differ from their defaults, by name, as text ({@link Parameter#format}): what a
   * store keeps.
   *
   * @return the values, sorted by name
   */
  public Map<String, String> changed() {
    Map<String, String> changed = new TreeMap<>();
    values.forEach((p, v) -> changed.put(p.name(), format(p, v)));
    return changed;
  }

  private static <T> String format(Parameter<T> parameter, Object value) {
    return parameter.format(parameter.type().cast(value));
  }

  /**
   * The built-in rules with these values, in the order of {@link BuiltInRules#defaults()}.
   *
   * @return the rule set, every rule enabled
   */
  public RuleSet rules() {
    return RuleSet.builder()
        .add(new NoPesteringRule(get(NoPesteringRule.WINDOW)))
        .add(
            UnansweredAttemptsRule.builder()
                .firstPause(get(UnansweredAttemptsRule.FIRST_PAUSE))
                .longestPause(get(UnansweredAttemptsRule.LONGEST_PAUSE))
                .maxAttempts(get(UnansweredAttemptsRule.MAX_ATTEMPTS))
                .window(get(UnansweredAttemptsRule.WINDOW))
                .build())
        .add(new GiveBeforeAskRule(get(GiveBeforeAskRule.ASK_AFTER_NET_GIVES)))
        .add(
            OwedReplyRule.builder()
                .within(get(OwedReplyRule.WITHIN))
                .expiresAfter(get(OwedReplyRule.EXPIRES_AFTER))
                .build())
        .add(new ThankYouRule(get(ThankYouRule.WITHIN), get(ThankYouRule.EXPIRES_AFTER)))
        .add(new ReconnectRule(get(ReconnectRule.FACTOR)))
        .add(
            FirstFollowUpRule.builder()
                .within(get(FirstFollowUpRule.WITHIN))
                .expiresAfter(get(FirstFollowUpRule.EXPIRES_AFTER))
                .build())
        .add(new AfterEventFollowUpRule(get(AfterEventFollowUpRule.EXPIRES_AFTER)))
        .add(new OccasionRule(get(OccasionRule.LEAD)))
        .add(new DormantClientRule(get(DormantClientRule.DORMANT_AFTER)))
        .add(new StrategicPartnerRule(get(StrategicPartnerRule.EVERY)))
        .add(
            new TierCadenceRule(
                get(TierCadenceRule.BROADCAST_WARMS), get(TierCadenceRule.ADAPTIVE)))
        .add(new IntakeRule())
        .build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleParameters o && values.equals(o.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RuleParameters"
        + changed().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "[", "]"));
  }
}
