package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The contacts to map that a queue offers a day, as a flashcard program offers a few new cards a
 * day: contacts never talked to that the user has not placed in a tier ({@link Category#INTAKE})
 * rank after every due follow-up, and a person maps a few of them at a time (choose a tier,
 * archive, or reach out) while the rest wait. The offer is the first {@code perDay} of them in the
 * queue's order, the most promising first (see {@link io.github.cadence.rule.builtin.IntakeRule}):
 * the same queue, the same offer.
 *
 * <p>Read it from a queue that holds every due entry ({@code
 * QueueRequest.asOf(now).withDueOnly(true).withLimit(Integer.MAX_VALUE)}): the offer and the count
 * cover the entries the queue holds.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Intake {
  /** How many contacts to map a day unless the user says otherwise. */
  public static final int DEFAULT_PER_DAY = 5;

  private Intake() {}

  /**
   * The contacts to map offered today: the first {@code perDay} due entries to map, in the queue's
   * order.
   *
   * @param queue the queue, with every due entry
   * @param perDay how many a day; zero offers none
   * @return at most {@code perDay} entries, each of {@link Category#INTAKE}
   * @throws IllegalArgumentException if {@code perDay} is negative
   */
  public static List<QueueEntry> offered(FollowUpQueue queue, int perDay) {
    requireNonNull(queue, "queue");
    checkArgument(perDay >= 0, "perDay must not be negative, was %s", perDay);
    List<QueueEntry> offered = new ArrayList<>(Math.min(perDay, 16));
    for (QueueEntry e : queue.entries()) {
      if (offered.size() == perDay) {
        break;
      }
      if (isToMap(e, queue)) {
        offered.add(e);
      }
    }
    return List.copyOf(offered);
  }

  /**
   * The due follow-ups, without the contacts to map: what "N due" counts.
   *
   * @param queue the queue
   * @return its due entries not of {@link Category#INTAKE}, in its order
   */
  public static List<QueueEntry> followUps(FollowUpQueue queue) {
    requireNonNull(queue, "queue");
    return queue.entries().stream()
        .filter(e -> e.isDueAt(queue.asOf()) && Category.of(e) != Category.INTAKE)
        .toList();
  }

  /**
   * How many contacts wait to be mapped: what "and 1,203 more to map" counts.
   *
   * @param queue the queue, with every due entry
   * @return the number of its due entries of {@link Category#INTAKE}
   */
  public static int waiting(FollowUpQueue queue) {
    requireNonNull(queue, "queue");
    return (int) queue.entries().stream().filter(e -> isToMap(e, queue)).count();
  }

  private static boolean isToMap(QueueEntry e, FollowUpQueue queue) {
    return e.isDueAt(queue.asOf()) && Category.of(e) == Category.INTAKE;
  }
}
