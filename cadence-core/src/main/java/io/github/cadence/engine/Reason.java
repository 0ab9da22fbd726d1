package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One reason behind a queue entry: which rule said it, and what it said.
 *
 * @param ruleId the id of the rule, or "status" for a contact's pause
 * @param text the reason, in words a person reads
 */
public record Reason(String ruleId, String text) {
  /**
   * Validates every component.
   *
   * @param ruleId the id of the rule, or "status" for a contact's pause
   * @param text the reason, in words a person reads
   */
  public Reason {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(text, "text");
    checkArgument(!text.isBlank(), "text must not be blank");
  }

  /** Returns {@code "ruleId: text"}. */
  @Override
  public String toString() {
    return ruleId + ": " + text;
  }
}
