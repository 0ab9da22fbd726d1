package io.github.cadence.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The follow-up queue kept up to date incrementally, for "top k as of now" on large networks.
 *
 * <p><b>What a query sees.</b> A query gives the best {@code offset + limit} entries as of its
 * instant, after re-evaluating only the contacts whose answer may have changed since the index's
 * last instant: a contact asks to be evaluated again when its history changes (through the index),
 * when a rule's {@link io.github.cadence.rule.Evaluation#validUntil()} passes, when a hold ends or
 * a future-dated touchpoint becomes past. A page of k entries costs about k log k, whatever the
 * network's size; only the returned entries are made (and kept until their contact changes or a
 * query asks about another instant), and their reasons worded when read.
 *
 * <p>The results are identical to {@link CadenceEngine#queue(Network, QueueRequest)} for the same
 * network, rules and instant (a property test checks this after random operations), with two
 * differences: {@link FollowUpQueue#failures()} holds the failures of the returned contacts only,
 * and a filtered or due-only request counts {@link FollowUpQueue#totalMatching()} by scanning the
 * index.
 *
 * <p><b>Time only moves forward.</b> A query about an earlier instant than the last one is
 * rejected; build a new index to look back.
 *
 * <p><b>What {@code validUntil} must honour.</b> A rule's answer must stay the same, for the same
 * contact and history, at every instant before the {@code validUntil} it states: the index does not
 * ask again before then. An answer that says it holds only until the instant asked about, or
 * earlier, is asked again at the next later query.
 *
 * <p>A contact created after the index's instant does not exist yet: it enters the queue when a
 * query reaches its creation. A rule failure stays that contact's and that rule's, as in the
 * engine.
 *
 * <p><b>One owner.</b> The index owns its network: {@link #build} takes the network over (the
 * caller's {@link MutableNetwork} is {@linkplain MutableNetwork#handOver() handed over} and can no
 * longer be used), every change goes through the index ({@link #add}, {@link #update}, {@link
 * #record}, {@link #remove}), and readers borrow a read-only view for the length of a {@link
 * #read}. Nothing can change the network behind the index's back. A query that is refused leaves
 * the index as it was.
 *
 * <p><b>Thread safety.</b> Thread-safe, and no thread waits for another's rules. A change is made
 * to the network under the index's lock; the contact is then evaluated outside the lock, and the
 * result applied under it (if the contact changed again meanwhile, the newer state is evaluated
 * instead). A change returns once it is applied, so every query that starts after it sees it; a
 * query that runs while it is evaluated sees the contact as it was, consistently. Queries likewise
 * re-evaluate the contacts whose time has come, and make the entries of their page, outside the
 * lock. Under heavy contention on the same contacts, a change or query that keeps finding its
 * reading outdated evaluates under the lock, so that it ends. Time moves to the latest instant any
 * query has asked about; a query about an earlier instant is refused, as when it comes after the
 * later one. A rule that never returns still blocks the change or query that runs it: give the
 * engine an {@linkplain CadenceEngine#withEvaluationBudget evaluation budget} to bound that.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface QueueIndex {
  /**
   * Builds the index of a network as of an instant, evaluating every contact once (on all cores if
   * the engine is {@linkplain CadenceEngine#parallel() parallel}). The index takes the network
   * over, without copying it: the {@code network} passed is {@linkplain MutableNetwork#handOver()
   * handed over} and throws if used again; read it through {@link #read}, change it through the
   * index.
   *
   * @param engine the engine whose rules the index evaluates
   * @param network the network, which the index now owns
   * @param asOf the instant the index starts at; between the years 1900 and 9999
   * @return the index
   * @throws IllegalStateException if the network was handed over already
   */
  static QueueIndex build(CadenceEngine engine, MutableNetwork network, Instant asOf) {
    return LocalQueueIndex.build(engine, network, asOf);
  }

  /**
   * The instant the index is at: the latest instant it was asked about.
   *
   * @return the instant
   */
  Instant now();

  /**
   * How many contacts the index holds an entry for (archived contacts and contacts no rule asks to
   * follow up have none).
   *
   * @return the count
   */
  int size();

  /**
   * Adds a contact to the network and the index. A contact created after {@link #now()} enters the
   * queue once a query reaches its creation.
   *
   * @param contact the contact
   * @throws IllegalArgumentException if its id is taken; nothing changes then
   */
  void add(Contact contact);

  /**
   * Replaces a contact in the network and re-evaluates it.
   *
   * @param contact the new version of the contact
   * @throws IllegalArgumentException if no contact has its id; nothing changes then
   */
  void update(Contact contact);

  /**
   * Records a touchpoint in the network and re-evaluates its contact, and only it.
   *
   * @param touchpoint the touchpoint, of any date
   * @throws IllegalArgumentException if its contact is not in the network; nothing changes then
   */
  void record(Touchpoint touchpoint);

  /**
   * Adds contacts to the network and the index, all or none: a large import re-evaluates each
   * contact once, on all cores if the engine is {@linkplain CadenceEngine#parallel() parallel}.
   *
   * @param contacts the contacts, with distinct ids
   * @throws IllegalArgumentException if an id is taken or appears twice; nothing changes then
   */
  void addAll(Collection<Contact> contacts);

  /**
   * Records touchpoints in the network, all or none (see {@link
   * MutableNetwork#recordAll(Collection)}), and re-evaluates each of their contacts once, and only
   * them.
   *
   * @param touchpoints the touchpoints, of any date, in any order
   * @throws IllegalArgumentException if a touchpoint's contact is not in the network, or its source
   *     key is recorded for another contact; nothing changes then
   */
  void recordAll(Collection<Touchpoint> touchpoints);

  /**
   * Removes a contact and its touchpoints from the network and the index.
   *
   * @param contactId the contact's id
   * @return true if the contact was in the network
   */
  boolean remove(String contactId);

  /**
   * The queue for a request, read from the index: the best {@code offset + limit} entries as of the
   * request's instant, after re-evaluating the contacts whose answer changed since {@link #now()}.
   *
   * @param request the request; its instant must not be before {@link #now()}
   * @return the queue page
   * @throws IllegalArgumentException if the request's instant is before {@link #now()}
   */
  FollowUpQueue queue(QueueRequest request);

  /**
   * Reads the network under the index's lock, for what the queue does not answer (a contact, its
   * touchpoints, a tracker's progress): no change is made meanwhile. The view it lends is
   * read-only, and is meant for the length of the call: keep what it gives, not the view.
   *
   * @param reader what to read; it must not use the index
   * @param <T> what it reads
   * @return what it read
   */
  <T> T read(Function<? super Network, T> reader);
}
