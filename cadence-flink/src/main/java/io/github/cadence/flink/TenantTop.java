package io.github.cadence.flink;

import java.util.List;

/** A tenant's best entries, first first, as {@link TenantQueue} emits them. A Flink POJO. */
public final class TenantTop {
  /** The tenant. */
  public String tenant = "";

  /** The entries, in the library's order. */
  public EntryRecord[] entries = new EntryRecord[0];

  /** An empty top, for Flink's serializer. */
  public TenantTop() {}

  static TenantTop of(String tenant, List<EntryRecord> entries) {
    TenantTop t = new TenantTop();
    t.tenant = tenant;
    t.entries = entries.toArray(EntryRecord[]::new);
    return t;
  }

  @Override
  public String toString() {
    return "TenantTop[" + tenant + ", " + entries.length + " entries]";
  }
}
