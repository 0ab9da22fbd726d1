package io.github.cadence.engine;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Values.assertValue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Intent;
import io.github.cadence.rule.Purpose;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's results are values, and refuse states the engine never makes. */
class ResultValuesTest {
  private static final Contact ANA = contact("ana").build();
  private static final Reason WHY = Reason.of("tier-cadence", Purpose.RHYTHM, "A-tier, overdue");

  private static QueueEntry entry(Contact c, Instant due, double score, Channel ch, Intent in) {
    return new QueueEntry(c, due, score, ch, in, List.of(WHY), Purpose.RHYTHM, NOW.plusSeconds(60));
  }

  private static QueueEntry entry() {
    return entry(ANA, NOW, 1.5, Channel.CALL, Intent.GIVE);
  }

  @Test
  void queueEntriesAreValues() {
    assertValue(
        ResultValuesTest::entry,
        List.of(
            entry(contact("bob").build(), NOW, 1.5, Channel.CALL, Intent.GIVE),
            entry(ANA, NOW.plusSeconds(1), 1.5, Channel.CALL, Intent.GIVE),
            entry(ANA, NOW, 2.5, Channel.CALL, Intent.GIVE),
            entry(ANA, NOW, 1.5, Channel.EMAIL, Intent.GIVE),
            entry(ANA, NOW, 1.5, Channel.CALL, Intent.ASK),
            new QueueEntry(
                ANA,
                NOW,
                1.5,
                Channel.CALL,
                Intent.GIVE,
                List.of(WHY, WHY),
                Purpose.RHYTHM,
                NOW.plusSeconds(60)),
            new QueueEntry(
                ANA, NOW, 1.5, Channel.CALL, Intent.GIVE, List.of(WHY), Purpose.OTHER, NOW),
            new QueueEntry(
                ANA, NOW, 1.5, Channel.CALL, Intent.GIVE, List.of(WHY), Purpose.RHYTHM, NOW)),
        "score=1.5",
        "channel=CALL",
        "intent=GIVE",
        "A-tier, overdue");
    assertThatThrownBy(() -> entry(ANA, NOW, Double.NaN, Channel.CALL, Intent.GIVE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be finite, was NaN");
    assertThatThrownBy(
            () ->
                new QueueEntry(
                    ANA, NOW, 1, Channel.CALL, Intent.GIVE, List.of(), Purpose.RHYTHM, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reasons must not be empty");
  }

  @Test
  void queuesFailuresAndReasonsAreValues() {
    RuleFailure failure = new RuleFailure("r", "ana", "boom", null);
    assertValue(
        () -> new FollowUpQueue(NOW, List.of(entry()), 3, List.of(failure)),
        List.of(
            new FollowUpQueue(NOW.plusSeconds(1), List.of(entry()), 3, List.of(failure)),
            new FollowUpQueue(NOW, List.of(), 3, List.of(failure)),
            new FollowUpQueue(NOW, List.of(entry()), 4, List.of(failure)),
            new FollowUpQueue(NOW, List.of(entry()), 3, List.of())),
        "totalMatching=3",
        "boom");
    assertThatThrownBy(() -> new FollowUpQueue(NOW, List.of(entry()), 0, List.of()))
        .isInstanceOf(IllegalStateException.class);
    assertValue(
        () -> new RuleFailure("r", "ana", "boom", new IllegalStateException("boom")),
        List.of(
            new RuleFailure("s", "ana", "boom", null),
            new RuleFailure("r", "bob", "boom", null),
            new RuleFailure("r", "ana", "bang", null)),
        "ruleId=r",
        "contactId=ana",
        "error=boom");
    assertValue(
        () -> Reason.of("occasion", Purpose.OCCASION, "birthday"),
        List.of(
            Reason.of("occasions", Purpose.OCCASION, "birthday"),
            Reason.of("occasion", Purpose.OTHER, "birthday"),
            Reason.of("occasion", Purpose.OCCASION, "anniversary")),
        "occasion: birthday");
    assertThatThrownBy(() -> Reason.of("r", Purpose.OTHER, " "))
        .hasMessage("text must not be blank, was ' '");
  }
}
