package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.Suppliers;
import io.github.cadence.internal.Checks;
import io.github.cadence.internal.RuleScope;
import io.github.cadence.rule.Purpose;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reason behind a queue entry or an agenda item: which rule said it, the practice it serves,
 * and what it said. The engine and the planner make reasons; {@link #of} is public for tests and
 * for code that composes reasons of its own.
 *
 * <p>A rule's reason is worded when its {@link #text()} is first read, once: a plan that chooses
 * among every entry of a large queue words the reasons of the items it keeps, not those of every
 * entry it passes over. A reason that cannot be worded (its rule's wording threw) says so in its
 * text, and the failure is logged and listed in {@link FollowUpQueue#failures()}. A reason is
 * immutable and safe to share between threads.
 */
@API(status = STABLE, since = "0.1")
public final class Reason {
  private static final Logger LOG = LoggerFactory.getLogger(CadenceEngine.class);

  private final String ruleId;
  private final Purpose purpose;
  private final Supplier<Worded> worded;

  /** The reason's text, with the failure met wording it, if any. */
  private record Worded(String text, @Nullable RuleFailure failure) {}

  private Reason(String ruleId, Purpose purpose, Supplier<Worded> worded) {
    this.ruleId = ruleId;
    this.purpose = purpose;
    this.worded = worded;
  }

  /**
   * A reason.
   *
   * @param ruleId the id of the rule; "status" for a contact's pause, "channel" for the channel
   *     chosen from the handles on file, "planner" or "calendar" for the planner's own
   * @param purpose the practice it serves
   * @param text the reason, in words a person reads; not blank
   * @return the reason
   * @throws IllegalArgumentException if the text is blank, naming it
   */
  public static Reason of(String ruleId, Purpose purpose, String text) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(purpose, "purpose");
    requireNonNull(text, "text");
    checkArgument(!text.isBlank(), "text must not be blank, was '%s'", text);
    return new Reason(ruleId, purpose, Suppliers.ofInstance(new Worded(text, null)));
  }

  /**
   * A rule's reason about a contact, worded on first read by the rule's own code: marked as rule
   * code, so that it changes no network, and a failure of it stays this reason's.
   */
  static Reason worded(String ruleId, Purpose purpose, String contactId, Supplier<String> words) {
    return new Reason(
        ruleId,
        purpose,
        Suppliers.memoize(
            () -> {
              try {
                return new Worded(RuleScope.run(words), null);
              } catch (Throwable e) {
                if (Checks.isFatal(e)) {
                  throw e;
                }
                LOG.warn(
                    "Rule '{}' failed to word its reason for contact '{}'", ruleId, contactId, e);
                return new Worded(
                    "the reason could not be worded (" + e + ")",
                    new RuleFailure(ruleId, contactId, e.toString(), e));
              }
            }));
  }

  /** The failure met wording this reason, which words it if it is not yet. */
  Optional<RuleFailure> wordingFailure() {
    return Optional.ofNullable(worded.get().failure());
  }

  /**
   * The id of the rule that gave this reason.
   *
   * @return the rule's id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The practice the reason serves, which the planner reads to categorize an entry.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The reason in words, worded on the first call.
   *
   * @return the text; not blank
   */
  public String text() {
    return worded.get().text();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r
        && ruleId.equals(r.ruleId)
        && purpose == r.purpose
        && text().equals(r.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, purpose, text());
  }

  /** Returns {@code "ruleId: text"}. */
  @Override
  public String toString() {
    return ruleId + ": " + text();
  }
}
