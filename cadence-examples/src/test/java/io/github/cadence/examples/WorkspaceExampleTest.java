package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceExampleTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;

  @Test
  void aContactKeptInAFileIsThereAndRankedWhenTheFileIsOpenedAgain() {
    Path file = dir.resolve("network.cadence");
    Contact maria =
        Contact.builder("maria", NOW.minus(Duration.ofDays(400)))
            .displayName("Maria")
            .tier(Tier.A)
            .build();
    Touchpoint call =
        Touchpoint.builder("maria", NOW.minus(Duration.ofDays(19)))
            .channel(Channel.CALL)
            .direction(Direction.INBOUND)
            .build();

    FollowUpQueue queue = WorkspaceExample.keepInAFile(file, maria, call, NOW);

    assertThat(queue.first()).hasValueSatisfying(e -> assertThat(e.contact()).isEqualTo(maria));
    try (Workspace again = Workspace.sqlite(file).open(NOW)) {
      assertThat(again.touchpoints("maria")).containsExactly(call);
    }
  }
}
