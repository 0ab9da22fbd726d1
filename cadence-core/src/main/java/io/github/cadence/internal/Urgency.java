package io.github.cadence.internal;

/**
 * The arithmetic of a follow-up's score, in one place, so that {@code Suggestion.FollowUp#score},
 * the engine and the index compute it to the same bit: {@code weight × days overdue + bonus} once
 * due, the days counted up to the follow-up's saturation at most.
 */
public final class Urgency {
  /** Milliseconds in a day, the unit of "days overdue". */
  public static final double DAY_MILLIS = 86_400_000.0;

  /** The saturation of a follow-up whose urgency never stops growing. */
  public static final long NEVER = Long.MAX_VALUE;

  private Urgency() {}

  /**
   * A follow-up's score from how long it is overdue.
   *
   * @param weight points per overdue day
   * @param bonus points once due
   * @param overdueMillis milliseconds since it was due, negative before
   * @param saturationMillis the overdue time past which the score stops growing, or {@link #NEVER}
   * @return the score
   */
  public static double score(
      double weight, double bonus, long overdueMillis, long saturationMillis) {
    if (overdueMillis >= saturationMillis) {
      return saturated(weight, bonus, saturationMillis);
    }
    double overdueDays = overdueMillis / DAY_MILLIS;
    return weight * overdueDays + (overdueDays >= 0 ? bonus : 0.0);
  }

  /**
   * The score a follow-up keeps once saturated.
   *
   * @param weight points per overdue day
   * @param bonus points once due
   * @param saturationMillis the overdue time past which the score stops growing
   * @return {@code weight × saturation in days + bonus}
   */
  public static double saturated(double weight, double bonus, long saturationMillis) {
    return weight * (saturationMillis / DAY_MILLIS) + bonus;
  }
}
