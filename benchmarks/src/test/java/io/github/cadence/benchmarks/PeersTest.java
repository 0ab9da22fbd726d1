package io.github.cadence.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.QueueIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every peer gives Cadence's answer on generated networks: at several instants (holds ending,
 * reconnects firing, new follow-ups coming due) and after recorded calls. The benchmarks check this
 * once before timing; this checks it on more cases, in CI.
 */
class PeersTest {
  private static final int CONTACTS = 3_000;

  @ParameterizedTest
  @ValueSource(strings = {"naive", "easy-rules", "h2"})
  void aPeerGivesCadencesTopFiftyAtEveryInstantAndAfterEveryCall(String name) {
    GeneratedNetwork.Data data = GeneratedNetwork.data(CONTACTS, 7, GeneratedNetwork.AS_OF);
    try (Peer peer = Peers.create(name, data)) {
      Instant asOf = GeneratedNetwork.AS_OF;
      QueueIndex index = Peers.index(Peers.network(data), asOf);
      for (int step = 0; step < 12; step++) {
        List<Ranked> cadence = Peers.top(index, 50, asOf);
        assertThat(cadence).hasSize(50);
        Peers.checkSame(name, cadence, peer.top(50, asOf));
        for (int n = step * 40; n < step * 40 + 40; n++) {
          index.record(GeneratedNetwork.call(n * 37, CONTACTS));
          peer.record(GeneratedNetwork.call(n * 37, CONTACTS));
        }
        asOf = asOf.plus(Duration.ofHours(7 + 19L * step));
      }
    }
  }

  @Test
  void aDifferentAnswerIsReportedWithTheFirstPlaceThatDiffers() {
    Ranked a = new Ranked("a", GeneratedNetwork.AS_OF, 2.0);
    Ranked b = new Ranked("b", GeneratedNetwork.AS_OF, 1.0);

    assertThatThrownBy(() -> Peers.checkSame("p", List.of(a, b), List.of(a)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "peer p differs from Cadence at place 2: Cadence Ranked[contactId=b");
    assertThatThrownBy(() -> Peers.checkSame("p", List.of(), List.of()))
        .hasMessage("Cadence's queue is empty: nothing to compare");
  }

  @Test
  void anUnknownPeerIsRejectedWithTheNamesItCouldBe() {
    assertThatThrownBy(
            () -> Peers.create("drools", GeneratedNetwork.data(1, 1, GeneratedNetwork.AS_OF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peer must be one of [naive, easy-rules, h2], was 'drools'");
  }
}
