package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.internal.Checks;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A question to the engine: the queue as of an instant, filtered, one page of it.
 *
 * <pre>{@code
 * QueueRequest top10Clients = QueueRequest.asOf(now)
 *     .withFilter(QueueFilter.all().roles(Role.CLIENT))
 *     .withLimit(10);
 * }</pre>
 *
 * @param asOf the instant the question is about; between the years 1900 and 9999
 * @param filter which entries to keep
 * @param offset how many of the best entries to skip (for paging); zero or more
 * @param limit how many entries to return at most; positive
 * @param dueOnly whether to keep only entries due at {@code asOf}
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public record QueueRequest(
    Instant asOf, QueueFilter filter, int offset, int limit, boolean dueOnly) {

  /**
   * Validates every component.
   *
   * @param asOf the instant the question is about; between the years 1900 and 9999
   * @param filter which entries to keep
   * @param offset how many of the best entries to skip (for paging); zero or more
   * @param limit how many entries to return at most; positive
   * @param dueOnly whether to keep only entries due at {@code asOf}
   */
  public QueueRequest {
    Checks.checkInstant(asOf, "asOf");
    requireNonNull(filter, "filter");
    checkArgument(offset >= 0, "offset must be zero or more, was %s", offset);
    checkArgument(limit > 0, "limit must be positive, was %s", limit);
  }

  /**
   * The whole queue as of an instant: no filter, no paging, upcoming entries included.
   *
   * @param asOf the instant
   * @return the request
   */
  public static QueueRequest asOf(Instant asOf) {
    return new QueueRequest(asOf, QueueFilter.all(), 0, Integer.MAX_VALUE, false);
  }

  /**
   * Returns this request with a filter.
   *
   * @param newFilter the filter
   * @return the new request
   */
  public QueueRequest withFilter(QueueFilter newFilter) {
    return new QueueRequest(asOf, newFilter, offset, limit, dueOnly);
  }

  /**
   * Returns this request with a page size.
   *
   * @param newLimit how many entries to return at most; positive
   * @return the new request
   */
  public QueueRequest withLimit(int newLimit) {
    return new QueueRequest(asOf, filter, offset, newLimit, dueOnly);
  }

  /**
   * Returns this request starting further down the ranking.
   *
   * @param newOffset how many of the best entries to skip; zero or more
   * @return the new request
   */
  public QueueRequest withOffset(int newOffset) {
    return new QueueRequest(asOf, filter, newOffset, limit, dueOnly);
  }

  /**
   * Returns this request keeping only entries due at its instant, or all of them.
   *
   * @param onlyDue true to keep only entries due at {@code asOf}
   * @return the new request
   */
  public QueueRequest withDueOnly(boolean onlyDue) {
    return new QueueRequest(asOf, filter, offset, limit, onlyDue);
  }
}
