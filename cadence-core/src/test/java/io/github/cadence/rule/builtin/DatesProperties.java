package io.github.cadence.rule.builtin;

import static io.github.cadence.Generators.booleans;
import static io.github.cadence.Generators.ints;
import static io.github.cadence.Generators.longs;
import static io.github.cadence.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesProperties {

  @Test
  void theFixedOffsetShortcutAgreesWithTheCalendar() {
    qt().forAll(
            longs(-2_000_000_000L, 8_000_000_000L),
            ints(0, 30)
                .zip(ints(0, 1_000), (months, days) -> Period.ofMonths(months).plusDays(days)),
            // UTC by name, or any offset from -18:00 to +18:00 in quarter hours.
            booleans()
                .zip(
                    ints(-18 * 4, 18 * 4),
                    (namedUtc, quarterHours) ->
                        namedUtc
                            ? ZoneId.of("UTC")
                            : (ZoneId) ZoneOffset.ofTotalSeconds(quarterHours * 900)))
        .checkAssert(
            (epochSecond, period, zone) -> {
              Instant instant = Instant.ofEpochSecond(epochSecond, 123_000_000);
              int days = period.getDays();

              assertThat(Dates.plus(instant, period, zone))
                  .isEqualTo(instant.atZone(zone).plus(period).toInstant());
              assertThat(Dates.plus(instant, Period.ofDays(days), zone))
                  .isEqualTo(instant.atZone(zone).plusDays(days).toInstant());
              assertThat(Dates.dateOf(instant, zone)).isEqualTo(instant.atZone(zone).toLocalDate());
            });
  }

  @Test
  void zonesWithDaylightSavingTakeTheCalendarsWay() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    qt().forAll(longs(0, 4_000_000_000L), ints(0, 400))
        .checkAssert(
            (epochSecond, days) -> {
              Instant instant = Instant.ofEpochSecond(epochSecond);

              assertThat(Dates.plus(instant, Period.ofDays(days), berlin))
                  .isEqualTo(instant.atZone(berlin).plusDays(days).toInstant());
              assertThat(Dates.dateOf(instant, berlin))
                  .isEqualTo(instant.atZone(berlin).toLocalDate());
            });
  }
}
