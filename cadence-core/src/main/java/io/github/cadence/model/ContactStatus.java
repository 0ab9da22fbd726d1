package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Whether Cadence should suggest a contact at all: {@link Active}, {@link Paused} until a day (on
 * leave, asked for quiet until after a launch; the contact comes back on that day, in the contact's
 * time zone), {@link Archived} (kept with its history, never suggested), or {@link Unmapped}: on
 * file but not yet placed by the user (an imported connection, a card), whose tier is only the
 * default. An unmapped contact never talked to is offered for mapping, a few a day, rather than
 * scheduled at a rhythm nobody chose; setting its tier (or archiving it) maps it.
 */
@API(status = STABLE, since = "0.1")
public sealed interface ContactStatus
    permits ContactStatus.Active,
        ContactStatus.Paused,
        ContactStatus.Archived,
        ContactStatus.Unmapped {

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

  /**
   * The status of a contact on file that the user has not placed yet: its tier is the default, not
   * a choice.
   *
   * @return the unmapped status
   */
  static ContactStatus unmapped() {
    return Unmapped.INSTANCE;
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

  /**
   * On file, not yet placed in a tier by the user: offered for mapping while never talked to, and
   * suggested as the rules say once a conversation happened.
   */
  final class Unmapped implements ContactStatus {
    private static final Unmapped INSTANCE = new Unmapped();

    private Unmapped() {}

    @Override
    public String toString() {
      return "unmapped";
    }
  }
}
