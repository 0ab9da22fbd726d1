package io.github.cadence.model;

/**
 * What a touch means for the relationship. The seeds insist on giving "before asking for something
 * in return": Cadence keeps the balance and suggests the intent of the next touch.
 */
public enum Intent {
  /** Helping the contact: a lead, an introduction, an article, a thank-you. */
  GIVE,
  /** Asking the contact for something: a referral, an introduction, business. */
  ASK,
  /** Staying in touch without giving or asking. */
  NEUTRAL
}
