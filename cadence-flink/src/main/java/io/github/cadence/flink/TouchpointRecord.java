package io.github.cadence.flink;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
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

  /** The channel, as {@link io.github.cadence.model.Codes} names it ({@code call}). */
  public String channel = "";

  /** {@code inbound} or {@code outbound}; records kept before 0.1 spell it {@code INBOUND}. */
  public String direction = "";

  /** The outcome, as {@link io.github.cadence.model.Codes} names it ({@code left-message}). */
  public String outcome = "";

  /** The intent, as {@link io.github.cadence.model.Codes} names it ({@code neutral}). */
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
    r.channel = Codes.name(t.channel());
    r.direction = Codes.name(t.direction());
    r.outcome = Codes.name(t.outcome());
    r.intent = Codes.name(t.intent());
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
            .channel(Codes.parse(Channel.class, channel))
            .direction(Codes.parse(Direction.class, direction))
            .outcome(Codes.parse(Outcome.class, outcome))
            .intent(Codes.parse(Intent.class, intent));
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
