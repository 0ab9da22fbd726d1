package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One thing to do on a day of the agenda: a {@link Touch} with a contact, or a networking {@link
 * Event} to attend. Made by the planner.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract sealed class AgendaItem permits AgendaItem.Touch, AgendaItem.Event {
  private final Category category;
  private final Channel channel;
  private final Intent intent;
  private final int minutes;
  private final List<Reason> reasons;

  private AgendaItem(
      Category category, Channel channel, Intent intent, int minutes, List<Reason> reasons) {
    this.category = requireNonNull(category, "category");
    this.channel = requireNonNull(channel, "channel");
    this.intent = requireNonNull(intent, "intent");
    checkState(minutes > 0, "minutes must be positive, was %s", minutes);
    this.minutes = minutes;
    this.reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
  }

  /** A touch with a contact: a call, an email, a meeting... */
  public static final class Touch extends AgendaItem {
    private final Contact contact;
    private final @Nullable LocalDate carriedOverFrom;
    private final boolean isDone;

    Touch(
        Contact contact,
        Category category,
        Channel channel,
        Intent intent,
        int minutes,
        List<Reason> reasons,
        @Nullable LocalDate carriedOverFrom,
        boolean isDone) {
      super(category, channel, intent, minutes, reasons);
      this.contact = requireNonNull(contact, "contact");
      this.carriedOverFrom = carriedOverFrom;
      this.isDone = isDone;
    }

    /**
     * Whether the touch is done: a day already planned keeps its touches, and one whose contact was
     * touched since (marked done, or logged) stays on the day as done instead of giving its place
     * to someone new.
     *
     * @return true if done
     */
    public boolean isDone() {
      return isDone;
    }

    /**
     * The contact to reach.
     *
     * @return the contact
     */
    public Contact contact() {
      return contact;
    }

    /**
     * The day an earlier plan had this touch, if it was missed then.
     *
     * @return the day
     */
    public Optional<LocalDate> carriedOverFrom() {
      return Optional.ofNullable(carriedOverFrom);
    }

    @Override
    public String subject() {
      return contact.displayName();
    }

    /**
     * The touchpoint that records this touch as done: outbound, with the item's channel and intent.
     *
     * @param at when it was done
     * @param outcome what came of it
     * @return the touchpoint, to record in the network (or the workspace) that holds the contact
     */
    public Touchpoint done(Instant at, Outcome outcome) {
      requireNonNull(at, "at");
      requireNonNull(outcome, "outcome");
      return Touchpoint.builder(contact.id(), at)
          .channel(channel())
          .direction(Direction.OUTBOUND)
          .outcome(outcome)
          .intent(intent())
          .build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Touch o
          && sameAs(o)
          && contact.equals(o.contact)
          && Objects.equals(carriedOverFrom, o.carriedOverFrom)
          && isDone == o.isDone;
    }

    @Override
    public int hashCode() {
      return Objects.hash(super.hashCode(), contact, carriedOverFrom, isDone);
    }

    @Override
    public String toString() {
      return "Touch[contact="
          + contact.id()
          + ", "
          + fields()
          + (carriedOverFrom == null ? "" : ", carriedOverFrom=" + carriedOverFrom)
          + (isDone ? ", done" : "")
          + "]";
    }
  }

  /** A networking event to attend, from the plan's settings. */
  public static final class Event extends AgendaItem {
    private final NetworkingEvent event;

    Event(NetworkingEvent event, List<Reason> reasons) {
      super(Category.EVENT, Channel.EVENT, Intent.NEUTRAL, event.minutes(), reasons);
      this.event = event;
    }

    /**
     * The event to attend.
     *
     * @return the event
     */
    public NetworkingEvent event() {
      return event;
    }

    @Override
    public String subject() {
      return event.name();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Event o && sameAs(o) && event.equals(o.event);
    }

    @Override
    public int hashCode() {
      return Objects.hash(super.hashCode(), event);
    }

    @Override
    public String toString() {
      return "Event[event=" + event.name() + ", " + fields() + "]";
    }
  }

  /**
   * Who or what the item is about: the contact's display name or the event's name.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * The category the item counts for.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * How to reach the contact ({@link Channel#EVENT} for an event).
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Whether the touch should give, ask or neither.
   *
   * @return the intent
   */
  public Intent intent() {
    return intent;
  }

  /**
   * The time it takes.
   *
   * @return minutes; positive
   */
  public int minutes() {
    return minutes;
  }

  /**
   * Why, from the queue (or the calendar for an event).
   *
   * @return the reasons
   */
  public List<Reason> reasons() {
    return reasons;
  }

  /** Whether the fields every item has are equal. */
  boolean sameAs(AgendaItem o) {
    return category == o.category
        && channel == o.channel
        && intent == o.intent
        && minutes == o.minutes
        && reasons.equals(o.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, channel, intent, minutes, reasons);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other;
  }

  /** The fields every item has, for {@link #toString()}. */
  String fields() {
    return "category="
        + category
        + ", channel="
        + channel
        + ", intent="
        + intent
        + ", minutes="
        + minutes
        + ", reasons="
        + reasons;
  }
}
