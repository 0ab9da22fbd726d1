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
import java.util.Optional;

/**
 * One thing to do on a day of the agenda: a touch with a contact, or a networking event.
 *
 * @param contact the contact to reach, for a touch
 * @param event the event to attend, for an event
 * @param category the category the item counts for
 * @param channel how to reach the contact ({@link Channel#EVENT} for an event)
 * @param intent whether the touch should give, ask or neither
 * @param minutes the time it takes; positive
 * @param reasons why, from the queue (or the calendar for an event)
 * @param carriedOverFrom the day an earlier plan had it, if it was missed then
 */
public record AgendaItem(
    Optional<Contact> contact,
    Optional<NetworkingEvent> event,
    Category category,
    Channel channel,
    Intent intent,
    int minutes,
    List<Reason> reasons,
    Optional<LocalDate> carriedOverFrom) {

  /**
   * Validates every component: exactly one of {@code contact} and {@code event} is present.
   *
   * @param contact the contact to reach, for a touch
   * @param event the event to attend, for an event
   * @param category the category the item counts for
   * @param channel how to reach the contact ({@link Channel#EVENT} for an event)
   * @param intent whether the touch should give, ask or neither
   * @param minutes the time it takes; positive
   * @param reasons why, from the queue (or the calendar for an event)
   * @param carriedOverFrom the day an earlier plan had it, if it was missed then
   */
  public AgendaItem {
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
  }

  /**
   * Who or what the item is about: the contact's display name or the event's name.
   *
   * @return the subject
   */
  public String subject() {
    return contact.map(Contact::displayName).orElseGet(() -> event.orElseThrow().name());
  }
}
