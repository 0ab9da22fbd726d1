package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Ordering;
import io.github.cadence.history.Network;
import io.github.cadence.model.Contact;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * from. A rule that throws for a contact is reported in {@link FollowUpQueue#failures()} and
 * logged; the other rules still apply to that contact. Immutable and thread-safe; the network must
 * not be changed while a queue is computed. {@link #parallel()} spreads a full evaluation over all
 * cores, with the same result.
 */
public final class CadenceEngine {
  private final RuleSet rules;
  private final boolean parallel;

  /** One contact's evaluation, with the failures of its rules. */
  private record Evaluated(Optional<QueueEntry> entry, List<RuleFailure> failures) {}

  private CadenceEngine(RuleSet rules, boolean parallel) {
    this.rules = rules;
    this.parallel = parallel;
  }

  /**
   * Creates an engine for a rule set.
   *
   * @param rules the rules; only the enabled ones are evaluated
   * @return the engine
   */
  public static CadenceEngine of(RuleSet rules) {
    return new CadenceEngine(requireNonNull(rules, "rules"), false);
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
    return new CadenceEngine(rules, true);
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
   * @throws IllegalArgumentException if the instant is before a contact was created
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
   * @throws IllegalArgumentException if {@code asOf} is before a contact was created
   */
  public FollowUpQueue queue(Network network, Instant asOf) {
    return queue(network, QueueRequest.asOf(asOf));
  }

  /**
   * The queue for a request: filtered, one page of it. Only the requested page is ranked: the best
   * {@code offset + limit} entries are selected in linear time, so a top-50 over a large network
   * does not sort the whole network.
   *
   * @param network the network
   * @param request the request
   * @return the queue
   * @throws IllegalArgumentException if the request's instant is before a contact was created
   */
  public FollowUpQueue queue(Network network, QueueRequest request) {
    requireNonNull(network, "network");
    requireNonNull(request, "request");
    Instant asOf = request.asOf();
    List<Contact> contacts = network.contacts();
    contacts.forEach(c -> checkCreated(c, asOf));
    List<Rule> enabled = rules.enabledRules();
    Stream<Contact> stream = parallel ? contacts.parallelStream() : contacts.stream();
    List<Evaluated> evaluated =
        stream
            .filter(c -> request.filter().matches(c))
            .map(
                c -> {
                  List<RuleFailure> failed = new ArrayList<>(0);
                  Optional<QueueEntry> entry =
                      ContactEvaluation.evaluate(
                          enabled, c, network.history(c.id(), asOf), asOf, failed);
                  return new Evaluated(entry, failed);
                })
            .collect(Collectors.toList());
    List<RuleFailure> failures = new ArrayList<>();
    List<QueueEntry> matching = new ArrayList<>(evaluated.size());
    for (Evaluated e : evaluated) {
      failures.addAll(e.failures());
      e.entry()
          .filter(entry -> request.filter().matches(entry))
          .filter(entry -> !request.dueOnly() || entry.isDueAt(asOf))
          .ifPresent(matching::add);
    }
    long wanted = (long) request.offset() + request.limit();
    List<QueueEntry> ranked =
        wanted >= matching.size()
            ? Ordering.from(FollowUpQueue.ORDER).sortedCopy(matching)
            : Ordering.from(FollowUpQueue.ORDER).leastOf(matching, (int) wanted);
    List<QueueEntry> page =
        request.offset() >= ranked.size()
            ? List.of()
            : ranked.subList(request.offset(), ranked.size());
    return new FollowUpQueue(asOf, page, matching.size(), failures);
  }

  /**
   * One contact's entry as of an instant, as it would appear in the queue: "why is this contact
   * due, and when?". Rule failures are logged.
   *
   * @param network the network
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the entry, or empty if the contact is archived or no rule asks for a follow-up
   * @throws IllegalArgumentException if the contact is unknown or {@code asOf} is before it was
   *     created
   */
  public Optional<QueueEntry> entry(Network network, String contactId, Instant asOf) {
    requireNonNull(network, "network");
    requireNonNull(contactId, "contactId");
    requireNonNull(asOf, "asOf");
    Contact contact =
        network
            .contact(contactId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "contactId '%s' is not a contact of this network", contactId)));
    checkCreated(contact, asOf);
    return ContactEvaluation.evaluate(
        rules.enabledRules(), contact, network.history(contactId, asOf), asOf, new ArrayList<>());
  }

  static void checkCreated(Contact contact, Instant asOf) {
    checkArgument(
        !asOf.isBefore(contact.createdAt()),
        "asOf %s is before contact '%s' was created (createdAt %s)",
        asOf,
        contact.id(),
        contact.createdAt());
  }

  @Override
  public String toString() {
    return "CadenceEngine[" + rules + (parallel ? ", parallel" : "") + "]";
  }
}
