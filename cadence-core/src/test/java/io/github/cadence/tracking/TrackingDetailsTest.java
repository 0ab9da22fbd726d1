package io.github.cadence.tracking;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inbound;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanningScenario;
import io.github.cadence.plan.Span;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tracking in the planner's scenarios: what counts as done, reactivated or a role's touch. */
class TrackingDetailsTest extends PlanningScenario {
  @Test
  void aReplyFromThePlannedContactCountsAsDoneButMeetingAtAnEventDoesNot() {
    network.add(contact("a").build());
    network.add(contact("b").build());
    PlanMemory memory =
        new PlanMemory(
            List.of(
                new PlanMemory.PlannedTouch("a", MONDAY, Category.OTHER),
                new PlanMemory.PlannedTouch("b", MONDAY, Category.OTHER)));
    network.record(
        Touchpoint.builder("a", NOW.plus(Duration.ofHours(1)))
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .outcome(Outcome.REPLIED)
            .build());
    network.record(
        Touchpoint.builder("b", NOW.plus(Duration.ofHours(1)))
            .channel(Channel.EVENT)
            .outcome(Outcome.SENT)
            .build());

    WeeklyReview review =
        Tracker.of(ZoneOffset.UTC).review(network, queue(), memory, MONDAY, List.of());

    assertThat(review.done()).isEqualTo(1);
    assertThat(review.missed()).containsExactly("b");
    // Then b writes, even with no outcome beyond "sent": any touch they start counts.
    network.record(inbound("b", NOW.plus(Duration.ofHours(2)), Channel.EMAIL));
    assertThat(
            Tracker.of(ZoneOffset.UTC).review(network, queue(), memory, MONDAY, List.of()).done())
        .isEqualTo(2);
    assertThat(new WeeklyReview(MONDAY, 0, 0, List.of(), 0, Map.of(), List.of()).metThePlan())
        .isFalse();
  }

  @Test
  void onlyClientsAreReactivatedAndOnlyAfterSixtyDaysOfSilence() {
    network.add(contact("ken").roles(Role.CLIENT).build());
    network.add(contact("lou").build());
    network.add(contact("old").roles(Role.CLIENT).build());
    network.record(conversation("ken", daysAgo(80), Channel.CALL));
    network.record(conversation("ken", daysAgo(20), Channel.CALL));
    network.record(conversation("lou", daysAgo(150), Channel.CALL));
    network.record(conversation("lou", daysAgo(20), Channel.CALL));
    network.record(conversation("old", daysAgo(200), Channel.CALL));
    network.record(conversation("old", daysAgo(120), Channel.CALL));

    GoalProgress p =
        Tracker.of(ZoneOffset.UTC)
            .progress(Goal.reactivatedClients(1, Span.QUARTER), network, MONDAY);

    assertThat(p.achieved())
        .as("ken: back after exactly 60 days; old: outside the quarter")
        .isEqualTo(1);
    assertThat(p.describe()).endsWith(": met");
  }

  @Test
  void roleTouchesCountOnlyThatRolesOutboundTouches() {
    network.add(contact("c").roles(Role.CLIENT).build());
    network.add(contact("p").roles(Role.PROSPECT).build());
    network.record(conversation("c", NOW, Channel.CALL));
    network.record(conversation("p", NOW, Channel.CALL));
    network.record(inbound("c", NOW, Channel.EMAIL));

    Goal goal = Goal.touches(Role.CLIENT, 5, Span.WEEK);

    assertThat(goal.name()).isEqualTo("5 client touches per week");
    assertThat(Tracker.of(ZoneOffset.UTC).progress(goal, network, MONDAY).achieved()).isEqualTo(1);
  }

  // "Plurals right everywhere": "1 event per month", not "1 events".
  @Test
  void goalsAreNamedWithTheRightPlural() {
    assertThat(Goal.events(1, Span.MONTH).name()).isEqualTo("1 event per month");
    assertThat(Goal.events(2, Span.MONTH).name()).isEqualTo("2 events per month");
    assertThat(Goal.touches(1, Span.WEEK).name()).isEqualTo("1 touch per week");
    assertThat(Goal.touches(Role.CLIENT, 1, Span.WEEK).name()).isEqualTo("1 client touch per week");
    assertThat(Goal.newContacts(1, Span.WEEK).name()).isEqualTo("1 new contact per week");
    assertThat(Goal.reactivatedClients(3, Span.QUARTER).name())
        .isEqualTo("3 reactivated clients per quarter");
  }
}
