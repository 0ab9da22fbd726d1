package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.internal.Checks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A networking event the user may attend: a breakfast club, a chamber mixer, a conference.
 *
 * @param name what the event is called; not blank
 * @param date the day it takes place
 * @param minutes how long it takes, travel included; positive
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkingEvent(String name, LocalDate date, int minutes) {
  /**
   * Validates every component.
   *
   * @param name what the event is called; not blank, no control characters
   * @param date the day it takes place
   * @param minutes how long it takes, travel included; positive
   */
  public NetworkingEvent {
    Checks.checkText(name, "name");
    requireNonNull(date, "date");
    checkArgument(minutes > 0, "minutes of event '%s' must be positive, was %s", name, minutes);
  }
}
