package io.github.cadence.rule;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rule's answer for one contact: its suggestions, and until when they hold.
 *
 * <p>{@code validUntil} lets the engine know when to ask again without asking every contact every
 * time: as long as the contact and its history do not change, evaluating the rule at any instant
 * before {@code validUntil} gives the same suggestions (same kinds, instants, weights, channels and
 * intents; the reason's wording may mention elapsed time, such as "3 days ago", and is rendered
 * anew). A rule whose answer depends only on the history returns {@link Instant#MAX}; a rule about
 * dates says when the next date passes.
 *
 * @param suggestions the suggestions, possibly empty
 * @param validUntil the first instant at which the answer may change, given the same history
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public record Evaluation(List<Suggestion> suggestions, Instant validUntil) {

  private static final Evaluation NONE = new Evaluation(List.of(), Instant.MAX);

  /**
   * Validates every component and takes an immutable copy of the suggestions.
   *
   * @param suggestions the suggestions, possibly empty
   * @param validUntil the first instant at which the answer may change, given the same history
   */
  public Evaluation {
    suggestions = ImmutableList.copyOf(requireNonNull(suggestions, "suggestions"));
    requireNonNull(validUntil, "validUntil");
  }

  /**
   * No suggestion, for as long as the history does not change.
   *
   * @return the empty evaluation
   */
  public static Evaluation none() {
    return NONE;
  }

  /**
   * The given suggestions, for as long as the history does not change.
   *
   * @param suggestions the suggestions
   * @return the evaluation
   */
  public static Evaluation of(Suggestion... suggestions) {
    // An ImmutableList, which the constructor keeps as it is instead of copying it again.
    return new Evaluation(
        ImmutableList.copyOf(requireNonNull(suggestions, "suggestions")), Instant.MAX);
  }

  /**
   * The given suggestions, for as long as the history does not change.
   *
   * @param suggestions the suggestions
   * @return the evaluation
   */
  public static Evaluation of(List<? extends Suggestion> suggestions) {
    return new Evaluation(
        ImmutableList.copyOf(requireNonNull(suggestions, "suggestions")), Instant.MAX);
  }

  /**
   * Returns this evaluation, valid only until an instant.
   *
   * @param until the first instant at which the answer may change
   * @return the new evaluation
   */
  public Evaluation validUntil(Instant until) {
    return new Evaluation(suggestions, requireNonNull(until, "until"));
  }
}
