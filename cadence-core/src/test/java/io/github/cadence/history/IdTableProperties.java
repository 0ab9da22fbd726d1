package io.github.cadence.history;

import static io.github.cadence.Generators.keyOps;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.KeyOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network's id table answers like a linked hash map after any adds and removes. */
class IdTableProperties {

  @Test
  void addsAndRemovesKeepLookupsAndOrder() {
    qt().forAll(keyOps(40, 300)).checkAssert(IdTableProperties::answersLikeALinkedHashMap);
  }

  private static void answersLikeALinkedHashMap(List<KeyOp> ops) {
    IdTable<String> table = new IdTable<>(s -> s);
    Map<String, String> expected = new LinkedHashMap<>();
    for (KeyOp op : ops) {
      String id = "k" + op.key();
      if (op instanceof KeyOp.Put) {
        if (!expected.containsKey(id)) {
          table.add(id);
          expected.put(id, id);
        }
      } else {
        assertThat(table.remove(id)).isEqualTo(expected.remove(id) != null);
      }
      assertThat(table.size()).isEqualTo(expected.size());
    }
    for (int k = 0; k < 40; k++) {
      assertThat(table.get("k" + k)).isEqualTo(expected.get("k" + k));
    }
    List<String> order = new ArrayList<>();
    table.forEach(order::add);
    assertThat(order).containsExactlyElementsOf(expected.keySet());
  }
}
