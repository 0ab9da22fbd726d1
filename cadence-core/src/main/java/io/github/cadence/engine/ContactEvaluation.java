package io.github.cadence.engine;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.Suggestion.Advice;
import io.github.cadence.rule.Suggestion.FollowUp;
import io.github.cadence.rule.Suggestion.Hold;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the rules for one contact and merges their suggestions into one queue entry.
 *
 * <p>Merging: every hold (and a pause) pushes each follow-up's due instant to at least the hold's
 * end; the entry is due at the earliest follow-up and scores as its best follow-up. Channel and
 * intent come from the first rule that advises one, else from the best follow-up that has one, else
 * the contact's usual channel and a neutral intent. Reasons list the follow-ups that are due (or
 * the next one, if none is), the advice that was taken and the holds still in force.
 */
final class ContactEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(CadenceEngine.class);
  private static final String STATUS = "status";

  private ContactEvaluation() {}

  /** A suggestion with the id of the rule that made it. */
  record Said(String ruleId, Suggestion suggestion) {}

  /** What the rules said about a contact, and until when it holds. */
  record Collected(List<Said> said, Instant validUntil) {}

  static Optional<QueueEntry> evaluate(
      List<Rule> rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures) {
    return collect(rules, contact, history, asOf, failures)
        .flatMap(c -> merge(contact, history, asOf, c.said(), c.validUntil()));
  }

  /** Runs the rules; empty for an archived contact, which is never suggested. */
  static Optional<Collected> collect(
      List<Rule> rules,
      Contact contact,
      ContactHistory history,
      Instant asOf,
      List<RuleFailure> failures) {
    if (contact.status().state() == ContactStatus.State.ARCHIVED) {
      return Optional.empty();
    }
    List<Said> said = new ArrayList<>();
    Instant validUntil = Instant.MAX;
    Optional<LocalDate> pausedUntil = contact.status().pausedUntil();
    if (pausedUntil.isPresent()) {
      Instant back = pausedUntil.get().atStartOfDay(contact.zone()).toInstant();
      said.add(new Said(STATUS, Suggestion.hold(back, "paused until " + pausedUntil.get())));
    }
    for (Rule rule : rules) {
      try {
        Evaluation evaluation = rule.evaluate(contact, history, asOf);
        if (evaluation == null) {
          throw new IllegalStateException("rule returned null instead of an Evaluation");
        }
        evaluation.suggestions().forEach(s -> said.add(new Said(rule.id(), s)));
        if (evaluation.validUntil().isBefore(validUntil)) {
          validUntil = evaluation.validUntil();
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "Rule '{}' failed for contact '{}'; the other rules still apply",
            rule.id(),
            contact.id(),
            e);
        failures.add(new RuleFailure(rule.id(), contact.id(), e.toString()));
      }
    }
    return Optional.of(new Collected(said, validUntil));
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
   * days left at its weight; once due, as if never held. The index computes scores with this same
   * method, so that its order is the engine's to the last bit.
   */
  static double score(double weight, double bonus, Instant due, Instant effective, Instant asOf) {
    if (effective.isAfter(asOf)) {
      return weight * -(Duration.between(asOf, effective).toMillis() / 86_400_000.0);
    }
    // FollowUp.score, on the fields the index keeps instead of the follow-up itself.
    double overdueDays = Duration.between(due, asOf).toMillis() / 86_400_000.0;
    return weight * overdueDays + (overdueDays >= 0 ? bonus : 0.0);
  }

  private static Optional<QueueEntry> merge(
      Contact contact, ContactHistory history, Instant asOf, List<Said> said, Instant validUntil) {
    Instant holdUntil = holdUntil(said);

    Instant due = Instant.MAX;
    double score = Double.NEGATIVE_INFINITY;
    FollowUp best = null;
    for (Said s : said) {
      if (s.suggestion() instanceof FollowUp f) {
        Instant effective = later(f.due(), holdUntil);
        double fScore = score(f.weight(), f.bonus(), f.due(), effective, asOf);
        if (effective.isBefore(due)) {
          due = effective;
        }
        if (fScore > score) {
          score = fScore;
          best = f;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }

    Channel channel = null;
    Intent intent = null;
    List<Reason> reasons = new ArrayList<>();
    for (Said s : said) {
      Suggestion suggestion = s.suggestion();
      if (suggestion instanceof FollowUp f) {
        Instant effective = later(f.due(), holdUntil);
        if (!effective.isAfter(asOf) || effective.equals(due)) {
          reasons.add(new Reason(s.ruleId(), f.reason()));
        }
      } else if (suggestion instanceof Advice a) {
        boolean used = false;
        if (channel == null && a.channel().isPresent()) {
          channel = a.channel().get();
          used = true;
        }
        if (intent == null && a.intent().isPresent()) {
          intent = a.intent().get();
          used = true;
        }
        if (used) {
          reasons.add(new Reason(s.ruleId(), a.reason()));
        }
      } else if (suggestion instanceof Hold h) {
        if (h.until().isAfter(asOf) && h.until().equals(holdUntil)) {
          reasons.add(new Reason(s.ruleId(), h.reason()));
        }
      }
    }
    if (channel == null) {
      channel = best.channel().orElse(history.usualChannel().orElse(Channel.EMAIL));
    }
    if (intent == null) {
      intent = best.intent().orElse(Intent.NEUTRAL);
    }
    return Optional.of(new QueueEntry(contact, due, score, channel, intent, reasons, validUntil));
  }

  static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
