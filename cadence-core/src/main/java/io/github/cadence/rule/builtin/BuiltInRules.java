package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.rule.RuleSet;
import org.apiguardian.api.API;

/** The built-in rules, registered together. */
@API(status = STABLE, since = "0.1")
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * Every built-in rule with its defaults. The order sets precedence when rules disagree on the
   * channel or intent of the next touch: restraint first (no pestering, back-off with a channel
   * switch), then the give/ask balance, then replies owed (on the channel they used), then lost
   * ties, then the prompts and rhythms.
   *
   * <ol>
   *   <li>{@link NoPesteringRule} ({@value NoPesteringRule#ID})
   *   <li>{@link UnansweredAttemptsRule} ({@value UnansweredAttemptsRule#ID})
   *   <li>{@link GiveBeforeAskRule} ({@value GiveBeforeAskRule#ID})
   *   <li>{@link OwedReplyRule} ({@value OwedReplyRule#ID})
   *   <li>{@link ThankYouRule} ({@value ThankYouRule#ID})
   *   <li>{@link ReconnectRule} ({@value ReconnectRule#ID})
   *   <li>{@link FirstFollowUpRule} ({@value FirstFollowUpRule#ID})
   *   <li>{@link AfterEventFollowUpRule} ({@value AfterEventFollowUpRule#ID})
   *   <li>{@link OccasionRule} ({@value OccasionRule#ID})
   *   <li>{@link DormantClientRule} ({@value DormantClientRule#ID})
   *   <li>{@link StrategicPartnerRule} ({@value StrategicPartnerRule#ID})
   *   <li>{@link TierCadenceRule} ({@value TierCadenceRule#ID})
   *   <li>{@link IntakeRule} ({@value IntakeRule#ID})
   * </ol>
   *
   * <p>{@link RuleParameters#rules()} builds them with other values for their parameters.
   *
   * @return the default rule set
   */
  public static RuleSet defaults() {
    return RuleParameters.defaults().rules();
  }
}
