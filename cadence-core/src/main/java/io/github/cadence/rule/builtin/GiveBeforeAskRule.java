package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Sets the intent of the next touch from the give/ask balance. Seed: "focus more on helping other
 * business owners and actually give something to them before asking for something in return".
 *
 * <p>When the user has asked more than given, the next touch should give (a lead, an introduction,
 * an article). Once the user has given at least {@code askAfterNetGives} more than asked, an ask is
 * welcome. In between the rule says nothing.
 */
@API(status = STABLE, since = "0.1")
public final class GiveBeforeAskRule implements Rule {
  /** This rule's id. */
  public static final String ID = "give-before-ask";

  /** How many more gives than asks make an ask welcome: 3 by default. */
  public static final Parameter<Integer> ASK_AFTER_NET_GIVES =
      Parameter.count(ID, "ask-after-net-gives", 3, 1, 100);

  private final int askAfterNetGives;

  /** Creates the rule with its default: an ask is welcome after 3 more gives than asks. */
  public GiveBeforeAskRule() {
    this(ASK_AFTER_NET_GIVES.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param askAfterNetGives how many more gives than asks make an ask welcome; at least 1
   */
  public GiveBeforeAskRule(int askAfterNetGives) {
    ASK_AFTER_NET_GIVES.check(askAfterNetGives);
    this.askAfterNetGives = askAfterNetGives;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    int balance = history.giveAskBalance();
    int gives = history.gives();
    int asks = history.asks();
    if (balance < 0) {
      return Evaluation.of(
          Suggestion.intent(
                  Intent.GIVE,
                  () ->
                      Dates.words(
                          "%s and %s so far: give before you ask (a lead, an introduction, an"
                              + " article)",
                          count(asks, "ask"), count(gives, "give")))
              .as(Purpose.BALANCE));
    }
    if (balance >= askAfterNetGives) {
      return Evaluation.of(
          Suggestion.intent(
                  Intent.ASK,
                  () ->
                      Dates.words(
                          "%s and %s so far: a referral or an introduction is a fair ask now",
                          count(gives, "give"), count(asks, "ask")))
              .as(Purpose.BALANCE));
    }
    return Evaluation.none();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
