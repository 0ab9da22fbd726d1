package io.github.cadence.engine;

import com.google.common.collect.Sets;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.internal.Checks;
import io.github.cadence.internal.RuleScope;
import io.github.cadence.internal.Urgency;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.Suggestion.Advice;
import io.github.cadence.rule.Suggestion.FollowUp;
import io.github.cadence.rule.Suggestion.Hold;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the rules for one contact and merges their suggestions into one queue entry.
 *
 * <p>Merging: every hold (and a pause) pushes each follow-up's due instant to at least the hold's
 * end; the entry is due at the earliest follow-up and scores as its best follow-up. Channel and
 * intent come from the first rule that advises one, else from the best follow-up that has one, else
 * the contact's usual channel and a neutral intent; a channel the contact cannot be reached on
 * gives way to one they can ({@link Reach}), with a reason of id "channel". Reasons list the
 * follow-ups that are due (or the next one, if none is), the advice that was taken and the holds
 * still in force.
 */
final class ContactEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(CadenceEngine.class);
  private static final String STATUS = "status";
  private static final String CHANNEL = "channel";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

  /** The follow-ups a planned meeting holds: those of a rhythm, not a reply or an occasion. */
  private static final Set<Purpose> HELD_BY_MEETING =
      Sets.immutableEnumSet(
          Purpose.RHYTHM, Purpose.RECONNECT, Purpose.CLIENT, Purpose.PARTNER, Purpose.RETRY);

  private ContactEvaluation() {}

  /** A suggestion with the id of the rule that made it. */
  record Said(String ruleId, Suggestion suggestion) {}

  /** What the rules said about a contact, and until when it holds. */
  record Collected(List<Said> said, Instant validUntil) {}

  /**
   * A contact's suggestions merged into what ranks it, with what the rules said: which of it
   * becomes a reason, and in what words, is worked out by {@link #render} for the entries a query
   * returns only.
   */
  record Merged(
      Contact contact,
      Instant due,
      double score,
      Channel channel,
      Channel preferred,
      Intent intent,
      Purpose purpose,
      List<Said> said,
      Instant holdUntil,
      Instant validUntil) {}

  /** The queue's order: score descending, then due instant, then contact id. */
  static int compare(Merged a, Merged b) {
    int c = Double.compare(b.score(), a.score());
    if (c == 0) {
      c = a.due().compareTo(b.due());
    }
    return c != 0 ? c : a.contact().id().compareTo(b.contact().id());
  }

  static Optional<QueueEntry> evaluate(
      EnabledRules rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures) {
    return merge(rules, contact, history, asOf, failures).map(m -> render(m, asOf));
  }

  /** Runs the rules and merges what they said, without rendering any reason. */
  static Optional<Merged> merge(
      EnabledRules rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures) {
    return collect(rules, contact, history, asOf, failures)
        .flatMap(c -> merge(contact, history, asOf, c.said(), c.validUntil()));
  }

  /**
   * The entry with its reasons, each worded when first read ({@link Reason#text()}): a reason that
   * cannot be worded is reported then as its rule's failure, and says so instead.
   */
  static QueueEntry render(Merged merged, Instant asOf) {
    List<Said> behind = new ArrayList<>();
    select(merged.said(), merged.holdUntil(), merged.due(), asOf, behind);
    List<Reason> reasons = new ArrayList<>(behind.size() + 1);
    for (Said s : behind) {
      reasons.add(
          Reason.worded(
              s.ruleId(), s.suggestion().purpose(), merged.contact().id(), s.suggestion()::reason));
    }
    String note = Reach.note(merged.contact(), merged.preferred(), merged.channel());
    if (note != null) {
      reasons.add(Reason.of(CHANNEL, merged.purpose(), note));
    }
    return new QueueEntry(
        merged.contact(),
        merged.due(),
        merged.score(),
        merged.channel(),
        merged.intent(),
        reasons,
        merged.purpose(),
        merged.validUntil());
  }

  /**
   * Runs the rules; empty for an archived contact, which is never suggested, and for a contact
   * created after {@code asOf}, which does not exist yet at that instant. Under a budget, the rules
   * run on a worker thread and the caller waits for at most the budget: a contact whose evaluation
   * takes longer is reported as a failure of the rule still running, and gets no entry this time;
   * it is asked again at the next later instant.
   */
  static Optional<Collected> collect(
      EnabledRules rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures) {
    if (contact.status() instanceof ContactStatus.Archived || !exists(contact, asOf)) {
      return Optional.empty();
    }
    Duration budget = rules.budget();
    if (budget == null) {
      return Optional.of(RuleScope.run(() -> run(rules, contact, history, asOf, failures, null)));
    }
    List<RuleFailure> own = new ArrayList<>(0);
    AtomicReference<String> running =
        new AtomicReference<>(rules.ids().isEmpty() ? "" : rules.ids().get(0));
    Future<Collected> result =
        EnabledRules.Workers.POOL.submit(
            () -> RuleScope.run(() -> run(rules, contact, history, asOf, own, running)));
    try {
      Collected collected = result.get(budget.toNanos(), TimeUnit.NANOSECONDS);
      failures.addAll(own);
      return Optional.of(collected);
    } catch (TimeoutException e) {
      result.cancel(true);
      String rule = Objects.requireNonNullElse(running.get(), "");
      String message =
          "took longer than the evaluation budget of "
              + budget
              + " for this contact; the contact has no entry until it is evaluated again";
      LOG.warn("Rule '{}' for contact '{}' {}", rule, contact.id(), message);
      failures.add(new RuleFailure(rule, contact.id(), message, null));
      return Optional.of(unanswered(asOf));
    } catch (ExecutionException e) {
      // run() reports every failure but a fatal one, which goes on up as it would without a budget.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.cancel(true);
      failures.add(
          new RuleFailure(
              Objects.requireNonNullElse(running.get(), ""),
              contact.id(),
              "interrupted while waiting for the rules",
              null));
      return Optional.of(unanswered(asOf));
    }
  }

  /**
   * What an evaluation that did not finish says: nothing, and only for this instant, so that an
   * index asks the contact again at its next later query, as the engine does at every query.
   */
  private static Collected unanswered(Instant asOf) {
    return new Collected(List.of(), asOf);
  }

  /** Runs the rules; callers mark the thread with {@link RuleScope}, so it changes no network. */
  private static Collected run(
      EnabledRules rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures,
      @Nullable AtomicReference<String> running) {
    List<Said> said = new ArrayList<>();
    Instant validUntil = Instant.MAX;
    if (contact.status() instanceof ContactStatus.Paused paused) {
      Instant back = paused.firstDayBack().atStartOfDay(contact.zone()).toInstant();
      said.add(
          new Said(
              STATUS,
              Suggestion.hold(back, "paused until " + paused.firstDayBack()).as(Purpose.PAUSE)));
    }
    Optional<LocalDate> snoozed = contact.snoozedUntil();
    if (snoozed.isPresent()) {
      // As the pause's, the hold stays after it ends (and holds nothing), so that what the rules
      // said does not depend on the instant asked.
      LocalDate day = snoozed.get();
      said.add(
          new Said(
              STATUS,
              Suggestion.hold(
                      day.atStartOfDay(contact.zone()).toInstant(),
                      "snoozed until " + DAY.format(day))
                  .as(Purpose.PAUSE)));
    }
    for (int i = 0; i < rules.rules().size(); i++) {
      Rule rule = rules.rules().get(i);
      String id = rules.ids().get(i);
      if (running != null) {
        running.set(id);
      }
      try {
        Evaluation evaluation = rule.evaluate(contact, history, asOf);
        if (evaluation == null) {
          throw new IllegalStateException("rule returned null instead of an Evaluation");
        }
        for (Suggestion s : evaluation.suggestions()) {
          said.add(new Said(id, s));
        }
        if (evaluation.validUntil().isBefore(validUntil)) {
          validUntil = evaluation.validUntil();
        }
      } catch (Throwable e) {
        // Any failure of one rule for one contact is that rule's, a stack overflow or a failed
        // assertion too: only a JVM out of memory or broken stops the queue.
        if (Checks.isFatal(e)) {
          throw e;
        }
        LOG.warn(
            "Rule '{}' failed for contact '{}'; the other rules still apply", id, contact.id(), e);
        failures.add(new RuleFailure(id, contact.id(), e.toString(), e));
      }
    }
    Optional<Instant> meeting = contact.nextMeeting();
    if (meeting.isPresent()) {
      waitForMeeting(said, meeting.get(), contact.zone(), asOf);
    }
    return new Collected(said, validUntil);
  }

  /**
   * Moves the rhythm follow-ups due before a planned meeting to the meeting, saying so: nobody
   * should be told to call someone they meet on Tuesday. After the meeting they count from it, as
   * they would from the touch it becomes once recorded. As for a snooze, what the rules said does
   * not depend on the instant asked, only its words do.
   */
  private static void waitForMeeting(List<Said> said, Instant meeting, ZoneId zone, Instant asOf) {
    String day = DAY.format(meeting.atZone(zone).toLocalDate());
    String why =
        meeting.isAfter(asOf)
            ? "; but you meet them on " + day + ", so it waits until then"
            : "; counted from your meeting on " + day;
    for (int i = 0; i < said.size(); i++) {
      if (said.get(i).suggestion() instanceof FollowUp f
          && HELD_BY_MEETING.contains(f.purpose())
          && f.due().isBefore(meeting)) {
        FollowUp moved =
            Suggestion.followUp(meeting, () -> f.reason() + why)
                .as(f.purpose())
                .withPriority(f.weight(), f.bonus());
        if (f.saturation().isPresent()) {
          moved = moved.saturatingAfter(f.saturation().get());
        }
        if (f.channel().isPresent()) {
          moved = moved.via(f.channel().get());
        }
        if (f.intent().isPresent()) {
          moved = moved.withIntent(f.intent().get());
        }
        said.set(i, new Said(said.get(i).ruleId(), moved));
      }
    }
  }

  /** Whether a contact exists at an instant: it was created then or before. */
  static boolean exists(Contact contact, Instant asOf) {
    return !contact.createdAt().isAfter(asOf);
  }

  /** The end of the longest hold, or {@link Instant#MIN} if nothing holds the contact back. */
  static Instant holdUntil(List<Said> said) {
    Instant holdUntil = Instant.MIN;
    for (Said s : said) {
      if (s.suggestion() instanceof Hold h && h.until().isAfter(holdUntil)) {
        holdUntil = h.until();
      }
    }
    return holdUntil;
  }

  /**
   * A follow-up's score as of an instant, given its due instant after holds: while held, minus the
   * days left at its weight; once due, as if never held, up to its saturation. The index computes
   * scores with this same method, so that its order is the engine's to the last bit.
   */
  static double score(FollowUp f, Instant effective, Instant asOf) {
    return score(
        f.weight(),
        f.bonus(),
        saturationMillis(f),
        f.due().toEpochMilli(),
        ScoreIndex.subMillisecond(f.due()),
        effective.toEpochMilli(),
        ScoreIndex.subMillisecond(effective),
        asOf.toEpochMilli(),
        ScoreIndex.subMillisecond(asOf));
  }

  /** A follow-up's saturation in milliseconds, {@link Urgency#NEVER} if it has none. */
  static long saturationMillis(FollowUp f) {
    return f.saturation().map(Duration::toMillis).orElse(Urgency.NEVER);
  }

  /**
   * Whether an unheld follow-up is saturated as of an instant: overdue by at least its saturation,
   * so that its score no longer changes with time.
   */
  static boolean isSaturated(FollowUp f, Instant asOf) {
    long saturation = saturationMillis(f);
    return saturation != Urgency.NEVER
        && overdueMillis(
                f.due().toEpochMilli(),
                ScoreIndex.subMillisecond(f.due()),
                asOf.toEpochMilli(),
                ScoreIndex.subMillisecond(asOf))
            >= saturation;
  }

  /**
   * The same score, with each instant given as its milliseconds since the epoch and the nanoseconds
   * within that millisecond, as the index keeps them: whole milliseconds between two instants are
   * counted as {@link Duration#toMillis()} counts them (rounded down), so both forms agree exactly.
   */
  static double score(
      double weight,
      double bonus,
      long saturationMillis,
      long dueMillis,
      int dueNanos,
      long effectiveMillis,
      int effectiveNanos,
      long asOfMillis,
      int asOfNanos) {
    if (effectiveMillis > asOfMillis
        || (effectiveMillis == asOfMillis && effectiveNanos > asOfNanos)) {
      long heldMillis = effectiveMillis - asOfMillis - (effectiveNanos < asOfNanos ? 1 : 0);
      return weight * -(heldMillis / Urgency.DAY_MILLIS);
    }
    return Urgency.score(
        weight, bonus, overdueMillis(dueMillis, dueNanos, asOfMillis, asOfNanos), saturationMillis);
  }

  /**
   * Whether a follow-up leads the entry (gives its purpose, channel and intent) over the best one
   * so far: of those due, the best scored; while none is due (say, a snooze holds them all), the
   * first to come due, and of those due together the one that will score best then.
   */
  private static boolean leads(
      FollowUp f,
      Instant effective,
      double score,
      @Nullable FollowUp best,
      Instant bestEffective,
      double bestScore,
      Instant asOf) {
    if (best == null) {
      return true;
    }
    boolean due = !effective.isAfter(asOf);
    if (due != !bestEffective.isAfter(asOf)) {
      return due;
    }
    if (due) {
      return score > bestScore;
    }
    int c = effective.compareTo(bestEffective);
    return c < 0
        || (c == 0 && score(f, effective, effective) > score(best, bestEffective, bestEffective));
  }

  private static long overdueMillis(long dueMillis, int dueNanos, long asOfMillis, int asOfNanos) {
    return asOfMillis - dueMillis - (asOfNanos < dueNanos ? 1 : 0);
  }

  private static Optional<Merged> merge(
      Contact contact, ContactHistory history, Instant asOf, List<Said> said, Instant validUntil) {
    Instant holdUntil = holdUntil(said);

    Instant due = Instant.MAX;
    double score = Double.NEGATIVE_INFINITY;
    FollowUp best = null;
    Instant bestEffective = Instant.MAX;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Said s : said) {
      if (s.suggestion() instanceof FollowUp f) {
        Instant effective = later(f.due(), holdUntil);
        double fScore = score(f, effective, asOf);
        if (effective.isBefore(due)) {
          due = effective;
        }
        score = Math.max(score, fScore);
        if (leads(f, effective, fScore, best, bestEffective, bestScore, asOf)) {
          best = f;
          bestEffective = effective;
          bestScore = fScore;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }

    Advised advised = select(said, holdUntil, due, asOf, null);
    Channel preferred =
        advised.channel() != null
            ? advised.channel()
            : best.channel().orElse(history.usualChannel().orElse(Channel.EMAIL));
    Intent intent =
        advised.intent() != null ? advised.intent() : best.intent().orElse(Intent.NEUTRAL);
    return Optional.of(
        new Merged(
            contact,
            due,
            score,
            Reach.choose(contact, preferred),
            preferred,
            intent,
            best.purpose(),
            said,
            holdUntil,
            validUntil));
  }

  /** The channel and intent of the first rules that advise one, if any. */
  private record Advised(@Nullable Channel channel, @Nullable Intent intent) {}

  /**
   * Takes the advice of the first rules that give a channel or an intent and, if asked, lists the
   * reasons behind the entry, in rule order: the follow-ups that are due (or the next one, if none
   * is), the advice taken and the longest hold still in force. Ranking needs the advice only; the
   * reasons are listed for the entries returned.
   */
  private static Advised select(
      List<Said> said, Instant holdUntil, Instant due, Instant asOf, @Nullable List<Said> reasons) {
    Channel channel = null;
    Intent intent = null;
    for (Said s : said) {
      Suggestion suggestion = s.suggestion();
      if (suggestion instanceof Advice a) {
        boolean used = false;
        if (channel == null && a.channel().isPresent()) {
          channel = a.channel().get();
          used = true;
        }
        if (intent == null && a.intent().isPresent()) {
          intent = a.intent().get();
          used = true;
        }
        if (used && reasons != null) {
          reasons.add(s);
        }
      } else if (reasons != null && isReason(suggestion, holdUntil, due, asOf)) {
        reasons.add(s);
      }
    }
    return new Advised(channel, intent);
  }

  /** Whether a follow-up is due (or the next one) or a hold is the longest still in force. */
  private static boolean isReason(
      Suggestion suggestion, Instant holdUntil, Instant due, Instant asOf) {
    if (suggestion instanceof FollowUp f) {
      Instant effective = later(f.due(), holdUntil);
      return !effective.isAfter(asOf) || effective.equals(due);
    }
    return suggestion instanceof Hold h && h.until().isAfter(asOf) && h.until().equals(holdUntil);
  }

  static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
