package io.github.cadence.history;

import static io.github.cadence.Generators.histories;
import static io.github.cadence.Generators.longs;
import static io.github.cadence.Generators.seeds;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Fixtures;
import io.github.cadence.Generators.TouchSpec;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistoryProperties {

  private static List<Touchpoint> of(List<TouchSpec> specs) {
    return specs.stream().map(s -> s.toTouchpoint("a")).collect(Collectors.toList());
  }

  @Test
  void recordingTouchpointsInAnyOrderGivesTheSameSummary() {
    qt().forAll(histories(30), seeds())
        .checkAssert(
            (specs, seed) -> {
              List<Touchpoint> touchpoints = of(specs);
              List<Touchpoint> shuffled = new ArrayList<>(touchpoints);
              Collections.shuffle(shuffled, new Random(seed));
              List<Touchpoint> chronological = new ArrayList<>(touchpoints);
              chronological.sort(Comparator.comparing(Touchpoint::at));

              ContactHistory expected = ContactHistory.of(chronological);
              assertThat(ContactHistory.of(shuffled)).isEqualTo(expected);
              assertThat(ContactHistory.of(touchpoints)).isEqualTo(expected);
            });
  }

  @Test
  void theHistoryAsOfAnInstantIsTheSummaryOfTheTouchpointsUpToIt() {
    // As of 20 days before to 20 days after NOW, by the minute.
    qt().forAll(histories(30), longs(-20L * 24 * 60, 20L * 24 * 60 - 1))
        .checkAssert(
            (specs, minutesFromNow) -> {
              Instant asOf = Fixtures.NOW.plusSeconds(60 * minutesFromNow);
              List<Touchpoint> touchpoints = of(specs);
              MutableNetwork network = new MutableNetwork().add(Fixtures.contact("a").build());
              touchpoints.forEach(network::record);

              // The same touchpoint recorded twice counts once.
              List<Touchpoint> distinct = touchpoints.stream().distinct().toList();
              List<Touchpoint> past = distinct.stream().filter(t -> !t.at().isAfter(asOf)).toList();
              assertThat(network.history("a", asOf)).isEqualTo(ContactHistory.of(past));
              assertThat(network.history("a")).isEqualTo(ContactHistory.of(distinct));
            });
  }

  @Test
  void unansweredAttemptsAreExactlyTheAttemptsAfterTheLastAnswer() {
    qt().forAll(histories(30))
        .checkAssert(
            specs -> {
              List<Touchpoint> touchpoints = of(specs);
              ContactHistory h = ContactHistory.of(touchpoints);

              Instant lastAnswer =
                  touchpoints.stream()
                      .filter(t -> t.isConversation() || t.direction() == Direction.INBOUND)
                      .map(Touchpoint::at)
                      .max(Comparator.naturalOrder())
                      .orElse(Instant.MIN);
              long expected =
                  touchpoints.stream()
                      .filter(Touchpoint::isAttempt)
                      .filter(t -> t.at().isAfter(lastAnswer))
                      .count();
              assertThat(h.consecutiveUnanswered()).isEqualTo(expected);
              assertThat(h.unansweredAttempts())
                  .isSortedAccordingTo(Comparator.comparing(ContactHistory.Attempt::at));
            });
  }

  @Test
  void theRawTouchpointsComeBackAsRecordedOldestFirst() {
    qt().forAll(histories(30), seeds())
        .checkAssert(HistoryProperties::rawTouchpointsComeBackOldestFirst);
  }

  private static boolean sameBesidesSource(Touchpoint a, Touchpoint b) {
    return a.at().equals(b.at())
        && a.channel() == b.channel()
        && a.direction() == b.direction()
        && a.outcome() == b.outcome()
        && a.intent() == b.intent()
        && a.note().equals(b.note());
  }

  private static void rawTouchpointsComeBackOldestFirst(List<TouchSpec> specs, long seed) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Touchpoint t = specs.get(i).toTouchpoint("a");
      Touchpoint.Builder b =
          Touchpoint.builder(t.contactId(), t.at())
              .channel(t.channel())
              .direction(t.direction())
              .outcome(t.outcome())
              .intent(t.intent());
      t.note().ifPresent(b::note);
      if (i % 3 == 0) {
        b.note("note " + i);
      }
      if (i % 4 == 0) {
        b.source("import:" + i);
      }
      touchpoints.add(b.build());
    }
    Collections.shuffle(touchpoints, new Random(seed));
    MutableNetwork network = new MutableNetwork().add(Fixtures.contact("a").build());
    touchpoints.forEach(network::record);
    MutableNetwork copy = MutableNetwork.copyOf(network);
    copy.record(Fixtures.conversation("a", Fixtures.NOW, Channel.CALL, Intent.NEUTRAL));

    // The same touchpoint recorded twice is kept once: the first recorded, whose source key stays.
    List<Touchpoint> expected = new ArrayList<>();
    for (Touchpoint t : touchpoints) {
      if (expected.stream().noneMatch(e -> sameBesidesSource(e, t))) {
        expected.add(t);
      }
    }
    expected.sort(Comparator.comparing(Touchpoint::at));
    assertThat(network.touchpoints("a")).containsExactlyElementsOf(expected);
    assertThat(copy.touchpoints("a")).hasSize(expected.size() + 1);
  }

  @Test
  void aSummaryRestoredFromItsPartsEqualsTheSummary() {
    qt().forAll(histories(30))
        .checkAssert(
            specs -> {
              ContactHistory h = ContactHistory.of(of(specs));
              assertThat(restored(h)).isEqualTo(h);
              assertThat(restored(h).toString()).isEqualTo(h.toString());
            });
  }

  /** The summary rebuilt from what its getters say, as a store of summaries would. */
  static ContactHistory restored(ContactHistory h) {
    ContactHistory.Builder b = ContactHistory.builder().gives(h.gives()).asks(h.asks());
    h.lastTouch().ifPresent(b::lastTouch);
    h.lastConversation().ifPresent(b::lastConversation);
    h.lastInbound()
        .ifPresent(
            at ->
                b.lastInbound(
                    at, h.lastInboundChannel().orElseThrow(), h.lastInboundAsksForAnswer()));
    h.lastOutbound().ifPresent(b::lastOutbound);
    h.lastReached().ifPresent(b::lastReached);
    h.lastEvent().ifPresent(at -> b.lastEvent(at, h.lastEventNote().orElse(null)));
    h.lastBroadcast().ifPresent(b::lastBroadcast);
    h.lastGiveReceived().ifPresent(b::lastGiveReceived);
    b.givesReceived(h.givesReceived());
    h.recentTouches().forEach(b::recent);
    // In reverse: the builder takes them in any order.
    List<ContactHistory.Attempt> attempts = new ArrayList<>(h.unansweredAttempts());
    Collections.reverse(attempts);
    attempts.forEach(b::unanswered);
    for (Channel c : Channel.values()) {
      b.count(c, h.count(c));
    }
    return b.build();
  }
}
