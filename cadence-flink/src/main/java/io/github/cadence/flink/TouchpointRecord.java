package io.github.cadence.flink;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A touchpoint as a Flink POJO: every field of {@link Touchpoint}, the enums by name. */
public final class TouchpointRecord {
  /** The contact's id. */
  public String contactId = "";

  /** When it happened, in milliseconds since the epoch. */
  public long at;

  /** The channel's name ({@code CALL}). */
  public String channel = "";

  /** {@code INBOUND} or {@code OUTBOUND}. */
  public String direction = "";

  /** The outcome's name ({@code CONNECTED}). */
  public String outcome = "";

  /** The intent's name ({@code NEUTRAL}). */
  public String intent = "";

  /** A note, or null. */
  public @Nullable String note;

  /** The key of the record it came from, or null. */
  public @Nullable String source;

  /** An empty record, for Flink's serializer. */
  public TouchpointRecord() {}

  /**
   * The record of a touchpoint.
   *
   * @param t the touchpoint
   * @return the record
   */
  public static TouchpointRecord of(Touchpoint t) {
    TouchpointRecord r = new TouchpointRecord();
    r.contactId = t.contactId();
    r.at = t.at().toEpochMilli();
    r.channel = t.channel().name();
    r.direction = t.direction().name();
    r.outcome = t.outcome().name();
    r.intent = t.intent().name();
    r.note = t.note().orElse(null);
    r.source = t.source().orElse(null);
    return r;
  }

  /**
   * The touchpoint this record holds, checked as {@link Touchpoint.Builder} checks every one.
   *
   * @return the touchpoint
   * @throws IllegalArgumentException naming what is wrong
   */
  public Touchpoint toTouchpoint() {
    Touchpoint.Builder b =
        Touchpoint.builder(contactId, Instant.ofEpochMilli(at))
            .channel(Channel.valueOf(channel))
            .direction(Direction.valueOf(direction))
            .outcome(Outcome.valueOf(outcome))
            .intent(Intent.valueOf(intent));
    String n = note;
    if (n != null) {
      b.note(n);
    }
    String s = source;
    if (s != null) {
      b.source(s);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TouchpointRecord o
        && contactId.equals(o.contactId)
        && at == o.at
        && channel.equals(o.channel)
        && direction.equals(o.direction)
        && outcome.equals(o.outcome)
        && intent.equals(o.intent)
        && Objects.equals(note, o.note)
        && Objects.equals(source, o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactId, at, channel, direction, outcome, intent, note, source);
  }

  @Override
  public String toString() {
    return "TouchpointRecord["
        + contactId
        + " at "
        + Instant.ofEpochMilli(at)
        + ", "
        + channel
        + ", "
        + direction
        + ", "
        + outcome
        + "]";
  }
}
