package io.github.cadence.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.internal.Checks;
import java.time.Period;
import org.apiguardian.api.API;

/**
 * A level of closeness with its own rhythm: how often a contact of this tier should hear from the
 * user, and how much an overdue contact of this tier weighs against others.
 *
 * <p>The seeds ask to "map your network: determine A, B, C contacts (it will help with scheduling
 * how often you contact them)". The defaults follow that advice and Dunbar-style layers (a few
 * close ties, more looser ones):
 *
 * <ul>
 *   <li>{@link #A}: key relationships (top clients, referral sources, strategic partners), every 14
 *       days, weight 3;
 *   <li>{@link #B}: active relationships, every 30 days, weight 2;
 *   <li>{@link #C}: the wider network, every 90 days, weight 1.
 * </ul>
 *
 * <p>Users define their own tiers freely, e.g. {@code new Tier("VIP", Period.ofWeeks(1), 5)}.
 *
 * @param name the tier's name as the user calls it, e.g. "A"
 * @param cadence how often a contact of this tier should be touched; positive
 * @param weight how much one overdue day of this tier counts in the score; positive, at most a
 *     million
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public record Tier(String name, Period cadence, double weight) {

  /** Key relationships: every 14 days, weight 3. */
  public static final Tier A = new Tier("A", Period.ofDays(14), 3.0);

  /** Active relationships: every 30 days, weight 2. */
  public static final Tier B = new Tier("B", Period.ofDays(30), 2.0);

  /** The wider network: every 90 days, weight 1. */
  public static final Tier C = new Tier("C", Period.ofDays(90), 1.0);

  /**
   * Validates every component.
   *
   * @param name the tier's name as the user calls it, e.g. "A"
   * @param cadence how often a contact of this tier should be touched; positive
   * @param weight how much one overdue day of this tier counts in the score; positive, at most a
   *     million
   */
  public Tier {
    Checks.checkText(name, "name");
    Checks.checkPositive(cadence, "cadence");
    Checks.checkWeight(weight, "weight");
  }

  /**
   * Returns a copy of this tier with another cadence.
   *
   * @param newCadence the new cadence; positive
   * @return the new tier
   */
  public Tier withCadence(Period newCadence) {
    return new Tier(name, newCadence, weight);
  }
}
