package io.github.cadence.tracking;

import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Role;
import io.github.cadence.plan.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Goals, their progress and weekly reviews are values. */
class ResultValuesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final Goal FIVE = Goal.touches(Role.CLIENT, 5, Span.WEEK);

  @Test
  void goalsAreValues() {
    assertValue(
        () -> Goal.touches(Role.CLIENT, 5, Span.WEEK),
        List.of(
            new Goal("other", Goal.Kind.TOUCHES, 5, Span.WEEK, Role.CLIENT),
            Goal.touches(5, Span.WEEK),
            Goal.touches(Role.CLIENT, 6, Span.WEEK),
            Goal.touches(Role.CLIENT, 5, Span.MONTH),
            Goal.touches(Role.PROSPECT, 5, Span.WEEK),
            Goal.events(5, Span.WEEK)),
        "5 client touches per week",
        "kind=TOUCHES",
        "target=5",
        "span=WEEK");
  }

  @Test
  void progressAndReviewsAreValues() {
    assertValue(
        () -> new GoalProgress(FIVE, MONDAY, MONDAY.plusDays(7), 3),
        List.of(
            new GoalProgress(Goal.events(1, Span.WEEK), MONDAY, MONDAY.plusDays(7), 3),
            new GoalProgress(FIVE, MONDAY.minusDays(7), MONDAY.plusDays(7), 3),
            new GoalProgress(FIVE, MONDAY, MONDAY.plusDays(8), 3),
            new GoalProgress(FIVE, MONDAY, MONDAY.plusDays(7), 4)),
        "achieved=3",
        "from=2026-11-23");
    assertThatThrownBy(() -> new GoalProgress(FIVE, MONDAY, MONDAY, -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("achieved must be zero or more, was -1");
    GoalProgress progress = new GoalProgress(FIVE, MONDAY, MONDAY.plusDays(7), 3);
    assertThat(progress.goal()).isEqualTo(FIVE);
    assertThat(progress.from()).isEqualTo(MONDAY);
    assertThat(progress.toExclusive()).isEqualTo(MONDAY.plusDays(7));
    assertThat(progress.achieved()).isEqualTo(3);
    assertValue(
        () -> new WeeklyReview(MONDAY, 4, 3, List.of("bo"), 2, Map.of("A", 1), List.of(progress)),
        List.of(
            new WeeklyReview(
                MONDAY.plusDays(7), 4, 3, List.of("bo"), 2, Map.of("A", 1), List.of(progress)),
            new WeeklyReview(MONDAY, 5, 3, List.of("bo"), 2, Map.of("A", 1), List.of(progress)),
            new WeeklyReview(MONDAY, 4, 2, List.of("bo"), 2, Map.of("A", 1), List.of(progress)),
            new WeeklyReview(MONDAY, 4, 3, List.of(), 2, Map.of("A", 1), List.of(progress)),
            new WeeklyReview(MONDAY, 4, 3, List.of("bo"), 3, Map.of("A", 1), List.of(progress)),
            new WeeklyReview(MONDAY, 4, 3, List.of("bo"), 2, Map.of("A", 2), List.of(progress)),
            new WeeklyReview(MONDAY, 4, 3, List.of("bo"), 2, Map.of("A", 1), List.of())),
        "planned=4",
        "done=3",
        "missed=[bo]",
        "streak=2");
    assertThatThrownBy(() -> new WeeklyReview(MONDAY, 0, 0, List.of(), -1, Map.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("streak must be zero or more, was -1");
  }
}
