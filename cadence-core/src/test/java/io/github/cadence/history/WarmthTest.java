package io.github.cadence.history;

import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How warm a tie is: conversations, who started them, how soon replies come. */
class WarmthTest {
  private static final Instant T = Instant.parse("2026-11-01T09:00:00Z");
  private static final long DAY = Duration.ofDays(1).toMillis();

  private static long out(long millis) {
    return (T.toEpochMilli() + millis) << 1;
  }

  private static long in(long millis) {
    return (T.toEpochMilli() + millis) << 1 | 1;
  }

  @Test
  void conversationsSplitAfterThreeDaysAndRepliesCountWithinTwoWeeks() {
    Warmth w =
        Warmth.of(
            new long[] {
              out(0),
              in(3 * DAY), // one conversation (exactly three days apart), a reply
              in(6 * DAY + 1), // theirs (more than three days later)
              out(30 * DAY),
              in(44 * DAY + 1) // a reply two weeks and a millisecond late: none
            });
    assertThat(w.conversations()).isEqualTo(4);
    assertThat(w.startedByThem()).isEqualTo(2);
    assertThat(w.replies()).isEqualTo(1);
    assertThat(w.typicalReply()).contains(Duration.ofDays(3));
  }

  @Test
  void theLastSixCountAndTheMedianIsTheLowerOfTheMiddleTwo() {
    long[] touches = new long[16];
    for (int i = 0; i < 8; i++) {
      touches[2 * i] = out(i * 10 * DAY);
      touches[2 * i + 1] = in(i * 10 * DAY + (i + 1) * 60_000L);
    }
    Warmth w = Warmth.of(touches);
    assertThat(w.conversations()).isEqualTo(6);
    assertThat(w.startedByThem()).isZero();
    assertThat(w.replies()).isEqualTo(6);
    assertThat(w.typicalReply()).contains(Duration.ofMinutes(5));
  }

  @Test
  void warmthsAreValuesAndCheckTheirCounts() {
    assertValue(
        () -> new Warmth(3, 1, 2, Optional.of(Duration.ofHours(2))),
        List.of(
            new Warmth(4, 1, 2, Optional.of(Duration.ofHours(2))),
            new Warmth(3, 2, 2, Optional.of(Duration.ofHours(2))),
            new Warmth(3, 1, 1, Optional.of(Duration.ofHours(2))),
            new Warmth(3, 1, 2, Optional.of(Duration.ofHours(3)))),
        "3 conversations, 1 started by them, 2 replies, typically PT2H");
    assertThat(Warmth.NONE).hasToString("Warmth[0 conversations, 0 started by them, 0 replies]");
    for (Runnable bad :
        List.<Runnable>of(
            () -> new Warmth(-1, 0, 0, Optional.empty()),
            () -> new Warmth(7, 0, 0, Optional.empty()),
            () -> new Warmth(1, -1, 0, Optional.empty()),
            () -> new Warmth(0, 0, -1, Optional.empty()),
            () -> new Warmth(0, 0, 7, Optional.of(Duration.ZERO)),
            () -> new Warmth(0, 0, 1, Optional.empty()),
            () -> new Warmth(0, 0, 0, Optional.of(Duration.ZERO)),
            () -> new Warmth(0, 0, 1, Optional.of(Duration.ofMinutes(-1))))) {
      assertThatThrownBy(bad::run).hasMessageStartingWith("not a warmth");
    }
    assertThat(new Warmth(6, 6, 6, Optional.of(Duration.ZERO)).replies()).isEqualTo(6);
  }
}
