package io.github.cadence.engine;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A rule that failed for one contact. The queue still holds what the other rules said about the
 * contact; the failure is also logged through SLF4J with its stack trace. Two failures are equal
 * when their rule, contact and error text are (not their throwables, which are never equal), so the
 * queues of a parallel and a sequential evaluation are equal.
 */
@API(status = STABLE, since = "0.1")
public final class RuleFailure {
  private final String ruleId;
  private final String contactId;
  private final String error;
  private final @Nullable Throwable cause;

  RuleFailure(String ruleId, String contactId, String error, @Nullable Throwable cause) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(contactId, "contactId");
    requireNonNull(error, "error");
    this.ruleId = ruleId;
    this.contactId = contactId;
    this.error = error;
    this.cause = cause;
  }

  /**
   * What the rule threw, with its stack trace; empty when it threw nothing (it took longer than the
   * evaluation budget, or the caller was interrupted).
   *
   * @return the throwable
   */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  /**
   * The id of the rule that failed.
   *
   * @return the ruleId
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The id of the contact it failed for.
   *
   * @return the contactId
   */
  public String contactId() {
    return contactId;
  }

  /**
   * What went wrong, in words: the exception's type and message, or why there is none.
   *
   * @return the error
   */
  public String error() {
    return error;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleFailure o
        && ruleId.equals(o.ruleId)
        && contactId.equals(o.contactId)
        && error.equals(o.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, contactId, error);
  }

  @Override
  public String toString() {
    return "RuleFailure["
        + "ruleId="
        + ruleId
        + ", "
        + "contactId="
        + contactId
        + ", "
        + "error="
        + error
        + "]";
  }
}
