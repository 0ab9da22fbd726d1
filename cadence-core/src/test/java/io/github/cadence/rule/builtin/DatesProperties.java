package io.github.cadence.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DatesProperties {

  @Property
  void theFixedOffsetShortcutAgreesWithTheCalendar(
      @ForAll @LongRange(min = -2_000_000_000L, max = 8_000_000_000L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 1_000) int days,
      @ForAll @IntRange(min = 0, max = 30) int months,
      @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours,
      @ForAll boolean namedUtc) {
    Instant instant = Instant.ofEpochSecond(epochSecond, 123_000_000);
    ZoneId zone = namedUtc ? ZoneId.of("UTC") : ZoneOffset.ofTotalSeconds(quarterHours * 900);
    Period period = Period.ofMonths(months).plusDays(days);

    assertThat(Dates.plus(instant, period, zone))
        .isEqualTo(instant.atZone(zone).plus(period).toInstant());
    assertThat(Dates.plus(instant, Period.ofDays(days), zone))
        .isEqualTo(instant.atZone(zone).plusDays(days).toInstant());
    assertThat(Dates.dateOf(instant, zone)).isEqualTo(instant.atZone(zone).toLocalDate());
  }

  @Property
  void zonesWithDaylightSavingTakeTheCalendarsWay(
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 400) int days) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(Dates.plus(instant, Period.ofDays(days), berlin))
        .isEqualTo(instant.atZone(berlin).plusDays(days).toInstant());
    assertThat(Dates.dateOf(instant, berlin)).isEqualTo(instant.atZone(berlin).toLocalDate());
  }
}
