package io.github.cadence.rule.builtin;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.apiguardian.api.API;

/**
 * Offers contacts never talked to for mapping instead of scheduling them: an {@link
 * ContactStatus.Unmapped unmapped} contact with no conversation ever, in either direction (an
 * imported connection never messaged, a card collected), is not "overdue" at a rhythm nobody chose.
 * It gets one follow-up of purpose {@link Purpose#INTAKE}, "choose a tier, archive, or reach out"
 * (seed 003: "Map your network – determine A, B, C contacts"), which ranks below every due rhythm
 * item; the rhythm rules leave such a contact alone. It leaves intake when the user sets its tier
 * or archives it, or a conversation happens.
 *
 * <p>The most promising come first, deterministically: a contact with a role on file (4 points),
 * then one with an email address or a phone number (2), then one connected or added within the last
 * year (1); within the same promise, the one on file longest first, then by id. A queue reader
 * shows a few of them a day (the command: 5).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IntakeRule implements Rule {
  /** This rule's id. */
  public static final String ID = "intake";

  /** Small enough that fourteen years on file add less than one point of promise. */
  private static final double WEIGHT = 1.0e-4;

  private static final Period RECENT = Period.ofYears(1);

  /** Creates the rule. */
  public IntakeRule() {}

  @Override
  public String id() {
    return ID;
  }

  /** Whether a contact is in intake: unmapped and never talked to. */
  static boolean applies(Contact contact, ContactHistory history) {
    return contact.status() instanceof ContactStatus.Unmapped
        && history.lastConversation().isEmpty();
  }

  @Override
  public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
    requireNonNull(contact, "contact");
    if (!applies(contact, history)) {
      return Evaluation.none();
    }
    ZoneId zone = contact.zone();
    Instant since = contact.createdAt();
    String how = "added";
    Instant changes = Instant.MAX;
    if (contact.firstMet().isPresent()) {
      FirstMeeting met = contact.firstMet().get();
      Instant metAt = Dates.startOf(met.date(), zone);
      if (metAt.isAfter(asOf)) {
        changes = metAt;
      } else {
        since = metAt;
        how = Dates.meeting(met);
      }
    }
    Instant recentUntil = Dates.plus(since, RECENT, zone);
    boolean recent = asOf.isBefore(recentUntil);
    if (recent && recentUntil.isBefore(changes)) {
      changes = recentUntil;
    }
    double promise =
        (contact.roles().isEmpty() ? 0 : 4) + (hasDirectHandle(contact) ? 2 : 0) + (recent ? 1 : 0);
    Instant at = since;
    String lead = how;
    return Evaluation.of(
            Suggestion.followUp(
                    at,
                    () ->
                        lead
                            + " "
                            + Dates.relative(at, asOf, zone)
                            + ", never talked: map them (choose a tier, archive, or reach out)")
                .as(Purpose.INTAKE)
                .withPriority(WEIGHT, promise))
        .validUntil(changes);
  }

  private static boolean hasDirectHandle(Contact contact) {
    for (Handle h : contact.handles()) {
      if (h.kind() == Handle.Kind.EMAIL || h.kind() == Handle.Kind.PHONE) {
        return true;
      }
    }
    return false;
  }
}
