package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Whether Cadence should suggest a contact at all: {@link Active}, {@link Paused} until a day (on
 * leave, asked for quiet until after a launch; the contact comes back on that day, in the contact's
 * time zone), or {@link Archived} (kept with its history, never suggested).
 */
@API(status = STABLE, since = "0.1")
public sealed interface ContactStatus
    permits ContactStatus.Active, ContactStatus.Paused, ContactStatus.Archived {

  /**
   * The status of a contact the rules treat normally.
   *
   * @return the active status
   */
  static ContactStatus active() {
    return Active.INSTANCE;
  }

  /**
   * The status of a contact not to be suggested before a day.
   *
   * @param firstDayBack the first day the contact may be suggested again
   * @return the paused status
   */
  static Paused pausedUntil(LocalDate firstDayBack) {
    return new Paused(firstDayBack);
  }

  /**
   * The status of a contact never to be suggested.
   *
   * @return the archived status
   */
  static ContactStatus archived() {
    return Archived.INSTANCE;
  }

  /** Suggested as the rules say. */
  final class Active implements ContactStatus {
    private static final Active INSTANCE = new Active();

    private Active() {}

    @Override
    public String toString() {
      return "active";
    }
  }

  /**
   * Not suggested before a day.
   *
   * @param firstDayBack the first day the contact may be suggested again, in the contact's zone
   */
  record Paused(LocalDate firstDayBack) implements ContactStatus {
    /**
     * Validates the day.
     *
     * @param firstDayBack the first day the contact may be suggested again; between the years 1900
     *     and 9999
     */
    public Paused {
      Checks.checkDate(requireNonNull(firstDayBack, "firstDayBack"), "firstDayBack");
    }

    @Override
    public String toString() {
      return "paused until " + firstDayBack;
    }
  }

  /** Never suggested; its history is kept. */
  final class Archived implements ContactStatus {
    private static final Archived INSTANCE = new Archived();

    private Archived() {}

    @Override
    public String toString() {
      return "archived";
    }
  }
}
