package io.github.cadence.benchmarks;

import io.github.cadence.engine.QueueEntry;
import java.time.Instant;
import java.util.Comparator;

/**
 * One place of a top-k answer, as every peer must give it: the contact, when it is due and its
 * score. Cadence's entries carry more (channel, reasons); these three fix the order.
 *
 * @param contactId the contact
 * @param due when the follow-up is due, after holds
 * @param score the score that ranks it
 */
record Ranked(String contactId, Instant due, double score) {
  /** The queue's order: score descending, then due ascending, then contact id. */
  static final Comparator<Ranked> ORDER =
      Comparator.comparingDouble(Ranked::score)
          .reversed()
          .thenComparing(Ranked::due)
          .thenComparing(Ranked::contactId);

  static Ranked of(QueueEntry entry) {
    return new Ranked(entry.contact().id(), entry.due(), entry.score());
  }
}
