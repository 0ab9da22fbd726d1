package io.github.cadence.plan;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.Reason;
import io.github.cadence.model.Role;
import io.github.cadence.rule.Purpose;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The kinds of networking activity the seeds give weekly rhythms to, and which quotas count.
 *
 * <p>A queue entry belongs to exactly one category, the first that applies in this order: a contact
 * to map ({@link #INTAKE}: its best follow-up is of purpose {@link Purpose#INTAKE}), a {@link
 * #REPLY} owed (a reason of purpose {@link Purpose#REPLY}, or a thank-you, {@link Purpose#THANKS}),
 * a {@link #NEW_CONTACT} to follow up after meeting (a reason of purpose {@link
 * Purpose#FIRST_FOLLOW_UP} or {@link Purpose#AFTER_EVENT}), a {@link #STRATEGIC_PARTNER} or a
 * {@link #CLIENT} (existing or dormant) by role, a {@link #RECONNECT} with a lost tie or an {@link
 * #OCCASION} by the purpose of a reason, else {@link #OTHER}. A user's rule takes part by giving
 * its suggestions a {@link Purpose}. {@link #EVENT} is for networking events the user attends.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Category {
  /** Someone who wrote or called and waits for an answer, or gave and waits for thanks. */
  REPLY,
  /** Someone just met, to follow up while the memory is fresh. */
  NEW_CONTACT,
  /** A strategic networking partner: one a week, says the seed. */
  STRATEGIC_PARTNER,
  /** An existing or dormant client: five calls a week, says the seed. */
  CLIENT,
  /** A lost tie to renew. */
  RECONNECT,
  /** A birthday, an anniversary or another date to mark. */
  OCCASION,
  /** A networking event or meeting: one or two a month, or two or three a week. */
  EVENT,
  /** Everyone else due by their tier's cadence. */
  OTHER,
  /**
   * A contact never talked to, to map: choose a tier, archive, or reach out. The planner leaves
   * these to {@code today}'s few a day.
   */
  INTAKE;

  /**
   * Whether an item of this category loses its value if it slips: a reply owed, a follow-up after
   * meeting someone, or an occasion. The planner places these before rhythm items.
   *
   * @return true for {@link #REPLY}, {@link #NEW_CONTACT} and {@link #OCCASION}
   */
  public boolean closesWindow() {
    return this == REPLY || this == NEW_CONTACT || this == OCCASION;
  }

  /**
   * The category of a queue entry.
   *
   * @param entry the entry
   * @return its category
   */
  public static Category of(QueueEntry entry) {
    requireNonNull(entry, "entry");
    if (entry.purpose() == Purpose.INTAKE) {
      return INTAKE;
    }
    if (hasReason(entry, Purpose.REPLY) || hasReason(entry, Purpose.THANKS)) {
      return REPLY;
    }
    if (hasReason(entry, Purpose.FIRST_FOLLOW_UP) || hasReason(entry, Purpose.AFTER_EVENT)) {
      return NEW_CONTACT;
    }
    if (entry.contact().hasRole(Role.STRATEGIC_PARTNER)) {
      return STRATEGIC_PARTNER;
    }
    if (entry.contact().hasRole(Role.CLIENT)) {
      return CLIENT;
    }
    if (hasReason(entry, Purpose.RECONNECT)) {
      return RECONNECT;
    }
    if (hasReason(entry, Purpose.OCCASION)) {
      return OCCASION;
    }
    return OTHER;
  }

  /**
   * Reads a category from its name, in any case and with "-" or "_" ("strategic-partner").
   *
   * @param name the name
   * @return the category
   * @throws IllegalArgumentException naming the value and the known categories if it is unknown
   */
  public static Category parse(String name) {
    requireNonNull(name, "name");
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Category c : values()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "category '%s' is unknown; expected one of %s",
            name, Arrays.stream(values()).map(Category::label).collect(Collectors.joining(", "))));
  }

  /**
   * The category's name in lowercase words joined by "-", as {@link #parse(String)} reads it.
   *
   * @return the label, e.g. "strategic-partner"
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static boolean hasReason(QueueEntry entry, Purpose purpose) {
    for (Reason r : entry.reasons()) {
      if (r.purpose() == purpose) {
        return true;
      }
    }
    return false;
  }
}
