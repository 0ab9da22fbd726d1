package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Something due in the horizon that the agenda does not hold, and why.
 *
 * @param subject the contact's display name or the event's name
 * @param contactId the contact's id, for a contact
 * @param category its category
 * @param why the kind of reason
 * @param explanation the reason in words a person reads
 */
public record Deferral(
    String subject, Optional<String> contactId, Category category, Why why, String explanation) {

  /** Why an item did not make it into the agenda. */
  public enum Why {
    /** No day in the horizon had the time left. */
    BUDGET,
    /** The category's maximum for the week or month was reached. */
    QUOTA_REACHED,
    /** The contact is paused past the horizon. */
    PAUSED,
    /** The user snoozed it past the horizon. */
    SNOOZED;

    /**
     * The reason's name in lowercase words, e.g. "quota reached".
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Validates every component.
   *
   * @param subject the contact's display name or the event's name
   * @param contactId the contact's id, for a contact
   * @param category its category
   * @param why the kind of reason
   * @param explanation the reason in words a person reads
   */
  public Deferral {
    requireNonNull(subject, "subject");
    requireNonNull(contactId, "contactId");
    requireNonNull(category, "category");
    requireNonNull(why, "why");
    requireNonNull(explanation, "explanation");
  }
}
