package io.github.cadence.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.rule.builtin.RuleParameters;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The settings a user saves in a workspace: the planner's settings (budgets, durations, quotas,
 * days off, events) and the values of the built-in rules' parameters ({@link RuleParameters}, from
 * which {@link RuleParameters#rules()} builds the rules). A workspace keeps them as one JSON
 * document with a format version of its own, each parameter by its name ({@code
 * "no-pestering.window": "P3D"}) and checked, when read back, as the rule checks it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@CheckReturnValue
public final class Settings {
  private static final Settings DEFAULTS =
      new Settings(PlanSettings.defaults(), RuleParameters.defaults());

  private final PlanSettings plan;
  private final RuleParameters ruleParameters;

  private Settings(PlanSettings plan, RuleParameters ruleParameters) {
    this.plan = requireNonNull(plan, "plan");
    this.ruleParameters = requireNonNull(ruleParameters, "ruleParameters");
  }

  /**
   * The settings of a new workspace: the planner's and the rules' defaults.
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
   * @param ruleParameters the values of the built-in rules' parameters
   * @return the settings
   */
  public static Settings of(PlanSettings plan, RuleParameters ruleParameters) {
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
   * The values of the built-in rules' parameters.
   *
   * @return the values
   */
  public RuleParameters ruleParameters() {
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
   * These settings with other values of the rules' parameters.
   *
   * @param newParameters the values
   * @return the new settings
   */
  public Settings withRuleParameters(RuleParameters newParameters) {
    return new Settings(plan, newParameters);
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
