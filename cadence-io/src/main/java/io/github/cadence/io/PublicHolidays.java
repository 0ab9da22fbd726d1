package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.cadence.plan.HolidayCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of a country, or of one of its regions, from the data Jollyday ships in its
 * jar (over 90 countries): Christmas Day and Epiphany in Bavaria, Thanksgiving in the United
 * States. Public and bank holidays are days off; observances (Mother's Day) are not.
 *
 * <pre>{@code
 * PlanSettings settings =
 *     PlanSettings.builder()
 *         .workingDays(WorkingDays.builder().holidays(PublicHolidays.of("DE-BY")).build())
 *         .build();
 * }</pre>
 *
 * <p>A place is written as ISO 3166 writes it: a country ({@code DE}), or a country and a region
 * ({@code DE-BY}, {@code US-NY}); a region of a region is joined the same way ({@code DE-BY-AG},
 * Augsburg). Each year's holidays are read once and kept. Immutable and safe to share.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PublicHolidays implements HolidayCalendar {
  private static final Pattern PLACE = Pattern.compile("([A-Za-z]{2})((?:-[A-Za-z0-9]{1,3})*)");

  private final String place;
  private final Locale language;
  private final HolidayManager manager;
  private final String[] regions;
  private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

  private PublicHolidays(
      String place, Locale language, HolidayManager manager, List<String> regions) {
    this.place = place;
    this.language = language;
    this.manager = manager;
    this.regions = regions.toArray(String[]::new);
  }

  /**
   * The holidays of a place, named in English.
   *
   * @param place a country or a country and region: {@code DE}, {@code DE-BY}, {@code US-NY}
   * @return the calendar
   * @throws IllegalArgumentException naming the place and what is known, if there is no such
   *     country or region in the data
   */
  public static PublicHolidays of(String place) {
    return of(place, Locale.ENGLISH);
  }

  /**
   * The holidays of a place, named in a language where the data has it (English otherwise).
   *
   * @param place a country or a country and region: {@code DE}, {@code DE-BY}, {@code US-NY}
   * @param language the language of the holidays' names
   * @return the calendar
   * @throws IllegalArgumentException naming the place and what is known, if there is no such
   *     country or region in the data
   */
  public static PublicHolidays of(String place, Locale language) {
    requireNonNull(place, "place");
    requireNonNull(language, "language");
    Matcher m = PLACE.matcher(place.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "holidays '"
              + place
              + "' is not a place: expected a country code such as DE, or a country and region"
              + " such as DE-BY or US-NY");
    }
    String country = m.group(1).toUpperCase(Locale.ROOT);
    if (!HolidayManager.getSupportedCalendarCodes().contains(country)) {
      throw new IllegalArgumentException(
          "holidays '"
              + place
              + "': no holiday data for the country "
              + country
              + "; known: "
              + String.join(
                  ", ",
                  HolidayManager.getSupportedCalendarCodes().stream()
                      .filter(c -> c.length() == 2)
                      .sorted()
                      .toList()));
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
    List<String> regions = new ArrayList<>();
    CalendarHierarchy level = manager.getCalendarHierarchy();
    String so = country;
    for (String part : m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("-")) {
      String region = part.toLowerCase(Locale.ROOT);
      CalendarHierarchy next = level.getChildren().get(region);
      if (next == null) {
        String parent = so;
        throw new IllegalArgumentException(
            "holidays '"
                + place
                + "': "
                + so
                + " has no region "
                + part.toUpperCase(Locale.ROOT)
                + (level.getChildren().isEmpty()
                    ? ""
                    : "; its regions: "
                        + String.join(
                            ", ",
                            new TreeMap<>(level.getChildren())
                                .keySet().stream()
                                    .map(r -> parent + "-" + r.toUpperCase(Locale.ROOT))
                                    .toList())));
      }
      regions.add(region);
      so = so + "-" + region.toUpperCase(Locale.ROOT);
      level = next;
    }
    return new PublicHolidays(so, language, manager, regions);
  }

  /**
   * The place, as {@link #of(String)} reads it, in capitals: {@code DE-BY}.
   *
   * @return the place
   */
  public String place() {
    return place;
  }

  @Override
  public Optional<String> holiday(LocalDate day) {
    requireNonNull(day, "day");
    return Optional.ofNullable(years.computeIfAbsent(day.getYear(), this::read).get(day));
  }

  /** A year's days off: public and bank holidays, by their actual date (observed where moved). */
  private Map<LocalDate, String> read(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    manager.getHolidays(Year.of(year), regions).stream()
        .filter(h -> h.getType() != HolidayType.OBSERVANCE)
        .sorted(Comparator.comparing(Holiday::getActualDate).thenComparing(h -> describe(h)))
        .forEach(h -> days.merge(h.getActualDate(), describe(h), (a, b) -> a + ", " + b));
    return ImmutableMap.copyOf(days);
  }

  private String describe(Holiday h) {
    return h.getDescription(language);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PublicHolidays o
        && place.equals(o.place)
        && language.equals(o.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, language);
  }

  @Override
  public String toString() {
    return "public holidays of " + place;
  }
}
