package io.github.cadence.history;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The user's network as its readers see it: contacts, their touchpoints and each contact's {@link
 * ContactHistory}. Read-only: it has no method that changes it, and a reader cannot turn it into
 * something that does.
 *
 * <p>A network is built as a {@link MutableNetwork}, which is one. Whoever owns a network's changes
 * hands out read-only {@linkplain MutableNetwork#view() views} of it: a {@code QueueIndex} owns the
 * network it was built from and lends a view for the length of a read ({@code QueueIndex.read}), so
 * that nothing can change the network behind the index's back.
 *
 * <p>Ids are compared in Unicode normalization form C, as {@link Contact} and {@link Touchpoint}
 * keep them: a lookup by an id typed in another form finds the contact.
 *
 * <p>Not thread-safe unless its owner says so: read it under the lock of whoever changes it.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Network permits MutableNetwork, NetworkView {
  /**
   * A number that grows with every change to this network, so that whoever keeps something derived
   * from it can tell whether it changed since.
   *
   * @return the number of changes so far
   */
  long version();

  /**
   * Whether a contact with this id is in the network.
   *
   * @param contactId the id
   * @return true if it is
   */
  boolean contains(String contactId);

  /**
   * Looks a contact up by id.
   *
   * @param contactId the id
   * @return the contact, or empty if there is none with this id
   */
  Optional<Contact> contact(String contactId);

  /**
   * All contacts, in the order they were added.
   *
   * @return an unmodifiable snapshot
   */
  List<Contact> contacts();

  /**
   * How many contacts the network holds.
   *
   * @return the count
   */
  int size();

  /**
   * The summary of every touchpoint recorded for a contact, future-dated ones included.
   *
   * @param contactId the contact's id
   * @return the summary
   * @throws IllegalArgumentException if no contact has this id
   */
  ContactHistory history(String contactId);

  /**
   * The summary of a contact's touchpoints up to and including an instant: a touchpoint dated after
   * {@code asOf} (a meeting booked for next week, an import with a wrong clock) does not count as
   * past. When nothing recorded is later than {@code asOf}, as is usual when asking about now, this
   * is the stored summary; otherwise the summary is rebuilt from this contact's touchpoints.
   *
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the summary as of that instant
   * @throws IllegalArgumentException if no contact has this id
   */
  ContactHistory history(String contactId, Instant asOf);

  /**
   * Every contact's summary up to and including an instant, as {@link #history(String, Instant)}
   * gives it, in the order of {@link #contacts()}: one pass over the network instead of a lookup by
   * id for each contact, for whoever reads them all.
   *
   * @param asOf the instant
   * @return an unmodifiable snapshot, the i-th summary being the i-th contact's
   */
  List<ContactHistory> histories(Instant asOf);

  /**
   * The first touchpoint of a contact dated after an instant: when its history as of a later time
   * will differ from its history as of {@code asOf}.
   *
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the instant of the earliest touchpoint after {@code asOf}, or empty if there is none
   * @throws IllegalArgumentException if no contact has this id
   */
  Optional<Instant> nextTouchAfter(String contactId, Instant asOf);

  /**
   * A contact's touchpoints, oldest first (ties in the order they were recorded).
   *
   * @param contactId the contact's id
   * @return an unmodifiable snapshot
   * @throws IllegalArgumentException if no contact has this id
   */
  List<Touchpoint> touchpoints(String contactId);
}
