package io.github.cadence.engine;

import static java.util.Objects.requireNonNull;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.internal.Urgency;
import io.github.cadence.model.Contact;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link QueueIndex} knows of each contact, arranged so that "the best k as of an instant"
 * and "whose answer changes by an instant" take time in k and in the answer, not in the network.
 * Not thread-safe: the index calls it under its lock.
 */
final class ScoreIndex {
  /*
   * Design notes.
   *
   * Pieces. Each contact's follow-ups are stored as pieces: between two known instants (a hold
   * ending, a date passing, a rule's validUntil, a future-dated touchpoint becoming past) a
   * follow-up scores weight x days overdue + bonus, a function of time whose order against another
   * piece of the same weight and bonus never changes. Pieces are kept in one binary heap per
   * (weight, bonus) bucket, ordered by due instant (then by the contact's due instant and id, the
   * queue's own tie-breaks: within a bucket a later piece never scores higher, and, for scores
   * below ten million, never the same). A held piece scores without its bonus and sits in a bucket
   * of its own, ordered by its due instant after the hold.
   *
   * Saturation. A follow-up whose score stops growing once overdue long enough is kept, until then,
   * in the bucket of its weight and bonus, and its contact has a timer at the instant it saturates.
   * From then on it is a flat piece: weight zero, its final score as the bonus, and its contact's
   * due instant as its own, so that a flat bucket's heap, in which every piece scores the same,
   * is in the queue's order of ties (the contact's due instant, then its id). No piece of a bucket
   * with a weight is ever past its saturation: the timer re-evaluates its contact first.
   *
   * Ranking. A page is a k-way merge, as in the design notes of the project: the bucket heads are
   * the first candidates, and a piece's two children in its heap become candidates once it is
   * taken, so a page of k entries looks at about 3k pieces whatever the network's size. Contacts
   * already taken (by a better piece) are skipped.
   *
   * Timers. A timer heap, ordered by the next instant a contact's answer may change, tells which
   * contacts to re-evaluate when time advances: nothing else is touched. A change re-evaluates one
   * contact, and moves its pieces and timer in logarithmic time.
   *
   * Why heaps of ints rather than tree sets or a timing wheel: a contact and its pieces live in
   * primitive arrays indexed by number (instants as milliseconds plus the nanoseconds within the
   * millisecond, kept apart because they are nearly always zero: see SubMillis), and each heap
   * holds piece or contact numbers and tells each number its position, so any piece is removed
   * without a search. A tree set costs an entry object and a cache miss per level for every piece;
   * a timing wheel orders only by time, while a bucket must also break ties the queue's way, and
   * lists a page in order only after sorting a slot. At a million contacts the index costs about a
   * third of the memory the tree sets did (139 bytes per contact, see benchmarks/RESULTS.md).
   *
   * Slots. A contact keeps its slot number for the index's life: a removed contact's slot stays,
   * empty, and is used again if a contact with its id comes back. Ids find slots through a
   * NumberTable over the slot numbers, the ids read from the contacts array.
   */

  /** No piece, no slot, no position. */
  static final int NONE = NumberTable.NONE;

  /** The (weight, bonus) of a bucket; held pieces score without bonus and sit apart. */
  record Bucket(double weight, double bonus, boolean held) {}

  /** A follow-up as evaluated, before it has a piece number. */
  record Spec(Bucket bucket, Instant due) {}

  /**
   * A contact as evaluated: the contact and the history its rules read, its follow-ups, its due
   * instant, the end of its longest hold ({@link Instant#MIN} for none) and its next change (null
   * for none).
   */
  record Scored(
      Contact contact,
      ContactHistory history,
      List<Spec> specs,
      Instant due,
      Instant hold,
      @Nullable Instant timer) {}

  private final Map<Bucket, BucketHeap> buckets = new HashMap<>();
  private final Pieces pieces = new Pieces();
  private final Timers timers = new Timers();
  private int withEntries;

  // Per contact slot: the contact and the history its evaluation read (what queries see of it,
  // until a newer evaluation is applied), its due instant after holds (as milliseconds and the
  // nanoseconds within the millisecond; Long.MAX_VALUE when it has no piece), its first piece, the
  // end of its longest hold (Long.MIN_VALUE for none), and when it must be evaluated again.
  private Contact[] contacts = new Contact[0];
  private ContactHistory[] histories = new ContactHistory[0];
  private long[] dueMillis = new long[0];
  private final SubMillis dueNanos = new SubMillis();
  private int[] firstPiece = new int[0];
  private long[] holdMillis = new long[0];
  private final SubMillis holdNanos = new SubMillis();
  private long[] timerMillis = new long[0];
  private final SubMillis timerNanos = new SubMillis();
  private int[] timerPosition = new int[0];
  private final NumberTable slots = new NumberTable(n -> contacts[n].id().hashCode());

  /** How many contacts have an entry (at least one piece). */
  int withEntries() {
    return withEntries;
  }

  /** How many slots there are, empty ones included. */
  int slotCount() {
    return slots.size();
  }

  /** The slot of a contact, or {@link #NONE}. */
  int slotOf(String id) {
    return slots.find(id.hashCode(), n -> contacts[n].id().equals(id));
  }

  /** The contact as the index holds it. */
  Contact contact(int slot) {
    return contacts[slot];
  }

  /** The history the contact's evaluation read. */
  ContactHistory history(int slot) {
    return histories[slot];
  }

  /** Whether the contact has an entry. */
  boolean hasEntry(int slot) {
    return firstPiece[slot] != NONE;
  }

  /** Whether the contact's entry is due at an instant. */
  boolean isDueBy(int slot, Instant asOf) {
    return compare(dueMillis[slot], dueNanos.get(slot), millis(asOf), subMillisecond(asOf)) <= 0;
  }

  /** Gives a contact new to the index an empty slot (no entry, no timer), unless it has one. */
  void addEmpty(Contact contact) {
    if (slotOf(contact.id()) != NONE) {
      return;
    }
    grow(slots.size() + 1);
    int slot = slots.size();
    contacts[slot] = contact;
    histories[slot] = ContactHistory.empty();
    firstPiece[slot] = NONE;
    timerPosition[slot] = NONE;
    slots.add(slot);
  }

  /** Replaces what the index holds of a contact, which has a slot, with a newer evaluation. */
  void put(Scored scored) {
    int slot = slotOf(scored.contact().id());
    if (firstPiece[slot] != NONE
        && dueMillis[slot] == millis(scored.due())
        && dueNanos.get(slot) == subMillisecond(scored.due())
        && holdMillis[slot] == millis(scored.hold())
        && holdNanos.get(slot) == subMillisecond(scored.hold())) {
      // The contact's due instant and hold, by which its pieces are ordered, stay: only the pieces
      // that changed move (a follow-up that saturates, one that comes or goes), the rest stay put.
      contacts[slot] = scored.contact();
      histories[slot] = scored.history();
      replacePieces(slot, scored.specs());
      Instant timer = scored.timer();
      if (timer != null) {
        setTimer(slot, timer);
      } else if (timerPosition[slot] != NONE) {
        timers.removeAt(timerPosition[slot]);
        timerPosition[slot] = NONE;
      }
      return;
    }
    clear(slot);
    contacts[slot] = scored.contact();
    histories[slot] = scored.history();
    place(slot, scored, true);
  }

  /**
   * Replaces a slot's pieces, rank by rank, keeping each one whose bucket and due instant are the
   * same where it sits in its heap; the slot's due instant and hold must be unchanged.
   */
  private void replacePieces(int slot, List<Spec> specs) {
    int old = firstPiece[slot];
    int previous = NONE;
    for (int rank = 0; rank < specs.size(); rank++) {
      Spec spec = specs.get(rank);
      int next = old == NONE ? NONE : pieces.next[old];
      int p = old;
      if (old == NONE || !isPiece(old, spec)) {
        if (old != NONE) {
          removePiece(old);
        }
        BucketHeap bucket = buckets.computeIfAbsent(spec.bucket(), BucketHeap::new);
        p = pieces.allocate(slot, bucket, spec.due(), rank);
        bucket.add(p);
      }
      if (previous == NONE) {
        firstPiece[slot] = p;
      } else {
        pieces.next[previous] = p;
      }
      previous = p;
      old = next;
    }
    while (old != NONE) {
      int next = pieces.next[old];
      removePiece(old);
      old = next;
    }
    if (previous == NONE) {
      firstPiece[slot] = NONE;
      withEntries--;
    } else {
      pieces.next[previous] = NONE;
    }
  }

  private boolean isPiece(int p, Spec spec) {
    return requireNonNull(pieces.bucket[p]).key.equals(spec.bucket())
        && pieces.dueMillis[p] == millis(spec.due())
        && pieces.dueNanos.get(p) == subMillisecond(spec.due());
  }

  /** Takes a piece out of its bucket (dropping the bucket once empty) and frees it. */
  private void removePiece(int p) {
    BucketHeap bucket = requireNonNull(pieces.bucket[p]);
    bucket.removeAt(pieces.position[p]);
    if (bucket.size() == 0) {
      buckets.remove(bucket.key);
    }
    pieces.free(p);
  }

  /** The slot of the contact whose timer is first, if it is due by an instant, else NONE. */
  int firstDueTimer(Instant asOf) {
    if (timers.size() == 0) {
      return NONE;
    }
    int slot = timers.get(0);
    return compare(timerMillis[slot], timerNanos.get(slot), millis(asOf), subMillisecond(asOf)) <= 0
        ? slot
        : NONE;
  }

  /**
   * The slots whose timer is due by an instant: the timer heap walked from its root down to the
   * first timer after {@code asOf} on each path.
   */
  List<Integer> timersDueBy(Instant asOf) {
    if (firstDueTimer(asOf) == NONE) {
      return List.of(); // the usual case: nothing is due since the last query
    }
    long asOfMillis = millis(asOf);
    int asOfNanos = subMillisecond(asOf);
    List<Integer> due = new ArrayList<>();
    ArrayDeque<Integer> positions = new ArrayDeque<>();
    positions.add(0);
    while (!positions.isEmpty()) {
      int position = positions.poll();
      if (position >= timers.size()) {
        continue;
      }
      int slot = timers.get(position);
      if (compare(timerMillis[slot], timerNanos.get(slot), asOfMillis, asOfNanos) <= 0) {
        due.add(slot);
        positions.add(2 * position + 1);
        positions.add(2 * position + 2);
      }
    }
    return due;
  }

  /** The contacts in the queue's order as of an instant, each once. */
  Ranking ranking(Instant asOf, int expected) {
    return new Ranking(asOf, expected);
  }

  /**
   * The contacts in the queue's order as of an instant, each once: a k-way merge of the buckets'
   * heaps, in which a piece becomes a candidate once its parent in its heap is taken.
   */
  final class Ranking {
    private final long asOfMillis;
    private final int asOfNanos;
    private final PriorityQueue<Candidate> candidates;
    private final NumberTable taken = new NumberTable(n -> n);
    private double score;

    private Ranking(Instant asOf, int expected) {
      this.asOfMillis = millis(asOf);
      this.asOfNanos = subMillisecond(asOf);
      this.candidates = new PriorityQueue<>(buckets.size() + 3 * expected);
      for (BucketHeap bucket : buckets.values()) {
        if (bucket.size() > 0) {
          candidates.add(new Candidate(bucket, 0, asOfMillis, asOfNanos));
        }
      }
    }

    /** The next contact's slot, or {@link #NONE} when every contact with an entry was given. */
    int next() {
      while (!candidates.isEmpty()) {
        Candidate head = candidates.poll();
        for (int child = 2 * head.position + 1;
            child <= 2 * head.position + 2 && child < head.bucket.size();
            child++) {
          candidates.add(new Candidate(head.bucket, child, asOfMillis, asOfNanos));
        }
        if (taken.addIfAbsent(head.slot)) {
          score = head.score;
          return head.slot;
        }
      }
      return NONE;
    }

    /** The score of the contact {@link #next()} gave last, as of the instant. */
    double score() {
      return score;
    }
  }

  /** A piece that may come next during a merge: where it sits in its bucket, and its score. */
  private final class Candidate implements Comparable<Candidate> {
    final BucketHeap bucket;
    final int position;
    final int slot;
    final double score;

    Candidate(BucketHeap bucket, int position, long asOfMillis, int asOfNanos) {
      this.bucket = bucket;
      this.position = position;
      int piece = bucket.get(position);
      this.slot = pieces.slot[piece];
      this.score = pieces.score(piece, bucket.key, asOfMillis, asOfNanos);
    }

    /** The queue's order: score descending, then the contact's due instant, then its id. */
    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.score, score);
      return c != 0 ? c : compareContacts(slot, o.slot);
    }
  }

  /**
   * Fills an empty index in bulk: pieces and timers are appended unordered and each heap is ordered
   * once, in linear time, instead of being inserted one by one.
   */
  void load(List<Scored> scored) {
    grow(scored.size());
    reserve(scored);
    for (Scored e : scored) {
      int slot = slots.size();
      contacts[slot] = e.contact();
      histories[slot] = e.history();
      slots.add(slot);
      place(slot, e, false);
    }
    buckets.values().forEach(BucketHeap::heapify);
    timers.heapify();
  }

  /** Sets when a contact is to be evaluated again, replacing its timer. */
  void setTimer(int slot, Instant at) {
    if (timerPosition[slot] != NONE) {
      timers.removeAt(timerPosition[slot]);
    }
    timerMillis[slot] = millis(at);
    timerNanos.set(slot, subMillisecond(at), contacts.length);
    timers.add(slot);
  }

  /**
   * Takes a slot's pieces out of their buckets and its timer out of the timers. A removed contact's
   * slot stays, empty, and is used again if a contact with its id comes back.
   */
  void clear(int slot) {
    for (int p = firstPiece[slot]; p != NONE; ) {
      int next = pieces.next[p];
      removePiece(p);
      p = next;
    }
    if (firstPiece[slot] != NONE) {
      withEntries--;
    }
    if (timerPosition[slot] != NONE) {
      timers.removeAt(timerPosition[slot]);
    }
    firstPiece[slot] = NONE;
    timerPosition[slot] = NONE;
  }

  /**
   * Stores a contact's evaluation in its slot: its pieces in their buckets and its timer. With
   * {@code ordered} false, the heaps are only appended to, for {@link #load} to order at the end.
   */
  private void place(int slot, Scored scored, boolean ordered) {
    dueMillis[slot] = millis(scored.due());
    dueNanos.set(slot, subMillisecond(scored.due()), contacts.length);
    holdMillis[slot] = millis(scored.hold());
    holdNanos.set(slot, subMillisecond(scored.hold()), contacts.length);
    firstPiece[slot] = NONE;
    int previous = NONE;
    for (int rank = 0; rank < scored.specs().size(); rank++) {
      Spec spec = scored.specs().get(rank);
      BucketHeap bucket = buckets.computeIfAbsent(spec.bucket(), BucketHeap::new);
      int p = pieces.allocate(slot, bucket, spec.due(), rank);
      if (previous == NONE) {
        firstPiece[slot] = p;
      } else {
        pieces.next[previous] = p;
      }
      previous = p;
      if (ordered) {
        bucket.add(p);
      } else {
        bucket.append(p);
      }
    }
    if (previous != NONE) {
      withEntries++;
    }
    timerPosition[slot] = NONE;
    Instant timer = scored.timer();
    if (timer != null) {
      if (ordered) {
        setTimer(slot, timer);
      } else {
        timerMillis[slot] = millis(timer);
        timerNanos.set(slot, subMillisecond(timer), contacts.length);
        timers.append(slot);
      }
    }
  }

  /** Sizes the pieces, the buckets and the timers exactly for a load. */
  private void reserve(List<Scored> scored) {
    // Arrays sized exactly: grown one by one they would keep a sixth of their room unused.
    Map<Bucket, Integer> perBucket = new HashMap<>();
    int total = 0;
    int timed = 0;
    for (Scored e : scored) {
      for (Spec spec : e.specs()) {
        perBucket.merge(spec.bucket(), 1, Integer::sum);
      }
      total += e.specs().size();
      timed += e.timer() == null ? 0 : 1;
    }
    pieces.reserve(total);
    perBucket.forEach((key, count) -> buckets.computeIfAbsent(key, BucketHeap::new).reserve(count));
    timers.reserve(timed);
  }

  private void grow(int needed) {
    if (needed <= contacts.length) {
      return;
    }
    int capacity = Math.max(needed, contacts.length + (contacts.length >> 1) + 16);
    contacts = Arrays.copyOf(contacts, capacity);
    histories = Arrays.copyOf(histories, capacity);
    dueMillis = Arrays.copyOf(dueMillis, capacity);
    dueNanos.grow(capacity);
    firstPiece = Arrays.copyOf(firstPiece, capacity);
    holdMillis = Arrays.copyOf(holdMillis, capacity);
    holdNanos.grow(capacity);
    timerMillis = Arrays.copyOf(timerMillis, capacity);
    timerNanos.grow(capacity);
    timerPosition = Arrays.copyOf(timerPosition, capacity);
  }

  /** The queue's tie-break between two contacts: their due instant, then their id. */
  private int compareContacts(int a, int b) {
    int c = compare(dueMillis[a], dueNanos.get(a), dueMillis[b], dueNanos.get(b));
    return c != 0 ? c : contacts[a].id().compareTo(contacts[b].id());
  }

  /** Compares two instants given as milliseconds and the nanoseconds within the millisecond. */
  static int compare(long aMillis, int aNanos, long bMillis, int bNanos) {
    int c = Long.compare(aMillis, bMillis);
    return c != 0 ? c : Integer.compare(aNanos, bNanos);
  }

  /**
   * The instant's milliseconds since the epoch; instants beyond what a long holds (such as {@link
   * Instant#MAX}, "never") saturate.
   */
  static long millis(Instant instant) {
    if (instant.equals(Instant.MAX)) {
      return Long.MAX_VALUE;
    }
    if (instant.equals(Instant.MIN)) {
      return Long.MIN_VALUE;
    }
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The nanoseconds within the instant's millisecond. */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the part below a millisecond, on purpose
  static int subMillisecond(Instant instant) {
    return instant.getNano() % 1_000_000;
  }

  /**
   * The follow-ups of all contacts, numbered, in primitive arrays: owner slot, bucket, position in
   * the bucket's heap, the next piece of the same contact, rank among the contact's follow-ups, and
   * its due instant (after holds, it is the later of that and its contact's hold). Freed numbers
   * are reused.
   */
  private final class Pieces {
    int[] slot = new int[0];
    @Nullable BucketHeap[] bucket = new BucketHeap[0];
    int[] position = new int[0];
    int[] next = new int[0];
    byte[] rank = new byte[0];
    long[] dueMillis = new long[0];
    final SubMillis dueNanos = new SubMillis();
    private int used;
    private int free = NONE;

    void reserve(int capacity) {
      if (capacity > slot.length) {
        grow(capacity);
      }
    }

    int allocate(int owner, BucketHeap in, Instant due, int order) {
      int p;
      if (free != NONE) {
        p = free;
        free = next[p];
      } else {
        if (used == slot.length) {
          grow(Math.max(16, used + (used >> 1)));
        }
        p = used++;
      }
      slot[p] = owner;
      bucket[p] = in;
      next[p] = NONE;
      // Ranks only break ties between one contact's follow-ups: past 127 they may repeat.
      rank[p] = (byte) Math.min(order, Byte.MAX_VALUE);
      dueMillis[p] = millis(due);
      dueNanos.set(p, subMillisecond(due), slot.length);
      return p;
    }

    void free(int p) {
      bucket[p] = null;
      next[p] = free;
      free = p;
    }

    /**
     * Whether the piece's contact is held beyond the piece's due instant: its due instant after
     * holds is then the contact's hold, which is kept once per contact rather than per piece.
     */
    private boolean heldPastDue(int p) {
      int s = slot[p];
      return compare(holdMillis[s], holdNanos.get(s), dueMillis[p], dueNanos.get(p)) > 0;
    }

    long effectiveMillis(int p) {
      return heldPastDue(p) ? holdMillis[slot[p]] : dueMillis[p];
    }

    int effectiveNanos(int p) {
      return heldPastDue(p) ? holdNanos.get(slot[p]) : dueNanos.get(p);
    }

    double score(int p, Bucket key, long asOfMillis, int asOfNanos) {
      // A bucket's pieces are never saturated: a saturated follow-up is kept in a flat bucket.
      return ContactEvaluation.score(
          key.weight(),
          key.bonus(),
          Urgency.NEVER,
          dueMillis[p],
          dueNanos.get(p),
          effectiveMillis(p),
          effectiveNanos(p),
          asOfMillis,
          asOfNanos);
    }

    private void grow(int capacity) {
      slot = Arrays.copyOf(slot, capacity);
      bucket = Arrays.copyOf(bucket, capacity);
      position = Arrays.copyOf(position, capacity);
      next = Arrays.copyOf(next, capacity);
      rank = Arrays.copyOf(rank, capacity);
      dueMillis = Arrays.copyOf(dueMillis, capacity);
      dueNanos.grow(capacity);
    }
  }

  /**
   * One bucket's pieces in a heap, best first: by due instant (after holds for a held bucket), then
   * the contact's due instant and id, then rank. Within a bucket a later piece never scores higher,
   * so the heap's order is the queue's.
   */
  private final class BucketHeap extends IntHeap {
    final Bucket key;

    BucketHeap(Bucket key) {
      this.key = key;
    }

    @Override
    int compare(int a, int b) {
      int c =
          key.held()
              ? ScoreIndex.compare(
                  pieces.effectiveMillis(a),
                  pieces.effectiveNanos(a),
                  pieces.effectiveMillis(b),
                  pieces.effectiveNanos(b))
              : ScoreIndex.compare(
                  pieces.dueMillis[a],
                  pieces.dueNanos.get(a),
                  pieces.dueMillis[b],
                  pieces.dueNanos.get(b));
      if (c == 0) {
        c = compareContacts(pieces.slot[a], pieces.slot[b]);
      }
      return c != 0 ? c : Byte.compare(pieces.rank[a], pieces.rank[b]);
    }

    @Override
    int key(int p) {
      return minuteKey(key.held() ? pieces.effectiveMillis(p) : pieces.dueMillis[p]);
    }

    @Override
    void placed(int element, int at) {
      pieces.position[element] = at;
    }
  }

  /** The contacts whose answer changes at a known instant, the soonest first, then by id. */
  private final class Timers extends IntHeap {
    @Override
    int compare(int a, int b) {
      int c =
          ScoreIndex.compare(timerMillis[a], timerNanos.get(a), timerMillis[b], timerNanos.get(b));
      return c != 0 ? c : contacts[a].id().compareTo(contacts[b].id());
    }

    @Override
    int key(int slot) {
      return minuteKey(timerMillis[slot]);
    }

    @Override
    void placed(int element, int at) {
      timerPosition[element] = at;
    }
  }
}
