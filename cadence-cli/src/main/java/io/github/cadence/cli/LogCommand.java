package io.github.cadence.cli;

import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
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
    footer = {
      "",
      "Examples:",
      "  cadence log maria --channel call --when yesterday",
      "  cadence log \"ken o\" --channel email --outcome no-response",
      "  cadence log priya --channel meeting --intent give --when \"last friday 12:30\"",
      "  cadence log dana --channel message --direction inbound --when today"
    })
final class LogCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "CONTACT", description = "The contact's id or the start of a name.")
  String contact = "";

  @Option(
      names = "--channel",
      defaultValue = "call",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Channel channel = Channel.CALL;

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
    Instant now = workspace.root().clock().instant();
    try (Workspace w = workspace.open(now)) {
      ZoneId zone = workspace.root().config().plan().zone();
      Contact c = ContactLookup.find(w, contact);
      Instant at = SpokenTime.instant(when, now, zone);
      if (at.isAfter(now)) {
        throw new IllegalArgumentException(
            "--when '" + when + "' is in the future; log what happened");
      }
      Touchpoint.Builder t =
          Touchpoint.builder(c.id(), at).channel(channel).direction(direction).intent(intent);
      t.outcome(
          outcome != null
              ? outcome
              : direction == Direction.INBOUND ? Outcome.REPLIED : Outcome.CONNECTED);
      if (note != null) {
        t.note(note);
      }
      boolean added = w.record(t.build());
      workspace
          .out()
          .printf(
              "%s %s with %s (%s), %s%n",
              added ? "Logged" : "Already logged:",
              Codes.name(channel),
              c.displayName(),
              c.id(),
              at.atZone(zone).toLocalDateTime().toString().replace('T', ' '));
    }
    return 0;
  }

  /** {@code no-response} on the command line is {@code NO_RESPONSE}. */
  static final class OutcomeConverter implements picocli.CommandLine.ITypeConverter<Outcome> {
    @Override
    public Outcome convert(String value) {
      return Codes.parse(Outcome.class, value);
    }
  }
}
