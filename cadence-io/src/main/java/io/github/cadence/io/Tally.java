package io.github.cadence.io;

import io.github.cadence.model.Texts;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the history of one source (a mailbox, a phone's backup) made, for the import's report: the
 * touchpoints, the contacts they reached and the dates they cover; the records with nobody among
 * the contacts, and who those people are, the most frequent first.
 */
final class Tally {
  /** How many people who are not contacts the report names. */
  static final int STRANGERS_NAMED = 10;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /**
   * A reason a record was left out, which counts itself in words ("2 blocked calls"); reasons are
   * reported in their order.
   */
  record Reason(int order, String one, String many) implements Comparable<Reason> {
    String count(long n) {
      return Tally.count(n, one, many);
    }

    @Override
    public int compareTo(Reason other) {
      return Integer.compare(order, other.order);
    }
  }

  /**
   * Records left out, counted by reason, with the first fault met (a record that cannot be read).
   */
  static final class LeftOut {
    private final Map<Reason, Long> counts = new TreeMap<>();
    private @Nullable String firstFault;

    void add(Reason why) {
      counts.merge(why, 1L, Long::sum);
    }

    /** A record left out for a fault, located in words ("mail.mbox, line 152: no sender"). */
    void add(Reason why, String fault) {
      add(why);
      if (firstFault == null) {
        firstFault = fault;
      }
    }

    /**
     * Adds "mail.mbox: left out 9 mails: 2 bulk ..., 1 ... (the first: ...)" to the report's lines,
     * if anything was.
     *
     * @param one a record, counted: "mail"
     * @param many records, counted: "mails"
     */
    void report(String source, String one, String many, List<String> lines) {
      long left = counts.values().stream().mapToLong(Long::longValue).sum();
      if (left == 0) {
        return;
      }
      lines.add(
          source
              + ": left out "
              + count(left, one, many)
              + ": "
              + counts.entrySet().stream()
                  .map(e -> e.getKey().count(e.getValue()))
                  .collect(Collectors.joining(", "))
              + (firstFault == null ? "" : " (the first: " + firstFault + ")"));
    }
  }

  private final String source;
  private final Map<String, Integer> strangers = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Set<Merger.Person> reached = new LinkedHashSet<>();
  private int made;
  private int unmatched;
  private @Nullable Instant first;
  private @Nullable Instant last;

  Tally(String source) {
    this.source = source;
  }

  /** "1 mail", "2,000 mails". */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** Someone in a record who is not a contact, by key, with the name the record gives them. */
  void stranger(String key, @Nullable String name) {
    strangers.merge(key, 1, Integer::sum);
    if (name != null && !name.isBlank()) {
      names.putIfAbsent(key, name);
    }
  }

  /** A record with nobody among the contacts. */
  void unmatched() {
    unmatched++;
  }

  /** A touchpoint made for a contact. */
  void touched(Merger.Person person, Touchpoint touchpoint) {
    person.touches.add(touchpoint);
    reached.add(person);
    made++;
    Instant at = touchpoint.at();
    first = first == null || at.isBefore(first) ? at : first;
    last = last == null || at.isAfter(last) ? at : last;
  }

  /** "mail.mbox: 812 touchpoints with 140 contacts, from 3 Jan 2019 to 28 Nov 2026". */
  String covered(ZoneId zone) {
    return String.format(
        Locale.ROOT,
        "%s: %s with %s%s",
        source,
        count(made, "touchpoint", "touchpoints"),
        count(reached.size(), "contact", "contacts"),
        first == null || last == null
            ? ""
            : ", from " + DAY.format(first.atZone(zone)) + " to " + DAY.format(last.atZone(zone)));
  }

  /**
   * "mail.mbox: 591 mails with nobody among the contacts; the people in them most often: Ana Li
   * &lt;ana@example.com&gt; (19), ... (add those you know ...)"; null if every record had a
   * contact.
   *
   * @param one a record, counted: "mail"
   * @param many records, counted: "mails"
   * @param who what is named: "people", "numbers"
   * @param hint how to add them
   * @param shown how one is shown, from its key and the name a record gives it
   * @param lines the report's lines, to which it is added
   */
  void reportStrangers(
      String one,
      String many,
      String who,
      String hint,
      BiFunction<String, @Nullable String, String> shown,
      List<String> lines) {
    if (unmatched == 0) {
      return;
    }
    Function<Map.Entry<String, Integer>, String> named =
        e ->
            Texts.clean(shown.apply(e.getKey(), names.get(e.getKey()))) + " (" + e.getValue() + ")";
    String often =
        strangers.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(STRANGERS_NAMED)
            .map(named)
            .collect(Collectors.joining(", "));
    lines.add(
        String.format(
            Locale.ROOT,
            "%s: %s with nobody among the contacts%s",
            source,
            count(unmatched, one, many),
            often.isEmpty()
                ? ""
                : "; the " + who + " in them most often: " + often + " (" + hint + ")"));
  }
}
