package io.github.cadence.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How many items of a category to aim for, and not to exceed, per week or per month. Both bounds
 * are optional: a minimum shapes the mix (the weekly partner gets in even when clients alone would
 * fill the time), a maximum keeps one category from crowding out the others.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Quota {
  private final Category category;
  private final Span span;
  private final @Nullable Integer min;
  private final @Nullable Integer max;

  private Quota(Category category, Span span, @Nullable Integer min, @Nullable Integer max) {
    requireNonNull(category, "category");
    requireNonNull(span, "span");
    if (min != null) {
      checkArgument(min >= 0, "min of %s must be zero or more, was %s", category.label(), min);
    }
    if (max != null) {
      checkArgument(max >= 1, "max of %s must be at least 1, was %s", category.label(), max);
    }
    if (min != null && max != null) {
      checkArgument(
          min <= max,
          "min of %s must not exceed its max, was min %s, max %s",
          category.label(),
          min,
          max);
    }
    this.category = category;
    this.span = span;
    this.min = min;
    this.max = max;
  }

  /**
   * What the quota counts.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * The period the bounds apply to.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * The least to aim for, if any; zero or more.
   *
   * @return the min
   */
  public OptionalInt min() {
    return min == null ? OptionalInt.empty() : OptionalInt.of(min);
  }

  /**
   * The most to allow, if any; at least {@code min} and at least 1.
   *
   * @return the max
   */
  public OptionalInt max() {
    return max == null ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * At least {@code min} and at most {@code max} per span.
   *
   * @param category what the quota counts
   * @param span the period the bounds apply to
   * @param min the least to aim for; zero or more
   * @param max the most to allow; at least {@code min} and at least 1
   * @return the quota
   * @throws IllegalArgumentException naming the category and the value that is out of range
   */
  public static Quota between(Category category, Span span, int min, int max) {
    return new Quota(category, span, min, max);
  }

  /**
   * At least {@code min} per span, no maximum.
   *
   * @param category what the quota counts
   * @param span the period the bound applies to
   * @param min the least to aim for; zero or more
   * @return the quota
   * @throws IllegalArgumentException naming the category and the value if it is negative
   */
  public static Quota atLeast(Category category, Span span, int min) {
    return new Quota(category, span, min, null);
  }

  /**
   * At most {@code max} per span, no minimum.
   *
   * @param category what the quota counts
   * @param span the period the bound applies to
   * @param max the most to allow; at least 1
   * @return the quota
   * @throws IllegalArgumentException naming the category and the value if it is below 1
   */
  public static Quota atMost(Category category, Span span, int max) {
    return new Quota(category, span, null, max);
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
    return between(category, Span.WEEK, min, max);
  }

  /**
   * At least {@code min} a week, no maximum.
   *
   * @param category what the quota counts
   * @param min the least to aim for
   * @return the quota
   */
  public static Quota atLeastWeekly(Category category, int min) {
    return atLeast(category, Span.WEEK, min);
  }

  /**
   * At most {@code max} a week, no minimum.
   *
   * @param category what the quota counts
   * @param max the most to allow
   * @return the quota
   */
  public static Quota atMostWeekly(Category category, int max) {
    return atMost(category, Span.WEEK, max);
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
    return between(category, Span.MONTH, min, max);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Quota o
        && category.equals(o.category)
        && span.equals(o.span)
        && Objects.equals(min, o.min)
        && Objects.equals(max, o.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, span, min, max);
  }

  @Override
  public String toString() {
    return "Quota["
        + "category="
        + category
        + ", "
        + "span="
        + span
        + ", "
        + "min="
        + min()
        + ", "
        + "max="
        + max()
        + "]";
  }
}
