package io.github.cadence.flink;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Each tenant's queue, "today's queue" of a platform's page: keyed by tenant ({@link #key}), it
 * keeps the best entries the keyed evaluation emitted, in the library's order (the higher score
 * first, then the earlier due instant, then the id), and emits the first {@code k} as a {@link
 * TenantTop} when they changed, once per watermark (in batch mode, once when the input ends).
 *
 * <p>The state is bounded: {@code k} entries a tenant and {@code spare} more. A contact outside
 * them that improves enters, since its entry is emitted when it changes. A contact of the top that
 * drops out (done, archived, removed) or falls behind gives its place to the best spare one, so the
 * top stays full and in order until more than {@code spare} of them dropped out before new entries
 * came; what the state turned away is not known, so a spare may then rank where a contact it never
 * kept would. A nightly batch run ({@link CadenceFunction#asOf}) sets it right: in batch mode every
 * contact is evaluated once, as of one instant, and the top is exactly the library's first {@code
 * k}.
 *
 * <p>A tenant is one key: its entries come only when they change (a contact falls due, is touched,
 * or is changed), a few a second for a tenant of a million contacts, which one task carries.
 */
public final class TenantQueue extends KeyedProcessFunction<String, EntryRecord, TenantTop> {
  private static final long serialVersionUID = 1L;

  /** The library's order of a queue. */
  static final Comparator<EntryRecord> ORDER =
      Comparator.comparingDouble((EntryRecord e) -> -e.score)
          .thenComparingLong(e -> e.due)
          .thenComparing(e -> e.contactId);

  /** How many entries each tenant's top holds. */
  private final int k;

  /** How many entries it keeps beyond the top. */
  private final int spare;

  private transient @Nullable MapState<String, EntryRecord> top;
  private transient @Nullable ValueState<Boolean> changed;

  private TenantQueue(int k, int spare) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (spare < 0) {
      throw new IllegalArgumentException("spare must be zero or more, was " + spare);
    }
    if ((long) k + spare > MAX_KEPT) {
      throw new IllegalArgumentException(
          "k + spare must be at most " + MAX_KEPT + ", was " + ((long) k + spare));
    }
    this.k = k;
    this.spare = spare;
  }

  /** The most entries a tenant's state may keep: they are sorted at every change. */
  private static final int MAX_KEPT = 100_000;

  /**
   * The top {@code k} of each tenant, with as many entries to spare.
   *
   * @param k how many entries to emit; at least 1
   * @return the function
   */
  public static TenantQueue top(int k) {
    return top(k, k);
  }

  /**
   * The top {@code k} of each tenant, with {@code spare} entries kept beyond it to fill the places
   * of those that drop out.
   *
   * @param k how many entries to emit; at least 1
   * @param spare how many more to keep; zero or more
   * @return the function
   */
  public static TenantQueue top(int k, int spare) {
    return new TenantQueue(k, spare);
  }

  /**
   * The key of an entry: its tenant.
   *
   * @param e the entry
   * @return the tenant
   */
  public static String key(EntryRecord e) {
    return e.tenant;
  }

  @Override
  public void open(OpenContext context) {
    top =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "top", Types.STRING, TypeInformation.of(EntryRecord.class)));
    changed = getRuntimeContext().getState(new ValueStateDescriptor<>("changed", Types.BOOLEAN));
  }

  @Override
  public void processElement(EntryRecord e, Context ctx, Collector<TenantTop> out)
      throws Exception {
    MapState<String, EntryRecord> state = requireNonNull(top, "top");
    boolean change;
    if (e.removed) {
      change = state.contains(e.contactId);
      state.remove(e.contactId);
    } else if (state.contains(e.contactId)) {
      state.put(e.contactId, e);
      change = true;
    } else {
      List<EntryRecord> entries = sorted(state);
      int kept = k + spare;
      if (entries.size() < kept) {
        state.put(e.contactId, e);
        change = true;
      } else if (ORDER.compare(e, entries.get(kept - 1)) < 0) {
        state.remove(entries.get(kept - 1).contactId);
        state.put(e.contactId, e);
        change = true;
      } else {
        change = false;
      }
    }
    if (change) {
      requireNonNull(changed, "changed").update(true);
      long watermark = ctx.timerService().currentWatermark();
      ctx.timerService()
          .registerEventTimeTimer(
              watermark == Long.MIN_VALUE
                  ? Long.MIN_VALUE + 1
                  : Math.min(watermark + 1, Long.MAX_VALUE - 1));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TenantTop> out)
      throws Exception {
    ValueState<Boolean> dirty = requireNonNull(changed, "changed");
    if (Boolean.TRUE.equals(dirty.value())) {
      dirty.clear();
      List<EntryRecord> entries = sorted(requireNonNull(top, "top"));
      out.collect(
          TenantTop.of(ctx.getCurrentKey(), entries.subList(0, Math.min(k, entries.size()))));
    }
  }

  private static List<EntryRecord> sorted(MapState<String, EntryRecord> state) throws Exception {
    List<EntryRecord> entries = new ArrayList<>();
    state.values().forEach(entries::add);
    entries.sort(ORDER);
    return entries;
  }
}
