package io.github.cadence.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The network's id table answers like a linked hash map after any adds and removes. */
class IdTableProperties {

  @Provide
  Arbitrary<List<Integer>> ops() {
    // Non-negative: add id "k" + op if absent; negative: remove id "k" + (-op - 1).
    return Arbitraries.integers().between(-40, 39).list().ofMaxSize(300);
  }

  @Property
  void addsAndRemovesKeepLookupsAndOrder(@ForAll("ops") List<Integer> ops) {
    IdTable<String> table = new IdTable<>(s -> s);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int op : ops) {
      String id = "k" + (op >= 0 ? op : -op - 1);
      if (op >= 0) {
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
