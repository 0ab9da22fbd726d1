package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.engine.ContactEvaluation.Merged;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.Network;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.RuleSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a {@link RuleSet} over a {@link Network} as of an instant and ranks the result into a
 * {@link FollowUpQueue}.
 *
 * <pre>{@code
 * CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
 * FollowUpQueue queue = engine.queue(network, QueueRequest.asOf(now).withLimit(10));
 * for (QueueEntry e : queue.entries()) {
 *   System.out.println(e.contact().displayName() + " via " + e.channel() + ": " + e.reasons());
 * }
 * }</pre>
 *
 * <p>The engine never reads the clock on its own: pass an instant, or a {@link Clock} to read it
 * from. A contact created after the instant asked about does not exist yet then: it is left out of
 * that queue, as if not yet added. A rule that throws for a contact (any exception or error, a
 * stack overflow or a failed assertion too; only a {@link VirtualMachineError} such as {@link
 * OutOfMemoryError} propagates), or whose reason fails to be worded, is reported in {@link
 * FollowUpQueue#failures()} and logged; the other rules still apply to that contact, and the other
 * contacts are not affected.
 *
 * <p>Immutable and thread-safe. A rule runs on a thread that may change no network: a rule that
 * tries to record a touchpoint or change a contact fails for that contact. The network must not
 * change while a queue is computed (guard it as its class says). {@link #parallel()} spreads a full
 * evaluation over all cores, with the same result.
 *
 * <p>What a rule author must not do: take long (an engine {@linkplain #withEvaluationBudget with a
 * budget} reports a slow contact as its rule's failure, but the rule's thread runs on until it
 * returns or notices the interrupt), change the network or any other state the rules read, or
 * depend on anything but the contact, its history and the instant (the index asks a contact again
 * only when these change or its answer's {@code validUntil} passes).
 *
 * <p>No budget by default, on purpose: under one, whether a contact gets an entry depends on how
 * fast the machine is that moment, and the same network could rank differently twice; the built-in
 * rules take microseconds. An application that runs rules it did not write (its users' own) sets
 * {@link #withEvaluationBudget}.
 */
@API(status = STABLE, since = "0.1")
public final class CadenceEngine {
  private final RuleSet rules;
  private final boolean parallel;
  private final EnabledRules enabled;

  private CadenceEngine(RuleSet rules, boolean parallel, @Nullable Duration budget) {
    this.rules = rules;
    this.parallel = parallel;
    this.enabled = EnabledRules.of(rules.enabledRules(), budget);
  }

  /**
   * Creates an engine for a rule set.
   *
   * @param rules the rules; only the enabled ones are evaluated
   * @return the engine
   */
  public static CadenceEngine of(RuleSet rules) {
    return new CadenceEngine(requireNonNull(rules, "rules"), false, null);
  }

  /**
   * An engine with the same rules that evaluates contacts on all cores (the common fork-join pool),
   * for full evaluations of large networks. The queue is identical to a single-threaded
   * evaluation's, failures included and in the same order: contacts are evaluated independently and
   * their results gathered in the network's order before ranking. The rules must be thread-safe, as
   * pure functions are.
   *
   * @return the parallel engine
   */
  public CadenceEngine parallel() {
    return new CadenceEngine(rules, true, enabled.budget());
  }

  /**
   * An engine with the same rules that gives up on a contact whose evaluation takes longer than a
   * budget: that contact gets no entry, and a {@link RuleFailure} names the rule that was still
   * running, while every other contact is evaluated as usual; the next query about a later instant
   * (of the engine, or of a {@link QueueIndex} built on it) asks that contact again. Off by
   * default.
   *
   * <p>Under a budget each contact's rules run on a worker thread while the caller waits for at
   * most the budget, which costs a few microseconds per contact; the answer then depends on how
   * fast the machine is, so use it to protect an application from a user's slow rule, not in place
   * of fast rules. A rule that does not return is left running on its (daemon) worker: the budget
   * stops the waiting, it cannot stop the rule.
   *
   * @param budget the most one contact's evaluation may take; positive
   * @return the engine with the budget
   */
  public CadenceEngine withEvaluationBudget(Duration budget) {
    requireNonNull(budget, "budget");
    checkArgument(
        !budget.isNegative() && !budget.isZero(), "budget must be positive, was %s", budget);
    return new CadenceEngine(rules, parallel, budget);
  }

  /**
   * The most one contact's evaluation may take, if limited.
   *
   * @return the budget, or empty for none (the default)
   */
  public Optional<Duration> evaluationBudget() {
    return Optional.ofNullable(enabled.budget());
  }

  /** The enabled rules and the budget, as the evaluation of each contact runs them. */
  EnabledRules enabled() {
    return enabled;
  }

  /**
   * Whether this engine evaluates contacts on all cores.
   *
   * @return true for an engine made by {@link #parallel()}
   */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * The rules this engine evaluates.
   *
   * @return the rule set
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * The whole queue as of the clock's instant.
   *
   * @param network the network
   * @param clock the clock to read the instant from, once
   * @return the queue
   * @throws IllegalArgumentException if the instant is not between the years 1900 and 9999
   */
  public FollowUpQueue queue(Network network, Clock clock) {
    return queue(network, QueueRequest.asOf(requireNonNull(clock, "clock").instant()));
  }

  /**
   * The whole queue as of an instant.
   *
   * @param network the network
   * @param asOf the instant
   * @return the queue
   * @throws IllegalArgumentException if {@code asOf} is not between the years 1900 and 9999
   */
  public FollowUpQueue queue(Network network, Instant asOf) {
    return queue(network, QueueRequest.asOf(asOf));
  }

  /**
   * The queue for a request: filtered, one page of it. Only the requested page is ranked: the best
   * {@code offset + limit} contacts are kept in a bounded heap as the rules are evaluated, so a
   * top-50 over a large network neither sorts nor holds the whole network; and a reason is worded
   * only when read, so a plan made from the whole queue words the items it keeps.
   *
   * @param network the network
   * @param request the request
   * @return the queue
   */
  public FollowUpQueue queue(Network network, QueueRequest request) {
    requireNonNull(network, "network");
    requireNonNull(request, "request");
    Instant asOf = request.asOf();
    List<Contact> contacts = network.contacts();
    List<ContactHistory> histories = network.histories(asOf);
    long wanted = (long) request.offset() + request.limit();
    IntStream all = IntStream.range(0, contacts.size());
    Selection selection =
        (parallel ? all.parallel() : all)
            .filter(i -> request.filter().matches(contacts.get(i)))
            .collect(
                () -> new Selection(enabled, request, wanted),
                (s, i) -> s.add(contacts.get(i), histories.get(i)),
                Selection::addAll);
    return selection.queue();
  }

  /**
   * The queue of one contact, from the contact and the summary of its history alone, without a
   * {@link Network}: for applications that keep contacts and summaries themselves, such as a stream
   * processor's keyed state. The entry is the one this contact has in the queue of a network that
   * holds it with the same touchpoints.
   *
   * @param contact the contact
   * @param history the summary of its touchpoints up to {@code asOf}
   * @param asOf the instant
   * @return a queue of at most one entry, with the rules' failures
   * @throws IllegalArgumentException if {@code asOf} is not between the years 1900 and 9999, or the
   *     history holds a touchpoint later than {@code asOf} (a history as of {@code asOf} leaves
   *     those out, as {@link Network#history(String, Instant)} does)
   */
  public FollowUpQueue queue(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    requireNonNull(history, "history");
    QueueRequest request = QueueRequest.asOf(asOf);
    Optional<Instant> last = history.lastTouch();
    checkArgument(
        last.isEmpty() || !last.get().isAfter(asOf),
        "history of contact %s holds a touchpoint at %s, after asOf %s: summarize only those up to"
            + " asOf",
        Checks.quote(contact.id()),
        last.orElse(asOf),
        asOf);
    Selection selection = new Selection(enabled, request, 1);
    selection.add(contact, history);
    return selection.queue();
  }

  /**
   * The best {@code offset + limit} contacts seen so far, their count and the rules' failures. A
   * contact's suggestions are kept only while it is among the best, and its reasons are listed only
   * if it ends up on the page: a full evaluation of a large network holds one page, not the
   * network. Parts of a parallel evaluation are combined in the network's order, so the failures
   * come in the same order as on one thread, and the ranking is a total order, so the page is the
   * same.
   */
  private static final class Selection {
    private final EnabledRules enabled;
    private final QueueRequest request;
    private final long wanted;
    private final PriorityQueue<Merged> best;
    final List<RuleFailure> failures = new ArrayList<>(0);
    int matching;

    Selection(EnabledRules enabled, QueueRequest request, long wanted) {
      this.enabled = enabled;
      this.request = request;
      this.wanted = wanted;
      // The worst of the best on top, to be dropped when a better one comes.
      this.best = new PriorityQueue<>((a, b) -> ContactEvaluation.compare(b, a));
    }

    void add(Contact contact, ContactHistory history) {
      Optional<Merged> merged =
          ContactEvaluation.merge(enabled, contact, history, request.asOf(), failures);
      if (merged.isPresent()
          && request.filter().matches(contact, merged.get().channel())
          && (!request.dueOnly() || !merged.get().due().isAfter(request.asOf()))) {
        matching++;
        offer(merged.get());
      }
    }

    private void offer(Merged merged) {
      if (best.size() < wanted) {
        best.add(merged);
      } else if (!best.isEmpty() && ContactEvaluation.compare(merged, best.peek()) < 0) {
        best.poll();
        best.add(merged);
      }
    }

    Selection addAll(Selection later) {
      failures.addAll(later.failures);
      matching += later.matching;
      later.best.forEach(this::offer);
      return this;
    }

    /** The requested page of the best, best first, each reason to be worded when read. */
    FollowUpQueue queue() {
      List<Merged> ranked = new ArrayList<>(best);
      ranked.sort(ContactEvaluation::compare);
      List<QueueEntry> page = new ArrayList<>();
      for (int i = request.offset(); i < ranked.size(); i++) {
        page.add(ContactEvaluation.render(ranked.get(i), request.asOf()));
      }
      return new FollowUpQueue(request.asOf(), page, matching, failures);
    }
  }

  /**
   * One contact's entry as of an instant, as it would appear in the queue: "why is this contact
   * due, and when?". Rule failures are logged.
   *
   * @param network the network
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the entry, or empty if the contact is archived, not created yet at {@code asOf}, or no
   *     rule asks for a follow-up
   * @throws IllegalArgumentException if the contact is unknown or {@code asOf} is not between the
   *     years 1900 and 9999
   */
  public Optional<QueueEntry> entry(Network network, String contactId, Instant asOf) {
    requireNonNull(network, "network");
    requireNonNull(contactId, "contactId");
    Checks.checkInstant(asOf, "asOf");
    Contact contact =
        network
            .contact(contactId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "contactId %s is not a contact of this network",
                            Checks.quote(contactId))));
    return ContactEvaluation.evaluate(
        enabled, contact, network.history(contact.id(), asOf), asOf, new ArrayList<>());
  }

  @Override
  public String toString() {
    return "CadenceEngine[" + rules + (parallel ? ", parallel" : "") + "]";
  }
}
