package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.Warmth;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Touches every contact at its tier's rhythm: a follow-up is due one {@link Tier#cadence()} after
 * the last real conversation (or after the first meeting, or after the contact was added, if
 * later). Seed: "Map your network – determine A, B, C contacts (it will help with scheduling how
 * often you contact them)".
 *
 * <p>The follow-up scores ten times {@link Tier#weight()} per cadence overdue: an A-tier contact
 * one cadence late outranks a C-tier contact one cadence late, and a contact's urgency grows with
 * how many of its own rhythms it has missed. Configure the rhythm through the tiers.
 *
 * <p>A broadcast (a newsletter, a post: {@link io.github.cadence.model.Outcome#BROADCAST}) keeps a
 * distant tie warm: for a tier whose cadence is {@link #BROADCAST_WARMS} or longer (C by default,
 * 90 days), the rhythm counts from the last broadcast that reached the contact when it is later
 * than the last conversation. Seed: "maintain visibility and credibility". It never resets a closer
 * tier's rhythm: A and B contacts need a word of their own.
 */
@API(status = STABLE, since = "0.1")
public final class TierCadenceRule implements Rule {
  /** This rule's id. */
  public static final String ID = "tier-cadence";

  /** The shortest tier cadence a broadcast keeps warm: 60 days by default (C, not A or B). */
  public static final Parameter<Period> BROADCAST_WARMS =
      Parameter.period(ID, "broadcast-warms", Period.ofDays(60));

  /**
   * The tiers whose intervals learn from each contact's warmth, by name ("A, B"); none by default:
   * an interval that learns is opted into per tier.
   */
  public static final Parameter<String> ADAPTIVE = Parameter.names(ID, "adaptive");

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final long warmsFromDays;
  private final Set<String> adaptive;

  /** Creates the rule with its defaults: broadcasts warm tiers of 60 days or longer, none adapt. */
  public TierCadenceRule() {
    this(BROADCAST_WARMS.defaultValue());
  }

  /**
   * Creates the rule; no tier adapts.
   *
   * @param broadcastWarms the shortest tier cadence a broadcast keeps warm; positive
   */
  public TierCadenceRule(Period broadcastWarms) {
    this(broadcastWarms, ADAPTIVE.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param broadcastWarms the shortest tier cadence a broadcast keeps warm; positive
   * @param adaptive the tiers whose intervals learn, names joined by ", " ("" for none)
   */
  public TierCadenceRule(Period broadcastWarms, String adaptive) {
    this.warmsFromDays = Checks.approximateDays(BROADCAST_WARMS.check(broadcastWarms));
    this.adaptive =
        ImmutableSet.copyOf(Splitter.on(", ").omitEmptyStrings().split(ADAPTIVE.check(adaptive)));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    if (IntakeRule.applies(contact, history)) {
      return Evaluation.none(); // to map, not to schedule at a rhythm nobody chose
    }
    Tier tier = contact.tier();
    Anchor anchor = warmed(tier, history, Anchor.of(contact, history, asOf));
    Interval interval =
        adaptive.contains(tier.name())
            ? Interval.learned(contact.id(), tier, history.warmth())
            : Interval.of(tier);
    Instant due = Dates.plus(anchor.at(), interval.period(), contact.zone());
    return Evaluation.of(
            Bands.rhythm(
                Suggestion.followUp(
                        due,
                        () ->
                            due.isAfter(asOf)
                                ? Dates.words(
                                    "%s-tier: %s, next touch due %s (%s)",
                                    tier.name(),
                                    anchor.words(),
                                    Dates.relative(due, asOf, anchor.zone()),
                                    interval.words())
                                : Dates.words(
                                    "%s-tier: %s, %s",
                                    tier.name(), anchor.words(), interval.words()))
                    .as(Purpose.RHYTHM),
                tier.weight(),
                tier.cadence(),
                0))
        .validUntil(anchor.changesAt());
  }

  /** The anchor moved to the last broadcast, for a tier a broadcast keeps warm. */
  private Anchor warmed(Tier tier, ContactHistory history, Anchor anchor) {
    if (Checks.approximateDays(tier.cadence()) < warmsFromDays) {
      return anchor;
    }
    return history
        .lastBroadcast()
        .filter(b -> b.isAfter(anchor.at()))
        .map(anchor::broadcast)
        .orElse(anchor);
  }

  /**
   * A contact's interval: its tier's cadence, or for a tier that adapts, the cadence times a factor
   * its warmth sets, with the reasons.
   *
   * <p>The factor: replies typically within an hour 0.6, within a day 0.75, within three days 0.9,
   * within a week 1, slower 1.25 (two replies at least, else 1); times 1 less 0.3 for each share of
   * the last conversations (three at least) the contact started. It is kept between one half and
   * twice the cadence. A non-reply is no evidence either way: the unanswered back-off handles it,
   * and it never shortens the interval. Contacts whose interval changed are spread over a few days
   * by a hash of their id (no random fuzz), so that a tier's warm contacts do not all fall due on
   * one day.
   */
  record Interval(Period period, String words) {
    static Interval of(Tier tier) {
      return new Interval(tier.cadence(), "cadence " + Dates.describe(tier.cadence()));
    }

    static Interval learned(String id, Tier tier, Warmth warmth) {
      double factor = factor(warmth);
      long cadence = Checks.approximateDays(tier.cadence());
      long days = Math.round(cadence * factor);
      if (days == cadence) {
        return of(tier);
      }
      days += Math.floorMod(id.hashCode(), 1 + days / 7);
      days = Math.max((cadence + 1) / 2, Math.min(2 * cadence, days));
      if (days == cadence) {
        return of(tier); // spread back onto the cadence: nothing to explain
      }
      List<String> why = new ArrayList<>();
      warmth.typicalReply().filter(t -> warmth.replies() >= 2).ifPresent(t -> why.add(replies(t)));
      if (warmth.conversations() >= 3 && warmth.startedByThem() > 0) {
        why.add(
            "started "
                + warmth.startedByThem()
                + " of the last "
                + warmth.conversations()
                + " conversations");
      }
      return new Interval(
          Period.ofDays((int) days),
          "every "
              + days
              + " days instead of "
              + Dates.describe(tier.cadence())
              + ": "
              + String.join(", ", why));
    }

    /** The factor of a warmth, between 0.5 and 2. */
    static double factor(Warmth warmth) {
      double reply = 1.0;
      if (warmth.replies() >= 2 && warmth.typicalReply().isPresent()) {
        Duration t = warmth.typicalReply().get();
        reply =
            t.compareTo(HOUR) <= 0
                ? 0.6
                : t.compareTo(DAY) <= 0
                    ? 0.75
                    : t.compareTo(DAY.multipliedBy(3)) <= 0
                        ? 0.9
                        : t.compareTo(DAY.multipliedBy(7)) <= 0 ? 1.0 : 1.25;
      }
      double start =
          warmth.conversations() >= 3
              ? 1.0 - 0.3 * warmth.startedByThem() / warmth.conversations()
              : 1.0;
      return Math.max(0.5, Math.min(2.0, reply * start));
    }

    private static String replies(Duration t) {
      return t.compareTo(HOUR) <= 0
          ? "replies within an hour"
          : t.compareTo(DAY) <= 0
              ? "replies within a day"
              : t.compareTo(DAY.multipliedBy(3)) <= 0
                  ? "replies within 3 days"
                  : t.compareTo(DAY.multipliedBy(7)) <= 0
                      ? "replies within a week"
                      : "takes over a week to reply";
    }
  }
}
