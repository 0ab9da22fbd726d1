package io.github.cadence.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a touch means for the relationship. The seeds insist on giving "before asking for something
 * in return": Cadence keeps the balance and suggests the intent of the next touch.
 */
@API(status = STABLE, since = "0.1")
public enum Intent {
  /** Helping the contact: a lead, an introduction, an article, a thank-you. */
  GIVE,
  /** Asking the contact for something: a referral, an introduction, business. */
  ASK,
  /** Staying in touch without giving or asking. */
  NEUTRAL
}
