package io.github.cadence.rule;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.daysAgo;
import static io.github.cadence.Fixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Intent;
import java.util.Optional;
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

    assertThat(f)
        .isEqualTo(
            new Suggestion.FollowUp(
                inDays(1), 3, 1, Optional.of(Channel.CALL), Optional.of(Intent.GIVE), "r"));
  }

  @Test
  void invalidSuggestionsAreRejected() {
    assertThatThrownBy(() -> Suggestion.followUp(NOW, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank, was ' '");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(0, 0))
        .hasMessage("weight must be positive and finite, was 0.0");
    assertThatThrownBy(() -> Suggestion.followUp(NOW, "r").withPriority(1, -1))
        .hasMessage("bonus must be zero or positive and finite, was -1.0");
    assertThatThrownBy(() -> new Suggestion.Advice(Optional.empty(), Optional.empty(), "r"))
        .hasMessage("advice needs a channel or an intent");
    assertThatThrownBy(() -> Suggestion.hold(null, "r")).hasMessage("until");
  }
}
