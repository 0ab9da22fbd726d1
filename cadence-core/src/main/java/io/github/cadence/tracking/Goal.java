package io.github.cadence.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.model.Role;
import io.github.cadence.plan.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A networking goal written down, as the seeds ask ("write down your goals, use a tracking
 * mechanism"): "10 reactivated clients this quarter", "2 events a week", "5 client touches a week",
 * "20 new contacts a month". Progress is computed from the touchpoint history by {@link Tracker}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Goal {
  private final String name;
  private final Kind kind;
  private final int target;
  private final Span span;
  private final @Nullable Role role;

  Goal(String name, Kind kind, int target, Span span, @Nullable Role role) {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank, was '%s'", name);
    requireNonNull(kind, "kind");
    checkArgument(target > 0, "target of goal '%s' must be positive, was %s", name, target);
    requireNonNull(span, "span");
    checkArgument(
        role == null || kind == Kind.TOUCHES,
        "only a TOUCHES goal has a role, was %s with role %s",
        kind,
        role);
    this.name = name;
    this.kind = kind;
    this.target = target;
    this.span = span;
    this.role = role;
  }

  /**
   * How the user calls the goal.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What is counted.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * How many per span; positive.
   *
   * @return the target
   */
  public int target() {
    return target;
  }

  /**
   * The period the target applies to.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * For {@link Kind#TOUCHES}, only contacts with this role count.
   *
   * @return the role
   */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

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

  /**
   * "10 reactivated clients this quarter".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal reactivatedClients(int target, Span span) {
    return counted(
        "reactivated client", "reactivated clients", Kind.REACTIVATED_CLIENTS, target, span);
  }

  /**
   * "2 events a week".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal events(int target, Span span) {
    return counted("event", "events", Kind.EVENTS, target, span);
  }

  /**
   * "5 client touches a week": outbound touches with contacts of one role.
   *
   * @param role only contacts with this role count
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal touches(Role role, int target, Span span) {
    requireNonNull(role, "role");
    String who = role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
    return new Goal(
        target + " " + who + touches(target) + " per " + span.label(),
        Kind.TOUCHES,
        target,
        span,
        role);
  }

  /**
   * "10 touches a week": outbound touches with anyone.
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal touches(int target, Span span) {
    return counted("touch", "touches", Kind.TOUCHES, target, span);
  }

  /**
   * "20 new contacts a month".
   *
   * @param target how many per span
   * @param span the span
   * @return the goal
   */
  public static Goal newContacts(int target, Span span) {
    return counted("new contact", "new contacts", Kind.NEW_CONTACTS, target, span);
  }

  /** A goal that counts one kind of thing for any contact: "{target} {what} per {span}". */
  private static Goal counted(String one, String many, Kind kind, int target, Span span) {
    return new Goal(
        target + " " + (target == 1 ? one : many) + " per " + span.label(),
        kind,
        target,
        span,
        null);
  }

  private static String touches(int target) {
    return target == 1 ? "touch" : "touches";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Goal o
        && name.equals(o.name)
        && kind.equals(o.kind)
        && target == o.target
        && span.equals(o.span)
        && Objects.equals(role, o.role);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, target, span, role);
  }

  @Override
  public String toString() {
    return "Goal[" + "name=" + name + ", " + "kind=" + kind + ", " + "target=" + target + ", "
        + "span=" + span + ", " + "role=" + role() + "]";
  }
}
