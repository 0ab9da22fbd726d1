package io.github.cadence.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who started a touchpoint. */
@API(status = STABLE, since = "0.1")
public enum Direction {
  /** The user reached out. */
  OUTBOUND,
  /** The contact reached out to the user. */
  INBOUND
}
