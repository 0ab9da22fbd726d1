package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import java.time.Instant;
import java.util.List;

/**
 * One contact in the follow-up queue: when the next touch is due, how urgent it is, how to make it
 * and why.
 *
 * @param contact the contact
 * @param due when the next touch is due, after every hold (no pestering, back-off, pause)
 * @param score how urgent the touch is as of the queue's instant; higher comes first
 * @param channel the suggested channel
 * @param intent whether the touch should give, ask or neither
 * @param reasons every reason behind the entry, in rule order
 * @param validUntil the first instant at which the rules may say something else, given the same
 *     history (the score keeps growing with time in between)
 */
public record QueueEntry(
    Contact contact,
    Instant due,
    double score,
    Channel channel,
    Intent intent,
    List<Reason> reasons,
    Instant validUntil) {

  /**
   * Validates every component and takes an immutable copy of the reasons.
   *
   * @param contact the contact
   * @param due when the next touch is due, after every hold (no pestering, back-off, pause)
   * @param score how urgent the touch is as of the queue's instant; higher comes first
   * @param channel the suggested channel
   * @param intent whether the touch should give, ask or neither
   * @param reasons every reason behind the entry, in rule order
   * @param validUntil the first instant at which the rules may say something else, given the same
   *     history (the score keeps growing with time in between)
   */
  public QueueEntry {
    requireNonNull(contact, "contact");
    requireNonNull(due, "due");
    checkArgument(Double.isFinite(score), "score must be finite, was %s", score);
    requireNonNull(channel, "channel");
    requireNonNull(intent, "intent");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    checkArgument(!reasons.isEmpty(), "reasons must not be empty");
    requireNonNull(validUntil, "validUntil");
  }

  /**
   * Whether the touch is due at an instant.
   *
   * @param asOf the instant
   * @return true if {@link #due()} is not after {@code asOf}
   */
  public boolean isDueAt(Instant asOf) {
    return !due.isAfter(requireNonNull(asOf, "asOf"));
  }
}
