package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.apiguardian.api.API;

/**
 * A floor under every other rule: no suggestion within {@code window} of the last time the user
 * reached out, whatever other rules say. Seed: reaching out only when in need makes contacts "start
 * screening their calls when you ring them"; being present is not the same as pestering. Answering
 * someone who wrote since is not pestering: while a reply is owed ({@link
 * ContactHistory#replyOwed()}), the rule holds nothing back.
 */
@API(status = STABLE, since = "0.1")
public final class NoPesteringRule implements Rule {
  /** This rule's id. */
  public static final String ID = "no-pestering";

  /** How long after reaching out no new touch is suggested: 3 days by default. */
  public static final Parameter<Period> WINDOW = Parameter.period(ID, "window", Period.ofDays(3));

  private final Period window;

  /** Creates the rule with its default: 3 days. */
  public NoPesteringRule() {
    this(WINDOW.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param window how long after reaching out no new touch is suggested; positive
   */
  public NoPesteringRule(Period window) {
    this.window = WINDOW.check(window);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    if (history.lastOutbound().isEmpty() || history.replyOwed()) {
      return Evaluation.none();
    }
    Instant last = history.lastOutbound().get();
    ZoneId zone = contact.zone();
    Instant until = Dates.plus(last, window, zone);
    return Evaluation.of(
        Suggestion.hold(
                until,
                () ->
                    Dates.words(
                        "you reached out %s: no new touch before %s, so as not to pester",
                        Dates.relative(last, asOf, zone), Dates.day(Dates.dateOf(until, zone))))
            .as(Purpose.RESTRAINT));
  }
}
