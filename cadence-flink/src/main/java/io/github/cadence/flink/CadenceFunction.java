package io.github.cadence.flink;

import static java.util.Objects.requireNonNull;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.RuleFailure;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.RuleSet;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The keyed evaluation: keyed by tenant and contact ({@link #key}), it keeps the contact and the
 * summary of its history in keyed state, applies changes and touchpoints as they arrive (in any
 * order: the summary does not depend on it), evaluates the user's rules with the library's engine,
 * and emits the contact's {@link EntryRecord} when it changes. Records it cannot use go to {@link
 * #DEAD_LETTERS} with the reason; the job goes on.
 *
 * <p><b>State.</b> Per contact: the contact; its {@link HistoryRecord}, the library's summary (a
 * few dozen bytes, whatever the number of touchpoints) with a fingerprint of each touchpoint
 * counted (16 bytes with its instant), so that a touchpoint delivered twice (the same source key,
 * or the same touch) counts once, as in the library (for ever, or {@linkplain
 * #rememberingTouchpointsFor for a while}); the touchpoints dated after the watermark when they
 * came, until an evaluation passes them (in a batch, those after its instant); and the last entry
 * emitted. A source key is told apart per contact only: the library also refuses a key recorded for
 * another contact, which a job keyed by contact cannot see.
 *
 * <p><b>Time.</b> In event time ({@link #inEventTime}), a contact is evaluated as of the instant of
 * an event-time timer, once the watermark has passed it: a change registers a timer just past the
 * current watermark (or at the event's own instant, if it is ahead of the watermark), so that all
 * the changes of a contact between two watermarks cost one evaluation; an evaluation registers a
 * timer at the contact's next change (its due instant, or the instant its rules may answer
 * otherwise), which emits it when it falls due. Since the watermark has passed the timer's instant,
 * every event up to it is in the state, and the entry is the library's as of that instant. Events
 * later than the watermark strategy allows (late data) are not dropped: they count from the next
 * evaluation on, and the entries evaluated before they came do not know them. A touchpoint whose
 * contact has not arrived waits for it until the watermark passes the touchpoint's instant plus the
 * wait given, then goes to the dead letters. In batch mode ({@link #asOf}), over bounded sources,
 * every contact is evaluated once, as of one instant, when the input ends: the nightly full
 * recompute.
 */
public final class CadenceFunction extends KeyedProcessFunction<String, CadenceEvent, EntryRecord> {
  private static final long serialVersionUID = 1L;

  /** The side output of records the job could not use. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("cadence-dead-letters", TypeInformation.of(DeadLetter.class));

  /** The end of a bounded input: the watermark reaches it when every source is done. */
  private static final long END_OF_INPUT = Long.MAX_VALUE - 1;

  /** The library evaluates up to the year 9999. */
  private static final long LAST_INSTANT = Instant.parse("9999-01-01T00:00:00Z").toEpochMilli();

  /**
   * Makes the rules on each task: a serializable factory, such as {@code BuiltInRules::defaults}.
   */
  @FunctionalInterface
  public interface Rules extends Serializable {
    /**
     * The rules.
     *
     * @return a rule set
     */
    RuleSet create();
  }

  /** Makes the rules on each task. */
  private final Rules rules;

  /** The instant of batch mode, in epoch milliseconds; {@code Long.MIN_VALUE} in event time. */
  private final long fixedAsOf;

  /** How long past a touchpoint's instant it waits for its contact, in milliseconds. */
  private final long waitForContact;

  /**
   * How long behind the watermark it remembers a touchpoint's fingerprint, in milliseconds ({@code
   * Long.MAX_VALUE}: for ever).
   */
  private final long rememberFor;

  private transient @Nullable CadenceEngine engine;
  private transient @Nullable ValueState<ContactRecord> contact;
  private transient @Nullable ValueState<HistoryRecord> history;
  private transient @Nullable ListState<TouchpointRecord> pending;
  private transient @Nullable ValueState<EntryRecord> last;
  private transient @Nullable ValueState<Long> orphanDeadline;

  private CadenceFunction(Rules rules, long fixedAsOf, long waitForContact, long rememberFor) {
    this.rules = requireNonNull(rules, "rules");
    this.fixedAsOf = fixedAsOf;
    this.waitForContact = waitForContact;
    this.rememberFor = rememberFor;
  }

  /**
   * The streaming evaluation, in event time.
   *
   * @param rules the rules
   * @param waitForContact how long past a touchpoint's instant it waits for its contact
   * @return the function
   */
  public static CadenceFunction inEventTime(Rules rules, Duration waitForContact) {
    requireNonNull(waitForContact, "waitForContact");
    if (waitForContact.isNegative()) {
      throw new IllegalArgumentException(
          "waitForContact must be zero or more, was " + waitForContact);
    }
    return new CadenceFunction(rules, Long.MIN_VALUE, waitForContact.toMillis(), Long.MAX_VALUE);
  }

  /**
   * The batch evaluation: every contact as of one instant, once the bounded input has ended.
   *
   * @param rules the rules
   * @param asOf the instant
   * @return the function
   */
  public static CadenceFunction asOf(Rules rules, Instant asOf) {
    return new CadenceFunction(
        rules, requireNonNull(asOf, "asOf").toEpochMilli(), 0, Long.MAX_VALUE);
  }

  /**
   * This streaming evaluation, remembering the fingerprint of a touchpoint only until the watermark
   * is a while past it, so that a contact's state stops growing with its history: a touchpoint
   * delivered again later than that counts twice. By default fingerprints are kept for ever, as the
   * library keeps every touchpoint.
   *
   * @param horizon how long past a touchpoint's instant to remember it; positive
   * @return the function
   * @throws IllegalStateException if this is the batch evaluation, which remembers every touchpoint
   *     of its bounded input
   */
  public CadenceFunction rememberingTouchpointsFor(Duration horizon) {
    requireNonNull(horizon, "horizon");
    if (horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("horizon must be positive, was " + horizon);
    }
    if (batch()) {
      throw new IllegalStateException(
          "the batch evaluation remembers every touchpoint of its bounded input");
    }
    return new CadenceFunction(rules, fixedAsOf, waitForContact, horizon.toMillis());
  }

  /**
   * The key of an event: its tenant and contact, written so that no two pairs share a key.
   *
   * @param e the event
   * @return the key
   */
  public static String key(CadenceEvent e) {
    return e.tenant.length() + ":" + e.tenant + "/" + e.contactId;
  }

  @Override
  public void open(OpenContext context) {
    engine = CadenceEngine.of(rules.create());
    contact =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("contact", TypeInformation.of(ContactRecord.class)));
    history =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("history", TypeInformation.of(HistoryRecord.class)));
    pending =
        getRuntimeContext()
            .getListState(
                new ListStateDescriptor<>("pending", TypeInformation.of(TouchpointRecord.class)));
    last =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("entry", TypeInformation.of(EntryRecord.class)));
    orphanDeadline =
        getRuntimeContext().getState(new ValueStateDescriptor<>("orphan-deadline", Long.class));
  }

  private boolean batch() {
    return fixedAsOf != Long.MIN_VALUE;
  }

  @Override
  public void processElement(CadenceEvent e, Context ctx, Collector<EntryRecord> out)
      throws Exception {
    String unreadable = e.unreadable;
    if (unreadable != null) {
      ctx.output(
          DEAD_LETTERS, DeadLetter.of(e.tenant, e.contactId, "unreadable", unreadable, unreadable));
      return;
    }
    if (e.removed) {
      EntryRecord before = state(last).value();
      state(contact).clear();
      state(history).clear();
      state(pending).clear();
      state(last).clear();
      state(orphanDeadline).clear();
      if (before != null && !before.removed) {
        out.collect(EntryRecord.removed(e.tenant, e.contactId, Instant.ofEpochMilli(now(ctx))));
      }
      return;
    }
    ContactRecord c = e.contact;
    if (c != null) {
      try {
        c.toContact();
      } catch (RuntimeException bad) {
        ctx.output(
            DEAD_LETTERS, DeadLetter.of(e.tenant, e.contactId, "invalid-contact", message(bad), c));
        return;
      }
      state(contact).update(c);
      state(orphanDeadline).clear();
    }
    TouchpointRecord t = e.touchpoint;
    if (t != null && !record(e, t, ctx)) {
      return;
    }
    // Evaluated once the watermark passes the event: just past the current watermark, or at the
    // event's own instant if it is ahead of the watermark, since only from then on does it count.
    ctx.timerService()
        .registerEventTimeTimer(batch() ? END_OF_INPUT : Math.max(next(ctx), e.eventTime()));
  }

  /**
   * Takes a touchpoint into the history: into the summary if its contact is here and every
   * evaluation to come is as of an instant after it, else into the pending touchpoints.
   *
   * @return whether it is new: one seen before changes nothing but the count of repeats
   */
  private boolean record(CadenceEvent e, TouchpointRecord t, Context ctx) throws Exception {
    Touchpoint touchpoint;
    try {
      touchpoint = t.toTouchpoint();
    } catch (RuntimeException bad) {
      ctx.output(
          DEAD_LETTERS,
          DeadLetter.of(e.tenant, e.contactId, "invalid-touchpoint", message(bad), t));
      return false;
    }
    HistoryRecord h = Objects.requireNonNullElseGet(state(history).value(), HistoryRecord::new);
    boolean fresh = h.firstSight(t);
    boolean known = state(contact).value() != null;
    if (fresh && known && t.at <= (batch() ? fixedAsOf : ctx.timerService().currentWatermark())) {
      ContactHistory unused = h.fold(List.of(touchpoint));
    } else if (fresh) {
      state(pending).add(t);
    }
    state(history).update(h);
    if (!known && state(orphanDeadline).value() == null) {
      long deadline = batch() ? END_OF_INPUT : saturatedAdd(t.at, waitForContact);
      state(orphanDeadline).update(deadline);
      ctx.timerService().registerEventTimeTimer(deadline);
    }
    return fresh;
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<EntryRecord> out)
      throws Exception {
    String[] tenantAndId = split(ctx.getCurrentKey());
    ContactRecord record = state(contact).value();
    if (record == null) {
      Long deadline = state(orphanDeadline).value();
      if (deadline != null && timestamp >= deadline) {
        for (TouchpointRecord t : state(pending).get()) {
          ctx.output(
              DEAD_LETTERS,
              DeadLetter.of(
                  tenantAndId[0],
                  tenantAndId[1],
                  "unknown-contact",
                  "no contact " + tenantAndId[1] + " arrived for this touchpoint",
                  t));
        }
        // Without a contact, the history holds nothing but these touchpoints' fingerprints.
        state(history).clear();
        state(pending).clear();
        state(orphanDeadline).clear();
      }
      return;
    }
    // As of the instant the timer was set for: when it fires, the watermark has passed it, so every
    // event up to it (late ones aside) is in the state, and the answer is the library's.
    long asOf = batch() ? fixedAsOf : timestamp;
    EntryRecord entry = evaluate(tenantAndId[0], record, asOf, ctx);
    EntryRecord before = state(last).value();
    if (before == null ? !entry.removed : !before.sameAs(entry)) {
      out.collect(entry);
    }
    state(last).update(entry);
    // The next change, unless the input has ended (a bounded stream: nothing more will come, and
    // the next changes would run on to the end of time).
    if (!batch() && !entry.removed && ctx.timerService().currentWatermark() < END_OF_INPUT) {
      long change = entry.due > asOf ? Math.min(entry.due, entry.validUntil) : entry.validUntil;
      if (change > asOf && change < LAST_INSTANT) {
        ctx.timerService().registerEventTimeTimer(change);
      }
    }
  }

  /**
   * Evaluates the contact with the library, as of an instant, after folding the pending touchpoints
   * up to it into its summary; rule failures are dead letters.
   */
  private EntryRecord evaluate(String tenant, ContactRecord record, long asOf, Context ctx)
      throws Exception {
    Contact c = record.toContact();
    HistoryRecord h = Objects.requireNonNullElseGet(state(history).value(), HistoryRecord::new);
    List<Touchpoint> due = new ArrayList<>();
    List<TouchpointRecord> later = new ArrayList<>();
    for (TouchpointRecord t : state(pending).get()) {
      if (t.at <= asOf) {
        due.add(t.toTouchpoint());
      } else {
        later.add(t);
      }
    }
    int remembered = h.seen.length;
    if (rememberFor != Long.MAX_VALUE) {
      h.forget(asOf < Long.MIN_VALUE + rememberFor ? Long.MIN_VALUE : asOf - rememberFor);
    }
    ContactHistory summary = h.fold(due);
    if (!due.isEmpty()) {
      state(pending).update(later);
    }
    if (!due.isEmpty() || h.seen.length != remembered) {
      state(history).update(h);
    }
    Instant at = Instant.ofEpochMilli(asOf);
    FollowUpQueue queue = requireNonNull(engine, "engine").queue(c, summary, at);
    for (RuleFailure f : queue.failures()) {
      ctx.output(
          DEAD_LETTERS,
          DeadLetter.of(tenant, c.id(), "rule", f.ruleId() + ": " + f.error(), c.id()));
    }
    if (queue.entries().isEmpty()) {
      return EntryRecord.removed(tenant, c.id(), at);
    }
    EntryRecord entry = EntryRecord.of(tenant, queue.entries().get(0), at, summary.touches());
    entry.repeated = h.repeated;
    return entry;
  }

  private long now(Context ctx) {
    return batch() ? fixedAsOf : ctx.timerService().currentWatermark();
  }

  /** Just past the current watermark: the next watermark fires it. */
  private static long next(Context ctx) {
    long watermark = ctx.timerService().currentWatermark();
    return watermark == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : saturatedAdd(watermark, 1);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? END_OF_INPUT : Math.min(sum, END_OF_INPUT);
  }

  /** The tenant and the contact id of a key made by {@link #key}. */
  static String[] split(String key) {
    int colon = key.indexOf(':');
    int length = Integer.parseInt(key.substring(0, colon));
    String tenant = key.substring(colon + 1, colon + 1 + length);
    return new String[] {tenant, key.substring(colon + 2 + length)};
  }

  private static String message(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static <S> S state(@Nullable S s) {
    return requireNonNull(s, "state is set in open()");
  }
}
