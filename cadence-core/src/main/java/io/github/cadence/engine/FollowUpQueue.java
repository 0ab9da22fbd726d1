package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "whom should I contact, in what order, and why?": ranked entries, one per contact,
 * as of an instant.
 *
 * <p>The order is total and stable: higher {@link QueueEntry#score()} first, then the earlier
 * {@link QueueEntry#due()}, then the contact id. The same network, rules and request always give
 * the same queue.
 *
 * @param asOf the instant the queue is about
 * @param entries the requested page of entries, best first
 * @param totalMatching how many entries matched the request before paging
 * @param failures the rules that failed, per contact
 */
public record FollowUpQueue(
    Instant asOf, List<QueueEntry> entries, int totalMatching, List<RuleFailure> failures) {

  /** The queue's order: score descending, then due ascending, then contact id. */
  public static final Comparator<QueueEntry> ORDER =
      Comparator.comparingDouble(QueueEntry::score)
          .reversed()
          .thenComparing(QueueEntry::due)
          .thenComparing(e -> e.contact().id());

  /**
   * Validates every component and takes immutable copies.
   *
   * @param asOf the instant the queue is about
   * @param entries the requested page of entries, best first
   * @param totalMatching how many entries matched the request before paging
   * @param failures the rules that failed, per contact
   */
  public FollowUpQueue {
    requireNonNull(asOf, "asOf");
    entries = ImmutableList.copyOf(requireNonNull(entries, "entries"));
    checkArgument(
        totalMatching >= entries.size(),
        "totalMatching must be at least the number of entries, was %s for %s entries",
        totalMatching,
        entries.size());
    failures = ImmutableList.copyOf(requireNonNull(failures, "failures"));
  }

  /**
   * The best entry.
   *
   * @return the first entry, or empty if the queue is empty
   */
  public Optional<QueueEntry> first() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
  }

  /**
   * The entry of a contact, if it is on this page.
   *
   * @param contactId the contact's id
   * @return the entry, or empty
   */
  public Optional<QueueEntry> entryFor(String contactId) {
    requireNonNull(contactId, "contactId");
    return entries.stream().filter(e -> e.contact().id().equals(contactId)).findFirst();
  }

  /**
   * The number of entries on this page.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }
}
