package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When and where the user first met a contact. The date is a local date in the contact's time zone;
 * the place is usually the event ("BNI breakfast", "Chamber mixer").
 */
@API(status = STABLE, since = "0.1")
public final class FirstMeeting {
  private final LocalDate date;
  private final @Nullable String where;

  private FirstMeeting(LocalDate date, @Nullable String where) {
    Checks.checkDate(date, "date");
    if (where != null) {
      Checks.checkText(where, "where");
    }
    this.date = date;
    this.where = where;
  }

  /**
   * The day they met.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The event or place, if known; not blank when present.
   *
   * @return the where
   */
  public Optional<String> where() {
    return Optional.ofNullable(where);
  }

  /**
   * A meeting at a known event or place.
   *
   * @param date the day they met
   * @param where the event or place; not blank
   * @return the meeting
   */
  public static FirstMeeting at(LocalDate date, String where) {
    return new FirstMeeting(date, requireNonNull(where, "where"));
  }

  /**
   * A meeting whose place is not recorded.
   *
   * @param date the day they met
   * @return the meeting
   */
  public static FirstMeeting on(LocalDate date) {
    return new FirstMeeting(date, null);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FirstMeeting o && date.equals(o.date) && Objects.equals(where, o.where);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, where);
  }

  @Override
  public String toString() {
    return "FirstMeeting[" + "date=" + date + ", " + "where=" + where() + "]";
  }
}
