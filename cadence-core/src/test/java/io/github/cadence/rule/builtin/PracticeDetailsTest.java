package io.github.cadence.rule.builtin;

import static io.github.cadence.Fixtures.NOW;
import static io.github.cadence.Fixtures.contact;
import static io.github.cadence.Fixtures.conversation;
import static io.github.cadence.Fixtures.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.Warmth;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the practices of issue #29: factors, words, ordinals, thanks. */
class PracticeDetailsTest {
  private static Warmth replies(Duration typical) {
    return new Warmth(0, 0, 2, Optional.of(typical));
  }

  @Test
  void eachReplyTimeHasItsFactorAndWordsAtItsEdge() {
    Duration hour = Duration.ofHours(1);
    Duration day = Duration.ofDays(1);
    assertThat(TierCadenceRule.Interval.factor(replies(hour))).isEqualTo(0.6);
    assertThat(TierCadenceRule.Interval.factor(replies(hour.plusMillis(1)))).isEqualTo(0.75);
    assertThat(TierCadenceRule.Interval.factor(replies(day))).isEqualTo(0.75);
    assertThat(TierCadenceRule.Interval.factor(replies(day.plusMillis(1)))).isEqualTo(0.9);
    assertThat(TierCadenceRule.Interval.factor(replies(day.multipliedBy(3)))).isEqualTo(0.9);
    assertThat(TierCadenceRule.Interval.factor(replies(day.multipliedBy(3).plusMillis(1))))
        .isEqualTo(1.0);
    assertThat(TierCadenceRule.Interval.factor(replies(day.multipliedBy(7)))).isEqualTo(1.0);
    assertThat(TierCadenceRule.Interval.factor(replies(day.multipliedBy(7).plusMillis(1))))
        .isEqualTo(1.25);
    assertThat(TierCadenceRule.Interval.factor(new Warmth(0, 0, 1, Optional.of(hour))))
        .as("one reply is no pattern")
        .isEqualTo(1.0);
    assertThat(TierCadenceRule.Interval.factor(new Warmth(3, 3, 0, Optional.empty())))
        .isEqualTo(0.7);
    assertThat(TierCadenceRule.Interval.factor(new Warmth(4, 1, 0, Optional.empty())))
        .isEqualTo(0.925);
    assertThat(TierCadenceRule.Interval.factor(new Warmth(2, 2, 0, Optional.empty())))
        .as("two conversations are no pattern")
        .isEqualTo(1.0);

    Tier a = Tier.A;
    assertThat(words(a, new Warmth(0, 0, 2, Optional.of(hour))))
        .endsWith(" days instead of 14 days: replies within an hour");
    assertThat(words(a, new Warmth(0, 0, 2, Optional.of(day)))).endsWith(": replies within a day");
    assertThat(words(a, new Warmth(0, 0, 2, Optional.of(day.multipliedBy(3)))))
        .endsWith(": replies within 3 days");
    assertThat(words(a, new Warmth(4, 1, 2, Optional.of(day.multipliedBy(7)))))
        .endsWith(": replies within a week, started 1 of the last 4 conversations");
    assertThat(words(a, new Warmth(0, 0, 2, Optional.of(day.multipliedBy(8)))))
        .endsWith(": takes over a week to reply");
    assertThat(words(a, new Warmth(3, 3, 0, Optional.empty())))
        .endsWith(": started 3 of the last 3 conversations");
  }

  private static String words(Tier tier, Warmth warmth) {
    return TierCadenceRule.Interval.learned("ana", tier, warmth).words();
  }

  @Test
  void aLearnedIntervalIsTheCadenceTimesItsFactorSpreadByTheIdWithinItsBounds() {
    Tier c = new Tier("C", Period.ofDays(90), 1);
    Warmth hot = new Warmth(6, 6, 6, Optional.of(Duration.ofMinutes(1)));
    Warmth cold = new Warmth(0, 0, 6, Optional.of(Duration.ofDays(13)));
    for (String id : List.of("a", "b", "c", "d", "e", "f", "g")) {
      int hotDays = TierCadenceRule.Interval.learned(id, c, hot).period().getDays();
      int coldDays = TierCadenceRule.Interval.learned(id, c, cold).period().getDays();
      assertThat(hotDays).as(id).isBetween(45, 45 + 45 / 7);
      assertThat(coldDays).as(id).isBetween(113, 113 + 113 / 7);
    }
    assertThat(TierCadenceRule.Interval.learned("a", c, hot).period())
        .isEqualTo(Period.ofDays(45 + Math.floorMod("a".hashCode(), 1 + 45 / 7)));
  }

  @Test
  void theOrdinalOfAYearSaysWhatAPersonSays() {
    Occasion born =
        Occasion.of(
            Occasion.Kind.BIRTHDAY, "birthday", DateRule.yearlySince(LocalDate.of(1900, 6, 1)));
    String[][] cases = {
      {"1901", ", the 1st"},
      {"1902", ", the 2nd"},
      {"1903", ", the 3rd"},
      {"1904", ", the 4th"},
      {"1911", ", the 11th"},
      {"1912", ", the 12th"},
      {"1913", ", the 13th"},
      {"1921", ", the 21st"},
      {"1922", ", the 22nd"},
      {"1923", ", the 23rd"},
      {"2001", ", the 101st"},
      {"2011", ", the 111th"},
      {"2012", ", the 112th"},
      {"1900", ""}
    };
    for (String[] c : cases) {
      assertThat(OccasionRule.nth(born, LocalDate.of(Integer.parseInt(c[0]), 6, 1)))
          .as(c[0])
          .isEqualTo(c[1]);
    }
    assertThat(OccasionRule.nth(Occasion.birthday(MonthDay.of(6, 1)), LocalDate.of(2026, 6, 1)))
        .isEmpty();
  }

  @Test
  void aThankYouIsOwedUntilAnyTouchOfYoursAndLapsesAfterItsTime() {
    ThankYouRule rule = new ThankYouRule();
    Contact ken = contact("ken").displayName("Ken").tier(Tier.B).build();
    Touchpoint referral =
        Touchpoint.builder("ken", daysAgo(5))
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .intent(Intent.GIVE)
            .build();
    ContactHistory history = ContactHistory.of(List.of(referral));

    Evaluation late = rule.evaluate(ken, history, NOW);
    Suggestion.FollowUp f = (Suggestion.FollowUp) late.suggestions().get(0);
    assertThat(f.due()).isEqualTo(daysAgo(5));
    assertThat(f.channel()).contains(Channel.EMAIL);
    assertThat(f.reason())
        .isEqualTo(
            "Ken gave you a referral or an introduction 5 days ago: say thank you (aim: within 2"
                + " days)");
    assertThat(late.validUntil()).isEqualTo(daysAgo(5).plus(Duration.ofDays(30)));
    assertThat(rule.evaluate(ken, history, daysAgo(5).plus(Duration.ofDays(30))).suggestions())
        .isEmpty();
    assertThat(rule.evaluate(ken, history, daysAgo(6)).suggestions()).as("not yet").isEmpty();
    assertThat(
            rule.evaluate(ken, history.plus(conversation("ken", daysAgo(5), Channel.CALL)), NOW)
                .suggestions())
        .as("a touch at the same moment thanks")
        .isEmpty();
    Touchpoint byMessage =
        Touchpoint.builder("ken", daysAgo(1))
            .channel(Channel.SOCIAL)
            .direction(Direction.INBOUND)
            .intent(Intent.GIVE)
            .build();
    Evaluation fresh = rule.evaluate(ken, ContactHistory.of(List.of(byMessage)), NOW);
    assertThat(((Suggestion.FollowUp) fresh.suggestions().get(0)).channel())
        .contains(Channel.MESSAGE);
    assertThat(fresh.validUntil()).isEqualTo(daysAgo(1).plus(Duration.ofDays(2)));
    assertThat(rule.evaluate(ken, ContactHistory.empty(), NOW).suggestions()).isEmpty();
    assertThatThrownBy(() -> new ThankYouRule(Period.ZERO, Period.ofDays(3)))
        .hasMessageContaining("thank-you.within");
    assertThat(rule.id()).isEqualTo("thank-you");
  }

  @Test
  void namesParametersKeepOneSpelling() {
    Parameter<String> p = TierCadenceRule.ADAPTIVE;
    assertThat(p.parse(" A,,B , A ")).isEqualTo("A, B");
    assertThat(p.parse("none")).isEmpty();
    assertThat(p.parse("")).isEmpty();
    assertThat(p.format("A, B")).isEqualTo("A, B");
    assertThatThrownBy(() -> p.check("A,B"))
        .hasMessage("tier-cadence.adaptive must be names joined by \", \" ('A, B'), was 'A,B'");
    assertThat(p.expected()).isEqualTo("names joined by commas, such as A, B; or none");
    assertThat(p.type()).isEqualTo(String.class);
    assertThat(RuleParameters.defaults().with(p, "A").get(p)).isEqualTo("A");
    assertThat(TierCadenceRule.BROADCAST_WARMS.defaultValue()).isEqualTo(Period.ofDays(60));
    assertThat(new TierCadenceRule(Period.ofDays(30), "A, B").id()).isEqualTo("tier-cadence");
  }

  @Test
  void aBroadcastWarmsATierOfItsCadenceButNotAShorterOne() {
    Contact b = contact("bo").tier(Tier.B).build();
    ContactHistory h =
        ContactHistory.of(
            List.of(
                conversation("bo", daysAgo(40), Channel.CALL),
                Touchpoint.builder("bo", daysAgo(2))
                    .channel(Channel.EMAIL)
                    .outcome(Outcome.BROADCAST)
                    .build()));
    Instant warmed =
        ((Suggestion.FollowUp)
                new TierCadenceRule(Period.ofDays(30)).evaluate(b, h, NOW).suggestions().get(0))
            .due();
    Instant notWarmed =
        ((Suggestion.FollowUp)
                new TierCadenceRule(Period.ofDays(31)).evaluate(b, h, NOW).suggestions().get(0))
            .due();
    assertThat(warmed).isEqualTo(daysAgo(2).plus(Duration.ofDays(30)));
    assertThat(notWarmed).isEqualTo(daysAgo(10));
  }
}
