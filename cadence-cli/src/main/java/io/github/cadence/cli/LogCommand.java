package io.github.cadence.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cadence log}: records a touch with a contact. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = "Records a touch with a contact: a call, an email, a meeting...",
    footerHeading = "%nExamples:%n",
    footer = {
      "  cadence log maria --channel call --when yesterday",
      "  cadence log \"ken o\" --channel email --outcome no-response",
      "  cadence log priya --channel meeting --intent give --when \"last friday 12:30\"",
      "  cadence log dana --channel message --direction inbound --when today",
      "  cadence log --broadcast \"December newsletter\" --to tier:C",
      "  cadence log --broadcast \"launch post\" --channel social --to tag:customers",
      "  cadence log --intro maria ken",
      "  cadence log --referral-from ken --note \"referred Lena from Acme\""
    })
final class LogCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONTACT",
      description = "The contact's id or the start of a name.")
  @Nullable String contact;

  @Option(
      names = "--channel",
      description =
          "${COMPLETION-CANDIDATES} (default: call; email for a broadcast or an introduction,"
              + " message for a referral).")
  @Nullable Channel channel;

  @Option(
      names = "--broadcast",
      paramLabel = "NAME",
      description =
          "A newsletter or a post sent to many (with --to): seen by each, never a conversation.")
  @Nullable String broadcast;

  @Option(
      names = "--to",
      paramLabel = "SEGMENT",
      description = "Who a broadcast went to: tier:C, tag:NAME, role:client or all (repeatable).")
  @Nullable List<String> to;

  @Option(
      names = "--intro",
      arity = "2",
      paramLabel = "CONTACT",
      description = "You introduced two contacts to each other: a give for both.")
  @Nullable List<String> intro;

  @Option(
      names = "--referral-from",
      paramLabel = "CONTACT",
      description =
          "They referred someone to you or introduced you: their give, to thank them for.")
  @Nullable String referralFrom;

  @Option(
      names = "--direction",
      defaultValue = "outbound",
      description = "outbound (you reached out) or inbound (they did) (default: ${DEFAULT-VALUE}).")
  Direction direction = Direction.OUTBOUND;

  @Option(
      names = "--outcome",
      description =
          "connected, replied, sent, left-message, no-response (default: connected, or replied"
              + " for inbound).",
      converter = OutcomeConverter.class)
  @Nullable Outcome outcome;

  @Option(
      names = "--intent",
      defaultValue = "neutral",
      description = "give, ask or neutral (default: ${DEFAULT-VALUE}).")
  Intent intent = Intent.NEUTRAL;

  @Option(names = "--when", defaultValue = "now", description = "When: " + SpokenTime.FORMS + ".")
  String when = "now";

  @Option(names = "--note", description = "A few words to remember it by.")
  @Nullable String note;

  @Override
  public Integer call() {
    int modes =
        (contact != null ? 1 : 0)
            + (broadcast != null ? 1 : 0)
            + (intro != null ? 1 : 0)
            + (referralFrom != null ? 1 : 0);
    if (modes != 1) {
      throw new IllegalArgumentException(
          modes == 0
              ? "say whom: a CONTACT, --broadcast NAME --to SEGMENT, --intro A B or --referral-from"
                  + " CONTACT"
              : "one touch at a time: a CONTACT, --broadcast, --intro or --referral-from, not"
                  + " several");
    }
    if (to != null && broadcast == null) {
      throw new IllegalArgumentException("--to says who a --broadcast went to; there is none");
    }
    Instant now = workspace.root().clock().instant();
    try (Workspace w = workspace.open(now)) {
      ZoneId zone = workspace.root().config().plan().zone();
      Instant at = SpokenTime.instant(when, now, zone);
      if (at.isAfter(now)) {
        throw new IllegalArgumentException(
            "--when '" + when + "' is in the future; log what happened");
      }
      if (broadcast != null) {
        broadcast(w, broadcast, at, zone);
      } else if (intro != null) {
        introduction(w, intro.get(0), intro.get(1), at, zone);
      } else if (referralFrom != null) {
        Contact c = ContactLookup.find(w, referralFrom);
        Touchpoint.Builder t =
            Touchpoint.builder(c.id(), at)
                .channel(channel != null ? channel : Channel.MESSAGE)
                .direction(Direction.INBOUND)
                .intent(Intent.GIVE)
                .note(note != null ? note : "a referral or an introduction");
        if (outcome != null) {
          t.outcome(outcome);
        }
        logged(w.record(t.build()), "referral from", c, at, zone);
      } else {
        Contact c = ContactLookup.find(w, requireNonNull(contact));
        Channel on = channel != null ? channel : Channel.CALL;
        Touchpoint.Builder t =
            Touchpoint.builder(c.id(), at).channel(on).direction(direction).intent(intent);
        t.outcome(
            outcome != null
                ? outcome
                : direction == Direction.INBOUND ? Outcome.REPLIED : Outcome.CONNECTED);
        if (note != null) {
          t.note(note);
        }
        logged(w.record(t.build()), Codes.name(on) + " with", c, at, zone);
      }
    }
    return 0;
  }

  private void logged(boolean added, String what, Contact c, Instant at, ZoneId zone) {
    workspace
        .out()
        .printf(
            "%s %s %s (%s), %s%n",
            added ? "Logged" : "Already logged:",
            what,
            c.displayName(),
            c.id(),
            at.atZone(zone).toLocalDateTime().toString().replace('T', ' '));
  }

  /**
   * An introduction: a giving email (or the channel given) to each of the two, noting whom they
   * were introduced to.
   */
  private void introduction(Workspace w, String first, String second, Instant at, ZoneId zone) {
    Contact a = ContactLookup.find(w, first);
    Contact b = ContactLookup.find(w, second);
    if (a.id().equals(b.id())) {
      throw new IllegalArgumentException(
          "--intro "
              + first
              + " "
              + second
              + ": both are "
              + a.displayName()
              + "; name two people");
    }
    Channel on = channel != null ? channel : Channel.EMAIL;
    List<Touchpoint> both = new ArrayList<>();
    for (Contact[] pair : new Contact[][] {{a, b}, {b, a}}) {
      both.add(
          Touchpoint.builder(pair[0].id(), at)
              .channel(on)
              .outcome(outcome != null ? outcome : Outcome.SENT)
              .intent(Intent.GIVE)
              .note(
                  "introduced to "
                      + pair[1].displayName()
                      + (note != null ? System.lineSeparator() + note : ""))
              .build());
    }
    int added = w.recordAll(both);
    workspace
        .out()
        .printf(
            "%s introduction of %s (%s) and %s (%s), %s: a give for both%n",
            added > 0 ? "Logged" : "Already logged:",
            a.displayName(),
            a.id(),
            b.displayName(),
            b.id(),
            at.atZone(zone).toLocalDate());
  }

  /**
   * A broadcast: one touchpoint of outcome broadcast for each contact of the segments (archived
   * ones left out), keyed by the broadcast's name and day, so that logging it again adds nothing.
   */
  private void broadcast(Workspace w, String name, Instant at, ZoneId zone) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "--broadcast needs a name, such as \"December newsletter\"");
    }
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException(
          "--broadcast '"
              + name
              + "': say who it went to with --to tier:C, tag:NAME, role:client"
              + " or all");
    }
    Map<String, Tier> tiers = WorkspaceOption.tiers(w, workspace.root().config());
    List<Predicate<Contact>> segments = new ArrayList<>();
    for (String segment : to) {
      segments.add(segment(segment, tiers));
    }
    LocalDate day = at.atZone(zone).toLocalDate();
    String key =
        "broadcast:"
            + day
            + ":"
            + Hashing.sha256()
                .hashString(name.strip(), StandardCharsets.UTF_8)
                .toString()
                .substring(0, 12)
            + ":";
    Channel on = channel != null ? channel : Channel.EMAIL;
    List<Touchpoint> touches = new ArrayList<>();
    for (Contact c : w.contacts()) {
      if (!(c.status() instanceof ContactStatus.Archived)
          && segments.stream().anyMatch(s -> s.test(c))) {
        touches.add(
            Touchpoint.builder(c.id(), at)
                .channel(on)
                .outcome(Outcome.BROADCAST)
                .note(name.strip())
                .source(key + c.id())
                .build());
      }
    }
    if (touches.isEmpty()) {
      throw new IllegalArgumentException(
          "--broadcast '" + name + "' --to " + String.join(", ", to) + ": no contact is there");
    }
    int added = w.recordAll(touches);
    workspace
        .out()
        .printf(
            "Logged %s '%s' to %s (%s), %s%s%n",
            Codes.name(on),
            name.strip(),
            Screen.count(touches.size(), "contact", "contacts"),
            String.join(", ", to),
            day,
            added == touches.size() ? "" : "; " + (touches.size() - added) + " had it already");
  }

  /** {@code tier:C}, {@code tag:berlin}, {@code role:client} or {@code all}. */
  private static Predicate<Contact> segment(String segment, Map<String, Tier> tiers) {
    String s = segment.strip();
    if (s.equalsIgnoreCase("all")) {
      return c -> true;
    }
    int colon = s.indexOf(':');
    String kind = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
    String value = colon < 0 ? "" : s.substring(colon + 1).strip();
    switch (kind) {
      case "tier" -> {
        Tier tier =
            tiers.values().stream()
                .filter(t -> t.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "--to "
                                + segment
                                + ": no tier '"
                                + value
                                + "'; tiers: "
                                + String.join(", ", tiers.keySet())));
        return c -> c.tier().name().equals(tier.name());
      }
      case "tag" -> {
        return c -> c.tags().stream().anyMatch(t -> t.equalsIgnoreCase(value));
      }
      case "role" -> {
        Role role = Codes.parse(Role.class, value);
        return c -> c.hasRole(role);
      }
      default ->
          throw new IllegalArgumentException(
              "--to '"
                  + segment
                  + "' is not a segment: expected tier:C, tag:NAME, role:client or"
                  + " all");
    }
  }

  /** {@code no-response} on the command line is {@code NO_RESPONSE}. */
  static final class OutcomeConverter implements picocli.CommandLine.ITypeConverter<Outcome> {
    @Override
    public Outcome convert(String value) {
      return Codes.parse(Outcome.class, value);
    }
  }
}
