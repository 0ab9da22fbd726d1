package io.github.cadence.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An ordered set of rules, each enabled or disabled. Immutable; build one with {@link #builder()}
 * or change a copy with {@link #toBuilder()}.
 *
 * <p>Order matters: when rules disagree on the channel or intent of the next touch, the rule
 * registered first wins, and reasons are listed in rule order. Configure a rule by replacing it
 * with a differently configured instance of the same id ({@link Builder#replace(Rule)}).
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public final class RuleSet {
  /**
   * Ids no rule may have: the engine gives a contact's pause as a reason of id "status" and the
   * channel it chose from the handles on file as "channel", and the planner its own steps and
   * calendar events as "planner" and "calendar".
   */
  public static final Set<String> RESERVED_IDS =
      ImmutableSet.of("status", "channel", "planner", "calendar");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ImmutableList<Rule> rules;
  private final ImmutableSet<String> disabled;

  private RuleSet(ImmutableList<Rule> rules, ImmutableSet<String> disabled) {
    this.rules = rules;
    this.disabled = disabled;
  }

  /**
   * Starts an empty rule set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this rule set's rules, order and switches.
   *
   * @return a builder
   */
  @CanIgnoreReturnValue
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rules.addAll(rules);
    b.disabled.addAll(disabled);
    return b;
  }

  /**
   * Every rule, enabled or not, in order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The enabled rules, in order: these are the ones the engine evaluates.
   *
   * @return the enabled rules
   */
  public List<Rule> enabledRules() {
    return rules.stream()
        .filter(r -> !disabled.contains(r.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Looks a rule up by id.
   *
   * @param id the rule's id
   * @return the rule, or empty if none has this id
   */
  public Optional<Rule> rule(String id) {
    requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Whether the rule with this id is registered and enabled.
   *
   * @param id the rule's id
   * @return true if it is enabled
   */
  public boolean isEnabled(String id) {
    return rule(id).isPresent() && !disabled.contains(id);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RuleSet[");
    for (int i = 0; i < rules.size(); i++) {
      String id = rules.get(i).id();
      s.append(i == 0 ? "" : ", ").append(id).append(disabled.contains(id) ? " (disabled)" : "");
    }
    return s.append(']').toString();
  }

  /** Builds a {@link RuleSet}. Ids are checked as rules are added. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Appends a rule, enabled.
     *
     * @param rule the rule; its id must be well formed and new to this set
     * @return this builder
     * @throws IllegalArgumentException if the id is malformed or already registered
     */
    @CanIgnoreReturnValue
    public Builder add(Rule rule) {
      rules.add(checkNew(rule));
      return this;
    }

    /**
     * Inserts a rule, enabled, just before another one, so that it takes precedence over it.
     *
     * @param existingId the id of the rule to insert before
     * @param rule the rule; its id must be well formed and new to this set
     * @return this builder
     * @throws IllegalArgumentException if {@code existingId} is unknown, or the new id is malformed
     *     or already registered
     */
    @CanIgnoreReturnValue
    public Builder addBefore(String existingId, Rule rule) {
      int index = indexOf(existingId);
      rules.add(index, checkNew(rule));
      return this;
    }

    /**
     * Replaces the rule with the same id, e.g. by one configured differently. It keeps its place
     * and its switch.
     *
     * @param rule the new rule
     * @return this builder
     * @throws IllegalArgumentException if no rule has its id
     */
    @CanIgnoreReturnValue
    public Builder replace(Rule rule) {
      String id = checkId(rule);
      rules.set(indexOf(id), rule);
      return this;
    }

    /**
     * Removes a rule.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException if no rule has this id
     */
    @CanIgnoreReturnValue
    public Builder remove(String id) {
      rules.remove(indexOf(id));
      disabled.remove(id);
      return this;
    }

    /**
     * Enables a rule.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException if no rule has this id
     */
    @CanIgnoreReturnValue
    public Builder enable(String id) {
      checkRegistered(id);
      disabled.remove(id);
      return this;
    }

    /**
     * Disables a rule: it stays registered but is not evaluated.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException if no rule has this id
     */
    @CanIgnoreReturnValue
    public Builder disable(String id) {
      checkRegistered(id);
      disabled.add(id);
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set
     */
    public RuleSet build() {
      return new RuleSet(ImmutableList.copyOf(rules), ImmutableSet.copyOf(disabled));
    }

    private Rule checkNew(Rule rule) {
      String id = checkId(rule);
      checkArgument(
          rules.stream().noneMatch(r -> r.id().equals(id)),
          "rule.id '%s' is already registered; use replace to configure it",
          id);
      return rule;
    }

    private static String checkId(Rule rule) {
      requireNonNull(rule, "rule");
      String id = requireNonNull(rule.id(), "rule.id");
      String again = rule.id();
      checkArgument(
          id.equals(again),
          "rule.id() must return the same id on every call, returned '%s' then '%s'",
          id,
          again);
      checkArgument(
          ID.matcher(id).matches(),
          "rule.id must be lowercase letters and digits joined by '-', was '%s'",
          id);
      checkArgument(
          !RESERVED_IDS.contains(id),
          "rule.id '%s' is reserved for the engine and the planner's own reasons (%s); choose"
              + " another",
          id,
          String.join(", ", RESERVED_IDS));
      return id;
    }

    private void checkRegistered(String id) {
      var unused = indexOf(id);
    }

    private int indexOf(String id) {
      requireNonNull(id, "id");
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException(
          String.format("rule id '%s' is not registered in this rule set", id));
    }
  }
}
