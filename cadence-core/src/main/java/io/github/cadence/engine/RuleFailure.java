package io.github.cadence.engine;

import static java.util.Objects.requireNonNull;

/**
 * A rule that failed for one contact. The queue still holds what the other rules said about the
 * contact; the failure is also logged through SLF4J with its stack trace.
 *
 * @param ruleId the id of the rule that failed
 * @param contactId the id of the contact it failed for
 * @param error the exception's type and message
 */
public record RuleFailure(String ruleId, String contactId, String error) {
  /**
   * Validates every component.
   *
   * @param ruleId the id of the rule that failed
   * @param contactId the id of the contact it failed for
   * @param error the exception's type and message
   */
  public RuleFailure {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(contactId, "contactId");
    requireNonNull(error, "error");
  }
}
