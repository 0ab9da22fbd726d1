package io.github.cadence.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether Cadence should suggest a contact at all. A paused contact (on leave, asked for quiet
 * until after a launch) comes back on the day the pause ends, in the contact's time zone; an
 * archived contact is kept with its history but never suggested.
 *
 * @param state the state
 * @param pausedUntil the first day the contact may be suggested again; present only when paused
 */
public record ContactStatus(State state, Optional<LocalDate> pausedUntil) {

  /** The states a contact can be in. */
  public enum State {
    /** Suggested as the rules say. */
    ACTIVE,
    /** Not suggested before a date. */
    PAUSED,
    /** Never suggested; history kept. */
    ARCHIVED
  }

  private static final ContactStatus ACTIVE = new ContactStatus(State.ACTIVE, Optional.empty());
  private static final ContactStatus ARCHIVED = new ContactStatus(State.ARCHIVED, Optional.empty());

  /**
   * Validates that a date is present exactly when the state is {@link State#PAUSED}.
   *
   * @param state the state
   * @param pausedUntil the first day the contact may be suggested again; present only when paused
   */
  public ContactStatus {
    requireNonNull(state, "state");
    requireNonNull(pausedUntil, "pausedUntil");
    checkArgument(
        (state == State.PAUSED) == pausedUntil.isPresent(),
        "pausedUntil must be present exactly when state is PAUSED, was state %s, pausedUntil %s",
        state,
        pausedUntil);
    pausedUntil.ifPresent(d -> Checks.checkDate(d, "pausedUntil"));
  }

  /**
   * The status of a contact the rules treat normally.
   *
   * @return the active status
   */
  public static ContactStatus active() {
    return ACTIVE;
  }

  /**
   * The status of a contact not to be suggested before a day.
   *
   * @param firstDayBack the first day the contact may be suggested again
   * @return the paused status
   */
  public static ContactStatus pausedUntil(LocalDate firstDayBack) {
    return new ContactStatus(
        State.PAUSED, Optional.of(requireNonNull(firstDayBack, "firstDayBack")));
  }

  /**
   * The status of a contact never to be suggested.
   *
   * @return the archived status
   */
  public static ContactStatus archived() {
    return ARCHIVED;
  }
}
