package io.github.cadence.flink;

import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Codes;
import io.github.cadence.plan.Category;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact's queue entry as the job emits it: the library's {@link QueueEntry}, evaluated as of
 * {@link #asOf}, or the news that the contact has none any more ({@link #removed}). A Flink POJO.
 */
public final class EntryRecord {
  /** The tenant. */
  public String tenant = "";

  /** The contact's id. */
  public String contactId = "";

  /** The contact's name. */
  public String name = "";

  /** The contact's tier. */
  public String tier = "";

  /** The instant the entry was evaluated as of, in milliseconds since the epoch. */
  public long asOf;

  /** When the contact is due, in milliseconds since the epoch. */
  public long due;

  /** The score: higher first. */
  public double score;

  /** The channel suggested ({@code CALL}). */
  public String channel = "";

  /** The intent suggested ({@code GIVE}). */
  public String intent = "";

  /** The planner's category ({@code CLIENT}). */
  public String category = "";

  /** The rule behind each reason. */
  public String[] reasonRules = new String[0];

  /** The purpose of each reason. */
  public String[] reasonPurposes = new String[0];

  /** Each reason, in words. */
  public String[] reasons = new String[0];

  /**
   * Until when the entry holds without a new touchpoint, in milliseconds since the epoch ({@code
   * Long.MAX_VALUE} for as long as the history stays the same).
   */
  public long validUntil;

  /** How many touchpoints of the contact's history counted, as of {@link #asOf}. */
  public int touches;

  /**
   * How many of the contact's touchpoints came to the job again (the same source key, or the same
   * touch) and were not counted twice, as the library does not count them twice; 0 in the library's
   * entries. Not compared by {@link #sameAs}.
   */
  public int repeated;

  /** Whether the contact has no entry any more (removed, archived, nothing due). */
  public boolean removed;

  /** An empty record, for Flink's serializer. */
  public EntryRecord() {}

  /**
   * The record of a library entry.
   *
   * @param tenant the tenant
   * @param e the entry
   * @param asOf the instant it was evaluated as of
   * @param touches how many touchpoints of the contact's history counted
   * @return the record
   */
  public static EntryRecord of(String tenant, QueueEntry e, Instant asOf, int touches) {
    EntryRecord r = new EntryRecord();
    r.tenant = tenant;
    r.contactId = e.contact().id();
    r.name = e.contact().displayName();
    r.tier = e.contact().tier().name();
    r.asOf = asOf.toEpochMilli();
    r.due = millis(e.due());
    r.score = e.score();
    r.channel = Codes.name(e.channel());
    r.intent = Codes.name(e.intent());
    r.category = Codes.name(Category.of(e));
    r.reasonRules = e.reasons().stream().map(Reason::ruleId).toArray(String[]::new);
    r.reasonPurposes =
        e.reasons().stream().map(x -> Codes.name(x.purpose())).toArray(String[]::new);
    r.reasons = e.reasons().stream().map(Reason::text).toArray(String[]::new);
    r.validUntil = millis(e.validUntil());
    r.touches = touches;
    return r;
  }

  /** Milliseconds since the epoch; an instant past what a long holds (never) is the largest. */
  static long millis(Instant at) {
    if (at.isAfter(MAX_MILLIS)) {
      return Long.MAX_VALUE;
    }
    return at.isBefore(MIN_MILLIS) ? Long.MIN_VALUE : at.toEpochMilli();
  }

  private static final Instant MAX_MILLIS = Instant.ofEpochMilli(Long.MAX_VALUE);
  private static final Instant MIN_MILLIS = Instant.ofEpochMilli(Long.MIN_VALUE);

  /**
   * The news that a contact has no entry any more.
   *
   * @param tenant the tenant
   * @param contactId the contact's id
   * @param asOf when
   * @return the record
   */
  public static EntryRecord removed(String tenant, String contactId, Instant asOf) {
    EntryRecord r = new EntryRecord();
    r.tenant = tenant;
    r.contactId = contactId;
    r.asOf = asOf.toEpochMilli();
    r.removed = true;
    return r;
  }

  /**
   * Whether this entry says the same as another, whatever instant each was evaluated as of.
   *
   * @param o the other entry
   * @return true if every field but {@link #asOf} is equal, the score to the bit
   */
  public boolean sameAs(EntryRecord o) {
    return tenant.equals(o.tenant)
        && contactId.equals(o.contactId)
        && name.equals(o.name)
        && tier.equals(o.tier)
        && due == o.due
        && Double.doubleToLongBits(score) == Double.doubleToLongBits(o.score)
        && channel.equals(o.channel)
        && intent.equals(o.intent)
        && category.equals(o.category)
        && Arrays.equals(reasonRules, o.reasonRules)
        && Arrays.equals(reasonPurposes, o.reasonPurposes)
        && Arrays.equals(reasons, o.reasons)
        && validUntil == o.validUntil
        && touches == o.touches
        && removed == o.removed;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EntryRecord o && asOf == o.asOf && sameAs(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, contactId, due, score, asOf);
  }

  @Override
  public String toString() {
    return removed
        ? "EntryRecord[" + tenant + "/" + contactId + " removed]"
        : "EntryRecord["
            + tenant
            + "/"
            + contactId
            + ", due "
            + Instant.ofEpochMilli(due)
            + ", score "
            + score
            + ", "
            + channel
            + "]";
  }
}
