package io.github.cadence.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.hash.Hashing;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Texts;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How {@link AgendaExport#ics} writes an agenda as an iCalendar file (RFC 5545, with ical4j) for
 * the user's calendar, and the options it takes (the zone, when the daily block starts, a reminder,
 * the UIDs' domain): one time block per planned day, "Networking: 30 min", at a set time of the
 * user's day, listing the day's contacts, channels and reasons; and each networking event as an
 * all-day entry of its own.
 *
 * <p>Every entry has a UID made of its day (and event), so importing a new export into the same
 * calendar updates the entries instead of adding them twice. Times are written in UTC: every
 * calendar shows them in its own zone, and no reader needs a time zone definition or the zone of
 * the machine that wrote them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CalendarOptions {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final ZoneId zone;
  private final LocalTime blockStart;
  private final @Nullable Duration alarm;
  private final String domain;

  private CalendarOptions(Builder b) {
    this.zone = b.zone;
    this.blockStart = b.blockStart;
    this.alarm = b.alarm;
    this.domain = b.domain;
  }

  /**
   * Starts the options of a calendar.
   *
   * @param zone the user's time zone, in which the daily block starts at {@link Builder#blockStart}
   * @return a builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(requireNonNull(zone, "zone"));
  }

  /** Sets up {@link CalendarOptions}. */
  public static final class Builder {
    private final ZoneId zone;
    private LocalTime blockStart = LocalTime.of(9, 0);
    private @Nullable Duration alarm;
    private String domain = "cadence.local";

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets when the daily networking block starts, in the user's zone (the default: 09:00).
     *
     * @param value the time of day
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder blockStart(LocalTime value) {
      this.blockStart = requireNonNull(value, "blockStart");
      return this;
    }

    /**
     * Adds a reminder to every entry (the default: none).
     *
     * @param before how long before the entry starts; positive, at most a week
     * @return this builder
     * @throws IllegalArgumentException if it is not positive or longer than a week
     */
    @CanIgnoreReturnValue
    public Builder alarm(Duration before) {
      requireNonNull(before, "alarm");
      if (before.isNegative() || before.isZero() || before.compareTo(Duration.ofDays(7)) > 0) {
        throw new IllegalArgumentException(
            "alarm must be positive and at most a week before, was " + before);
      }
      this.alarm = before;
      return this;
    }

    /**
     * Sets the domain part of the entries' UIDs, which keeps them apart from other applications'
     * (the default: "cadence.local"); an application serving several users gives each their own.
     *
     * @param value a domain such as "crm.example.com"
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder domain(String value) {
      requireNonNull(value, "domain");
      if (!value.matches("[A-Za-z0-9.-]+")) {
        throw new IllegalArgumentException(
            "domain must be letters, digits, dots and hyphens, was " + Texts.quote(value));
      }
      this.domain = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CalendarOptions build() {
      return new CalendarOptions(this);
    }
  }

  /** Writes the agenda with these options: what {@link AgendaExport#ics} does. */
  void ics(Agenda agenda, Instant stamp, Writer out) {
    requireNonNull(agenda, "agenda");
    requireNonNull(stamp, "stamp");
    requireNonNull(out, "out");
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Cadence//Cadence networking plan//EN"))
            .add(ImmutableVersion.VERSION_2_0)
            .add(ImmutableCalScale.GREGORIAN)
            .add(ImmutableMethod.PUBLISH)
            .add(new XProperty("X-WR-CALNAME", "Cadence"));
    Set<String> ids = new HashSet<>();
    for (AgendaDay day : agenda.days()) {
      List<AgendaItem.Touch> touches = new ArrayList<>();
      for (AgendaItem item : day.items()) {
        if (item instanceof AgendaItem.Touch t) {
          touches.add(t);
        } else if (item instanceof AgendaItem.Event e) {
          calendar.add(event(day.date(), e, stamp, ids));
        }
      }
      if (!touches.isEmpty()) {
        calendar.add(block(day, touches, stamp));
      }
    }
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Cadence wrote an invalid calendar: " + e.getMessage(), e);
    }
  }

  private VEvent block(AgendaDay day, List<AgendaItem.Touch> touches, Instant stamp) {
    int minutes = touches.stream().mapToInt(AgendaItem::minutes).sum();
    Instant start = day.date().atTime(blockStart).atZone(zone).toInstant();
    StringBuilder text = new StringBuilder();
    for (AgendaItem.Touch t : touches) {
      text.append(Texts.clean(t.contact().displayName()))
          .append(" (tier ")
          .append(t.contact().tier().name())
          .append("): ")
          .append(Codes.name(t.channel()))
          .append(", ")
          .append(Codes.name(t.intent()))
          .append(", ")
          .append(t.minutes())
          .append(" min, ")
          .append(t.category().label())
          .append('\n');
      t.reasons().forEach(r -> text.append("  - ").append(Texts.clean(r.text())).append('\n'));
    }
    VEvent event =
        entry("block-" + DAY.format(day.date()), stamp, "Networking: " + minutes + " min", text)
            .add(new DtStart<>(start))
            .add(new net.fortuna.ical4j.model.property.Duration(Duration.ofMinutes(minutes)));
    return withAlarm(
        event, "Networking: " + touches.size() + (touches.size() == 1 ? " person" : " people"));
  }

  /**
   * An event's entry. Its UID is made of its day and its name's slug, so that a re-export updates
   * the same entry; an event whose slug another of the export has already (two names that differ
   * only in punctuation) gets a hash of its exact name too, so that a calendar keeps both.
   */
  private VEvent event(LocalDate date, AgendaItem.Event e, Instant stamp, Set<String> ids) {
    StringBuilder text =
        new StringBuilder("Networking event; plan ").append(e.minutes()).append(" min\n");
    e.reasons().forEach(r -> text.append("  - ").append(Texts.clean(r.text())).append('\n'));
    String name = e.event().name();
    String id = "event-" + DAY.format(date) + "-" + ImportedText.slug(name);
    if (!ids.add(id)) {
      String hashed =
          id + "-" + Hashing.sha256().hashString(name, UTF_8).toString().substring(0, 8);
      id = hashed;
      for (int n = 2; !ids.add(id); n++) {
        id = hashed + "-" + n;
      }
    }
    VEvent event =
        entry(id, stamp, Texts.clean(name), text)
            .add(new DtStart<>(date))
            .add(new net.fortuna.ical4j.model.property.Duration(java.time.Period.ofDays(1)));
    return withAlarm(event, Texts.clean(name));
  }

  private VEvent entry(String id, Instant stamp, String summary, CharSequence description) {
    return new VEvent(false)
        .add(new Uid("cadence-" + id + "@" + domain))
        .add(new DtStamp(stamp))
        .add(new Summary(summary))
        .add(new Description(description.toString().stripTrailing()))
        .add(new Categories("Networking"));
  }

  private VEvent withAlarm(VEvent event, String what) {
    if (alarm == null) {
      return event;
    }
    VAlarm reminder =
        new VAlarm(alarm.negated())
            .add(new Action(Action.VALUE_DISPLAY))
            .add(
                new Description(
                    what.toLowerCase(Locale.ROOT).startsWith("networking")
                        ? what
                        : "Networking: " + what));
    return event.add(reminder);
  }
}
