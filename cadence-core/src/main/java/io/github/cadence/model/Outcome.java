package io.github.cadence.model;

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
  NO_RESPONSE;

  /**
   * Whether this outcome is a real exchange between the two people.
   *
   * @return true for {@link #CONNECTED} and {@link #REPLIED}
   */
  public boolean isConversation() {
    return this == CONNECTED || this == REPLIED;
  }
}
