package io.github.cadence.jdbc;

import static io.github.cadence.Generators.indexScenarios;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import io.github.cadence.Generators.IndexOp;
import io.github.cadence.Generators.IndexScenario;
import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of changes and queries (the index properties' scenarios of cadence-core) run
 * through an SQLite workspace and through a plain in-memory network side by side.
 */
class WorkspaceProperties {
  private static final CadenceEngine ENGINE = CadenceEngine.of(BuiltInRules.defaults());

  @Test
  void aWorkspaceAnswersLikeTheNetworkAndReopensToTheSameNetwork() {
    qt(40).forAll(indexScenarios()).checkAssert(WorkspaceProperties::sameAsTheNetwork);
  }

  private static void sameAsTheNetwork(IndexScenario scenario) {
    Path dir;
    try {
      dir = Files.createTempDirectory("cadence-property");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path file = dir.resolve("network.cadence");
      NetworkSpec spec = scenario.network();
      MutableNetwork mirror = spec.build();
      Instant now = spec.asOf();
      try (Workspace w = Workspace.sqlite(file).engine(ENGINE).open(now)) {
        w.importAll(mirror.contacts(), spec.touchpoints());
        for (IndexOp op : scenario.ops()) {
          if (op instanceof IndexOp.Record r && mirror.contains(r.contact())) {
            Touchpoint t = r.toTouchpoint(now);
            w.record(t);
            mirror.record(t);
          } else if (op instanceof IndexOp.Remove r) {
            assertThat(w.remove(r.contact())).isEqualTo(mirror.remove(r.contact()));
          } else if (op instanceof IndexOp.Advance a) {
            now = now.plus(a.by());
          } else if (op instanceof IndexOp.Query q) {
            QueueRequest request = q.request(now);
            assertThat(w.queue(request)).isEqualTo(ENGINE.queue(mirror, request));
          }
        }
      }
      try (Workspace again = Workspace.sqlite(file).engine(ENGINE).open(spec.asOf())) {
        assertThat(again.contacts())
            .isEqualTo(
                mirror.contacts().stream().sorted(Comparator.comparing(Contact::id)).toList());
        for (Contact c : mirror.contacts()) {
          assertThat(again.touchpoints(c.id())).isEqualTo(mirror.touchpoints(c.id()));
        }
        assertThat(again.queue(QueueRequest.asOf(now))).isEqualTo(ENGINE.queue(mirror, now));
      }
    } finally {
      try {
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      } catch (IOException e) {
        // A temporary directory: the system clears it.
      }
    }
  }
}
