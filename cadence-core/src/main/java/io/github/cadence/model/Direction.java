package io.github.cadence.model;

/** Who started a touchpoint. */
public enum Direction {
  /** The user reached out. */
  OUTBOUND,
  /** The contact reached out to the user. */
  INBOUND
}
