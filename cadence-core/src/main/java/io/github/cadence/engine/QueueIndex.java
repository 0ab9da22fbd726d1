package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.cadence.engine.ContactEvaluation.Collected;
import io.github.cadence.engine.ContactEvaluation.Said;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.Network;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion.FollowUp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up queue kept up to date incrementally, for "top k as of now" on large networks.
 *
 * <p>Each contact's follow-ups are stored as <em>pieces</em>: between two known instants (a hold
 * ending, a date passing, a rule's {@code validUntil}, a future-dated touchpoint becoming past) a
 * follow-up scores {@code weight × days overdue + bonus}, a function of time whose order against
 * another piece of the same weight and bonus never changes. Pieces are kept in one ordered set per
 * (weight, bonus) bucket, sorted by due instant (then by the contact's due instant and id, the
 * queue's own tie-breaks: within a bucket a later piece never scores higher, and, for scores below
 * ten million, never the same); a query merges the few bucket heads (a k-way merge as in the design
 * notes), skips contacts already taken, and evaluates only the contacts it returns, to give them
 * their reasons (kept until the contact changes or a query asks about another instant, so that
 * asking again renders only what changed). A timer set, ordered by the next instant a contact's
 * answer may change, tells which contacts to re-evaluate when time advances: nothing else is
 * touched. This keeps "top 50 now" in time proportional to the page, not to the network, and
 * recording a touchpoint re-evaluates that one contact.
 *
 * <p>The results are identical to {@link CadenceEngine#queue(Network, QueueRequest)} for the same
 * network, rules and instant (a property test checks this after random operations), with two
 * differences: {@link FollowUpQueue#failures()} holds the failures of the returned contacts only,
 * and a filtered or due-only request counts {@link FollowUpQueue#totalMatching()} by scanning the
 * index. Time only moves forward: a query about an earlier instant than the last one is rejected.
 * Rules must state their validity honestly ({@link
 * io.github.cadence.rule.Evaluation#validUntil()}): the index asks a contact again only when its
 * history changes or its validity ends.
 *
 * <p>All changes go through the index ({@link #add}, {@link #update}, {@link #record}); changing
 * the network directly leaves the index stale. Thread-safe: every method holds the index's lock, so
 * each query sees the network as it was between two changes, and changes from several threads are
 * applied one at a time.
 */
public final class QueueIndex {
  // Written out rather than chained with Comparator.comparing: they run millions of times in a
  // build, and the chained lambdas were in a fifth of a profiled build's samples.
  private static final Comparator<Piece> BUCKET_ORDER = QueueIndex::compareInBucket;
  private static final Comparator<Indexed> TIMER_ORDER = QueueIndex::compareTimers;
  private static final Piece[] NO_PIECES = new Piece[0];

  /** The most rendered entries kept between two queries at the same instant. */
  private static final int RENDERED_MAX = 10_000;

  private final CadenceEngine engine;
  private final Network network;
  private final List<Rule> rules;
  private final Map<String, Indexed> contacts = new HashMap<>();
  private final Map<Bucket, BucketSet> buckets = new HashMap<>();
  private final TreeSet<Indexed> timers = new TreeSet<>(TIMER_ORDER);
  private final Map<String, Rendered> rendered = new HashMap<>();
  private Instant now;
  private int withEntries;

  /** The (weight, bonus) of a bucket; held pieces score without bonus and sit apart. */
  private record Bucket(double weight, double bonus, boolean held) {}

  /** A bucket's pieces, best first. */
  private static final class BucketSet {
    final Bucket key;
    final TreeSet<Piece> pieces = new TreeSet<>(BUCKET_ORDER);

    BucketSet(Bucket key) {
      this.key = key;
    }
  }

  /**
   * One follow-up of a contact, as a function of time until its contact's next change: its weight
   * and bonus (the bucket's), its due instant, and its due instant after holds.
   */
  private static final class Piece {
    final Indexed owner;
    Bucket bucket;
    final Instant due;
    final Instant effective;
    final long from;
    final int rank;

    /** {@code rank} tells apart two follow-ups of one contact that would otherwise tie. */
    Piece(Indexed owner, Bucket bucket, Instant due, Instant effective, int rank) {
      this.owner = owner;
      this.bucket = bucket;
      this.due = due;
      this.effective = effective;
      this.rank = rank;
      this.from = (bucket.held() ? effective : due).toEpochMilli();
    }

    double score(Instant asOf) {
      return ContactEvaluation.score(bucket.weight(), bucket.bonus(), due, effective, asOf);
    }
  }

  /**
   * What the index keeps of a contact: its pieces, its due instant, and when it must be evaluated
   * again (null for never). Primitive-lean, because a large network holds a million of them.
   */
  private static final class Indexed {
    final Contact contact;
    Piece[] pieces = NO_PIECES;
    Instant due = Instant.MAX;
    @Nullable Instant timer;

    Indexed(Contact contact) {
      this.contact = contact;
    }
  }

  /** A contact's queue entry as of {@link #renderedAt}, with the failures met rendering it. */
  private record Rendered(Optional<QueueEntry> entry, List<RuleFailure> failures) {}

  private @Nullable Instant renderedAt;

  private QueueIndex(CadenceEngine engine, Network network, Instant asOf) {
    this.engine = engine;
    this.network = network;
    this.rules = engine.rules().enabledRules();
    this.now = asOf;
  }

  /**
   * Builds the index of a network as of an instant, evaluating every contact once (on all cores if
   * the engine is {@linkplain CadenceEngine#parallel() parallel}).
   *
   * @param engine the engine whose rules the index evaluates
   * @param network the network; from now on change it through the index only
   * @param asOf the instant the index starts at
   * @return the index
   * @throws IllegalArgumentException if {@code asOf} is before a contact was created
   */
  public static QueueIndex build(CadenceEngine engine, Network network, Instant asOf) {
    requireNonNull(engine, "engine");
    requireNonNull(network, "network");
    requireNonNull(asOf, "asOf");
    QueueIndex index = new QueueIndex(engine, network, asOf);
    List<Contact> all = network.contacts();
    all.forEach(c -> CadenceEngine.checkCreated(c, asOf));
    List<Indexed> evaluated =
        (engine.isParallel() ? all.parallelStream() : all.stream()).map(index::evaluate).toList();
    index.load(evaluated, engine.isParallel());
    return index;
  }

  /**
   * Fills an empty index in bulk: each bucket's pieces and the timers are sorted (on all cores if
   * asked) and handed to their sorted sets whole, which a {@link TreeSet} builds in linear time,
   * instead of being inserted one by one.
   */
  private void load(List<Indexed> evaluated, boolean parallel) {
    Map<Bucket, List<Piece>> grouped = new HashMap<>();
    List<Indexed> timed = new ArrayList<>();
    for (Indexed indexed : evaluated) {
      contacts.put(indexed.contact.id(), indexed);
      for (Piece p : indexed.pieces) {
        grouped.computeIfAbsent(p.bucket, b -> new ArrayList<>()).add(p);
      }
      if (indexed.pieces.length > 0) {
        withEntries++;
      }
      if (indexed.timer != null) {
        timed.add(indexed);
      }
    }
    grouped.forEach(
        (key, pieces) -> {
          BucketSet bucket = new BucketSet(key);
          pieces.forEach(p -> p.bucket = key);
          bucket.pieces.addAll(sorted(pieces, BUCKET_ORDER, parallel));
          buckets.put(key, bucket);
        });
    timers.addAll(sorted(timed, TIMER_ORDER, parallel));
  }

  private static <T> SortedSet<T> sorted(List<T> items, Comparator<T> order, boolean parallel) {
    @SuppressWarnings("unchecked")
    T[] array = (T[]) items.toArray();
    if (parallel) {
      Arrays.parallelSort(array, order);
    } else {
      Arrays.sort(array, order);
    }
    // Already sorted: the copy only checks the order, and TreeSet.addAll takes a sorted set whole.
    return ImmutableSortedSet.copyOf(order, Arrays.asList(array));
  }

  /**
   * The instant the index is at: the latest instant it was asked about.
   *
   * @return the instant
   */
  public synchronized Instant now() {
    return now;
  }

  /**
   * How many contacts the index holds an entry for (archived contacts and contacts no rule asks to
   * follow up have none).
   *
   * @return the count
   */
  public synchronized int size() {
    return withEntries;
  }

  /**
   * Adds a contact to the network and the index.
   *
   * @param contact the contact; created no later than {@link #now()}
   * @throws IllegalArgumentException if its id is taken or it was created after {@link #now()}
   */
  public synchronized void add(Contact contact) {
    requireNonNull(contact, "contact");
    CadenceEngine.checkCreated(contact, now);
    network.add(contact);
    put(evaluate(contact));
  }

  /**
   * Replaces a contact in the network and re-evaluates it.
   *
   * @param contact the new version of the contact
   * @throws IllegalArgumentException if no contact has its id or it was created after {@link
   *     #now()}
   */
  public synchronized void update(Contact contact) {
    requireNonNull(contact, "contact");
    CadenceEngine.checkCreated(contact, now);
    network.update(contact);
    put(evaluate(contact));
  }

  /**
   * Records a touchpoint in the network and re-evaluates its contact, and only it.
   *
   * @param touchpoint the touchpoint, of any date
   * @throws IllegalArgumentException if its contact is not in the network; nothing changes then
   */
  public synchronized void record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    network.record(touchpoint);
    Contact contact = network.contact(touchpoint.contactId()).orElseThrow();
    put(evaluate(contact));
  }

  /**
   * The queue for a request, read from the index: the best {@code offset + limit} entries as of the
   * request's instant, after re-evaluating the contacts whose answer changed since {@link #now()}.
   *
   * @param request the request; its instant must not be before {@link #now()}
   * @return the queue page
   * @throws IllegalArgumentException if the request's instant is before {@link #now()}
   */
  public synchronized FollowUpQueue queue(QueueRequest request) {
    requireNonNull(request, "request");
    advanceTo(request.asOf());
    Instant asOf = request.asOf();
    QueueFilter filter = request.filter();
    long wanted = (long) request.offset() + request.limit();

    PriorityQueue<Head> heads = new PriorityQueue<>();
    for (BucketSet bucket : buckets.values()) {
      Head.of(bucket.pieces.iterator(), asOf).ifPresent(heads::add);
    }
    Set<String> taken = new HashSet<>();
    List<QueueEntry> ranked = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    while (!heads.isEmpty() && ranked.size() < wanted) {
      Head head = heads.poll();
      head.next(asOf).ifPresent(heads::add);
      if (request.dueOnly() && head.score < 0) {
        break;
      }
      Contact contact = head.piece.owner.contact;
      if (!taken.add(contact.id()) || !filter.matches(contact)) {
        continue;
      }
      Rendered rendered = render(contact, asOf);
      Optional<QueueEntry> entry = rendered.entry();
      if (entry.isPresent()
          && filter.matches(entry.get())
          && (!request.dueOnly() || entry.get().isDueAt(asOf))) {
        ranked.add(entry.get());
        failures.addAll(rendered.failures());
      }
    }
    List<QueueEntry> page =
        request.offset() >= ranked.size()
            ? List.of()
            : ranked.subList(request.offset(), (int) Math.min(wanted, ranked.size()));
    int total = countMatching(request, ranked.size());
    return new FollowUpQueue(asOf, page, Math.max(total, page.size()), failures);
  }

  private int countMatching(QueueRequest request, int ranked) {
    if (request.filter().equals(QueueFilter.all()) && !request.dueOnly()) {
      return size();
    }
    if (ranked < (long) request.offset() + request.limit()) {
      return ranked;
    }
    int n = 0;
    for (Indexed i : contacts.values()) {
      if (i.pieces.length == 0 || !request.filter().matches(i.contact)) {
        continue;
      }
      if (request.dueOnly() && i.due.isAfter(request.asOf())) {
        continue;
      }
      if (request.filter().channels().isEmpty()) {
        n++;
      } else {
        n +=
            ContactEvaluation.evaluate(
                        rules,
                        i.contact,
                        network.history(i.contact.id(), request.asOf()),
                        request.asOf(),
                        new ArrayList<>())
                    .filter(e -> request.filter().matches(e))
                    .isPresent()
                ? 1
                : 0;
      }
    }
    return n;
  }

  /**
   * The head of one bucket during a merge: its best piece not yet taken, and that piece's score.
   */
  private static final class Head implements Comparable<Head> {
    final Iterator<Piece> rest;
    final Piece piece;
    final double score;

    private Head(Iterator<Piece> rest, Piece piece, Instant asOf) {
      this.rest = rest;
      this.piece = piece;
      this.score = piece.score(asOf);
    }

    static Optional<Head> of(Iterator<Piece> rest, Instant asOf) {
      return rest.hasNext() ? Optional.of(new Head(rest, rest.next(), asOf)) : Optional.empty();
    }

    Optional<Head> next(Instant asOf) {
      return of(rest, asOf);
    }

    /** The queue's order: score descending, then the contact's due instant, then its id. */
    @Override
    public int compareTo(Head o) {
      int c = Double.compare(o.score, score);
      if (c == 0) {
        c = piece.owner.due.compareTo(o.piece.owner.due);
      }
      return c != 0 ? c : piece.owner.contact.id().compareTo(o.piece.owner.contact.id());
    }
  }

  private void advanceTo(Instant asOf) {
    checkArgument(
        !asOf.isBefore(now),
        "asOf %s is before the index's time %s; the index only moves forward, build a new one to"
            + " look back",
        asOf,
        now);
    // No contact was created after now (build, add and update check it), so none after asOf.
    now = asOf;
    while (!timers.isEmpty() && !requireNonNull(timers.first().timer).isAfter(asOf)) {
      put(evaluate(timers.first().contact));
    }
  }

  /**
   * The contact's queue entry as of an instant, rendered with its reasons: kept until the contact
   * changes or a query asks about another instant, so that asking for the same page again (after
   * recording a touchpoint with one of its contacts, say) renders only what changed.
   */
  private Rendered render(Contact contact, Instant asOf) {
    if (!asOf.equals(renderedAt) || rendered.size() >= RENDERED_MAX) {
      rendered.clear();
      renderedAt = asOf;
    }
    return rendered.computeIfAbsent(
        contact.id(),
        id -> {
          List<RuleFailure> failed = new ArrayList<>(0);
          Optional<QueueEntry> entry =
              ContactEvaluation.evaluate(rules, contact, network.history(id, asOf), asOf, failed);
          return new Rendered(entry, List.copyOf(failed));
        });
  }

  private Indexed evaluate(Contact contact) {
    Instant asOf = now;
    Indexed indexed = new Indexed(contact);
    ContactHistory history = network.history(contact.id(), asOf);
    Optional<Collected> collected =
        ContactEvaluation.collect(rules, contact, history, asOf, new ArrayList<>());
    Instant changes = network.nextTouchAfter(contact.id(), asOf).orElse(Instant.MAX);
    if (collected.isPresent()) {
      List<Said> said = collected.get().said();
      changes = earlier(changes, collected.get().validUntil());
      Instant holdUntil = ContactEvaluation.holdUntil(said);
      List<Piece> pieces = new ArrayList<>(said.size());
      for (Said s : said) {
        if (s.suggestion() instanceof FollowUp f) {
          Instant effective = ContactEvaluation.later(f.due(), holdUntil);
          indexed.due = earlier(indexed.due, effective);
          boolean held = effective.isAfter(asOf);
          if (held) {
            changes = earlier(changes, effective);
          }
          Bucket bucket = new Bucket(f.weight(), held ? 0.0 : f.bonus(), held);
          pieces.add(new Piece(indexed, bucket, f.due(), effective, pieces.size()));
        }
      }
      indexed.pieces = pieces.toArray(NO_PIECES);
    }
    indexed.timer = changes.equals(Instant.MAX) ? null : changes;
    return indexed;
  }

  private void put(Indexed indexed) {
    rendered.remove(indexed.contact.id());
    Indexed old = contacts.put(indexed.contact.id(), indexed);
    if (old != null) {
      for (Piece p : old.pieces) {
        BucketSet bucket = requireNonNull(buckets.get(p.bucket));
        bucket.pieces.remove(p);
        if (bucket.pieces.isEmpty()) {
          buckets.remove(p.bucket);
        }
      }
      if (old.pieces.length > 0) {
        withEntries--;
      }
      if (old.timer != null) {
        timers.remove(old);
      }
    }
    for (Piece p : indexed.pieces) {
      BucketSet bucket = buckets.computeIfAbsent(p.bucket, BucketSet::new);
      p.bucket = bucket.key;
      bucket.pieces.add(p);
    }
    if (indexed.pieces.length > 0) {
      withEntries++;
    }
    if (indexed.timer != null) {
      timers.add(indexed);
    }
  }

  /** A bucket's order: due instant, then the contact's due instant and id, then rank. */
  private static int compareInBucket(Piece a, Piece b) {
    int c = Long.compare(a.from, b.from);
    if (c == 0) {
      c = a.owner.due.compareTo(b.owner.due);
    }
    if (c == 0) {
      c = a.owner.contact.id().compareTo(b.owner.contact.id());
    }
    return c != 0 ? c : Integer.compare(a.rank, b.rank);
  }

  /** The timers' order: when, then the contact's id. */
  private static int compareTimers(Indexed a, Indexed b) {
    int c = requireNonNull(a.timer).compareTo(requireNonNull(b.timer));
    return c != 0 ? c : a.contact.id().compareTo(b.contact.id());
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public synchronized String toString() {
    return "QueueIndex[now=" + now + ", contacts=" + contacts.size() + ", " + engine + "]";
  }
}
