package io.github.cadence.model;

import static io.github.cadence.Generators.any;
import static io.github.cadence.Generators.booleans;
import static io.github.cadence.Generators.ints;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Floating dates fall on their weekday, once a year (or a month), and nothing is skipped. */
class DateRuleProperties {
  /** Any floating rule: an nth or last weekday of a month or of every month, a weekday after. */
  static Gen<DateRule> floating() {
    Gen<Integer> ordinal = ints(-1, 5).map(i -> i == 0 ? -1 : i);
    Gen<DayOfWeek> weekday = any(DayOfWeek.class);
    Gen<Month> month = any(Month.class);
    Gen<MonthDay> day =
        month.zip(ints(1, 31), (m, d) -> MonthDay.of(m, Math.min(d, m.maxLength())));
    return in -> {
      int kind = ints(0, 2).generate(in);
      return switch (kind) {
        case 0 ->
            DateRule.nthWeekday(ordinal.generate(in), weekday.generate(in), month.generate(in));
        case 1 -> DateRule.nthWeekdayOfEveryMonth(ordinal.generate(in), weekday.generate(in));
        default -> DateRule.weekdayAfter(weekday.generate(in), day.generate(in));
      };
    };
  }

  static Gen<LocalDate> days() {
    return ints(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  @Test
  void aFloatingDateFallsOnItsWeekdayOnOrAfterTheDayAskedAndSkipsNothing() {
    qt().forAll(floating(), days())
        .checkAssert(
            (rule, from) -> {
              LocalDate next = rule.nextOnOrAfter(from).orElseThrow();

              assertThat(next).isAfterOrEqualTo(from);
              assertThat(next.getDayOfWeek().toString()).isEqualTo(weekdayOf(rule));
              assertThat(rule.nextOnOrAfter(next)).as("it falls on itself").contains(next);
              LocalDate dayBefore = next.minusDays(1);
              if (!dayBefore.isBefore(from)) {
                assertThat(rule.nextOnOrAfter(dayBefore)).contains(next);
              }
            });
  }

  @Test
  void aFloatingDateComesOnceAYearOrAMonthAndASkippedFifthWeekdayOnlyWhereItLacks() {
    qt().forAll(floating(), ints(1990, 2060))
        .checkAssert(
            (rule, year) -> {
              String words = rule.toString();
              boolean monthly = words.endsWith("of the month");
              boolean fifth = words.startsWith("fifth");
              LocalDate d = rule.nextOnOrAfter(LocalDate.of(year, 1, 1)).orElseThrow();
              for (int i = 0; i < 12; i++) {
                LocalDate next = rule.nextOnOrAfter(d.plusDays(1)).orElseThrow();
                long gap = java.time.temporal.ChronoUnit.DAYS.between(d, next);
                if (words.contains(" after ")) {
                  assertThat(gap).as("%s: %s to %s", rule, d, next).isIn(364L, 371L);
                } else if (monthly) {
                  assertThat(java.time.YearMonth.from(next))
                      .as("%s: %s to %s", rule, d, next)
                      .isEqualTo(
                          fifth
                              ? java.time.YearMonth.from(next)
                              : java.time.YearMonth.from(d).plusMonths(1));
                  assertThat(next.getMonth()).isNotEqualTo(d.getMonth());
                } else {
                  assertThat(next.getYear() - d.getYear())
                      .as("%s: %s to %s", rule, d, next)
                      .isBetween(1, fifth ? 40 : 1); // Feb 29 on a Monday: 28 years, 40 across 2100
                  assertThat(next.getMonth()).isEqualTo(d.getMonth());
                }
                d = next;
              }
            });
  }

  @Test
  void everyRuleReadsBackFromItsWords() {
    qt().forAll(floating(), booleans())
        .checkAssert(
            (rule, upper) -> {
              String words =
                  upper ? rule.toString().toUpperCase(java.util.Locale.ROOT) : rule.toString();
              assertThat(DateRule.parse(words)).isEqualTo(rule);
            });
  }

  private static String weekdayOf(DateRule rule) {
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      if (rule.toString().contains(" " + name + " ") || rule.toString().startsWith(name)) {
        return d.toString();
      }
    }
    throw new AssertionError("no weekday in " + rule);
  }
}
