package io.github.cadence.rule.builtin;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Remembers birthdays, anniversaries and custom dates, fixed or floating ("third Sunday of June"),
 * with a lead time; where the first year is known, the reason counts it ("birthday on Jun 14 (in 3
 * days), the 47th"). Seed: "a thank you note, a phone call, lunch, a drink, or a basket of fruit
 * and a corona on Cinco de Mayo. Give them the attention they deserve and they're more likely to
 * remember you".
 *
 * <p>For each occasion, a giving touch is due {@code lead} before its next day (in the contact's
 * zone). An occasion counts as marked once the user {@linkplain ContactHistory#lastReached()
 * reached} the person within the lead time: a conversation, or a gift, message or note sent with a
 * giving intent; an unanswered call does not mark it. A missed occasion is not suggested after its
 * day. The evaluation is valid until the day after the nearest occasion.
 */
@API(status = STABLE, since = "0.1")
public final class OccasionRule implements Rule {
  /** This rule's id. */
  public static final String ID = "occasion";

  /** How long before the occasion the touch is due: 3 days by default; zero for on the day. */
  public static final Parameter<Period> LEAD = Parameter.periodOrZero(ID, "lead", Period.ofDays(3));

  private static final double WEIGHT = 1.0;
  private static final double BONUS = 45.0;

  private final Period lead;

  /** Creates the rule with its default: suggested 3 days ahead. */
  public OccasionRule() {
    this(LEAD.defaultValue());
  }

  /**
   * Creates the rule.
   *
   * @param lead how long before the occasion the touch is due; zero for on the day, not negative
   */
  public OccasionRule(Period lead) {
    this.lead = LEAD.check(lead);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    LocalDate today = Dates.dateOf(asOf, contact.zone());
    List<Suggestion> suggestions = new ArrayList<>();
    Instant validUntil = Instant.MAX;
    for (Occasion occasion : contact.occasions()) {
      Optional<LocalDate> next = occasion.nextOnOrAfter(today);
      if (next.isPresent() && marked(contact, history, next.get())) {
        next = occasion.nextOnOrAfter(next.get().plusDays(1));
      }
      if (next.isEmpty()) {
        continue;
      }
      LocalDate day = next.get();
      Instant over = Dates.startOf(day.plusDays(1), contact.zone());
      validUntil = over.isBefore(validUntil) ? over : validUntil;
      Instant due = Dates.startOf(day.minus(lead), contact.zone());
      ZoneId zone = contact.zone();
      suggestions.add(
          Bands.closingWindow(
                  Suggestion.followUp(
                          due,
                          () ->
                              Dates.words(
                                  "%s on %s (%s)%s: show you remember",
                                  occasion.label(),
                                  Dates.day(day),
                                  Dates.relative(Dates.startOf(day, zone), asOf, zone),
                                  nth(occasion, day)))
                      .as(Purpose.OCCASION),
                  WEIGHT,
                  BONUS)
              .via(occasion.kind() == Occasion.Kind.ANNIVERSARY ? Channel.NOTE : Channel.MESSAGE)
              .withIntent(Intent.GIVE));
    }
    return Evaluation.of(suggestions).validUntil(validUntil);
  }

  /**
   * ", the 47th" for an occasion whose first year is known (a birthday with the birth year): a fact
   * the user may want in the message; nothing when the year is unknown.
   */
  static String nth(Occasion occasion, LocalDate day) {
    if (occasion.since().isEmpty()) {
      return "";
    }
    int n = day.getYear() - occasion.since().getAsInt();
    if (n < 1) {
      return "";
    }
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return ", the " + n + suffix;
  }

  private boolean marked(Contact contact, ContactHistory history, LocalDate day) {
    Instant leadStart = Dates.startOf(day.minus(lead), contact.zone());
    return history.lastReached().filter(t -> !t.isBefore(leadStart)).isPresent();
  }
}
