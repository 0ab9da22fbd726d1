package io.github.cadence.benchmarks;

import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.List;

/**
 * Another way to answer "whom to follow up next": the same rules over the same data, without
 * Cadence's index. A peer must give the same top k as Cadence; {@link Peers#checkSame} makes sure
 * of it before a peer is timed.
 */
interface Peer extends AutoCloseable {
  /** Stores one more touchpoint. */
  void record(Touchpoint touchpoint);

  /** The best {@code k} contacts as of an instant, in the queue's order. */
  List<Ranked> top(int k, Instant asOf);

  @Override
  default void close() {}
}
