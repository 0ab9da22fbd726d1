package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.model.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * A networking goal written down, as the seeds ask ("write down your goals, use a tracking
 * mechanism"): "10 reactivated clients this quarter", "2 events a week", "5 client touches a week",
 * "20 new contacts a month". Progress is computed from the touchpoint history by {@link Tracker}.
 *
 * @param name how the user calls the goal
 * @param kind what is counted
 * @param target how many per span; positive
 * @param span the period the target applies to
 * @param role for {@link Kind#TOUCHES}, only contacts with this role count
 */
@CheckReturnValue
public record Goal(String name, Kind kind, int target, Span span, Optional<Role> role) {

  /** What a goal counts. */
  public enum Kind {
    /** Outbound touches (events excepted), optionally with contacts of one role. */
    TOUCHES,
    /** Clients back in conversation after 60 days or more without one. */
    REACTIVATED_CLIENTS,
    /** Networking events attended (distinct days and names of event touchpoints). */
    EVENTS,
    /** Contacts added to the network. */
    NEW_CONTACTS
  }

  /** The period a goal's target applies to. */
  public enum Span {
    /** Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH,
    /** A calendar quarter. */
    QUARTER;

    /**
     * The first day of the span holding a day.
     *
     * @param day the day
     * @return the span's first day
     */
    public LocalDate start(LocalDate day) {
      requireNonNull(day, "day");
      return switch (this) {
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
        case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      };
    }

    /**
     * The first day after the span holding a day.
     *
     * @param day the day
     * @return the day after the span's last day
     */
    public LocalDate end(LocalDate day) {
      LocalDate start = start(day);
      return switch (this) {
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
        case QUARTER -> start.plusMonths(3);
      };
    }
  }

  /**
   * Validates every component.
   *
   * @param name how the user calls the goal
   * @param kind what is counted
   * @param target how many per span; positive
   * @param span the period the target applies to
   * @param role for {@link Kind#TOUCHES}, only contacts with this role count
   */
  public Goal {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank, was '%s'", name);
    requireNonNull(kind, "kind");
    checkArgument(target > 0, "target of goal '%s' must be positive, was %s", name, target);
    requireNonNull(span, "span");
    requireNonNull(role, "role");
    checkArgument(
        role.isEmpty() || kind == Kind.TOUCHES,
        "only a TOUCHES goal has a role, was %s with role %s",
        kind,
        role.orElse(null));
  }

  /**
   * "10 reactivated clients this quarter".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal reactivatedClients(int target, Span span) {
    return counted("reactivated clients", Kind.REACTIVATED_CLIENTS, target, span);
  }

  /**
   * "2 events a week".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal events(int target, Span span) {
    return counted("events", Kind.EVENTS, target, span);
  }

  /**
   * "5 client touches a week", or any touches with no role.
   *
   * @param role only contacts with this role count, if present
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal touches(Optional<Role> role, int target, Span span) {
    String who =
        role.map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").orElse("");
    return new Goal(
        target + " " + who + "touches per " + label(span), Kind.TOUCHES, target, span, role);
  }

  /**
   * "20 new contacts a month".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal newContacts(int target, Span span) {
    return counted("new contacts", Kind.NEW_CONTACTS, target, span);
  }

  /** A goal that counts one kind of thing for any contact: "{target} {what} per {span}". */
  private static Goal counted(String what, Kind kind, int target, Span span) {
    return new Goal(
        target + " " + what + " per " + label(span), kind, target, span, Optional.empty());
  }

  private static String label(Span span) {
    return span.name().toLowerCase(Locale.ROOT);
  }
}
