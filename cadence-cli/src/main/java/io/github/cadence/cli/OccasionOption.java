package io.github.cadence.cli;

import io.github.cadence.model.Contact;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.Occasion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --occasion}: a date to remember as a person writes it, "LABEL: DATE" ("Father's Day: third
 * Sunday of June", "birthday: 1980-06-14", "company anniversary: March 3 since 2016"), or the name
 * of a date config.yaml's {@code occasions:} defines ("Father's Day").
 */
final class OccasionOption {
  static final String FORMS =
      "LABEL: DATE, as in \"Father's Day: third Sunday of June\", \"birthday: 1980-06-14\","
          + " \"team call: last Friday of the month\", or a name from occasions: in config.yaml";

  private OccasionOption() {}

  /**
   * The occasion: a label "birthday" is a birthday, one with "anniversary" an anniversary, any
   * other a custom date; a whole date for a birthday or an anniversary is its first year (a
   * birthday comes back), for any other a date that happens once.
   */
  static Occasion parse(String text, Map<String, DateRule> named) {
    int colon = text.lastIndexOf(':');
    String typed = (colon < 0 ? text : text.substring(0, colon)).strip();
    // A date config.yaml names keeps the name as written there.
    String label =
        colon >= 0
            ? typed
            : named.keySet().stream().filter(typed::equalsIgnoreCase).findFirst().orElse(typed);
    if (label.isEmpty()) {
      throw new IllegalArgumentException("--occasion '" + text + "': no label; expected " + FORMS);
    }
    DateRule date;
    if (colon < 0) {
      date =
          named.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase(label))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--occasion '"
                              + text
                              + "': no date, and config.yaml's occasions: has no '"
                              + label
                              + "'; expected "
                              + FORMS));
    } else {
      try {
        date = DateRule.parse(text.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--occasion '" + text + "': " + e.getMessage(), e);
      }
    }
    Occasion.Kind kind = kind(label);
    if (date.isOnce() && kind != Occasion.Kind.CUSTOM) {
      date = DateRule.yearlySince(date.earliestDay().atYear(date.year().orElseThrow()));
    }
    return Occasion.of(kind, label, date);
  }

  /**
   * The contact's occasions with these set: one of the same label (a birthday: the birthday)
   * replaced, the others added at the end; and those named in {@code forget} taken out.
   */
  static void apply(
      Contact.Builder b, List<Occasion> had, List<Occasion> set, List<String> forget) {
    List<Occasion> all = new ArrayList<>(had);
    all.removeIf(o -> forget.stream().anyMatch(label -> label.strip().equalsIgnoreCase(o.label())));
    for (Occasion o : set) {
      int same = -1;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).label().equalsIgnoreCase(o.label())
            || (o.kind() == Occasion.Kind.BIRTHDAY && all.get(i).kind() == o.kind())) {
          same = i;
        }
      }
      if (same >= 0) {
        all.set(same, o);
      } else {
        all.add(o);
      }
    }
    b.clearOccasions().occasions(all.toArray(Occasion[]::new));
  }

  private static Occasion.Kind kind(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.equals("birthday")) {
      return Occasion.Kind.BIRTHDAY;
    }
    return l.contains("anniversary") ? Occasion.Kind.ANNIVERSARY : Occasion.Kind.CUSTOM;
  }
}
