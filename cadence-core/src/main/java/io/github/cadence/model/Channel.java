package io.github.cadence.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a touchpoint happened or how a follow-up should be made. */
@API(status = STABLE, since = "0.1")
public enum Channel {
  /** A phone or video call. */
  CALL,
  /** An email. */
  EMAIL,
  /** A short message: text, chat, direct message. */
  MESSAGE,
  /** A one-to-one meeting: coffee, lunch, a visit. */
  MEETING,
  /** A networking event or meeting where the two met. */
  EVENT,
  /** A public social-media interaction: a comment, a share, an endorsement. */
  SOCIAL,
  /** A gift: a book, a basket of fruit. */
  GIFT,
  /** A handwritten note or card, such as a thank-you note. */
  NOTE;

  /**
   * Whether a touch on this channel asks for an answer, so that silence after it counts as an
   * unanswered attempt. Gifts, notes and meeting at an event do not ask for one.
   *
   * @return true for calls, emails, messages, meetings and social interactions
   */
  public boolean expectsReply() {
    return this != GIFT && this != NOTE && this != EVENT;
  }
}
