package io.github.cadence.engine;

import static io.github.cadence.Generators.booleans;
import static io.github.cadence.Generators.filters;
import static io.github.cadence.Generators.gapsInHours;
import static io.github.cadence.Generators.ints;
import static io.github.cadence.Generators.networks;
import static io.github.cadence.Generators.oldTouchpoints;
import static io.github.cadence.Generators.picks;
import static io.github.cadence.Generators.seeds;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.Generators.OldTouch;
import io.github.cadence.Generators.Pick;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the queue over random networks, with the default rules. */
class QueueProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  @Test
  void theSameInputGivesTheSameQueueByteForByte() {
    qt().forAll(networks(), seeds())
        .checkAssert(
            (spec, seed) -> {
              FollowUpQueue recordedInOrder = ENGINE.queue(spec.build(), spec.asOf());
              FollowUpQueue recordedShuffled = ENGINE.queue(spec.build(seed), spec.asOf());

              assertThat(recordedShuffled).isEqualTo(recordedInOrder);
              assertThat(recordedShuffled.toString()).isEqualTo(recordedInOrder.toString());
            });
  }

  @Test
  void aParallelEvaluationGivesTheSameQueueFailuresIncluded() {
    RuleSet withFlakyRule = BuiltInRules.defaults().toBuilder().add(new FlakyRule()).build();
    qt(100)
        .forAll(networks())
        .checkAssert(
            spec -> {
              MutableNetwork network = spec.build();

              FollowUpQueue sequential =
                  CadenceEngine.of(withFlakyRule).queue(network, spec.asOf());
              FollowUpQueue parallel =
                  CadenceEngine.of(withFlakyRule).parallel().queue(network, spec.asOf());

              assertThat(parallel).isEqualTo(sequential);
            });
  }

  /** Fails for every other contact, to check that failures keep their order in parallel. */
  static final class FlakyRule implements Rule {
    @Override
    public String id() {
      return "flaky";
    }

    @Override
    public Evaluation evaluate(Contact contact, ContactHistory history, Instant asOf) {
      if (contact.id().hashCode() % 2 == 0) {
        throw new IllegalStateException("flaky for " + contact.id());
      }
      return Evaluation.none();
    }
  }

  @Test
  void theOrderIsTotalAndConsistentWithTheScores() {
    qt().forAll(networks())
        .checkAssert(
            spec -> {
              List<QueueEntry> entries = ENGINE.queue(spec.build(), spec.asOf()).entries();

              for (int i = 1; i < entries.size(); i++) {
                QueueEntry a = entries.get(i - 1);
                QueueEntry b = entries.get(i);
                assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
                if (a.score() == b.score()) {
                  assertThat(a.due()).isBeforeOrEqualTo(b.due());
                  if (a.due().equals(b.due())) {
                    assertThat(a.contact().id()).isLessThan(b.contact().id());
                  }
                }
              }
              assertThat(entries).extracting(e -> e.contact().id()).doesNotHaveDuplicates();
            });
  }

  @Test
  void noContactIsSuggestedInsideItsNoPesteringWindowUnlessTheyWroteSince() {
    qt().forAll(networks())
        .checkAssert(
            spec -> {
              MutableNetwork network = spec.build();
              Instant asOf = spec.asOf();

              for (QueueEntry e : ENGINE.queue(network, asOf).entries()) {
                Contact c = e.contact();
                ContactHistory history = network.history(c.id(), asOf);
                Optional<Instant> lastOutbound = history.lastOutbound();
                if (lastOutbound.isPresent() && !history.replyOwed()) {
                  Instant windowEnd =
                      ZonedDateTime.ofInstant(lastOutbound.get(), c.zone()).plusDays(3).toInstant();
                  assertThat(e.due()).as("due of %s", c.id()).isAfterOrEqualTo(windowEnd);
                  if (asOf.isBefore(windowEnd)) {
                    assertThat(e.isDueAt(asOf)).isFalse();
                  }
                }
              }
            });
  }

  @Test
  void aContactWithItsHistoryAloneGetsItsEntryInTheNetworksQueue() {
    RuleSet withFlakyRule = BuiltInRules.defaults().toBuilder().add(new FlakyRule()).build();
    CadenceEngine engine = CadenceEngine.of(withFlakyRule);
    qt(100)
        .forAll(networks())
        .checkAssert(
            spec -> {
              MutableNetwork network = spec.build();
              Instant asOf = spec.asOf();
              FollowUpQueue whole = engine.queue(network, asOf);
              for (Contact c : network.contacts()) {
                FollowUpQueue one = engine.queue(c, network.history(c.id(), asOf), asOf);
                assertThat(one.entries()).isEqualTo(whole.entryFor(c.id()).stream().toList());
                assertThat(one.failures())
                    .isEqualTo(
                        whole.failures().stream()
                            .filter(f -> f.contactId().equals(c.id()))
                            .toList());
              }
            });
  }

  @Test
  void unansweredAttemptsNeverDropAContact() {
    qt().forAll(networks()).checkAssert(QueueProperties::unansweredContactsStayInTheQueue);
  }

  private static void unansweredContactsStayInTheQueue(NetworkSpec spec) {
    MutableNetwork network = spec.build();
    Instant asOf = spec.asOf();
    FollowUpQueue queue = ENGINE.queue(network, asOf);

    for (Contact c : network.contacts()) {
      ContactHistory h = network.history(c.id(), asOf);
      if (h.consecutiveUnanswered() == 0 || c.status() instanceof ContactStatus.Archived) {
        continue;
      }
      Optional<QueueEntry> entry = queue.entryFor(c.id());
      assertThat(entry)
          .as("contact %s with %d unanswered attempts", c.id(), h.consecutiveUnanswered())
          .isPresent();
      Instant lastAttempt = h.unansweredAttempts().get(h.consecutiveUnanswered() - 1).at();
      Instant bound = ZonedDateTime.ofInstant(lastAttempt, c.zone()).plusDays(30).toInstant();
      Instant noPestering =
          ZonedDateTime.ofInstant(h.lastOutbound().orElseThrow(), c.zone()).plusDays(3).toInstant();
      bound = later(bound, noPestering);
      if (c.status() instanceof ContactStatus.Paused paused) {
        bound = later(bound, paused.firstDayBack().atStartOfDay(c.zone()).toInstant());
      }
      Optional<LocalDate> snoozed = c.snoozedUntil();
      if (snoozed.isPresent()) {
        bound = later(bound, snoozed.get().atStartOfDay(c.zone()).toInstant());
      }
      // A meeting planned with them holds the retry until it has passed.
      Optional<Instant> meeting = c.nextMeeting();
      if (meeting.isPresent()) {
        bound = later(bound, meeting.get());
      }
      assertThat(entry.get().due()).as("due of %s", c.id()).isBeforeOrEqualTo(bound);
    }
  }

  @Test
  void aLongStreakOfUnansweredAttemptsStillComesBackWithinThirtyDays() {
    qt().forAll(picks(), gapsInHours(15), ints(0, 60 * 24))
        .checkAssert(QueueProperties::aStreakComesBack);
  }

  private static void aStreakComesBack(Pick pick, List<Integer> gapsInHours, int hoursLater) {
    NetworkSpec spec = pick.network();
    MutableNetwork network = spec.build();
    String id = pick.contact();
    Contact c = network.contact(id).orElseThrow();
    network.update(c.toBuilder().status(ContactStatus.active()).build());
    List<Touchpoint> existing = network.touchpoints(id);
    Instant at =
        existing.isEmpty()
            ? spec.asOf()
            : later(spec.asOf(), existing.get(existing.size() - 1).at());
    Channel[] channels = {Channel.CALL, Channel.EMAIL, Channel.MESSAGE};
    for (int i = 0; i < gapsInHours.size(); i++) {
      at = at.plusSeconds(3600L * gapsInHours.get(i));
      network.record(
          Touchpoint.builder(id, at).channel(channels[i % 3]).outcome(Outcome.NO_RESPONSE).build());
    }
    Instant asOf = at.plusSeconds(3600L * hoursLater);

    Optional<QueueEntry> entry = ENGINE.entry(network, id, asOf);

    assertThat(entry).isPresent();
    Instant bound = ZonedDateTime.ofInstant(at, c.zone()).plusDays(30).toInstant();
    assertThat(entry.get().due()).isBeforeOrEqualTo(bound);
    assertThat(entry.get().isDueAt(asOf)).isEqualTo(!asOf.isBefore(entry.get().due()));
  }

  @Test
  void anOldTouchpointNeverMakesAContactMoreOverdue() {
    qt().forAll(picks(), oldTouchpoints()).checkAssert(QueueProperties::anOldTouchDoesNotHurry);
  }

  private static void anOldTouchDoesNotHurry(Pick pick, OldTouch old) {
    NetworkSpec spec = pick.network();
    MutableNetwork network = spec.build();
    Instant asOf = spec.asOf();
    String id = pick.contact();
    List<Touchpoint> existing = network.touchpoints(id);
    ContactHistory h = network.history(id, asOf);
    boolean hasAnswered = h.lastConversation().isPresent() || h.lastInbound().isPresent();
    if (existing.isEmpty() || !hasAnswered) {
      return;
    }
    Optional<QueueEntry> before = ENGINE.entry(network, id, asOf);

    Instant earliest = existing.get(0).at();
    network.record(old.before(id, earliest));
    Optional<QueueEntry> after = ENGINE.entry(network, id, asOf);

    assertThat(after.isPresent()).isEqualTo(before.isPresent());
    before.ifPresent(b -> assertThat(after.get().due()).isAfterOrEqualTo(b.due()));
  }

  @Test
  void aPageIsTheSameSliceOfTheWholeQueue() {
    qt().forAll(networks(), ints(0, 14), ints(1, 14))
        .checkAssert(
            (spec, offset, limit) -> {
              MutableNetwork network = spec.build();
              List<QueueEntry> all = ENGINE.queue(network, spec.asOf()).entries();

              FollowUpQueue page =
                  ENGINE.queue(
                      network, QueueRequest.asOf(spec.asOf()).withOffset(offset).withLimit(limit));

              assertThat(page.entries())
                  .isEqualTo(
                      all.subList(
                          Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
              assertThat(page.totalMatching()).isEqualTo(all.size());
            });
  }

  @Test
  void aFilteredQueueKeepsTheOrderOfTheWholeQueue() {
    qt().forAll(networks(), filters(), booleans())
        .checkAssert(
            (spec, filter, dueOnly) -> {
              MutableNetwork network = spec.build();
              List<QueueEntry> all = ENGINE.queue(network, spec.asOf()).entries();

              FollowUpQueue filtered =
                  ENGINE.queue(
                      network,
                      QueueRequest.asOf(spec.asOf()).withFilter(filter).withDueOnly(dueOnly));

              assertThat(filtered.entries())
                  .isEqualTo(
                      all.stream()
                          .filter(filter::matches)
                          .filter(e -> !dueOnly || e.isDueAt(spec.asOf()))
                          .toList());
            });
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
