package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One contact in the follow-up queue: when the next touch is due, how urgent it is, how to make it
 * and why.
 */
@API(status = STABLE, since = "0.1")
public final class QueueEntry {
  private final Contact contact;
  private final Instant due;
  private final double score;
  private final Channel channel;
  private final Intent intent;
  private final List<Reason> reasons;
  private final Purpose purpose;
  private final Instant validUntil;

  QueueEntry(
      Contact contact,
      Instant due,
      double score,
      Channel channel,
      Intent intent,
      List<Reason> reasons,
      Purpose purpose,
      Instant validUntil) {
    requireNonNull(contact, "contact");
    requireNonNull(due, "due");
    checkState(Double.isFinite(score), "score must be finite, was %s", score);
    requireNonNull(channel, "channel");
    requireNonNull(intent, "intent");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    checkState(!reasons.isEmpty(), "reasons must not be empty");
    requireNonNull(purpose, "purpose");
    requireNonNull(validUntil, "validUntil");
    this.contact = contact;
    this.due = due;
    this.score = score;
    this.channel = channel;
    this.intent = intent;
    this.reasons = reasons;
    this.purpose = purpose;
    this.validUntil = validUntil;
  }

  /**
   * The contact.
   *
   * @return the contact
   */
  public Contact contact() {
    return contact;
  }

  /**
   * When the next touch is due, after every hold (no pestering, back-off, pause).
   *
   * @return the due
   */
  public Instant due() {
    return due;
  }

  /**
   * How urgent the touch is as of the queue's instant; higher comes first.
   *
   * @return the score
   */
  public double score() {
    return score;
  }

  /**
   * Whether a handle on file reaches the contact on the {@linkplain #channel() suggested channel}.
   * The engine suggests only channels a handle reaches (a call needs a phone number, an email an
   * address, a message a phone number or a profile; a meeting, a note or a gift any handle) and
   * says so in a reason of id "channel" when it gave up the preferred one; this is false only for a
   * contact with no handle at all, whose first step is to find a way to reach them. The reasons
   * leave that step unsaid, as an application may keep its contacts' handles elsewhere.
   *
   * @return false if the contact has no handle on file
   */
  public boolean reachable() {
    return !contact.handles().isEmpty();
  }

  /**
   * The suggested channel.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Whether the touch should give, ask or neither.
   *
   * @return the intent
   */
  public Intent intent() {
    return intent;
  }

  /**
   * Every reason behind the entry, in rule order.
   *
   * @return the reasons
   */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * The purpose of the follow-up that ranks the entry (its best one): {@link Purpose#REPLY} for a
   * reply owed, {@link Purpose#INTAKE} for a contact to map, and so on; {@link Purpose#OTHER} for a
   * user's rule that states none.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The first instant at which the rules may say something else, given the same history (the score
   * keeps growing with time in between).
   *
   * @return the validUntil
   */
  public Instant validUntil() {
    return validUntil;
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof QueueEntry o
        && contact.equals(o.contact)
        && due.equals(o.due)
        && Double.compare(score, o.score) == 0
        && channel.equals(o.channel)
        && intent.equals(o.intent)
        && reasons.equals(o.reasons)
        && purpose == o.purpose
        && validUntil.equals(o.validUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contact, due, score, channel, intent, reasons, purpose, validUntil);
  }

  @Override
  public String toString() {
    return "QueueEntry["
        + "contact="
        + contact
        + ", "
        + "due="
        + due
        + ", "
        + "score="
        + score
        + ", "
        + "channel="
        + channel
        + ", "
        + "intent="
        + intent
        + ", "
        + "reasons="
        + reasons
        + ", purpose="
        + purpose
        + ", "
        + "validUntil="
        + validUntil
        + "]";
  }
}
