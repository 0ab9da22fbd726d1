package io.github.cadence.rule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Why a suggestion is made, as a type the planner and other modules read instead of a rule's id:
 * which practice of the seeds it serves. A rule sets it with {@code as(Purpose)} on its suggestion;
 * a user's rule that says nothing is {@link #OTHER}.
 */
@API(status = STABLE, since = "0.1")
public enum Purpose {
  /** Answer someone who wrote or called and waits for a reply. */
  REPLY,
  /** Follow up soon after meeting someone, while the memory is fresh. */
  FIRST_FOLLOW_UP,
  /** Follow up with someone seen at an event. */
  AFTER_EVENT,
  /** Mark a birthday, an anniversary or another date. */
  OCCASION,
  /** Renew a lost tie. */
  RECONNECT,
  /** Call a client who went quiet. */
  CLIENT,
  /** Keep in weekly touch with a strategic partner. */
  PARTNER,
  /** Touch a contact at their tier's rhythm. */
  RHYTHM,
  /** Try again after unanswered attempts, with a growing pause and another channel. */
  RETRY,
  /** Map a contact never talked to: choose a tier, archive, or reach out. */
  INTAKE,
  /** Hold back, so as not to pester. */
  RESTRAINT,
  /** Balance giving and asking. */
  BALANCE,
  /** The contact is paused (set by the engine, from the contact's status). */
  PAUSE,
  /** A networking event on the user's calendar (set by the planner). */
  EVENT,
  /** A step the planner adds, such as the call that arranges a meeting (set by the planner). */
  PLANNING,
  /** Anything else: the purpose of a suggestion that states none. */
  OTHER,
  /** Thank someone who gave: a referral, an introduction (a closing window, as a reply is). */
  @API(status = EXPERIMENTAL, since = "0.1")
  THANKS
}
