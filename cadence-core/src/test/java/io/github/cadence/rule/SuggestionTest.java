package io.github.cadence.rule;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Intent;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SuggestionTest {

  @Test
  void aFollowUpScoresItsWeightPerOverdueDayPlusItsBonusOnceDue() {
    Suggestion.FollowUp f = Suggestion.followUp(daysAgo(4), "r").withPriority(2.5, 10);

    assertThat(f.score(NOW)).isCloseTo(20.0, within(1e-9));
    assertThat(f.score(daysAgo(4))).isCloseTo(10.0, within(1e-9));
    assertThat(f.score(daysAgo(6))).as("not due yet: no bonus").isCloseTo(-5.0, within(1e-9));
  }

  @Test
  void withersKeepEverythingElse() {
    Suggestion.FollowUp f =
        Suggestion.followUp(inDays(1), "r")
            .via(Channel.CALL)
            .withIntent(Intent.GIVE)
            .withPriority(3, 1);

    assertThat(f.due()).isEqualTo(inDays(1));
    assertThat(f.weight()).isEqualTo(3);
    assertThat(f.bonus()).isEqualTo(1);
    assertThat(f.channel()).contains(Channel.CALL);
    assertThat(f.intent()).contains(Intent.GIVE);
    assertThat(f.reason()).isEqualTo("r");
    assertThat(f)
        .isEqualTo(
            Suggestion.followUp(inDays(1), () -> "r")
                .withPriority(3, 1)
                .withIntent(Intent.GIVE)
                .via(Channel.CALL))
        .hasSameHashCodeAs(
            Suggestion.followUp(inDays(1), "r")
                .withPriority(3, 1)
                .withIntent(Intent.GIVE)
                .via(Channel.CALL))
        .isNotEqualTo(
            Suggestion.followUp(inDays(1), "other")
                .withPriority(3, 1)
                .withIntent(Intent.GIVE)
                .via(Channel.CALL));
  }

  @Test
  void invalidSuggestionsAreRejected() {
    assertThatThrownBy(() -> Suggestion.followUp(NOW, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank, was ' '");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(0, 0))
        .hasMessage("weight must be positive and at most 1000000.0, was 0.0");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(1e300, 0))
        .hasMessage("weight must be positive and at most 1000000.0, was 1.0E300");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(1, -1))
        .hasMessage("bonus must be zero or positive and at most 1000000.0, was -1.0");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(1, Double.MAX_VALUE))
        .hasMessageStartingWith("bonus must be zero or positive and at most 1000000.0");
    assertThatThrownBy(() -> Suggestion.channel(null, "r")).hasMessage("channel");
    assertThatThrownBy(() -> Suggestion.hold(null, "r")).hasMessage("until");
  }

  @Test
  void aReasonIsRenderedOnlyWhenAskedFor() {
    AtomicInteger rendered = new AtomicInteger();
    Suggestion.Hold hold =
        Suggestion.hold(
            inDays(2),
            () -> {
              rendered.incrementAndGet();
              return "back off";
            });

    assertThat(rendered).hasValue(0);
    assertThat(hold.reason()).isEqualTo("back off");
    assertThat(rendered).hasValue(1);
  }

  @Test
  void aBlankRenderedReasonIsReportedWhenAskedFor() {
    Suggestion.Advice advice = Suggestion.intent(Intent.GIVE, () -> " ");

    assertThatThrownBy(advice::reason)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a rule's reason must not be blank, was ' '");
  }

  @Test
  void suggestionsAreValuesOfTheirKindInstantsAdviceAndWords() {
    Suggestion.Hold hold = Suggestion.hold(inDays(1), "wait");
    Suggestion.Advice call = Suggestion.channel(Channel.CALL, "phone");
    Suggestion.Advice give = Suggestion.intent(Intent.GIVE, "give first");

    assertThat(hold)
        .isEqualTo(Suggestion.hold(inDays(1), () -> "wait"))
        .hasSameHashCodeAs(Suggestion.hold(inDays(1), () -> "wait"))
        .isNotEqualTo(Suggestion.hold(inDays(2), "wait"))
        .isNotEqualTo(Suggestion.hold(inDays(1), "later"))
        .isNotEqualTo(call)
        .doesNotHaveSameHashCodeAs(Suggestion.hold(inDays(2), "wait"))
        .isNotEqualTo(hold.as(Purpose.RESTRAINT))
        .hasToString("Hold[until=" + inDays(1) + ", purpose=OTHER, reason=wait]");
    assertThat(hold.as(Purpose.RESTRAINT).purpose()).isEqualTo(Purpose.RESTRAINT);
    assertThat(call)
        .isEqualTo(Suggestion.channel(Channel.CALL, () -> "phone"))
        .hasSameHashCodeAs(Suggestion.channel(Channel.CALL, () -> "phone"))
        .isNotEqualTo(Suggestion.channel(Channel.EMAIL, "phone"))
        .isNotEqualTo(Suggestion.channel(Channel.CALL, "write"))
        .isNotEqualTo(give)
        .isNotEqualTo(hold)
        .doesNotHaveSameHashCodeAs(Suggestion.channel(Channel.EMAIL, "phone"))
        .isNotEqualTo(call.as(Purpose.RECONNECT))
        .hasToString("Advice[channel=CALL, intent=null, purpose=OTHER, reason=phone]");
    assertThat(call.as(Purpose.RECONNECT).purpose()).isEqualTo(Purpose.RECONNECT);
    assertThat(call.channel()).contains(Channel.CALL);
    assertThat(call.intent()).isEmpty();
    assertThat(give.intent()).contains(Intent.GIVE);
    assertThat(give.channel()).isEmpty();
    assertThat(give).isNotEqualTo(Suggestion.intent(Intent.ASK, "give first"));
    assertThat(Suggestion.followUp(NOW, "r").via(Channel.NOTE))
        .hasToString(
            "FollowUp[due="
                + NOW
                + ", weight=1.0, bonus=0.0, channel=NOTE, intent=null, purpose=OTHER, reason=r]")
        .doesNotHaveSameHashCodeAs(Suggestion.followUp(NOW, "r"));
    Suggestion.FollowUp occasion = Suggestion.followUp(NOW, "r").as(Purpose.OCCASION);
    assertThat(occasion.purpose()).isEqualTo(Purpose.OCCASION);
    assertThat(occasion.withPriority(2, 1).via(Channel.CALL).withIntent(Intent.GIVE).purpose())
        .isEqualTo(Purpose.OCCASION);
    assertThat(occasion).isNotEqualTo(Suggestion.followUp(NOW, "r"));
  }

  @Test
  void instantsBeyondWhatAScoreCanCountAreRefused() {
    assertThatThrownBy(() -> Suggestion.followUp(Instant.MAX, "never"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "due must be within about 292 million years of 1970 (milliseconds in a long), was "
                + Instant.MAX);
    assertThatThrownBy(() -> Suggestion.hold(Instant.MIN, "always"))
        .hasMessageStartingWith("until must be within about 292 million years of 1970");
    assertThat(Suggestion.hold(Instant.ofEpochMilli(Long.MAX_VALUE), "far").until())
        .isEqualTo(Instant.ofEpochMilli(Long.MAX_VALUE));
  }
}
