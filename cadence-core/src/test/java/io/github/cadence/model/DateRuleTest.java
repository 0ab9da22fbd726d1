package io.github.cadence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The dates people name: fixed, once, since a year, and the floating ones no PRM has. */
class DateRuleTest {
  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void fathersDayIsTheThirdSundayOfJuneIn2027And2028() {
    DateRule fathersDay = DateRule.parse("third Sunday of June");

    assertThat(fathersDay).isEqualTo(DateRule.nthWeekday(3, DayOfWeek.SUNDAY, Month.JUNE));
    assertThat(fathersDay.nextOnOrAfter(date(2027, 1, 1))).contains(date(2027, 6, 20));
    assertThat(fathersDay.nextOnOrAfter(date(2027, 6, 21))).contains(date(2028, 6, 18));
    assertThat(fathersDay.nextOnOrAfter(date(2028, 6, 18))).contains(date(2028, 6, 18));
    assertThat(fathersDay.isFloating()).isTrue();
    assertThat(fathersDay).hasToString("third Sunday of June");
  }

  @Test
  void theLastFridayOfTheMonthComesEveryMonth() {
    DateRule lastFriday = DateRule.parse("the last friday of the month");

    assertThat(lastFriday.nextOnOrAfter(date(2026, 12, 6))).contains(date(2026, 12, 25));
    assertThat(lastFriday.nextOnOrAfter(date(2026, 12, 26))).contains(date(2027, 1, 29));
    assertThat(lastFriday).hasToString("last Friday of the month");
    assertThat(DateRule.parse("fifth monday of every month").nextOnOrAfter(date(2027, 1, 1)))
        .as("January 2027 has no fifth Monday; March has")
        .contains(date(2027, 3, 29));
  }

  @Test
  void theFirstMondayAfterADayIsStrictlyAfterIt() {
    DateRule rule = DateRule.parse("first Monday after 15 September");

    assertThat(rule.nextOnOrAfter(date(2026, 1, 1))).contains(date(2026, 9, 21));
    assertThat(rule.nextOnOrAfter(date(2025, 1, 1)))
        .as("Sep 15, 2025 is itself a Monday")
        .contains(date(2025, 9, 22));
    assertThat(rule).hasToString("first Monday after September 15");
  }

  @Test
  void aYearlyDateHasNoYearOrItsFirstAndFebruary29FallsOnThe28thInOtherYears() {
    DateRule leap = DateRule.parse("--02-29");
    assertThat(leap.nextOnOrAfter(date(2027, 1, 1))).contains(date(2027, 2, 28));
    assertThat(leap.nextOnOrAfter(date(2027, 3, 1))).contains(date(2028, 2, 29));

    DateRule born = DateRule.parse("June 14 since 1980");
    assertThat(born).isEqualTo(DateRule.yearlySince(date(1980, 6, 14)));
    assertThat(born.year()).hasValue(1980);
    assertThat(born.nextOnOrAfter(date(1970, 1, 1))).contains(date(1980, 6, 14));
    assertThat(born.nextOnOrAfter(date(2026, 12, 6))).contains(date(2027, 6, 14));
    assertThat(DateRule.parse("14th june")).isEqualTo(DateRule.yearly(MonthDay.of(6, 14)));
    assertThat(DateRule.parse("2027-01-15").nextOnOrAfter(date(2027, 1, 16))).isEmpty();
  }

  @Test
  void everyFormIsWrittenInWordsThatReadBack() {
    for (String text :
        new String[] {
          "June 14",
          "June 14 since 1980",
          "2027-01-15",
          "third Sunday of June",
          "last Friday of the month",
          "first Monday after September 15",
          "fifth Wednesday of December"
        }) {
      assertThat(DateRule.parse(text)).hasToString(text);
    }
  }

  @Test
  void whatIsNotADateSaysWhatWouldBe() {
    assertThatThrownBy(() -> DateRule.parse("next full moon"))
        .hasMessage(
            "'next full moon' is not a date such as 'June 14', '--06-14', 'June 14 since 1980',"
                + " '2027-01-15', 'third Sunday of June', 'last Friday of the month' or 'first"
                + " Monday after September 15'");
    assertThatThrownBy(() -> DateRule.parse("February 30"))
        .hasMessageStartingWith("'February 30' is not a date: ");
    assertThatThrownBy(() -> DateRule.parse("February 29 since 1981"))
        .hasMessageContaining("does not exist in 1981");
    assertThatThrownBy(() -> DateRule.parse("1850-01-01"))
        .hasMessageContaining("year must be between 1900 and 9998, was 1850");
    assertThatThrownBy(() -> DateRule.nthWeekday(6, DayOfWeek.MONDAY, Month.MAY))
        .hasMessage("ordinal must be 1 to 5, or -1 for the last, was 6");
  }

  @Test
  void anOccasionOnARuleKeepsItsKindLabelAndYears() {
    Occasion fathersDay =
        Occasion.of(Occasion.Kind.CUSTOM, "Father's Day", DateRule.parse("third Sunday of June"));
    assertThat(fathersDay.day()).as("the earliest it can fall").isEqualTo(MonthDay.of(6, 15));
    assertThat(fathersDay.year()).isEmpty();
    assertThat(fathersDay.nextOnOrAfter(date(2027, 1, 1))).contains(date(2027, 6, 20));

    Occasion birthday =
        Occasion.of(Occasion.Kind.BIRTHDAY, "birthday", DateRule.yearlySince(date(1980, 6, 14)));
    assertThat(birthday.since()).hasValue(1980);
    assertThat(birthday.year()).as("not a one-time occasion").isEmpty();
    assertThat(Occasion.once("launch", date(2027, 1, 15)).since()).isEmpty();
    assertThat(Occasion.once("launch", date(2027, 1, 15)).year()).hasValue(2027);
  }

  @Test
  void theEarliestDayAndTheFormsAndTheYearsAtTheirEdges() {
    assertThat(DateRule.parse("last Friday of the month").earliestDay())
        .isEqualTo(MonthDay.of(1, 25));
    assertThat(DateRule.parse("last Friday of February").earliestDay())
        .isEqualTo(MonthDay.of(2, 22));
    assertThat(DateRule.parse("second Monday of March").earliestDay()).isEqualTo(MonthDay.of(3, 8));
    assertThat(DateRule.parse("first Monday after September 15").earliestDay())
        .isEqualTo(MonthDay.of(9, 16));
    assertThat(DateRule.parse("June 14").isFloating()).isFalse();
    assertThat(DateRule.parse("2027-01-15").isFloating()).isFalse();
    assertThat(DateRule.parse("2027-01-15").isOnce()).isTrue();
    assertThat(DateRule.parse("first Monday after September 15").isFloating()).isTrue();
    assertThat(DateRule.parse("1900-01-01").year()).hasValue(1900);
    assertThat(DateRule.parse("9998-12-31").year()).hasValue(9998);
    assertThatThrownBy(() -> DateRule.parse("9999-01-01")).hasMessageContaining("was 9999");
    assertThatThrownBy(() -> DateRule.yearlySince(LocalDate.of(1899, 12, 31)))
        .hasMessageContaining("was 1899");
    assertThatThrownBy(() -> DateRule.parse("June 14 since 1899")).hasMessageContaining("was 1899");
    assertThat(DateRule.parse("June 14 since 1900").year()).hasValue(1900);
    assertThat(DateRule.parse("2027-01-15").nextOnOrAfter(date(2027, 1, 15)))
        .contains(date(2027, 1, 15));
    assertThat(DateRule.parse("June 14").nextOnOrAfter(date(2027, 6, 14)))
        .contains(date(2027, 6, 14));
    assertThatThrownBy(() -> DateRule.nthWeekday(0, DayOfWeek.MONDAY, Month.MAY))
        .hasMessage("ordinal must be 1 to 5, or -1 for the last, was 0");
    assertThat(DateRule.nthWeekday(-1, DayOfWeek.MONDAY, Month.MAY))
        .hasToString("last Monday of May");
    assertThat(DateRule.nthWeekday(5, DayOfWeek.MONDAY, Month.MAY))
        .hasToString("fifth Monday of May");
    assertThat(new Occasion(Occasion.Kind.CUSTOM, "x", MonthDay.of(2, 28), 1900).year())
        .hasValue(1900);
    assertThatThrownBy(() -> new Occasion(Occasion.Kind.CUSTOM, "x", MonthDay.of(2, 28), 9999))
        .hasMessageContaining("was 9999");
    assertThat(Occasion.once("launch", date(2027, 1, 15)).date())
        .isEqualTo(DateRule.parse("2027-01-15"));
  }
}
