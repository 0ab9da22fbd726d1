package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.OptionalInt;

/**
 * How many items of a category to aim for, and not to exceed, per week or per month. Both bounds
 * are optional: a minimum shapes the mix (the weekly partner gets in even when clients alone would
 * fill the time), a maximum keeps one category from crowding out the others.
 *
 * @param category what the quota counts
 * @param per the period the bounds apply to
 * @param min the least to aim for, if any; zero or more
 * @param max the most to allow, if any; at least {@code min} and at least 1
 */
@CheckReturnValue
public record Quota(Category category, Per per, OptionalInt min, OptionalInt max) {

  /** The period a quota counts over: ISO weeks (Monday to Sunday) or calendar months. */
  public enum Per {
    /** Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH
  }

  /**
   * Validates every component.
   *
   * @param category what the quota counts
   * @param per the period the bounds apply to
   * @param min the least to aim for, if any; zero or more
   * @param max the most to allow, if any; at least {@code min} and at least 1
   */
  public Quota {
    requireNonNull(category, "category");
    requireNonNull(per, "per");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    checkArgument(
        min.isPresent() || max.isPresent(), "quota for %s needs a min or a max", category.label());
    min.ifPresent(
        m -> checkArgument(m >= 0, "min of %s must be zero or more, was %s", category.label(), m));
    max.ifPresent(
        m -> checkArgument(m >= 1, "max of %s must be at least 1, was %s", category.label(), m));
    if (min.isPresent() && max.isPresent()) {
      checkArgument(
          min.getAsInt() <= max.getAsInt(),
          "min of %s must not exceed its max, was min %s, max %s",
          category.label(),
          min.getAsInt(),
          max.getAsInt());
    }
  }

  /**
   * At least {@code min} and at most {@code max} a week.
   *
   * @param category what the quota counts
   * @param min the least to aim for
   * @param max the most to allow
   * @return the quota
   */
  public static Quota weekly(Category category, int min, int max) {
    return new Quota(category, Per.WEEK, OptionalInt.of(min), OptionalInt.of(max));
  }

  /**
   * At least {@code min} a week, no maximum.
   *
   * @param category what the quota counts
   * @param min the least to aim for
   * @return the quota
   */
  public static Quota atLeastWeekly(Category category, int min) {
    return new Quota(category, Per.WEEK, OptionalInt.of(min), OptionalInt.empty());
  }

  /**
   * At most {@code max} a week, no minimum.
   *
   * @param category what the quota counts
   * @param max the most to allow
   * @return the quota
   */
  public static Quota atMostWeekly(Category category, int max) {
    return new Quota(category, Per.WEEK, OptionalInt.empty(), OptionalInt.of(max));
  }

  /**
   * At least {@code min} and at most {@code max} a month.
   *
   * @param category what the quota counts
   * @param min the least to aim for
   * @param max the most to allow
   * @return the quota
   */
  public static Quota monthly(Category category, int min, int max) {
    return new Quota(category, Per.MONTH, OptionalInt.of(min), OptionalInt.of(max));
  }
}
