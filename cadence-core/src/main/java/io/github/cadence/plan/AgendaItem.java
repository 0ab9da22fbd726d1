package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One thing to do on a day of the agenda: a touch with a contact, or a networking event. */
public final class AgendaItem {
  private final Optional<Contact> contact;
  private final Optional<NetworkingEvent> event;
  private final Category category;
  private final Channel channel;
  private final Intent intent;
  private final int minutes;
  private final List<Reason> reasons;
  private final Optional<LocalDate> carriedOverFrom;

  AgendaItem(
      Optional<Contact> contact,
      Optional<NetworkingEvent> event,
      Category category,
      Channel channel,
      Intent intent,
      int minutes,
      List<Reason> reasons,
      Optional<LocalDate> carriedOverFrom) {
    requireNonNull(contact, "contact");
    requireNonNull(event, "event");
    checkArgument(
        contact.isPresent() != event.isPresent(),
        "an agenda item is for a contact or for an event, not both or neither; was contact %s and"
            + " event %s",
        contact.map(Contact::id).orElse("none"),
        event.map(NetworkingEvent::name).orElse("none"));
    requireNonNull(category, "category");
    requireNonNull(channel, "channel");
    requireNonNull(intent, "intent");
    checkArgument(minutes > 0, "minutes must be positive, was %s", minutes);
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    requireNonNull(carriedOverFrom, "carriedOverFrom");
    this.contact = contact;
    this.event = event;
    this.category = category;
    this.channel = channel;
    this.intent = intent;
    this.minutes = minutes;
    this.reasons = reasons;
    this.carriedOverFrom = carriedOverFrom;
  }

  /**
   * The contact to reach, for a touch.
   *
   * @return the contact
   */
  public Optional<Contact> contact() {
    return contact;
  }

  /**
   * The event to attend, for an event.
   *
   * @return the event
   */
  public Optional<NetworkingEvent> event() {
    return event;
  }

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
   * The time it takes; positive.
   *
   * @return the minutes
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

  /**
   * The day an earlier plan had it, if it was missed then.
   *
   * @return the carriedOverFrom
   */
  public Optional<LocalDate> carriedOverFrom() {
    return carriedOverFrom;
  }

  /**
   * Who or what the item is about: the contact's display name or the event's name.
   *
   * @return the subject
   */
  public String subject() {
    return contact.map(Contact::displayName).orElseGet(() -> event.orElseThrow().name());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AgendaItem o
        && contact.equals(o.contact)
        && event.equals(o.event)
        && category.equals(o.category)
        && channel.equals(o.channel)
        && intent.equals(o.intent)
        && minutes == o.minutes
        && reasons.equals(o.reasons)
        && carriedOverFrom.equals(o.carriedOverFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        contact, event, category, channel, intent, minutes, reasons, carriedOverFrom);
  }

  @Override
  public String toString() {
    return "AgendaItem["
        + "contact="
        + contact
        + ", "
        + "event="
        + event
        + ", "
        + "category="
        + category
        + ", "
        + "channel="
        + channel
        + ", "
        + "intent="
        + intent
        + ", "
        + "minutes="
        + minutes
        + ", "
        + "reasons="
        + reasons
        + ", "
        + "carriedOverFrom="
        + carriedOverFrom
        + "]";
  }
}
