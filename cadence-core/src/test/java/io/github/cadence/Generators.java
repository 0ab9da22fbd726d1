package io.github.cadence;

import static io.github.cadence.Fixtures.NOW;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cadence.engine.QueueFilter;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.BusyPeriod;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Quota;
import io.github.cadence.plan.Span;
import io.github.cadence.plan.WorkingDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every generator of the property tests, in one place: contacts, tiers, touchpoints, networks, plan
 * settings and the operation sequences run against the index and the id structures.
 *
 * <p>Generated values are records that print as what they mean, so that a shrunk counterexample
 * reads as a short list ({@code [Record[contact=c0, CALL OUTBOUND NO_RESPONSE NEUTRAL, at now-3d],
 * Advance[by=PT26H], Query[...]]}), not as arrays of numbers.
 */
public final class Generators {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Australia/Lord_Howe"));

  private static final long MINUTES_PER_DAY = 24 * 60;

  private Generators() {}

  /**
   * A generated value that knows its smaller versions: {@link Theories} tries them on a failing
   * property, to report the smallest value that still fails.
   */
  public interface Shrinkable<T> {
    /** Versions of this value with one part fewer or one part simpler, the boldest first. */
    List<T> smaller();
  }

  /** The list without its element at {@code index}. */
  static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return copy;
  }

  /** The list with its element at {@code index} replaced. */
  static <T> List<T> with(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  // ---------------------------------------------------------------- values

  /** Any long, for shuffling with {@link Random}. */
  public static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** {@code min} to {@code max}, both included. */
  public static Gen<Integer> ints(int min, int max) {
    return Generate.range(min, max);
  }

  /** {@code min} to {@code max}, both included. */
  public static Gen<Long> longs(long min, long max) {
    return Generate.longRange(min, max);
  }

  /** True or false. */
  public static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** The three default tiers. */
  public static Gen<Tier> tiers() {
    return Generate.pick(List.of(Tier.A, Tier.B, Tier.C));
  }

  /** Any value of an enum. */
  public static <E extends Enum<E>> Gen<E> any(Class<E> type) {
    return Generate.enumValues(type);
  }

  /**
   * The outcome as generated, but a broadcast only outbound: one that came in is a reply (an
   * inbound broadcast cannot be built).
   */
  static Outcome sent(Direction direction, Outcome outcome) {
    return direction == Direction.INBOUND && outcome == Outcome.BROADCAST
        ? Outcome.REPLIED
        : outcome;
  }

  // ---------------------------------------------------------------- networks

  /** One touchpoint, placed relative to {@link Fixtures#NOW}; some lie in the future. */
  public record TouchSpec(
      long minutesFromNow, Channel channel, Direction direction, Outcome outcome, Intent intent) {

    /** This touchpoint, for a contact. */
    public Touchpoint toTouchpoint(String contactId) {
      Touchpoint.Builder b =
          Touchpoint.builder(contactId, NOW.plus(Duration.ofMinutes(minutesFromNow)))
              .channel(channel)
              .direction(direction)
              .outcome(sent(direction, outcome))
              .intent(intent);
      if (channel == Channel.EVENT) {
        b.note("event " + Math.floorMod(minutesFromNow, 3));
      }
      return b.build();
    }

    @Override
    public String toString() {
      return what(channel, direction, outcome, intent) + " at " + now(minutesFromNow);
    }
  }

  /** Whether a contact is active, paused, archived or not yet mapped to a tier. */
  public enum StatusPick {
    ACTIVE,
    PAUSED,
    ARCHIVED,
    UNMAPPED
  }

  /** One contact and its touchpoints. */
  public record ContactSpec(
      Tier tier,
      Set<Role> roles,
      ZoneId zone,
      int createdDaysAgo,
      Optional<Integer> metDaysAgo,
      Optional<MonthDay> birthday,
      StatusPick status,
      List<TouchSpec> touches)
      implements Shrinkable<ContactSpec> {

    /** This contact, under an id. */
    public Contact toContact(String id) {
      // Some contacts are created off the millisecond, so their rhythm's instants are too.
      Instant created =
          NOW.minus(Duration.ofDays(createdDaysAgo)).minusNanos(createdDaysAgo % 3 * 400_001L);
      LocalDate today = NOW.atZone(zone).toLocalDate();
      Contact.Builder b =
          Contact.builder(id, created).tier(tier).roles(roles.toArray(Role[]::new)).zone(zone);
      metDaysAgo.ifPresent(d -> b.firstMet(FirstMeeting.at(today.minusDays(d), "event " + d % 3)));
      // Some birthdays have the birth year; some contacts have a floating date near now too.
      birthday.ifPresent(
          d ->
              b.occasions(
                  createdDaysAgo % 2 == 0
                      ? Occasion.birthday(d)
                      : Occasion.of(
                          Occasion.Kind.BIRTHDAY,
                          "birthday",
                          DateRule.yearlySince(d.atYear(1960 + createdDaysAgo % 40)))));
      if (createdDaysAgo % 6 == 4) {
        DayOfWeek weekday = DayOfWeek.of(createdDaysAgo % 7 + 1);
        int ordinal = createdDaysAgo % 5 == 0 ? -1 : createdDaysAgo % 5;
        b.occasions(
            Occasion.of(
                Occasion.Kind.CUSTOM,
                "floating " + createdDaysAgo,
                createdDaysAgo % 4 == 0
                    ? DateRule.nthWeekdayOfEveryMonth(ordinal, weekday)
                    : DateRule.nthWeekday(ordinal, weekday, today.getMonth())));
      }
      // Some contacts have ways to reach them and a company, derived from the spec so that it
      // need not grow (and shrink) another field.
      if (createdDaysAgo % 3 == 0) {
        b.handles(
            Handle.email(id + "@example.com"), Handle.phone("+1 555 01" + createdDaysAgo % 100));
      }
      if (createdDaysAgo % 4 == 1) {
        b.handles(Handle.profile("https://www.linkedin.com/in/" + id))
            .organization("Acme " + tier.name());
      }
      // Some are snoozed, to a day past, today or to come: the index must see the hold end.
      if (createdDaysAgo % 5 == 2) {
        b.snoozedUntil(today.plusDays(createdDaysAgo % 11 - 3));
      }
      // Some have a meeting planned, past or to come, off the millisecond: their rhythm waits.
      if (createdDaysAgo % 7 == 3) {
        b.nextMeeting(NOW.plus(Duration.ofHours(createdDaysAgo % 13 * 11 - 40)).plusNanos(7));
      }
      switch (status) {
        case ARCHIVED -> b.status(ContactStatus.archived());
        case PAUSED -> b.status(ContactStatus.pausedUntil(today.plusDays(createdDaysAgo % 40)));
        case UNMAPPED -> b.status(ContactStatus.unmapped());
        case ACTIVE -> {}
      }
      return b.build();
    }

    @Override
    public List<ContactSpec> smaller() {
      List<ContactSpec> smaller = new ArrayList<>();
      for (int i = 0; i < touches.size(); i++) {
        smaller.add(withTouches(without(touches, i)));
      }
      Optional<Integer> noDay = Optional.empty();
      Optional<MonthDay> noBirthday = Optional.empty();
      List<ContactSpec> simpler =
          List.of(
              new ContactSpec(
                  tier, Set.of(), zone, createdDaysAgo, metDaysAgo, birthday, status, touches),
              new ContactSpec(
                  tier,
                  roles,
                  ZoneOffset.UTC,
                  createdDaysAgo,
                  metDaysAgo,
                  birthday,
                  status,
                  touches),
              new ContactSpec(tier, roles, zone, createdDaysAgo, noDay, birthday, status, touches),
              new ContactSpec(
                  tier, roles, zone, createdDaysAgo, metDaysAgo, noBirthday, status, touches),
              new ContactSpec(
                  tier,
                  roles,
                  zone,
                  createdDaysAgo,
                  metDaysAgo,
                  birthday,
                  StatusPick.ACTIVE,
                  touches));
      simpler.stream().filter(c -> !c.equals(this)).forEach(smaller::add);
      return smaller;
    }

    ContactSpec withTouches(List<TouchSpec> fewer) {
      return new ContactSpec(
          tier, roles, zone, createdDaysAgo, metDaysAgo, birthday, status, fewer);
    }

    @Override
    public String toString() {
      return "Contact["
          + tier.name()
          + " "
          + roles
          + " "
          + zone
          + " created "
          + createdDaysAgo
          + "d ago"
          + metDaysAgo.map(d -> ", met " + d + "d ago").orElse("")
          + birthday.map(d -> ", birthday " + d).orElse("")
          + (status == StatusPick.ACTIVE ? "" : ", " + status)
          + ", touches "
          + touches
          + "]";
    }
  }

  /** A network, and the instant to ask about (never before a contact was created). */
  public record NetworkSpec(List<ContactSpec> contacts, long asOfMinutesFromNow)
      implements Shrinkable<NetworkSpec> {

    /** The instant to ask about. */
    public Instant asOf() {
      return NOW.plus(Duration.ofMinutes(asOfMinutesFromNow));
    }

    /** The id of the contact at {@code index}. */
    public static String id(int index) {
      return "c" + index;
    }

    /** Every contact's touchpoints, contact by contact. */
    public List<Touchpoint> touchpoints() {
      List<Touchpoint> all = new ArrayList<>();
      for (int i = 0; i < contacts.size(); i++) {
        for (TouchSpec t : contacts.get(i).touches()) {
          all.add(t.toTouchpoint(id(i)));
        }
      }
      return all;
    }

    /** Builds the network, recording the touchpoints in an order shuffled by {@code seed}. */
    public MutableNetwork build(long seed) {
      MutableNetwork network = withContacts();
      List<Touchpoint> touchpoints = touchpoints();
      Collections.shuffle(touchpoints, new Random(seed));
      touchpoints.forEach(network::record);
      return network;
    }

    /** Builds the network, recording the touchpoints in one batch. */
    public MutableNetwork build() {
      MutableNetwork network = withContacts();
      network.recordAll(touchpoints());
      return network;
    }

    /** The network without contact {@code index}: the contacts after it move up one id. */
    public NetworkSpec without(int index) {
      return new NetworkSpec(Generators.without(contacts, index), asOfMinutesFromNow);
    }

    /** The network with one contact simpler, or asked about at {@link Fixtures#NOW}. */
    List<NetworkSpec> simpler() {
      List<NetworkSpec> smaller = new ArrayList<>();
      for (int i = 0; i < contacts.size(); i++) {
        for (ContactSpec c : contacts.get(i).smaller()) {
          smaller.add(new NetworkSpec(with(contacts, i, c), asOfMinutesFromNow));
        }
      }
      if (asOfMinutesFromNow != 0) {
        smaller.add(new NetworkSpec(contacts, 0));
      }
      return smaller;
    }

    @Override
    public List<NetworkSpec> smaller() {
      List<NetworkSpec> smaller = new ArrayList<>();
      for (int i = 0; contacts.size() > 1 && i < contacts.size(); i++) {
        smaller.add(without(i));
      }
      smaller.addAll(simpler());
      return smaller;
    }

    private MutableNetwork withContacts() {
      MutableNetwork network = new MutableNetwork();
      for (int i = 0; i < contacts.size(); i++) {
        network.add(contacts.get(i).toContact(id(i)));
      }
      return network;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("MutableNetwork[as of " + now(asOfMinutesFromNow));
      for (int i = 0; i < contacts.size(); i++) {
        s.append(", ").append(id(i)).append('=').append(contacts.get(i));
      }
      return s.append(']').toString();
    }
  }

  /** A touchpoint between 500 days before and 20 days after {@link Fixtures#NOW}. */
  public static Gen<TouchSpec> touchpoints() {
    return in ->
        new TouchSpec(
            longs(-500 * MINUTES_PER_DAY, 20 * MINUTES_PER_DAY).generate(in),
            any(Channel.class).generate(in),
            any(Direction.class).generate(in),
            any(Outcome.class).generate(in),
            any(Intent.class).generate(in));
  }

  /** Up to {@code max} touchpoints of one contact. */
  public static Gen<List<TouchSpec>> histories(int max) {
    return lists().of(touchpoints()).ofSizeBetween(0, max);
  }

  /**
   * A contact: any tier, up to two roles, a zone with or without daylight saving, sometimes a first
   * meeting or a birthday, one in ten paused and one in ten archived, up to 12 touchpoints.
   */
  public static Gen<ContactSpec> contacts() {
    Gen<Set<Role>> roles =
        lists()
            .of(any(Role.class))
            .ofSizeBetween(0, 2)
            .map(
                list -> {
                  Set<Role> set = EnumSet.noneOf(Role.class);
                  set.addAll(list);
                  return set;
                });
    Gen<Optional<Integer>> met = ints(0, 60).toOptionals(70);
    Gen<Optional<MonthDay>> birthday =
        ints(1, 366).map(d -> MonthDay.from(LocalDate.ofYearDay(2028, d))).toOptionals(70);
    Gen<StatusPick> status =
        ints(0, 11)
            .map(
                n ->
                    n < 8
                        ? StatusPick.ACTIVE
                        : n == 8
                            ? StatusPick.PAUSED
                            : n == 9 ? StatusPick.ARCHIVED : StatusPick.UNMAPPED);
    return in ->
        new ContactSpec(
            tiers().generate(in),
            roles.generate(in),
            Generate.pick(ZONES).generate(in),
            ints(1, 600).generate(in),
            met.generate(in),
            birthday.generate(in),
            status.generate(in),
            histories(12).generate(in));
  }

  /** One to twelve contacts, asked about up to 60 days after {@link Fixtures#NOW}. */
  public static Gen<NetworkSpec> networks() {
    return lists()
        .of(contacts())
        .ofSizeBetween(1, 12)
        .zip(longs(0, 60 * MINUTES_PER_DAY), NetworkSpec::new);
  }

  /** A touchpoint to place some minutes (up to 400 days) before a contact's earliest one. */
  public record OldTouch(
      long minutesBefore, Channel channel, Direction direction, Outcome outcome, Intent intent) {

    /** The touchpoint, for a contact whose earliest touchpoint is at {@code earliest}. */
    public Touchpoint before(String id, Instant earliest) {
      Touchpoint.Builder b =
          Touchpoint.builder(id, earliest.minusSeconds(60 * minutesBefore))
              .channel(channel)
              .direction(direction)
              .outcome(sent(direction, outcome))
              .intent(intent);
      return channel == Channel.EVENT ? b.note("old event").build() : b.build();
    }
  }

  /** See {@link OldTouch}. */
  public static Gen<OldTouch> oldTouchpoints() {
    return in ->
        new OldTouch(
            longs(1, 400 * MINUTES_PER_DAY).generate(in),
            any(Channel.class).generate(in),
            any(Direction.class).generate(in),
            any(Outcome.class).generate(in),
            any(Intent.class).generate(in));
  }

  /** One to {@code max} gaps of 1 hour to 40 days between touchpoints, in hours. */
  public static Gen<List<Integer>> gapsInHours(int max) {
    return lists().of(ints(1, 40 * 24)).ofSizeBetween(1, max);
  }

  /** A network and one of its contacts, by its place in the network. */
  public record Pick(NetworkSpec network, int index) implements Shrinkable<Pick> {

    /** The contact's id. */
    public String contact() {
      return NetworkSpec.id(index);
    }

    @Override
    public List<Pick> smaller() {
      List<Pick> smaller = new ArrayList<>();
      for (int i = 0; i < network.contacts().size(); i++) {
        if (i != index) {
          smaller.add(new Pick(network.without(i), i < index ? index - 1 : index));
        }
      }
      network.simpler().forEach(n -> smaller.add(new Pick(n, index)));
      return smaller;
    }

    @Override
    public String toString() {
      return "Pick[" + contact() + " of " + network + "]";
    }
  }

  /** A network and one of its contacts, any one. */
  public static Gen<Pick> picks() {
    return networks().flatMap(n -> ints(0, n.contacts().size() - 1).map(i -> new Pick(n, i)));
  }

  /** A filter on one tier, one role and one channel. */
  public static Gen<QueueFilter> filters() {
    return tiers()
        .zip(
            any(Role.class),
            any(Channel.class),
            (tier, role, channel) -> QueueFilter.all().tiers(tier).roles(role).channels(channel));
  }

  // ---------------------------------------------------------------- the index's operations

  /** One step of a sequence run against the index and, for comparison, a full evaluation. */
  public sealed interface IndexOp {
    /** Records a touchpoint for {@code contact}, {@code at} from the sequence's current instant. */
    record Record(
        String contact,
        Channel channel,
        Direction direction,
        Outcome outcome,
        Intent intent,
        Duration at)
        implements IndexOp {

      /** The touchpoint, as of the sequence's current instant. */
      public Touchpoint toTouchpoint(Instant now) {
        return Touchpoint.builder(contact, now.plus(at))
            .channel(channel)
            .direction(direction)
            .outcome(sent(direction, outcome))
            .intent(intent)
            .build();
      }

      @Override
      public String toString() {
        return "Record["
            + contact
            + " "
            + what(channel, direction, outcome, intent)
            + " at now"
            + readable(at)
            + "]";
      }
    }

    /** Removes {@code contact} and its touchpoints, if it is still there. */
    record Remove(String contact) implements IndexOp {}

    /** Lets time pass. */
    record Advance(Duration by) implements IndexOp {
      @Override
      public String toString() {
        return "Advance[" + readable(by) + "]";
      }
    }

    /** Asks for a page of the queue. */
    record Query(int limit, int offset, FilterPick filter, boolean dueOnly) implements IndexOp {
      /** The request this query makes as of an instant. */
      public QueueRequest request(Instant now) {
        return QueueRequest.asOf(now)
            .withLimit(limit)
            .withOffset(offset)
            .withFilter(filter.filter())
            .withDueOnly(dueOnly);
      }
    }
  }

  /** The filters a query may use, by name. */
  public enum FilterPick {
    ALL,
    TIERS_A_AND_B,
    CLIENTS_AND_PARTNERS,
    CALLS_AND_EMAILS;

    /** The filter this name stands for. */
    public QueueFilter filter() {
      return switch (this) {
        case ALL -> QueueFilter.all();
        case TIERS_A_AND_B -> QueueFilter.all().tiers(Tier.A, Tier.B);
        case CLIENTS_AND_PARTNERS -> QueueFilter.all().roles(Role.CLIENT, Role.STRATEGIC_PARTNER);
        case CALLS_AND_EMAILS -> QueueFilter.all().channels(Channel.CALL, Channel.EMAIL);
      };
    }
  }

  /** A network and a sequence of operations on it. */
  public record IndexScenario(NetworkSpec network, List<IndexOp> ops)
      implements Shrinkable<IndexScenario> {

    @Override
    public List<IndexScenario> smaller() {
      List<IndexScenario> smaller = new ArrayList<>();
      for (int i = 0; network.contacts().size() > 1 && i < network.contacts().size(); i++) {
        smaller.add(new IndexScenario(network.without(i), withoutContact(i)));
      }
      for (int i = 0; ops.size() > 1 && i < ops.size(); i++) {
        smaller.add(new IndexScenario(network, without(ops, i)));
      }
      network.simpler().forEach(n -> smaller.add(new IndexScenario(n, ops)));
      return smaller;
    }

    /** The operations without those on contact {@code index}; later contacts move up one id. */
    private List<IndexOp> withoutContact(int index) {
      List<IndexOp> kept = new ArrayList<>();
      for (IndexOp op : ops) {
        if (op instanceof IndexOp.Record r) {
          renamed(r.contact(), index)
              .ifPresent(
                  id ->
                      kept.add(
                          new IndexOp.Record(
                              id, r.channel(), r.direction(), r.outcome(), r.intent(), r.at())));
        } else if (op instanceof IndexOp.Remove r) {
          renamed(r.contact(), index).ifPresent(id -> kept.add(new IndexOp.Remove(id)));
        } else {
          kept.add(op);
        }
      }
      return kept;
    }

    /** A contact's id once contact {@code removed} is gone: empty for that one. */
    private static Optional<String> renamed(String id, int removed) {
      int n = Integer.parseInt(id.substring(1));
      return n == removed ? Optional.empty() : Optional.of(NetworkSpec.id(n > removed ? n - 1 : n));
    }

    @Override
    public String toString() {
      return network + System.lineSeparator() + "  then " + ops;
    }
  }

  /**
   * A network and one to fifteen operations: touchpoints from 300 days before to 20 days after the
   * current instant, steps of up to 20 days with instants off the millisecond, pages of 1 to 15
   * entries from offsets 0 to 5, each three times as likely as removing a contact.
   */
  public static Gen<IndexScenario> indexScenarios() {
    return networks()
        .flatMap(
            n ->
                lists()
                    .of(indexOps(n.contacts().size()))
                    .ofSizeBetween(1, 15)
                    .map(ops -> new IndexScenario(n, ops)));
  }

  private static Gen<IndexOp> indexOps(int contacts) {
    Gen<IndexOp> record =
        in ->
            new IndexOp.Record(
                NetworkSpec.id(ints(0, contacts - 1).generate(in)),
                any(Channel.class).generate(in),
                any(Direction.class).generate(in),
                any(Outcome.class).generate(in),
                any(Intent.class).generate(in),
                Duration.ofMinutes(
                    longs(-300 * MINUTES_PER_DAY, 20 * MINUTES_PER_DAY).generate(in)));
    Gen<IndexOp> advance =
        in ->
            new IndexOp.Advance(
                // Instants off the millisecond, and steps across one.
                Duration.ofMinutes(longs(0, 20 * MINUTES_PER_DAY - 1).generate(in))
                    .plusNanos(ints(0, 2_000_000).generate(in)));
    Gen<IndexOp> query =
        in ->
            new IndexOp.Query(
                ints(1, 15).generate(in),
                ints(0, 5).generate(in),
                any(FilterPick.class).generate(in),
                booleans().generate(in));
    Gen<IndexOp> remove = ints(0, contacts - 1).map(i -> new IndexOp.Remove(NetworkSpec.id(i)));
    // Removals one time in ten: a sequence should keep most of its contacts.
    return Generate.frequency(
        Pair.of(3, advance), Pair.of(3, record), Pair.of(3, query), Pair.of(1, remove));
  }

  // ---------------------------------------------------------------- rules that misbehave

  /**
   * A way a user's rule can go wrong; the property tests add such rules to the built-in ones. Each
   * misbehaves for contacts with a number of touchpoints one more than a multiple of three, so that
   * recording a touchpoint turns it on or off.
   */
  public enum Misbehaviour {
    /** Recurses until the stack overflows. */
    OVERFLOWS_THE_STACK,
    /** Fails an assertion. */
    FAILS_AN_ASSERTION,
    /** Throws an unchecked exception. */
    THROWS,
    /** Says its answer holds only until the instant asked about, as "valid until now" would. */
    VALID_ONLY_UNTIL_NOW,
    /** Suggests a follow-up whose reason throws when it is worded. */
    CANNOT_WORD_ITS_REASON,
    /** Records a touchpoint in the network it is evaluated over. */
    CHANGES_THE_NETWORK,
    /**
     * Blocks until interrupted: under an engine's evaluation budget, deterministically longer than
     * the budget. Not among {@link #misbehaviours()}: only an engine with a budget survives it.
     */
    TAKES_LONGER_THAN_THE_BUDGET
  }

  /** Up to three of the ways a rule can misbehave that need no budget, each once. */
  public static Gen<List<Misbehaviour>> misbehaviours() {
    return lists()
        .of(any(Misbehaviour.class).assuming(m -> m != Misbehaviour.TAKES_LONGER_THAN_THE_BUDGET))
        .ofSizeBetween(0, 3)
        .map(l -> List.copyOf(new LinkedHashSet<>(l)));
  }

  // ---------------------------------------------------------------- keyed structures

  /** One change to a structure keyed by small numbers: the id table, the index's heaps. */
  public sealed interface KeyOp {
    /** The key in the structure. */
    int key();

    /** Adds the key (or gives it a new place). */
    record Put(int key) implements KeyOp {}

    /** Removes the key if present. */
    record Remove(int key) implements KeyOp {}
  }

  /** Up to {@code max} puts and removes of keys 0 to {@code keys - 1}, as likely as each other. */
  public static Gen<List<KeyOp>> keyOps(int keys, int max) {
    Gen<KeyOp> op =
        ints(-keys, keys - 1).map(n -> n >= 0 ? new KeyOp.Put(n) : new KeyOp.Remove(-n - 1));
    return lists().of(op).ofSizeBetween(0, max);
  }

  // ---------------------------------------------------------------- plans

  /** Settings for the planner, as the property varies them; fixed events in the first week. */
  public record SettingsSpec(
      int dailyMinutes,
      int sundayMinutes,
      List<Quota> quotas,
      Optional<Integer> busyMinutes,
      boolean businessDaysOnly,
      Set<Integer> holidays) {

    /**
     * The settings: the budgets and quotas, business days or every day, holidays on the days given
     * (from Nov 23, 2026), a busy period of the first four days if any, a breakfast on day 1 and a
     * mixer on day 2, which is set aside for it.
     */
    public PlanSettings build() {
      Map<LocalDate, String> named = new HashMap<>();
      holidays.forEach(d -> named.put(day(d), "holiday " + d));
      PlanSettings.Builder b =
          PlanSettings.builder()
              .dailyMinutes(dailyMinutes)
              .weekday(DayOfWeek.SUNDAY, sundayMinutes)
              .quotas(quotas.toArray(Quota[]::new))
              .workingDays(
                  WorkingDays.builder()
                      .businessDaysOnly(businessDaysOnly)
                      .holidays(d -> Optional.ofNullable(named.get(d)))
                      .build());
      busyMinutes.ifPresent(m -> b.busy(new BusyPeriod(day(0), day(3), m)));
      b.event(new NetworkingEvent("breakfast", day(1), 60));
      b.event(new NetworkingEvent("mixer", day(2), 120)).eventDay(day(2));
      return b.build();
    }

    private static LocalDate day(int offset) {
      return LocalDate.of(2026, 11, 23).plusDays(offset);
    }
  }

  /**
   * 0 to 90 minutes a day, 0 to 40 on Sundays, up to four quotas, sometimes a busy period, business
   * days or every day, up to five holidays in the first six weeks.
   */
  public static Gen<SettingsSpec> planSettings() {
    Gen<Quota> quota =
        in -> {
          Category category = any(Category.class).generate(in);
          Span span = any(Span.class).generate(in);
          int min = ints(0, 3).generate(in);
          int extra = ints(0, 3).generate(in);
          return Quota.between(category, span, min, Math.max(1, min + extra));
        };
    Gen<List<Quota>> quotas =
        lists()
            .of(quota)
            .ofSizeBetween(0, 4)
            .map(
                list -> {
                  // At most one quota per category and period.
                  Map<String, Quota> unique = new LinkedHashMap<>();
                  list.forEach(q -> unique.putIfAbsent(q.category() + "/" + q.span(), q));
                  return List.copyOf(unique.values());
                });
    return in ->
        new SettingsSpec(
            ints(0, 90).generate(in),
            ints(0, 40).generate(in),
            quotas.generate(in),
            ints(1, 20).toOptionals(60).generate(in),
            booleans().generate(in),
            new TreeSet<>(lists().of(ints(0, 41)).ofSizeBetween(0, 5).generate(in)));
  }

  /** A touch in words: "CALL OUTBOUND NO_RESPONSE NEUTRAL". */
  private static String what(Channel channel, Direction direction, Outcome outcome, Intent intent) {
    return channel + " " + direction + " " + outcome + " " + intent;
  }

  private static String now(long minutesFromNow) {
    return "now" + readable(Duration.ofMinutes(minutesFromNow));
  }

  /** A signed duration in days, hours, minutes and seconds: "-3d4h", "+26h"... "+1m0.0005s". */
  static String readable(Duration d) {
    if (d.isZero()) {
      return "+0";
    }
    Duration a = d.abs();
    StringBuilder s = new StringBuilder(d.isNegative() ? "-" : "+");
    if (a.toDays() > 0) {
      s.append(a.toDays()).append('d');
    }
    if (a.toHoursPart() > 0) {
      s.append(a.toHoursPart()).append('h');
    }
    if (a.toMinutesPart() > 0) {
      s.append(a.toMinutesPart()).append('m');
    }
    if (a.toSecondsPart() > 0 || a.toNanosPart() > 0) {
      s.append(a.toSecondsPart());
      if (a.toNanosPart() > 0) {
        s.append('.').append(String.format(Locale.ROOT, "%09d", a.toNanosPart()));
      }
      s.append('s');
    }
    return s.toString();
  }
}
