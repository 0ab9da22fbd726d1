package io.github.cadence.benchmarks;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.BuiltInRules;
import io.github.cadence.rule.builtin.ThankYouRule;
import java.time.Instant;
import java.util.List;

/** Makes the peers and checks that each gives Cadence's answer. */
final class Peers {
  /** The names {@link #create} knows, as the benchmarks' {@code peer} parameter takes them. */
  static final List<String> NAMES = List.of("naive", "easy-rules", "h2");

  /**
   * The rules every peer and Cadence answer with here: the built-in rules but {@code thank-you}
   * (added after the H2 peer's SQL was written; the generated network's inbound gives would call
   * for thanks that query does not know).
   */
  static final RuleSet RULES = BuiltInRules.defaults().toBuilder().disable(ThankYouRule.ID).build();

  private Peers() {}

  /** Loads a peer with the generated data; the rules of {@link #RULES}, in their order. */
  static Peer create(String name, GeneratedNetwork.Data data) {
    return switch (name) {
      case "naive" -> new NaivePeer(data, RULES.enabledRules());
      case "easy-rules" -> new EasyRulesPeer(data, RULES.enabledRules());
      case "h2" -> new H2Peer(data);
      default ->
          throw new IllegalArgumentException(
              "peer must be one of " + NAMES + ", was '" + name + "'");
    };
  }

  /** Cadence's network of the generated data. */
  static MutableNetwork network(GeneratedNetwork.Data data) {
    MutableNetwork network = new MutableNetwork();
    data.contacts().forEach(network::add);
    network.recordAll(data.touchpoints());
    return network;
  }

  /** Cadence's index of a network, built on all cores. */
  static QueueIndex index(MutableNetwork network, Instant asOf) {
    return QueueIndex.build(CadenceEngine.of(RULES).parallel(), network, asOf);
  }

  /** Cadence's top {@code k} from an index. */
  static List<Ranked> top(QueueIndex index, int k, Instant asOf) {
    return index.queue(QueueRequest.asOf(asOf).withLimit(k)).entries().stream()
        .map(Ranked::of)
        .toList();
  }

  /**
   * Checks that a peer's top k is Cadence's: the same contacts in the same order, due at the same
   * instants, with the same scores.
   *
   * @throws IllegalStateException naming the first place where they differ
   */
  static void checkSame(String peer, List<Ranked> cadence, List<Ranked> theirs) {
    if (cadence.isEmpty()) {
      throw new IllegalStateException("Cadence's queue is empty: nothing to compare");
    }
    for (int i = 0; i < Math.max(cadence.size(), theirs.size()); i++) {
      Ranked c = i < cadence.size() ? cadence.get(i) : null;
      Ranked p = i < theirs.size() ? theirs.get(i) : null;
      if (c == null || !c.equals(p)) {
        throw new IllegalStateException(
            String.format(
                "peer %s differs from Cadence at place %d: Cadence %s, %s %s",
                peer, i + 1, c, peer, p));
      }
    }
  }
}
