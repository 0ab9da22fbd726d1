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
 * keeps the best {@code k} entries the keyed evaluation emitted, in the library's order (the higher
 * score first, then the earlier due instant, then the id), and emits them as a {@link TenantTop}
 * when they changed, once per watermark (in batch mode, once when the input ends).
 *
 * <p>The state is bounded by {@code k} entries a tenant. A contact outside the top that improves
 * enters it, since its entry is emitted when it changes; a contact of the top that drops out leaves
 * a place that the next entry to improve fills. In batch mode every contact is evaluated once, as
 * of one instant, and the top is exactly the library's first {@code k}.
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

  private transient @Nullable MapState<String, EntryRecord> top;
  private transient @Nullable ValueState<Boolean> changed;

  private TenantQueue(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    this.k = k;
  }

  /**
   * The top {@code k} of each tenant.
   *
   * @param k how many entries to keep and emit; at least 1
   * @return the function
   */
  public static TenantQueue top(int k) {
    return new TenantQueue(k);
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
      if (entries.size() < k) {
        state.put(e.contactId, e);
        change = true;
      } else if (ORDER.compare(e, entries.get(k - 1)) < 0) {
        state.remove(entries.get(k - 1).contactId);
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
      out.collect(TenantTop.of(ctx.getCurrentKey(), sorted(requireNonNull(top, "top"))));
    }
  }

  private static List<EntryRecord> sorted(MapState<String, EntryRecord> state) throws Exception {
    List<EntryRecord> entries = new ArrayList<>();
    state.values().forEach(entries::add);
    entries.sort(ORDER);
    return entries;
  }
}
