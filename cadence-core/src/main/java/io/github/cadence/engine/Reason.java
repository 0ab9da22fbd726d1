package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.rule.Purpose;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One reason behind a queue entry or an agenda item: which rule said it, the practice it serves,
 * and what it said. The engine and the planner make reasons; {@link #of} is public for tests and
 * for code that composes reasons of its own.
 */
@API(status = STABLE, since = "0.1")
public final class Reason {
  private final String ruleId;
  private final Purpose purpose;
  private final String text;

  private Reason(String ruleId, Purpose purpose, String text) {
    this.ruleId = ruleId;
    this.purpose = purpose;
    this.text = text;
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
    return new Reason(ruleId, purpose, text);
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
   * The reason in words.
   *
   * @return the text; not blank
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r
        && ruleId.equals(r.ruleId)
        && purpose == r.purpose
        && text.equals(r.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, purpose, text);
  }

  /** Returns {@code "ruleId: text"}. */
  @Override
  public String toString() {
    return ruleId + ": " + text;
  }
}
