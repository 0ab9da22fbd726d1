package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Purpose;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns a follow-up queue into an agenda the user can actually do: each day's items fit its budget,
 * the highest-scoring items come first, and weekly or monthly quotas shape the mix, so that the
 * weekly strategic partner and the five client calls get in even when A-tier contacts alone would
 * fill the time. Busy periods shrink the budget but keep those minimum-effort actions.
 *
 * <pre>{@code
 * Planner planner = Planner.of(PlanSettings.defaults());
 * Agenda week = planner.plan(engine.queue(network, now), today, 7, memory);
 * memory = memory.remember(week);
 * planner.markDone(network, week.days().get(0).items().get(0), now, Outcome.CONNECTED);
 * }</pre>
 *
 * <p>Planning is deterministic and stateless: the same queue, settings and memory give the same
 * agenda. How the mix is made, day by day:
 *
 * <ol>
 *   <li>networking events on the calendar that day, if their category's maximum allows and they fit
 *       the budget (or the day is set aside for events);
 *   <li>items whose window closes ({@linkplain Category#closesWindow() a reply owed, a new contact
 *       or an occasion}), those whose window opens that day first, then best first: they lose their
 *       value if they slip, a rhythm item can wait a day;
 *   <li>items whose category still lacks its weekly or monthly minimum, best first, as many as keep
 *       it on pace (what is missing, spread over the days left in the week or month);
 *   <li>then any item, best first: missed items carried over from an earlier plan, then the queue's
 *       order; an item that does not fit is passed over for smaller ones (first fit).
 * </ol>
 *
 * A day the memory already planned keeps its plan: its touches still due stay on it whatever the
 * budget, those done since (the contact was touched, so it is no longer due) stay as {@linkplain
 * AgendaItem.Touch#isDone() done}, a snoozed or skipped one moves to its day, and nobody new is
 * added unless asked ({@code more}).
 *
 * <p>An item becomes eligible on the day it is due (in the user's zone), or the day its snooze
 * ends. A contact appears at most once in an agenda. Contacts to map ({@link Category#INTAKE}) are
 * not planned: mapping them is a choice, not a touch. A meeting that takes longer than a day's
 * whole budget is planned that day as the call that arranges it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Planner {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  /** The longest horizon a plan may cover, in days. */
  public static final int MAX_DAYS = 366;

  private final PlanSettings settings;

  private Planner(PlanSettings settings) {
    this.settings = settings;
  }

  /**
   * Creates a planner.
   *
   * @param settings the budgets, durations, quotas, busy periods and events
   * @return the planner
   */
  public static Planner of(PlanSettings settings) {
    return new Planner(requireNonNull(settings, "settings"));
  }

  /**
   * The planner's settings.
   *
   * @return the settings
   */
  public PlanSettings settings() {
    return settings;
  }

  /**
   * Plans {@code days} days from {@code from}, with nothing remembered.
   *
   * @param queue the follow-up queue, usually as of the start of {@code from}
   * @param from the first day
   * @param days how many days; 1 to {@value #MAX_DAYS}
   * @return the agenda
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public Agenda plan(FollowUpQueue queue, LocalDate from, int days) {
    return plan(queue, from, days, PlanMemory.empty());
  }

  /**
   * Plans {@code days} days from {@code from}, honouring snoozes and carrying over what an earlier
   * plan had before {@code from} and is still due.
   *
   * @param queue the follow-up queue, usually as of the start of {@code from}
   * @param from the first day
   * @param days how many days; 1 to {@value #MAX_DAYS}
   * @param memory what earlier plans and the user's skips and snoozes left
   * @return the agenda
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public Agenda plan(FollowUpQueue queue, LocalDate from, int days, PlanMemory memory) {
    return plan(queue, from, days, memory, false);
  }

  /**
   * Plans {@code days} days from {@code from} as {@link #plan(FollowUpQueue, LocalDate, int,
   * PlanMemory)} does, and with {@code more} also fills what is left of the days already planned
   * with new touches: what a person asks for when they have done the day's plan and want more.
   *
   * @param queue the follow-up queue, usually as of the start of {@code from}
   * @param from the first day
   * @param days how many days; 1 to {@value #MAX_DAYS}
   * @param memory what earlier plans left
   * @param more whether days already planned get new touches in the time left
   * @return the agenda
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public Agenda plan(
      FollowUpQueue queue, LocalDate from, int days, PlanMemory memory, boolean more) {
    requireNonNull(queue, "queue");
    requireNonNull(from, "from");
    requireNonNull(memory, "memory");
    checkArgument(
        days >= 1 && days <= MAX_DAYS, "days must be between 1 and %s, was %s", MAX_DAYS, days);
    return new AgendaMaker(settings, queue, from, days, memory, more).make();
  }

  /**
   * Marks an agenda item done: records the touch as an outbound touchpoint in the network, with the
   * item's channel and intent, so that the contact's rules move its next due date.
   *
   * @param network the network holding the contact
   * @param item the touch with a contact
   * @param at when it was done
   * @param outcome what came of it
   * @return the touchpoint recorded
   * @throws IllegalArgumentException if its contact is not in the network
   */
  public Touchpoint markDone(
      MutableNetwork network, AgendaItem.Touch item, Instant at, Outcome outcome) {
    requireNonNull(network, "network");
    Touchpoint touchpoint = requireNonNull(item, "item").done(at, outcome);
    network.record(touchpoint);
    return touchpoint;
  }

  /**
   * Snoozes a contact: neither the queue nor a plan suggests it before {@code until} (in the
   * contact's zone), and the queue says why. It updates the contact in the network, so that an
   * index of it sees the hold.
   *
   * @param network the network holding the contact
   * @param contactId the contact's id
   * @param until the first day it may be suggested again
   * @return the contact as snoozed
   * @throws IllegalArgumentException if the contact is not in the network
   */
  public static Contact snooze(MutableNetwork network, String contactId, LocalDate until) {
    requireNonNull(network, "network");
    requireNonNull(until, "until");
    Contact snoozed =
        network
            .contact(requireNonNull(contactId, "contactId"))
            .orElseThrow(() -> new IllegalArgumentException("no contact '" + contactId + "'"))
            .toBuilder()
            .snoozedUntil(until)
            .build();
    network.update(snoozed);
    return snoozed;
  }

  /**
   * Skips a contact on a day: it comes back the next day ({@link #snooze} to that day).
   *
   * @param network the network holding the contact
   * @param contactId the contact's id
   * @param day the day it was skipped
   * @return the contact as skipped
   * @throws IllegalArgumentException if the contact is not in the network
   */
  public static Contact skip(MutableNetwork network, String contactId, LocalDate day) {
    return snooze(network, contactId, requireNonNull(day, "day").plusDays(1));
  }

  /**
   * The first day of "next week" as a person means it on {@code today}: the coming Monday, or on a
   * Sunday (the last day of the week) the Monday after it.
   *
   * @param today the day the user snoozes
   * @return the Monday to come back on
   */
  public static LocalDate nextWeek(LocalDate today) {
    LocalDate monday =
        requireNonNull(today, "today").with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return today.getDayOfWeek() == DayOfWeek.SUNDAY ? monday.plusWeeks(1) : monday;
  }

  /** A queue entry on its way into the agenda. */
  static final class Candidate {
    final QueueEntry entry;
    final Category category;
    final int minutes;
    final LocalDate eligibleFrom;
    final Optional<LocalDate> carriedOverFrom;
    final boolean snoozed;
    final int rank;

    /** The day off a closing window fell on, when it was moved to the working day before. */
    final Optional<LocalDate> movedFrom;

    boolean placed;
    Deferral.Why lastWhy = Deferral.Why.BUDGET;
    @Nullable Quota fullQuota;
    boolean lastDayBusy;

    Candidate(
        QueueEntry entry,
        Category category,
        int minutes,
        LocalDate eligibleFrom,
        Optional<LocalDate> carriedOverFrom,
        boolean snoozed,
        int rank,
        Optional<LocalDate> movedFrom) {
      this.entry = entry;
      this.category = category;
      this.minutes = minutes;
      this.eligibleFrom = eligibleFrom;
      this.carriedOverFrom = carriedOverFrom;
      this.snoozed = snoozed;
      this.rank = rank;
      this.movedFrom = movedFrom;
    }

    AgendaItem toItem(PlanSettings settings) {
      return new AgendaItem.Touch(
          entry.contact(),
          category,
          entry.channel(),
          entry.intent(),
          minutes,
          withMove(settings, entry.reasons()),
          carriedOverFrom.orElse(null),
          false);
    }

    /**
     * The reasons, after a first one saying why the touch comes early when its window fell on a day
     * off: "planned the working day before: Sun Dec 20 is a day off (weekend)".
     */
    private List<Reason> withMove(PlanSettings settings, List<Reason> reasons) {
      if (movedFrom.isEmpty()) {
        return reasons;
      }
      LocalDate off = movedFrom.get();
      List<Reason> all = new ArrayList<>();
      all.add(
          Reason.of(
              "planner",
              Purpose.PLANNING,
              "planned the working day before: "
                  + DAY.format(off)
                  + settings
                      .dayOff(off)
                      .map(why -> " is a day off (" + why + ")")
                      .orElse(" has no time for networking")));
      all.addAll(reasons);
      return all;
    }

    /** This contact's touch as done, in the category it was planned for. */
    AgendaItem toDoneItem(Category planned) {
      return new AgendaItem.Touch(
          entry.contact(),
          planned,
          entry.channel(),
          entry.intent(),
          minutes,
          entry.reasons(),
          null,
          true);
    }

    /** The call that arranges this item's meeting, which takes longer than the day's budget. */
    AgendaItem toArrangingItem(int callMinutes, int dayBudget) {
      List<Reason> reasons = new ArrayList<>();
      reasons.add(
          Reason.of(
              "planner",
              Purpose.PLANNING,
              String.format(
                  Locale.ROOT,
                  "call to arrange a meeting: the meeting takes %d minutes, more than the day's %d",
                  minutes,
                  dayBudget)));
      reasons.addAll(entry.reasons());
      return new AgendaItem.Touch(
          entry.contact(),
          category,
          Channel.CALL,
          entry.intent(),
          callMinutes,
          reasons,
          carriedOverFrom.orElse(null),
          false);
    }

    static final Comparator<Candidate> ORDER =
        Comparator.<Candidate, Boolean>comparing(c -> c.carriedOverFrom.isEmpty())
            .thenComparing(c -> c.carriedOverFrom.orElse(LocalDate.MIN))
            .thenComparingInt(c -> c.rank);
  }

  static AgendaItem eventItem(NetworkingEvent event) {
    return new AgendaItem.Event(
        event, List.of(Reason.of("calendar", Purpose.EVENT, "networking event: " + event.name())));
  }

  static List<Candidate> candidates(
      PlanSettings settings, FollowUpQueue queue, LocalDate from, PlanMemory memory) {
    List<Candidate> all = new ArrayList<>();
    int rank = 0;
    for (QueueEntry e : queue.entries()) {
      Category category = Category.of(e);
      if (category == Category.INTAKE) {
        continue; // mapped a few a day from the queue, not planned as touches
      }
      LocalDate due = e.due().atZone(settings.zone()).toLocalDate();
      LocalDate eligible = due.isBefore(from) ? from : due;
      // The engine holds a snoozed contact until its day starts in the contact's zone; the plan
      // keeps the day itself, in whatever zone it plans.
      Optional<LocalDate> snooze = e.contact().snoozedUntil();
      boolean snoozed =
          snooze.isPresent() && snooze.get().isAfter(from) && !snooze.get().isBefore(eligible);
      if (snoozed) {
        eligible = snooze.get();
      }
      Optional<LocalDate> movedFrom = Optional.empty();
      if (!snoozed && category.closesWindow() && settings.budget(eligible) == 0) {
        Optional<LocalDate> before = workingDayBefore(settings, eligible, from);
        if (before.isPresent()) {
          movedFrom = Optional.of(eligible);
          eligible = before.get();
        }
      }
      Optional<LocalDate> carried =
          e.isDueAt(queue.asOf()) ? memory.plannedBefore(e.contact().id(), from) : Optional.empty();
      all.add(
          new Candidate(
              e,
              category,
              settings.minutes(e.channel()),
              eligible,
              carried,
              snoozed,
              rank++,
              movedFrom));
    }
    all.sort(Candidate.ORDER);
    return all;
  }

  /**
   * The last day with time for networking before a day without, if it is not before {@code from}:
   * where a closing window that falls on a day off is planned. A run of days off longer than a
   * fortnight (a long holiday) has none: the touch then waits for the first working day after it.
   */
  private static Optional<LocalDate> workingDayBefore(
      PlanSettings settings, LocalDate dayOff, LocalDate from) {
    LocalDate d = dayOff.minusDays(1);
    for (int i = 0; i < 14 && !d.isBefore(from); i++, d = d.minusDays(1)) {
      if (settings.budget(d) > 0) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
