package io.github.cadence.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person in the user's network. Immutable; build one with {@link #builder(String, Instant)} and
 * change it with {@link #toBuilder()}.
 *
 * <p>Date-based rules (first meeting, occasions, pauses) read dates in the contact's {@link
 * #zone()}: a birthday starts at midnight where the contact lives, across daylight-saving changes.
 */
@API(status = STABLE, since = "0.1")
public final class Contact {
  private final String id;
  private final String displayName;
  private final Tier tier;
  private final Set<Role> roles;
  private final Set<String> tags;
  private final @Nullable FirstMeeting firstMet;
  private final ZoneId zone;
  private final List<Occasion> occasions;
  private final ContactStatus status;
  private final Instant createdAt;
  private final List<Handle> handles;
  private final @Nullable String organization;
  private final @Nullable LocalDate snoozedUntil;
  private final @Nullable Instant nextMeeting;
  private final @Nullable String note;

  private Contact(
      String id,
      String displayName,
      Tier tier,
      Set<Role> roles,
      Set<String> tags,
      @Nullable FirstMeeting firstMet,
      ZoneId zone,
      List<Occasion> occasions,
      ContactStatus status,
      Instant createdAt,
      List<Handle> handles,
      @Nullable String organization,
      @Nullable LocalDate snoozedUntil,
      @Nullable Instant nextMeeting,
      @Nullable String note) {
    id = Checks.checkId(id, "id");
    Checks.checkText(displayName, "displayName");
    requireNonNull(tier, "tier");
    roles = Sets.immutableEnumSet(requireNonNull(roles, "roles"));
    // copyOf keeps Guava's shared empty set for the many contacts without tags.
    tags =
        ImmutableSortedSet.copyOf(
            requireNonNull(tags, "tags").stream().map(tag -> Checks.checkId(tag, "tag")).toList());
    requireNonNull(zone, "zone");
    occasions = ImmutableList.copyOf(requireNonNull(occasions, "occasions"));
    requireNonNull(status, "status");
    Checks.checkInstant(createdAt, "createdAt");
    handles = ImmutableSet.copyOf(requireNonNull(handles, "handles")).asList();
    if (organization != null) {
      Checks.checkText(organization, "organization");
    }
    this.id = id;
    this.displayName = displayName;
    this.tier = tier;
    this.roles = roles;
    this.tags = tags;
    this.firstMet = firstMet;
    this.zone = zone;
    this.occasions = occasions;
    this.status = status;
    this.createdAt = createdAt;
    this.handles = handles;
    this.organization = organization;
    this.snoozedUntil = snoozedUntil;
    this.nextMeeting = nextMeeting == null ? null : Checks.checkInstant(nextMeeting, "nextMeeting");
    this.note = note == null ? null : Checks.checkNote(note, "note");
  }

  /**
   * The stable key of the contact; not blank, no surrounding whitespace.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * How the user calls the contact.
   *
   * @return the displayName
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The contact's tier, which sets the basic cadence.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * What the contact is to the user's business.
   *
   * @return the roles
   */
  public Set<Role> roles() {
    return roles;
  }

  /**
   * Free labels, sorted (e.g. "bni", "golf").
   *
   * @return the tags
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * When and where the user first met the contact, if known.
   *
   * @return the firstMet
   */
  public Optional<FirstMeeting> firstMet() {
    return Optional.ofNullable(firstMet);
  }

  /**
   * The contact's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Dates to remember.
   *
   * @return the occasions
   */
  public List<Occasion> occasions() {
    return occasions;
  }

  /**
   * Whether the contact may be suggested.
   *
   * @return the status
   */
  public ContactStatus status() {
    return status;
  }

  /**
   * When the contact entered the user's network (in the CRM, the address book); the queue cannot be
   * asked about a time before it.
   *
   * @return the createdAt
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the ways to reach the contact: email addresses, phone numbers, profile pages.
   *
   * @return the handles, the preferred first, without repeats
   */
  public List<Handle> handles() {
    return handles;
  }

  /**
   * Returns the organization the contact works for, if known.
   *
   * @return the company or organization
   */
  public Optional<String> organization() {
    return Optional.ofNullable(organization);
  }

  /**
   * The first day, in the contact's zone, on which the contact may be suggested again, if the user
   * snoozed or skipped its follow-up: a hold with its end, which the engine, the index and the
   * planner all honour. A snooze that has ended holds nothing.
   *
   * @return the first day back, or empty
   */
  public Optional<LocalDate> snoozedUntil() {
    return Optional.ofNullable(snoozedUntil);
  }

  /**
   * When the next meeting planned with the contact starts, as the user's calendar says (an import
   * of it sets this). Nobody should be told to call someone they meet on Tuesday: the engine holds
   * the contact's rhythm follow-ups (its tier's rhythm, reconnecting, a quiet client, a partner, a
   * retry) until the meeting, and says so; after it, they count from the meeting. Replies owed,
   * occasions and first follow-ups are not held. The meeting itself is a touchpoint once recorded.
   *
   * @return the start of the next meeting, or empty
   */
  public Optional<Instant> nextMeeting() {
    return Optional.ofNullable(nextMeeting);
  }

  /**
   * What the user wrote about the contact ("prefers calls after 4pm, Berlin time"), as an address
   * book's note field holds it; line breaks allowed.
   *
   * @return the note, or empty
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Starts a contact with the given id, created at the given instant. Its display name defaults to
   * the id, its tier to {@link Tier#C}, its zone to UTC and its status to active.
   *
   * @param id the stable key of the contact
   * @param createdAt when the contact entered the user's network
   * @return a builder
   */
  public static Builder builder(String id, Instant createdAt) {
    return new Builder(id, createdAt);
  }

  /**
   * Starts a builder holding this contact's values, to make a changed copy.
   *
   * @return a builder
   */
  @CanIgnoreReturnValue
  public Builder toBuilder() {
    Builder b = new Builder(id, createdAt);
    b.displayName = displayName;
    b.tier = tier;
    b.roles.addAll(roles);
    b.tags.addAll(tags);
    b.firstMet = firstMet;
    b.zone = zone;
    b.occasions.addAll(occasions);
    b.status = status;
    b.handles.addAll(handles);
    b.organization = organization;
    b.snoozedUntil = snoozedUntil;
    b.nextMeeting = nextMeeting;
    b.note = note;
    return b;
  }

  /**
   * Whether the contact has a role.
   *
   * @param role the role
   * @return true if the contact has it
   */
  public boolean hasRole(Role role) {
    return roles.contains(requireNonNull(role, "role"));
  }

  /** Builds a {@link Contact}; every setter rejects null with the parameter's name. */
  public static final class Builder {
    private final String id;
    private final Instant createdAt;
    private String displayName;
    private Tier tier = Tier.C;
    private final Set<Role> roles = new TreeSet<>();
    private final Set<String> tags = new TreeSet<>();
    private @Nullable FirstMeeting firstMet;
    private ZoneId zone = ZoneOffset.UTC;
    private final List<Occasion> occasions = new ArrayList<>();
    private ContactStatus status = ContactStatus.active();
    private final List<Handle> handles = new ArrayList<>();
    private @Nullable String organization;
    private @Nullable LocalDate snoozedUntil;
    private @Nullable Instant nextMeeting;
    private @Nullable String note;

    private Builder(String id, Instant createdAt) {
      this.id = Checks.checkId(id, "id");
      this.createdAt = requireNonNull(createdAt, "createdAt");
      this.displayName = id;
    }

    /**
     * Sets how the user calls the contact.
     *
     * @param value the name; not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder displayName(String value) {
      this.displayName = Checks.checkText(value, "displayName");
      return this;
    }

    /**
     * Sets the tier.
     *
     * @param value the tier
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tier(Tier value) {
      this.tier = requireNonNull(value, "tier");
      return this;
    }

    /**
     * Adds roles.
     *
     * @param values the roles
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder roles(Role... values) {
      Arrays.stream(requireNonNull(values, "roles"))
          .forEach(r -> roles.add(requireNonNull(r, "role")));
      return this;
    }

    /**
     * Adds tags.
     *
     * @param values the tags; not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tags(String... values) {
      Arrays.stream(requireNonNull(values, "tags"))
          .forEach(t -> tags.add(Checks.checkId(t, "tag")));
      return this;
    }

    /**
     * Sets when and where the user first met the contact.
     *
     * @param value the meeting
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder firstMet(FirstMeeting value) {
      this.firstMet = requireNonNull(value, "firstMet");
      return this;
    }

    /**
     * Sets the contact's time zone.
     *
     * @param value the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId value) {
      this.zone = requireNonNull(value, "zone");
      return this;
    }

    /**
     * Adds occasions.
     *
     * @param values the occasions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder occasions(Occasion... values) {
      Arrays.stream(requireNonNull(values, "occasions"))
          .forEach(o -> occasions.add(requireNonNull(o, "occasion")));
      return this;
    }

    /**
     * Removes the occasions added so far, to set them anew.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder clearOccasions() {
      occasions.clear();
      return this;
    }

    /**
     * Sets the status.
     *
     * @param value the status
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder status(ContactStatus value) {
      this.status = requireNonNull(value, "status");
      return this;
    }

    /**
     * Adds ways to reach the contact, after those it has; a handle it has already is not added
     * twice.
     *
     * @param values the handles, the preferred first
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder handles(Handle... values) {
      Arrays.stream(requireNonNull(values, "handles"))
          .forEach(h -> handles.add(requireNonNull(h, "handle")));
      return this;
    }

    /**
     * Sets the organization the contact works for.
     *
     * @param value the company or organization; not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder organization(String value) {
      this.organization = Checks.checkText(value, "organization");
      return this;
    }

    /**
     * Snoozes the contact: it is not suggested before this day, in its zone.
     *
     * @param firstDayBack the first day it may be suggested again
     * @return this builder
     * @throws IllegalArgumentException if the day is outside the years 1 to 9999
     */
    @CanIgnoreReturnValue
    public Builder snoozedUntil(LocalDate firstDayBack) {
      this.snoozedUntil =
          Checks.checkDate(requireNonNull(firstDayBack, "snoozedUntil"), "snoozedUntil");
      return this;
    }

    /**
     * Ends a snooze: the contact may be suggested again at once.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder unsnoozed() {
      this.snoozedUntil = null;
      return this;
    }

    /**
     * Sets when the next meeting planned with the contact starts ({@link Contact#nextMeeting()}).
     *
     * @param start its start
     * @return this builder
     * @throws IllegalArgumentException if it is outside the years 1900 to 9999
     */
    @CanIgnoreReturnValue
    public Builder nextMeeting(Instant start) {
      this.nextMeeting = Checks.checkInstant(requireNonNull(start, "nextMeeting"), "nextMeeting");
      return this;
    }

    /**
     * Forgets the next meeting: none is planned.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder noMeetingPlanned() {
      this.nextMeeting = null;
      return this;
    }

    /**
     * Sets what the user wrote about the contact ({@link Contact#note()}).
     *
     * @param value the note; not blank, no control character but line feeds
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder note(String value) {
      this.note = Checks.checkNote(value, "note");
      return this;
    }

    /**
     * Removes the note.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder noNote() {
      this.note = null;
      return this;
    }

    /**
     * Builds the contact.
     *
     * @return the contact
     * @throws IllegalArgumentException if a value is invalid
     */
    public Contact build() {
      return new Contact(
          id,
          displayName,
          tier,
          roles,
          tags,
          firstMet,
          zone,
          occasions,
          status,
          createdAt,
          handles,
          organization,
          snoozedUntil,
          nextMeeting,
          note);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Contact o
        && id.equals(o.id)
        && displayName.equals(o.displayName)
        && tier.equals(o.tier)
        && roles.equals(o.roles)
        && tags.equals(o.tags)
        && Objects.equals(firstMet, o.firstMet)
        && zone.equals(o.zone)
        && occasions.equals(o.occasions)
        && status.equals(o.status)
        && createdAt.equals(o.createdAt)
        && handles.equals(o.handles)
        && Objects.equals(organization, o.organization)
        && Objects.equals(snoozedUntil, o.snoozedUntil)
        && Objects.equals(nextMeeting, o.nextMeeting)
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        displayName,
        tier,
        roles,
        tags,
        firstMet,
        zone,
        occasions,
        status,
        createdAt,
        handles,
        organization,
        snoozedUntil,
        nextMeeting,
        note);
  }

  @Override
  public String toString() {
    return "Contact["
        + "id="
        + id
        + ", "
        + "displayName="
        + displayName
        + ", "
        + "tier="
        + tier
        + ", "
        + "roles="
        + roles
        + ", "
        + "tags="
        + tags
        + ", "
        + "firstMet="
        + firstMet()
        + ", "
        + "zone="
        + zone
        + ", "
        + "occasions="
        + occasions
        + ", "
        + "status="
        + status
        + ", "
        + "createdAt="
        + createdAt
        + ", "
        + "handles="
        + handles
        + ", "
        + "organization="
        + organization()
        + (snoozedUntil != null ? ", snoozedUntil=" + snoozedUntil : "")
        + (nextMeeting != null ? ", nextMeeting=" + nextMeeting : "")
        + (note != null ? ", note=" + Checks.quote(note) : "")
        + "]";
  }
}
