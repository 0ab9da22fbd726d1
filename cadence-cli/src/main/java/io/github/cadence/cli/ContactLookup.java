package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the contact a person means: by id, or by the start of a name that only one has. */
final class ContactLookup {
  private ContactLookup() {}

  static Contact find(Workspace w, String query) {
    var byId = w.contact(query);
    if (byId.isPresent()) {
      return byId.get();
    }
    String q = fold(query);
    List<Contact> matches =
        w.contacts().stream()
            .filter(
                c ->
                    fold(c.displayName()).startsWith(q)
                        || List.of(fold(c.displayName()).split(" ")).stream()
                            .anyMatch(part -> part.startsWith(q)))
            .toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException(
          "no contact has the id or a name starting with '"
              + query
              + "'; 'cadence contact list'"
              + " shows them");
    }
    throw new IllegalArgumentException(
        "'"
            + query
            + "' could be "
            + matches.stream()
                .limit(5)
                .map(
                    c ->
                        Screen.fit(c.id(), Screen.NAME_MAX)
                            + " ("
                            + Screen.fit(c.displayName(), Screen.NAME_MAX)
                            + ")")
                .collect(Collectors.joining(", "))
            + (matches.size() > 5 ? " and " + (matches.size() - 5) + " more" : "")
            + "; give more of the name, or the id");
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
