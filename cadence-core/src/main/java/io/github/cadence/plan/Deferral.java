package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Something due in the horizon that the agenda does not hold, and why. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Deferral {
  private final String subject;
  private final Optional<String> contactId;
  private final Category category;
  private final Why why;
  private final String explanation;

  Deferral(
      String subject, Optional<String> contactId, Category category, Why why, String explanation) {
    requireNonNull(subject, "subject");
    requireNonNull(contactId, "contactId");
    requireNonNull(category, "category");
    requireNonNull(why, "why");
    requireNonNull(explanation, "explanation");
    this.subject = subject;
    this.contactId = contactId;
    this.category = category;
    this.why = why;
    this.explanation = explanation;
  }

  /**
   * The contact's display name or the event's name.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * The contact's id, for a contact.
   *
   * @return the contactId
   */
  public Optional<String> contactId() {
    return contactId;
  }

  /**
   * Its category.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * The kind of reason.
   *
   * @return the why
   */
  public Why why() {
    return why;
  }

  /**
   * The reason in words a person reads.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }

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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deferral o
        && subject.equals(o.subject)
        && contactId.equals(o.contactId)
        && category.equals(o.category)
        && why.equals(o.why)
        && explanation.equals(o.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, contactId, category, why, explanation);
  }

  @Override
  public String toString() {
    return "Deferral["
        + "subject="
        + subject
        + ", "
        + "contactId="
        + contactId
        + ", "
        + "category="
        + category
        + ", "
        + "why="
        + why
        + ", "
        + "explanation="
        + explanation
        + "]";
  }
}
