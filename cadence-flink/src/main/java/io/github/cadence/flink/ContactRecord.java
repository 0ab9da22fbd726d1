package io.github.cadence.flink;

import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a Flink POJO: every field of {@link Contact}, in types Flink serializes itself
 * (strings, numbers, arrays), so that state needs no Kryo and may gain fields between savepoints.
 */
public final class ContactRecord {
  /** The contact's id. */
  public String id = "";

  /** The name shown. */
  public String name = "";

  /** The tier's name. */
  public String tier = "";

  /** The tier's cadence, ISO-8601 ({@code P14D}). */
  public String cadence = "";

  /** The tier's weight. */
  public double weight;

  /** The roles, as {@link io.github.cadence.model.Codes} names them ({@code strategic-partner}). */
  public String[] roles = new String[0];

  /** The tags. */
  public String[] tags = new String[0];

  /** When the contact was created, in milliseconds since the epoch. */
  public long createdAt;

  /**
   * The nanoseconds of {@link #createdAt} within its millisecond (0 to 999,999), which a contact
   * keeps: a record of a savepoint from before this field reads 0.
   */
  public int createdAtNanos;

  /** {@code active}, {@code paused}, {@code archived} or {@code unmapped}. */
  public String status = "active";

  /** The first day back of a paused contact, ISO-8601; null otherwise. */
  public @Nullable String pausedUntil;

  /** The day the user met the contact, ISO-8601, or null. */
  public @Nullable String firstMet;

  /** Where the user met the contact, or null. */
  public @Nullable String firstMetWhere;

  /** The contact's time zone. */
  public String zone = "UTC";

  /** The occasions to remember. */
  public OccasionRecord[] occasions = new OccasionRecord[0];

  /** The handles, each {@code KIND:value} ({@code EMAIL:ana@example.com}). */
  public String[] handles = new String[0];

  /** Where the contact works, or null. */
  public @Nullable String organization;

  /** The first day the contact may be suggested again after a snooze, ISO-8601, or null. */
  public @Nullable String snoozedUntil;

  /** When the next meeting planned with the contact starts, ISO-8601, or null. */
  public @Nullable String nextMeeting;

  /** What the user wrote about the contact, or null. */
  public @Nullable String note;

  /** An empty record, for Flink's serializer. */
  public ContactRecord() {}

  /**
   * The record of a contact.
   *
   * @param c the contact
   * @return the record
   */
  public static ContactRecord of(Contact c) {
    ContactRecord r = new ContactRecord();
    r.id = c.id();
    r.name = c.displayName();
    r.tier = c.tier().name();
    r.cadence = c.tier().cadence().toString();
    r.weight = c.tier().weight();
    r.roles = c.roles().stream().map(Codes::name).sorted().toArray(String[]::new);
    r.tags = c.tags().toArray(String[]::new);
    r.createdAt = c.createdAt().toEpochMilli();
    r.createdAtNanos =
        (int) Duration.between(Instant.ofEpochMilli(r.createdAt), c.createdAt()).toNanos();
    if (c.status() instanceof ContactStatus.Paused p) {
      r.status = "paused";
      r.pausedUntil = p.firstDayBack().toString();
    } else {
      r.status = c.status().toString();
    }
    c.firstMet()
        .ifPresent(
            m -> {
              r.firstMet = m.date().toString();
              r.firstMetWhere = m.where().orElse(null);
            });
    r.zone = c.zone().getId();
    r.occasions = c.occasions().stream().map(OccasionRecord::of).toArray(OccasionRecord[]::new);
    r.handles =
        c.handles().stream()
            .map(h -> Codes.name(h.kind()) + ":" + h.value())
            .toArray(String[]::new);
    r.organization = c.organization().orElse(null);
    r.snoozedUntil = c.snoozedUntil().map(LocalDate::toString).orElse(null);
    r.nextMeeting = c.nextMeeting().map(Instant::toString).orElse(null);
    r.note = c.note().orElse(null);
    return r;
  }

  /**
   * The contact this record holds, checked as {@link Contact.Builder} checks every contact.
   *
   * @return the contact
   * @throws IllegalArgumentException (or another runtime exception) naming what is wrong
   */
  public Contact toContact() {
    if (createdAtNanos < 0 || createdAtNanos >= 1_000_000) {
      throw new IllegalArgumentException(
          "createdAtNanos must be 0 to 999999 (nanoseconds within the millisecond), was "
              + createdAtNanos);
    }
    Contact.Builder b =
        Contact.builder(id, Instant.ofEpochMilli(createdAt).plusNanos(createdAtNanos))
            .displayName(name)
            .tier(new Tier(tier, Period.parse(cadence), weight))
            .roles(Arrays.stream(roles).map(v -> Codes.parse(Role.class, v)).toArray(Role[]::new))
            .tags(tags)
            .zone(ZoneId.of(zone))
            .occasions(
                Arrays.stream(occasions).map(OccasionRecord::toOccasion).toArray(Occasion[]::new))
            .handles(Arrays.stream(handles).map(ContactRecord::handle).toArray(Handle[]::new));
    String met = firstMet;
    if (met != null) {
      String where = firstMetWhere;
      LocalDate day = LocalDate.parse(met);
      b.firstMet(where == null ? FirstMeeting.on(day) : FirstMeeting.at(day, where));
    }
    String paused = pausedUntil;
    b.status(
        switch (status) {
          case "active" -> ContactStatus.active();
          case "archived" -> ContactStatus.archived();
          case "unmapped" -> ContactStatus.unmapped();
          case "paused" ->
              ContactStatus.pausedUntil(
                  LocalDate.parse(
                      Objects.requireNonNull(paused, "pausedUntil of a paused contact")));
          default ->
              throw new IllegalArgumentException(
                  "status must be active, paused, archived or unmapped, was '" + status + "'");
        });
    String org = organization;
    if (org != null) {
      b.organization(org);
    }
    String snoozed = snoozedUntil;
    if (snoozed != null) {
      b.snoozedUntil(LocalDate.parse(snoozed));
    }
    String meeting = nextMeeting;
    if (meeting != null) {
      b.nextMeeting(Instant.parse(meeting));
    }
    String written = note;
    if (written != null) {
      b.note(written);
    }
    return b.build();
  }

  private static Handle handle(String kindAndValue) {
    int colon = kindAndValue.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("a handle must be kind:value, was '" + kindAndValue + "'");
    }
    return new Handle(
        Codes.parse(Handle.Kind.class, kindAndValue.substring(0, colon)),
        kindAndValue.substring(colon + 1));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ContactRecord o
        && id.equals(o.id)
        && name.equals(o.name)
        && tier.equals(o.tier)
        && cadence.equals(o.cadence)
        && Double.compare(weight, o.weight) == 0
        && Arrays.equals(roles, o.roles)
        && Arrays.equals(tags, o.tags)
        && createdAt == o.createdAt
        && createdAtNanos == o.createdAtNanos
        && status.equals(o.status)
        && Objects.equals(pausedUntil, o.pausedUntil)
        && Objects.equals(firstMet, o.firstMet)
        && Objects.equals(firstMetWhere, o.firstMetWhere)
        && zone.equals(o.zone)
        && Arrays.equals(occasions, o.occasions)
        && Arrays.equals(handles, o.handles)
        && Objects.equals(organization, o.organization)
        && Objects.equals(snoozedUntil, o.snoozedUntil)
        && Objects.equals(nextMeeting, o.nextMeeting)
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, tier, createdAt);
  }

  @Override
  public String toString() {
    return "ContactRecord[" + id + ", " + name + ", tier " + tier + ", " + status + "]";
  }
}
