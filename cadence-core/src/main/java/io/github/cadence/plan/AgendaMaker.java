package io.github.cadence.plan;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Channel;
import io.github.cadence.plan.Planner.Candidate;
import io.github.cadence.rule.Purpose;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of the planner: the day-by-day greedy fill described in {@link Planner}. */
final class AgendaMaker {
  private final PlanSettings settings;
  private final LocalDate from;
  private final LocalDate end;
  private final int days;
  private final PlanMemory memory;
  private final boolean more;
  private final List<Candidate> candidates;
  private final Map<String, Integer> counts = new HashMap<>();
  private final List<Deferral> deferred = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  AgendaMaker(
      PlanSettings settings,
      FollowUpQueue queue,
      LocalDate from,
      int days,
      PlanMemory memory,
      boolean more) {
    this.settings = settings;
    this.from = from;
    this.days = days;
    this.end = from.plusDays(days - 1L);
    this.memory = memory;
    this.more = more;
    this.candidates = Planner.candidates(settings, queue, from, memory);
  }

  Agenda make() {
    countEarlierThisPeriod();
    warnIfMinimumsCannotFit();
    List<AgendaDay> agendaDays = new ArrayList<>(days);
    for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1)) {
      agendaDays.add(planDay(day));
    }
    deferCandidates();
    warnAboutUnmetMinimums();
    return new Agenda(from, agendaDays, deferred, warnings);
  }

  private AgendaDay planDay(LocalDate day) {
    int budget = settings.budget(day);
    boolean busy = settings.isBusy(day);
    int remaining = budget;
    List<AgendaItem> items = new ArrayList<>();

    List<NetworkingEvent> events = new ArrayList<>();
    settings.events().stream().filter(e -> e.date().equals(day)).forEach(events::add);
    events.sort(Comparator.comparing(NetworkingEvent::name));
    for (NetworkingEvent event : events) {
      Optional<Quota> full = reachedQuota(Category.EVENT, day);
      if (full.isPresent()) {
        deferred.add(
            new Deferral(
                event.name(),
                Optional.empty(),
                Category.EVENT,
                Deferral.Why.QUOTA_REACHED,
                maxWords(full.get())));
      } else if (event.minutes() <= remaining) {
        items.add(Planner.eventItem(event));
        remaining -= event.minutes();
        count(Category.EVENT, day);
      } else if (settings.eventDays().contains(day) || isFreeForEvents(day)) {
        items.add(Planner.eventItem(event));
        budget += event.minutes();
        count(Category.EVENT, day);
      } else {
        deferred.add(
            new Deferral(
                event.name(),
                Optional.empty(),
                Category.EVENT,
                Deferral.Why.BUDGET,
                String.format(
                    Locale.ROOT,
                    "takes %d minutes, more than the %d left on %s; set the day aside for events"
                        + " to attend",
                    event.minutes(),
                    remaining,
                    day)));
      }
    }

    Map<String, Category> kept = new HashMap<>();
    memory.plannedBetween(day, day.plusDays(1)).forEach(p -> kept.put(p.contactId(), p.category()));
    if (!kept.isEmpty()) {
      remaining -= keep(kept, day, remaining, items);
      if (!more) {
        return new AgendaDay(day, budget, busy, items, settings.dayOff(day));
      }
    }

    // Windows that close come first: a follow-up after meeting someone, or an occasion, loses its
    // value if it slips, while a rhythm item can wait a day. Of those, the windows that open today
    // (a birthday's lead day, a meeting yesterday) before those that have waited since an earlier
    // day: the queue ranks them by their score when it was made, before they were due.
    for (boolean opensToday : new boolean[] {true, false}) {
      for (Candidate c : candidates) {
        if (c.category.closesWindow()
            && c.eligibleFrom.equals(day) == opensToday
            && isEligible(c, day)
            && !maxReached(c.category, day)
            && minutesOn(c, day) <= remaining) {
          remaining -= place(c, day, items);
        }
      }
    }
    Map<Category, Integer> required = new HashMap<>();
    for (Category category : Category.values()) {
      required.put(category, requiredToday(category, day));
    }
    for (Candidate c : candidates) {
      if (isEligible(c, day)
          && required.getOrDefault(c.category, 0) > 0
          && !maxReached(c.category, day)
          && minutesOn(c, day) <= remaining) {
        remaining -= place(c, day, items);
        required.merge(c.category, -1, Integer::sum);
      }
    }
    for (Candidate c : candidates) {
      if (!isEligible(c, day)) {
        continue;
      }
      Optional<Quota> full = reachedQuota(c.category, day);
      if (full.isPresent()) {
        c.lastWhy = Deferral.Why.QUOTA_REACHED;
        c.fullQuota = full.get();
      } else if (minutesOn(c, day) <= remaining) {
        remaining -= place(c, day, items);
      } else {
        c.lastWhy = Deferral.Why.BUDGET;
        c.lastDayBusy = busy;
      }
    }
    return new AgendaDay(day, budget, busy, items, settings.dayOff(day));
  }

  /**
   * Whether an event may take the day although it has no budget for touches: a weekend day or a
   * public holiday (an event on the calendar takes place whatever the day), not a day the user took
   * off.
   */
  private boolean isFreeForEvents(LocalDate day) {
    return !settings.isWorkingDay(day) && !settings.daysOff().contains(day);
  }

  /**
   * Places again the touches an earlier plan put on the day, in the queue's order: those still due
   * as they are, those touched since as done; a snoozed or skipped one not (it moves to its day),
   * nor one the queue no longer has, nor one that no longer fits (the budget or the channel changed
   * since).
   *
   * @return the minutes of those still to do (a done touch takes none of what is left)
   */
  private int keep(Map<String, Category> kept, LocalDate day, int budget, List<AgendaItem> items) {
    int minutes = 0;
    for (Candidate c : candidates) {
      Category planned = kept.get(c.entry.contact().id());
      if (c.placed || planned == null || minutes + minutesOn(c, day) > budget) {
        continue;
      }
      if (isEligible(c, day)) {
        minutes += place(c, day, items);
      } else if (!c.snoozed) {
        // Done: it counts for what it was planned for, not for what the contact is due next.
        c.placed = true;
        items.add(c.toDoneItem(planned));
        count(planned, day);
      }
    }
    return minutes;
  }

  private static boolean isEligible(Candidate c, LocalDate day) {
    return !c.placed && !c.eligibleFrom.isAfter(day);
  }

  private int place(Candidate c, LocalDate day, List<AgendaItem> items) {
    c.placed = true;
    int minutes = minutesOn(c, day);
    if (arrangesMeeting(c, day)) {
      items.add(c.toArrangingItem(minutes, settings.budget(day)));
    } else {
      items.add(c.toItem(settings));
    }
    count(c.category, day);
    return minutes;
  }

  /**
   * Whether the item is a meeting longer than the whole day's budget: that day, the planner plans
   * the short step that leads to it, a call to arrange the meeting, so that a lost tie or a client
   * is never deferred for want of an hour.
   */
  private boolean arrangesMeeting(Candidate c, LocalDate day) {
    return c.entry.channel() == Channel.MEETING && c.minutes > settings.budget(day);
  }

  /** The minutes the item takes on a day: the arranging call's, for a meeting too long for it. */
  private int minutesOn(Candidate c, LocalDate day) {
    return arrangesMeeting(c, day) ? settings.minutes(Channel.CALL) : c.minutes;
  }

  private void deferCandidates() {
    for (Candidate c : candidates) {
      if (c.placed) {
        continue;
      }
      String name = c.entry.contact().displayName();
      Optional<String> id = Optional.of(c.entry.contact().id());
      if (!c.eligibleFrom.isAfter(end)) {
        int largest = largestBudget(c.eligibleFrom);
        String why =
            c.lastWhy == Deferral.Why.QUOTA_REACHED && c.fullQuota != null
                ? maxWords(c.fullQuota)
                : largest == 0
                    ? "no working day left in the plan after it became due"
                        + settings.dayOff(c.eligibleFrom).map(r -> " (" + r + ")").orElse("")
                    : c.minutes > largest
                        ? String.format(
                            Locale.ROOT,
                            "%s takes %d minutes, more than any day's budget (%d)",
                            withArticle(c.entry.channel().name().toLowerCase(Locale.ROOT)),
                            c.minutes,
                            largest)
                        : c.lastDayBusy
                            ? "no time left: busy period, the budget is reduced"
                            : "no time left on the days it was due";
        deferred.add(new Deferral(name, id, c.category, c.lastWhy, why));
      } else if (c.snoozed) {
        deferred.add(
            new Deferral(
                name, id, c.category, Deferral.Why.SNOOZED, "snoozed until " + c.eligibleFrom));
      } else {
        pauseReason(c)
            .ifPresent(
                r -> deferred.add(new Deferral(name, id, c.category, Deferral.Why.PAUSED, r)));
      }
    }
  }

  private static String withArticle(String noun) {
    return (noun.matches("[aeiou].*") ? "an " : "a ") + noun;
  }

  private int largestBudget(LocalDate first) {
    int largest = 0;
    for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
      largest = Math.max(largest, settings.budget(d));
    }
    return largest;
  }

  private static Optional<String> pauseReason(Candidate c) {
    return c.entry.reasons().stream()
        .filter(r -> r.purpose() == Purpose.PAUSE)
        .map(Reason::text)
        .findFirst();
  }

  // ---- quotas ---------------------------------------------------------------------------------

  private static LocalDate periodStart(Span span, LocalDate day) {
    return span.start(day);
  }

  private static String key(Category category, Span per, LocalDate day) {
    return category + "/" + per + "/" + periodStart(per, day);
  }

  private void count(Category category, LocalDate day) {
    for (Span per : Span.values()) {
      counts.merge(key(category, per, day), 1, Integer::sum);
    }
  }

  private int counted(Category category, Span per, LocalDate day) {
    return counts.getOrDefault(key(category, per, day), 0);
  }

  private boolean maxReached(Category category, LocalDate day) {
    return reachedQuota(category, day).isPresent();
  }

  /** The quota whose maximum the category has reached in the period holding the day, if any. */
  private Optional<Quota> reachedQuota(Category category, LocalDate day) {
    for (Quota q : settings.quotas()) {
      if (q.category() == category
          && q.max().isPresent()
          && counted(category, q.span(), day) >= q.max().getAsInt()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  private static String maxWords(Quota q) {
    return String.format(
        Locale.ROOT,
        "quota reached: at most %d %s per %s",
        q.max().orElseThrow(),
        q.category().label(),
        q.span().label());
  }

  /**
   * How many items of a category today must hold to stay on pace for its minimums: what is still
   * missing, spread evenly over the days left in the period, rounded up, so that minimums do not
   * crowd the first day of the week.
   */
  private int requiredToday(Category category, LocalDate day) {
    int required = 0;
    for (Quota q : settings.quotas()) {
      if (q.category() != category || q.min().isEmpty()) {
        continue;
      }
      int missing = q.min().getAsInt() - counted(category, q.span(), day);
      if (missing <= 0) {
        continue;
      }
      int daysLeft = workingDaysLeft(day, q.span().end(day));
      required = Math.max(required, (missing + daysLeft - 1) / daysLeft);
    }
    return required;
  }

  /** The days from {@code day} until {@code end} (exclusive) with time for touches; at least 1. */
  private int workingDaysLeft(LocalDate day, LocalDate end) {
    int n = 0;
    for (LocalDate d = day; d.isBefore(end); d = d.plusDays(1)) {
      if (settings.budget(d) > 0) {
        n++;
      }
    }
    return Math.max(n, 1);
  }

  /**
   * Items planned earlier in the same week or month, and not carried over (so presumably done),
   * count towards this period's quotas.
   */
  private void countEarlierThisPeriod() {
    Set<String> carried = new HashSet<>();
    candidates.stream()
        .filter(c -> c.carriedOverFrom.isPresent())
        .forEach(c -> carried.add(c.entry.contact().id()));
    LocalDate earliest = from.withDayOfMonth(1);
    LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (monday.isBefore(earliest)) {
      earliest = monday;
    }
    for (PlanMemory.PlannedTouch p : memory.plannedBetween(earliest, from)) {
      if (carried.contains(p.contactId())) {
        continue;
      }
      for (Span per : Span.values()) {
        if (periodStart(per, p.date()).equals(periodStart(per, from))) {
          counts.merge(key(p.category(), per, p.date()), 1, Integer::sum);
        }
      }
    }
  }

  // ---- warnings -------------------------------------------------------------------------------

  private void warnIfMinimumsCannotFit() {
    int needed = 0;
    List<String> parts = new ArrayList<>();
    for (Quota q : settings.quotas()) {
      if (q.span() == Span.WEEK && q.min().isPresent() && q.min().getAsInt() > 0) {
        int each =
            q.category() == Category.EVENT
                ? settings.minutes(Channel.EVENT)
                : settings.minutes(Channel.CALL);
        needed += q.min().getAsInt() * each;
        parts.add(q.min().getAsInt() + " " + q.category().label());
      }
    }
    if (needed == 0) {
      return;
    }
    for (LocalDate monday = periodStart(Span.WEEK, from);
        !monday.isAfter(end);
        monday = monday.plusWeeks(1)) {
      int available = 0;
      for (LocalDate d = monday; d.isBefore(monday.plusWeeks(1)); d = d.plusDays(1)) {
        available += settings.budget(d);
      }
      if (needed > available) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "the weekly minimums (%s) need about %d minutes, but the week of %s has %d:"
                    + " planning the best mix that fits",
                String.join(", ", parts),
                needed,
                monday,
                available));
      }
    }
  }

  private void warnAboutUnmetMinimums() {
    for (Quota q : settings.quotas()) {
      if (q.min().isEmpty() || q.min().getAsInt() == 0) {
        continue;
      }
      for (LocalDate start = periodStart(q.span(), from);
          !start.isAfter(end);
          start = q.span().end(start)) {
        int got = counted(q.category(), q.span(), start);
        if (got < q.min().getAsInt()) {
          warnings.add(
              String.format(
                  Locale.ROOT,
                  "%s of %s: %d of at least %d %s planned",
                  q.span().label(),
                  start,
                  got,
                  q.min().getAsInt(),
                  noun(q.category(), q.min().getAsInt())));
        }
      }
    }
  }

  /** "1 client", "5 clients", "2 new contacts": a category counted as a person says it. */
  private static String noun(Category category, int n) {
    String word = category.label().replace('-', ' ');
    return n == 1 ? word : word + "s";
  }
}
