package io.github.cadence.model;

import static java.util.Objects.requireNonNull;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When and where the user first met a contact. The date is a local date in the contact's time zone;
 * the place is usually the event ("BNI breakfast", "Chamber mixer").
 *
 * @param date the day they met
 * @param where the event or place, if known; not blank when present
 */
public record FirstMeeting(LocalDate date, Optional<String> where) {

  /**
   * Validates every component.
   *
   * @param date the day they met
   * @param where the event or place, if known; not blank when present
   */
  public FirstMeeting {
    Checks.checkDate(date, "date");
    requireNonNull(where, "where").ifPresent(w -> Checks.checkText(w, "where"));
  }

  /**
   * A meeting at a known event or place.
   *
   * @param date the day they met
   * @param where the event or place; not blank
   * @return the meeting
   */
  public static FirstMeeting at(LocalDate date, String where) {
    return new FirstMeeting(date, Optional.of(requireNonNull(where, "where")));
  }

  /**
   * A meeting whose place is not recorded.
   *
   * @param date the day they met
   * @return the meeting
   */
  public static FirstMeeting on(LocalDate date) {
    return new FirstMeeting(date, Optional.empty());
  }
}
