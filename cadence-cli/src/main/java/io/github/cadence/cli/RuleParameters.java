package io.github.cadence.cli;

import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.AfterEventFollowUpRule;
import io.github.cadence.rule.builtin.DormantClientRule;
import io.github.cadence.rule.builtin.FirstFollowUpRule;
import io.github.cadence.rule.builtin.GiveBeforeAskRule;
import io.github.cadence.rule.builtin.IntakeRule;
import io.github.cadence.rule.builtin.NoPesteringRule;
import io.github.cadence.rule.builtin.OccasionRule;
import io.github.cadence.rule.builtin.OwedReplyRule;
import io.github.cadence.rule.builtin.ReconnectRule;
import io.github.cadence.rule.builtin.StrategicPartnerRule;
import io.github.cadence.rule.builtin.TierCadenceRule;
import io.github.cadence.rule.builtin.UnansweredAttemptsRule;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of the built-in rules as the configuration names them ({@code
 * no-pestering.window}), their defaults (those of the rules' own constructors, as documented), and
 * the rule set built from them. Periods are kept in ISO form ({@code P3D}), counts as numbers.
 */
final class RuleParameters {
  /** One parameter: a period, or a count from {@code min} to {@code max}. */
  private record Parameter(String name, String defaultValue, int min, int max) {
    boolean isPeriod() {
      return defaultValue.startsWith("P");
    }
  }

  private static final List<Parameter> ALL =
      List.of(
          new Parameter("no-pestering.window", "P3D", 0, 0),
          new Parameter("unanswered-attempts.first-pause", "P3D", 0, 0),
          new Parameter("unanswered-attempts.longest-pause", "P30D", 0, 0),
          new Parameter("unanswered-attempts.max-attempts", "3", 1, 20),
          new Parameter("unanswered-attempts.window", "P30D", 0, 0),
          new Parameter("give-before-ask.ask-after-net-gives", "3", 1, 100),
          new Parameter("owed-reply.within", "P2D", 0, 0),
          new Parameter("owed-reply.expires-after", "P30D", 0, 0),
          new Parameter("reconnect.factor", "2", 2, 100),
          new Parameter("first-follow-up.within", "P2D", 0, 0),
          new Parameter("first-follow-up.expires-after", "P30D", 0, 0),
          new Parameter("after-event.expires-after", "P14D", 0, 0),
          new Parameter("occasion.lead", "P3D", 0, 0),
          new Parameter("dormant-client.dormant-after", "P60D", 0, 0),
          new Parameter("strategic-partner.every", "P7D", 0, 0));

  /** The rules in the order of {@code BuiltInRules.defaults()}. */
  private static final List<String> IDS =
      List.of(
          NoPesteringRule.ID,
          UnansweredAttemptsRule.ID,
          GiveBeforeAskRule.ID,
          OwedReplyRule.ID,
          ReconnectRule.ID,
          FirstFollowUpRule.ID,
          AfterEventFollowUpRule.ID,
          OccasionRule.ID,
          DormantClientRule.ID,
          StrategicPartnerRule.ID,
          TierCadenceRule.ID,
          IntakeRule.ID);

  private RuleParameters() {}

  /** The rule ids, in order. */
  static Set<String> ids() {
    return new LinkedHashSet<>(IDS);
  }

  /** The parameter names of one rule, without the rule's prefix. */
  static List<String> parameters(String ruleId) {
    return ALL.stream()
        .filter(p -> p.name().startsWith(ruleId + "."))
        .map(p -> p.name().substring(ruleId.length() + 1))
        .toList();
  }

  /** Every parameter with its default, as a person reads it. */
  static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    ALL.forEach(p -> d.put(p.name(), display(p.name(), p.defaultValue())));
    return d;
  }

  /** The value as a person reads it: {@code 3 days} for {@code P3D}. */
  static String display(String name, String value) {
    return parameter(name).isPeriod() ? Periods.describe(Period.parse(value)) : value;
  }

  /** Checks a configured value; returns it in the form kept (ISO period or number). */
  static String check(String name, Yaml.Value value) {
    Parameter p = parameter(name);
    if (p.isPeriod()) {
      return value.as(Periods.EXPECTED, Periods::parse).toString();
    }
    return String.valueOf(value.integer(p.min(), p.max(), "a count"));
  }

  private static Parameter parameter(String name) {
    return ALL.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule parameter " + name));
  }

  /** The built-in rules with these parameters (the defaults for the others), less those off. */
  static RuleSet rules(Map<String, String> values, Set<String> off) {
    Map<String, String> v = new LinkedHashMap<>();
    ALL.forEach(p -> v.put(p.name(), p.defaultValue()));
    v.putAll(values);
    List<Rule> rules =
        List.of(
            new NoPesteringRule(period(v, "no-pestering.window")),
            UnansweredAttemptsRule.builder()
                .firstPause(period(v, "unanswered-attempts.first-pause"))
                .longestPause(period(v, "unanswered-attempts.longest-pause"))
                .maxAttempts(count(v, "unanswered-attempts.max-attempts"))
                .window(period(v, "unanswered-attempts.window"))
                .build(),
            new GiveBeforeAskRule(count(v, "give-before-ask.ask-after-net-gives")),
            OwedReplyRule.builder()
                .within(period(v, "owed-reply.within"))
                .expiresAfter(period(v, "owed-reply.expires-after"))
                .build(),
            new ReconnectRule(count(v, "reconnect.factor")),
            FirstFollowUpRule.builder()
                .within(period(v, "first-follow-up.within"))
                .expiresAfter(period(v, "first-follow-up.expires-after"))
                .build(),
            new AfterEventFollowUpRule(period(v, "after-event.expires-after")),
            new OccasionRule(period(v, "occasion.lead")),
            new DormantClientRule(period(v, "dormant-client.dormant-after")),
            new StrategicPartnerRule(period(v, "strategic-partner.every")),
            new TierCadenceRule(),
            new IntakeRule());
    RuleSet.Builder set = RuleSet.builder();
    rules.forEach(set::add);
    off.forEach(set::disable);
    return set.build();
  }

  private static Period period(Map<String, String> v, String name) {
    return Period.parse(v.get(name));
  }

  private static int count(Map<String, String> v, String name) {
    return Integer.parseInt(v.get(name));
  }
}
