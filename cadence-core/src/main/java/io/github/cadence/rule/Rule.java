package io.github.cadence.rule;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A cadence rule: a pure function from one contact's state to suggestions.
 *
 * <p>What a rule must not do:
 *
 * <ul>
 *   <li>keep state between calls, or read the clock: the engine passes the instant the question is
 *       asked about, so the same contact, history and instant always give the same answer;
 *   <li>change the network it is evaluated over (record a touchpoint, add or update a contact): the
 *       network is read-only during an evaluation, and such a change fails the rule;
 *   <li>block or take long (no network or database calls): the engine may evaluate a million
 *       contacts, and a {@code QueueIndex} evaluates while it holds its lock, so a slow rule delays
 *       every query ({@link io.github.cadence.engine.CadenceEngine#withEvaluationBudget} limits the
 *       damage; it cannot make the rule fast);
 *   <li>say its answer holds longer than it does ({@link Evaluation#validUntil()}): the index asks
 *       a contact again only when its history changes or its validity ends;
 *   <li>be unsafe to call from several threads at once: a parallel engine does.
 * </ul>
 *
 * <p>A rule that throws (an exception, a stack overflow, a failed assertion) does not break the
 * queue; the engine reports the failure for that contact and goes on with the other rules. A reason
 * that formats dates or numbers is best given as a supplier (see {@link Suggestion}): it is then
 * worded only for the entries a query returns, and a supplier that throws is reported as its rule's
 * failure too.
 *
 * <p>Example: a user's own rule that wants investors called every two weeks.
 *
 * <pre>{@code
 * Rule investors = Rule.of("investors", (contact, history, asOf) -> {
 *   if (!contact.tags().contains("investor")) return Evaluation.none();
 *   Instant last = history.lastConversation().orElse(contact.createdAt());
 *   return Evaluation.of(Suggestion.followUp(last.plus(Duration.ofDays(14)),
 *       "investor: fortnightly update").via(Channel.CALL));
 * });
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public interface Rule {

  /**
   * A rule made of an id and a function, for a rule that needs no class of its own.
   *
   * @param id the rule's id: lowercase words joined by hyphens (checked when it is registered in a
   *     {@link RuleSet})
   * @param evaluator what the rule says about a contact
   * @return the rule
   */
  static Rule of(String id, Evaluator evaluator) {
    return new FunctionRule(requireNonNull(id, "id"), requireNonNull(evaluator, "evaluator"));
  }

  /** What a rule says about one contact: {@link #evaluate}, as a function. */
  @FunctionalInterface
  interface Evaluator {
    /**
     * Evaluates the rule for one contact.
     *
     * @param contact the contact
     * @param history the summary of the contact's touchpoints up to {@code asOf}
     * @param asOf the instant the question is asked about
     * @return the suggestions, and until when they hold; never null
     */
    Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf);
  }

  /**
   * The rule's stable id: lowercase words joined by hyphens, unique within a {@link RuleSet}. It
   * names the rule in every reason and failure report.
   *
   * @return the id, e.g. "tier-cadence"
   */
  String id();

  /**
   * Evaluates the rule for one contact.
   *
   * @param contact the contact
   * @param history the summary of the contact's touchpoints up to {@code asOf}
   * @param asOf the instant the question is asked about
   * @return the suggestions, and until when they hold; never null
   */
  Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf);
}
