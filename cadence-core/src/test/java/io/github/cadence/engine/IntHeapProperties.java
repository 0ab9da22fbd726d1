package io.github.cadence.engine;

import static io.github.cadence.Generators.booleans;
import static io.github.cadence.Generators.keyOps;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.Generators.KeyOp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index's heap keeps its order and knows where each element is after any changes. */
class IntHeapProperties {

  /**
   * A heap of element numbers ordered by a key per element, as the index orders its pieces, with a
   * coarse summary of the key (its tens) as the heap's own key, so that both kinds of comparison
   * happen.
   */
  private static final class Keyed extends IntHeap {
    final long[] keys = new long[64];
    final int[] positions = new int[64];

    @Override
    int compare(int a, int b) {
      int c = Long.compare(keys[a], keys[b]);
      return c != 0 ? c : Integer.compare(a, b);
    }

    @Override
    int key(int element) {
      return (int) (keys[element] / 10);
    }

    @Override
    void placed(int element, int position) {
      positions[element] = position;
    }
  }

  @Test
  void anyChangesKeepTheHeapOrderedAndItsPositionsRight() {
    qt().forAll(keyOps(64, 200), booleans()).checkAssert(IntHeapProperties::keepsOrderAndPositions);
  }

  private static void keepsOrderAndPositions(List<KeyOp> ops, boolean bulk) {
    Keyed heap = new Keyed();
    TreeSet<Integer> expected = new TreeSet<>(heap::compare);
    boolean[] in = new boolean[64];
    int step = 0;
    for (KeyOp op : ops) {
      int element = op.key();
      if (in[element]) {
        expected.remove(element);
        heap.removeAt(heap.positions[element]);
        in[element] = false;
      }
      if (op instanceof KeyOp.Put) {
        heap.keys[element] = (element * 7919L + step++ * 31L) % 50;
        if (bulk) {
          heap.append(element);
        } else {
          heap.add(element);
        }
        expected.add(element);
        in[element] = true;
      }
      if (bulk) {
        heap.heapify();
      }
      assertThat(heap.size()).isEqualTo(expected.size());
      for (int i = 0; i < heap.size(); i++) {
        assertThat(heap.positions[heap.get(i)]).isEqualTo(i);
        if (i > 0) {
          assertThat(heap.compare(heap.get((i - 1) / 2), heap.get(i))).isNegative();
        }
      }
    }
    List<Integer> drained = new ArrayList<>();
    while (heap.size() > 0) {
      drained.add(heap.get(0));
      heap.removeAt(0);
    }
    assertThat(drained).containsExactlyElementsOf(expected);
  }
}
