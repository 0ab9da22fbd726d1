package io.github.cadence.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What came of a touchpoint. */
@API(status = STABLE, since = "0.1")
public enum Outcome {
  /** A real conversation took place: a call answered, a meeting held. */
  CONNECTED,
  /** The other side answered in writing. */
  REPLIED,
  /** Sent, no answer yet: an email, a message, a gift. */
  SENT,
  /** A voicemail or a message with an assistant. */
  LEFT_MESSAGE,
  /** Nobody answered. */
  NO_RESPONSE,
  /**
   * Sent to many at once: a newsletter, a social post. Seen, not spoken: it keeps a distant tie
   * warm (visibility), but is never a conversation, never an attempt, never reaching out to the
   * person, and never answers what they wrote. Outbound only.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  BROADCAST;

  /**
   * Whether this outcome is a real exchange between the two people.
   *
   * @return true for {@link #CONNECTED} and {@link #REPLIED}
   */
  public boolean isConversation() {
    return this == CONNECTED || this == REPLIED;
  }
}
