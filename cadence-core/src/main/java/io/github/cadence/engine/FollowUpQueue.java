package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "whom should I contact, in what order, and why?": ranked entries, one per contact,
 * as of an instant.
 *
 * <p>The order is total and stable: higher {@link QueueEntry#score()} first, then the earlier
 * {@link QueueEntry#due()}, then the contact id. The same network, rules and request always give
 * the same queue.
 */
@API(status = STABLE, since = "0.1")
public final class FollowUpQueue {
  private final Instant asOf;
  private final List<QueueEntry> entries;
  private final int totalMatching;
  private final List<RuleFailure> ranking;
  private final Supplier<List<RuleFailure>> failures;

  FollowUpQueue(
      Instant asOf, List<QueueEntry> entries, int totalMatching, List<RuleFailure> failures) {
    requireNonNull(asOf, "asOf");
    entries = ImmutableList.copyOf(requireNonNull(entries, "entries"));
    checkState(
        totalMatching >= entries.size(),
        "totalMatching must be at least the number of entries, was %s for %s entries",
        totalMatching,
        entries.size());
    this.asOf = asOf;
    this.entries = entries;
    this.totalMatching = totalMatching;
    this.ranking = ImmutableList.copyOf(requireNonNull(failures, "failures"));
    this.failures = Suppliers.memoize(this::allFailures);
  }

  private List<RuleFailure> allFailures() {
    ImmutableList.Builder<RuleFailure> all = ImmutableList.builder();
    all.addAll(ranking);
    for (QueueEntry e : entries) {
      for (Reason r : e.reasons()) {
        r.wordingFailure().ifPresent(all::add);
      }
    }
    return all.build();
  }

  /**
   * The instant the queue is about.
   *
   * @return the asOf
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The requested page of entries, best first.
   *
   * @return the entries
   */
  public List<QueueEntry> entries() {
    return entries;
  }

  /**
   * How many entries matched the request before paging.
   *
   * @return the totalMatching
   */
  public int totalMatching() {
    return totalMatching;
  }

  /**
   * The rules that failed, per contact: those that failed while the queue was ranked, then those
   * whose reason for an entry on this page cannot be worded. Reasons are worded when first read
   * ({@link Reason#text()}), so the first call words every reason on the page.
   *
   * @return the failures
   */
  public List<RuleFailure> failures() {
    return failures.get();
  }

  /** The queue's order: score descending, then due ascending, then contact id. */
  public static final Comparator<QueueEntry> ORDER =
      Comparator.comparingDouble(QueueEntry::score)
          .reversed()
          .thenComparing(QueueEntry::due)
          .thenComparing(e -> e.contact().id());

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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FollowUpQueue o
        && asOf.equals(o.asOf)
        && entries.equals(o.entries)
        && totalMatching == o.totalMatching
        && failures().equals(o.failures());
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, entries, totalMatching, failures());
  }

  @Override
  public String toString() {
    return "FollowUpQueue["
        + "asOf="
        + asOf
        + ", "
        + "entries="
        + entries
        + ", "
        + "totalMatching="
        + totalMatching
        + ", "
        + "failures="
        + failures()
        + "]";
  }
}
