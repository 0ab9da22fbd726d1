package io.github.cadence.flink;

import io.github.cadence.model.Codes;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Occasion;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact's occasion as a Flink POJO: its kind, label, month and day, and year (0 for a yearly
 * one); or, for a floating one or one since a year, its rule in words ("third Sunday of June").
 */
public final class OccasionRecord {
  /** {@code BIRTHDAY}, {@code ANNIVERSARY} or {@code CUSTOM}. */
  public String kind = "";

  /** What the occasion is. */
  public String label = "";

  /** The month, 1 to 12. */
  public int month;

  /** The day of the month. */
  public int day;

  /** The year of a one-time occasion, or 0 for one that comes back every year. */
  public int year;

  /** The date rule in words for a floating or since-a-year occasion, or null. */
  public @Nullable String rule;

  /** An empty record, for Flink's serializer. */
  public OccasionRecord() {}

  /**
   * The record of an occasion.
   *
   * @param o the occasion
   * @return the record
   */
  public static OccasionRecord of(Occasion o) {
    OccasionRecord r = new OccasionRecord();
    r.kind = Codes.name(o.kind());
    r.label = o.label();
    r.month = o.day().getMonthValue();
    r.day = o.day().getDayOfMonth();
    r.year = o.year().orElse(0);
    r.rule = o.date().isFloating() || o.since().isPresent() ? o.date().toString() : null;
    return r;
  }

  /**
   * The occasion this record holds.
   *
   * @return the occasion
   * @throws IllegalArgumentException if a field is out of range
   */
  public Occasion toOccasion() {
    String words = rule;
    if (words != null) {
      return Occasion.of(Codes.parse(Occasion.Kind.class, kind), label, DateRule.parse(words));
    }
    MonthDay md = MonthDay.of(month, day);
    return switch (Codes.parse(Occasion.Kind.class, kind)) {
      case BIRTHDAY -> Occasion.birthday(md);
      case ANNIVERSARY -> Occasion.anniversary(label, md);
      case CUSTOM ->
          year == 0
              ? Occasion.yearly(label, md)
              : Occasion.once(label, LocalDate.of(year, month, day));
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OccasionRecord o
        && kind.equals(o.kind)
        && label.equals(o.label)
        && month == o.month
        && day == o.day
        && year == o.year
        && Objects.equals(rule, o.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, label, month, day, year, rule);
  }

  @Override
  public String toString() {
    return kind
        + " "
        + label
        + " "
        + (rule != null ? rule : month + "-" + day + (year == 0 ? "" : " " + year));
  }
}
