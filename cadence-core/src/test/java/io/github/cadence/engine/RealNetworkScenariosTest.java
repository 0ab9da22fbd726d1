package io.github.cadence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.Intake;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue through the library on a network like a real person's, generated from a seed: 1,500
 * LinkedIn connections made since 2012, most never talked to and not mapped; about 200 the user
 * messaged over three years and placed in tiers A, B and C; 30 who wrote in the last ten days and
 * wait for an answer; three connected this week; a few snoozed. The command's own test of the same
 * kind is {@code RealNetworkTest} in cadence-cli.
 */
class RealNetworkScenariosTest {
  private static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  private final MutableNetwork network = new MutableNetwork();
  private final Set<String> owed = new HashSet<>();
  private final Set<String> metThisWeek = new HashSet<>();
  private final Set<String> snoozed = new HashSet<>();
  private final Set<String> neverTalked = new HashSet<>();

  private static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  private static Touchpoint message(String id, Instant at, Direction direction) {
    return Touchpoint.builder(id, at)
        .channel(Channel.MESSAGE)
        .direction(direction)
        .outcome(direction == Direction.OUTBOUND ? Outcome.REPLIED : Outcome.CONNECTED)
        .build();
  }

  @BeforeEach
  void generate() {
    Random random = new Random(20261130L);
    List<Touchpoint> touches = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String id = "c" + i;
      LocalDate connected =
          i < 3 ? TODAY.minusDays(1 + i) : TODAY.minusDays(60 + random.nextInt(14 * 365));
      Contact.Builder b =
          Contact.builder(id, connected.atStartOfDay(ZoneOffset.UTC).toInstant())
              .displayName("Person " + i)
              .firstMet(FirstMeeting.at(connected, "LinkedIn"))
              .handles(Handle.profile("https://www.linkedin.com/in/person-" + i));
      if (i % 12 == 0) {
        b.handles(Handle.email("person" + i + "@example.com"));
      }
      boolean talked = i >= 3 && i < 203;
      if (i < 3) {
        metThisWeek.add(id);
        b.status(ContactStatus.unmapped());
      } else if (talked) {
        b.tier(i < 23 ? Tier.A : i < 73 ? Tier.B : Tier.C);
        // Three years of messages, in both directions, none in the last 40 days: a reply owed
        // that long ago has expired (after 30 days), so only the 30 below are owed one.
        int messages = 2 + random.nextInt(40);
        for (int m = 0; m < messages; m++) {
          touches.add(
              message(
                  id,
                  daysAgo(40 + random.nextInt(3 * 365)),
                  m % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND));
        }
        if (i < 33) {
          // Wrote within the last ten days; no answer yet.
          owed.add(id);
          touches.add(message(id, daysAgo(0.2 + random.nextInt(10)), Direction.INBOUND));
        } else if (i < 38) {
          snoozed.add(id);
          b.snoozedUntil(TODAY.plusDays(7));
        }
      } else {
        neverTalked.add(id);
        b.status(ContactStatus.unmapped());
      }
      network.add(b.build());
    }
    network.recordAll(touches);
  }

  private FollowUpQueue due() {
    return ENGINE.queue(
        network, QueueRequest.asOf(NOW).withDueOnly(true).withLimit(Integer.MAX_VALUE));
  }

  @Test
  void repliesOwedComeFirstThenTheOtherClosingWindowsThenTheRhythmThenTheIntake() {
    List<QueueEntry> due = due().entries();

    List<String> ids = due.stream().map(e -> e.contact().id()).toList();
    int firstRhythm = 0;
    while (Category.of(due.get(firstRhythm)).closesWindow()
        || Category.of(due.get(firstRhythm)) == Category.REPLY) {
      firstRhythm++;
    }
    assertThat(ids.subList(0, firstRhythm)).containsAll(owed).containsAll(metThisWeek);
    assertThat(ids.subList(0, owed.size() + metThisWeek.size()))
        .containsExactlyInAnyOrderElementsOf(union(owed, metThisWeek));
    boolean intakeSeen = false;
    for (QueueEntry e : due) {
      boolean intake = Category.of(e) == Category.INTAKE;
      assertThat(intakeSeen && !intake)
          .as("%s, %s, after a contact to map", e.contact().id(), Category.of(e))
          .isFalse();
      intakeSeen |= intake;
    }
  }

  @Test
  void dueCountsFollowUpsAndTheIntakeApartAndOffersFiveADay() {
    FollowUpQueue due = due();

    assertThat(Intake.waiting(due)).isEqualTo(neverTalked.size());
    assertThat(Intake.followUps(due).size() + Intake.waiting(due)).isEqualTo(due.size());
    assertThat(Intake.followUps(due).size()).isBetween(owed.size(), 200 + metThisWeek.size());
    assertThat(Intake.offered(due, Intake.DEFAULT_PER_DAY))
        .hasSize(5)
        .allSatisfy(e -> assertThat(neverTalked).contains(e.contact().id()));
  }

  @Test
  void everySuggestedChannelIsOneTheContactCanBeReachedOn() {
    for (QueueEntry e : ENGINE.queue(network, NOW).entries()) {
      Set<Handle.Kind> kinds = new HashSet<>();
      e.contact().handles().forEach(h -> kinds.add(h.kind()));
      assertThat(e.reachable()).isTrue();
      switch (e.channel()) {
        case CALL -> assertThat(kinds).as(e.contact().id()).contains(Handle.Kind.PHONE);
        case EMAIL -> assertThat(kinds).as(e.contact().id()).contains(Handle.Kind.EMAIL);
        case MESSAGE ->
            assertThat(kinds)
                .as(e.contact().id())
                .containsAnyOf(Handle.Kind.PHONE, Handle.Kind.PROFILE);
        case SOCIAL -> assertThat(kinds).as(e.contact().id()).contains(Handle.Kind.PROFILE);
        default -> assertThat(kinds).as(e.contact().id()).isNotEmpty();
      }
    }
  }

  @Test
  void snoozedContactsAreNotDueInTheQueueNorInItsIndex() {
    QueueIndex index = QueueIndex.build(ENGINE, network, NOW);
    FollowUpQueue indexed =
        index.queue(QueueRequest.asOf(NOW).withDueOnly(true).withLimit(Integer.MAX_VALUE));

    assertThat(indexed)
        .isEqualTo(
            index.read(
                n ->
                    ENGINE.queue(
                        n, QueueRequest.asOf(NOW).withDueOnly(true).withLimit(Integer.MAX_VALUE))));
    assertThat(indexed.entries())
        .extracting(e -> e.contact().id())
        .doesNotContainAnyElementsOf(snoozed);
    for (String id : snoozed) {
      assertThat(index.read(n -> ENGINE.queue(n, NOW)).entryFor(id).orElseThrow().due())
          .isEqualTo(TODAY.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }

  @Test
  void aDoneDayIsNotRefilled() {
    Planner planner = Planner.of(PlanSettings.defaults());
    Agenda first = planner.plan(ENGINE.queue(network, NOW), TODAY, 1);
    PlanMemory memory = PlanMemory.empty().remember(first);
    List<AgendaItem.Touch> planned = first.touches();
    assertThat(planned).hasSizeGreaterThan(3);

    for (AgendaItem.Touch t : planned.subList(0, 3)) {
      planner.markDone(network, t, NOW.plus(Duration.ofMinutes(5)), Outcome.CONNECTED);
    }
    Agenda again =
        planner.plan(ENGINE.queue(network, NOW.plus(Duration.ofMinutes(10))), TODAY, 1, memory);

    assertThat(again.touches())
        .extracting(t -> t.contact().id())
        .containsExactlyInAnyOrderElementsOf(planned.stream().map(t -> t.contact().id()).toList());
    assertThat(again.touches()).filteredOn(AgendaItem.Touch::isDone).hasSize(3);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
