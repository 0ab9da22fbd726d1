package io.github.cadence.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.plan.PlanSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The settings a user saves in a workspace: the planner's settings (budgets, durations, quotas,
 * days off, events) and the parameters of their rules, as named values that the application reads
 * when it builds its rules (for example {@code "no-pestering.window" = "P3D"}, as the command names
 * them). A workspace keeps them as one JSON document with a format version of its own.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@CheckReturnValue
public final class Settings {
  private static final Settings DEFAULTS = new Settings(PlanSettings.defaults(), Map.of());

  private final PlanSettings plan;
  private final Map<String, String> ruleParameters;

  private Settings(PlanSettings plan, Map<String, String> ruleParameters) {
    this.plan = requireNonNull(plan, "plan");
    requireNonNull(ruleParameters, "ruleParameters");
    ruleParameters.forEach(
        (name, value) -> {
          requireNonNull(name, "ruleParameters name");
          requireNonNull(value, () -> "ruleParameters value of " + name);
        });
    this.ruleParameters = ImmutableSortedMap.copyOf(ruleParameters);
  }

  /**
   * The settings of a new workspace: the planner's defaults and no rule parameters.
   *
   * @return the defaults
   */
  public static Settings defaults() {
    return DEFAULTS;
  }

  /**
   * Settings with the given values.
   *
   * @param plan the planner's settings
   * @param ruleParameters the rules' parameters by name; sorted by name when kept
   * @return the settings
   */
  public static Settings of(PlanSettings plan, Map<String, String> ruleParameters) {
    return new Settings(plan, ruleParameters);
  }

  /**
   * The planner's settings.
   *
   * @return the settings
   */
  public PlanSettings plan() {
    return plan;
  }

  /**
   * The rules' parameters, by name.
   *
   * @return the parameters, sorted by name
   */
  public Map<String, String> ruleParameters() {
    return ruleParameters;
  }

  /**
   * These settings with other planner settings.
   *
   * @param newPlan the planner's settings
   * @return the new settings
   */
  public Settings withPlan(PlanSettings newPlan) {
    return new Settings(newPlan, ruleParameters);
  }

  /**
   * These settings with one rule parameter set.
   *
   * @param name the parameter's name
   * @param value its value
   * @return the new settings
   */
  public Settings withRuleParameter(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    Map<String, String> parameters = new HashMap<>(ruleParameters);
    parameters.put(name, value);
    return new Settings(plan, parameters);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Settings o
        && plan.equals(o.plan)
        && ruleParameters.equals(o.ruleParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, ruleParameters);
  }

  @Override
  public String toString() {
    return "Settings[plan=" + plan + ", ruleParameters=" + ruleParameters + "]";
  }
}
