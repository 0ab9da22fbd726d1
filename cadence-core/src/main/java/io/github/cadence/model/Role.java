package io.github.cadence.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a contact is to the user's business; a contact may have several roles. */
@API(status = STABLE, since = "0.1")
public enum Role {
  /** Someone who buys from the user, now or in the past (a dormant client is a client too). */
  CLIENT,
  /** A strategic networking partner: the seeds call for one such touch every week. */
  STRATEGIC_PARTNER,
  /** Someone who might become a client. */
  PROSPECT,
  /** Someone who sends the user leads and introductions. */
  REFERRAL_SOURCE,
  /** A peer in the same field or company. */
  COLLEAGUE,
  /** Someone who advises the user. */
  MENTOR,
  /** A supplier or service provider, who knows many people too (the seeds' dry cleaner, grocer). */
  SUPPLIER,
  /** A personal relationship. */
  FRIEND
}
