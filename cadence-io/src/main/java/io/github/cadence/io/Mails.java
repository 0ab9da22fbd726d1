package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Texts;
import io.github.cadence.model.Touchpoint;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the mails of mailboxes into touchpoints, once the contacts are known: a mail the user sent
 * is an outbound email to each recipient who is a contact; a mail a contact sent is an inbound one
 * from them (so a reply from them answers the user's outreach, and a mail they wrote last is a
 * reply owed). The user is who {@link Me} says, else the sender of the most mail Gmail labels Sent,
 * else the address in the most mail (the user is in every mail of their own mailbox). A Gmail chat
 * is a message rather than an email. Each touchpoint's source key is the mail's Message-ID and the
 * contact's id, so importing the same mailbox, or a newer export that overlaps it, adds nothing.
 *
 * <p>Mail from a no-reply or role address (noreply@, info@, support@, ...) is left out unless it is
 * the user's own; so is mail only to the user. Mail with nobody among the contacts is counted, and
 * the people the user mails most who are not contacts are offered to add.
 */
final class Mails {
  private static final Pattern ROLE =
      Pattern.compile(
          "(no-?reply|do-?not-?reply|donotreply|no_reply|noreply-.*|.*-noreply|bounces?(\\+.*)?"
              + "|bounce-.*|mailer-daemon|postmaster|notifications?|alerts?|info|support|sales"
              + "|billing|admin|help|newsletter|news|marketing|team|office|webmaster|hostmaster"
              + "|abuse|security|privacy|feedback|service|customerservice|receipts?|invoices?"
              + "|orders?|accounts?|jobs|careers|hr|press|media|contact)");

  private final Me me;
  private final ZoneId zone;

  Mails(Me me, ZoneId zone) {
    this.me = me;
    this.zone = zone;
  }

  /** Whether an address is a no-reply or role address, by its local part. */
  static boolean isRole(String address) {
    int at = address.indexOf('@');
    String local = (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    return ROLE.matcher(local).matches();
  }

  /**
   * Adds each mailbox's touchpoints to the contacts they involve; says what was left out in {@code
   * skipped} and what else it found (who the user is, the dates covered, people not among the
   * contacts) in {@code notes}.
   */
  void touchpoints(
      List<Mbox.Read> reads,
      List<Merger.Person> persons,
      List<String> skipped,
      List<String> notes) {
    if (reads.isEmpty()) {
      return;
    }
    Map<String, Merger.Person> byEmail = Merger.byHandle(persons, Handle.Kind.EMAIL);
    Set<String> mine = mine(reads, notes);
    for (Mbox.Read read : reads) {
      touchpoints(read, mine, byEmail, skipped, notes);
    }
  }

  private void touchpoints(
      Mbox.Read read,
      Set<String> mine,
      Map<String, Merger.Person> byEmail,
      List<String> skipped,
      List<String> notes) {
    Tally tally = new Tally(read.source);
    for (Mbox.Mail m : read.mails) {
      List<Merger.Person> involved = new ArrayList<>(1);
      Direction direction;
      if (mine.contains(m.from())) {
        direction = Direction.OUTBOUND;
        boolean toOthers = false;
        for (String r : m.recipients()) {
          if (mine.contains(r)) {
            continue;
          }
          toOthers = true;
          Merger.Person p = byEmail.get(r);
          if (p == null) {
            tally.stranger(r, m.names().get(r));
          } else if (!involved.contains(p)) {
            involved.add(p);
          }
        }
        if (!toOthers) {
          read.skip(Mbox.TO_YOURSELF, m.line(), "");
          continue;
        }
      } else {
        direction = Direction.INBOUND;
        Merger.Person p = byEmail.get(m.from());
        if (p == null && isRole(m.from())) {
          read.skip(Mbox.ROLE_SENDER, m.line(), "");
          continue;
        }
        if (p == null) {
          tally.stranger(m.from(), m.fromName());
        } else {
          involved.add(p);
        }
      }
      if (involved.isEmpty()) {
        tally.unmatched();
      }
      for (Merger.Person p : involved) {
        tally.touched(p, touchpoint(p, m, direction));
      }
    }
    notes.add(tally.covered(zone));
    read.skipped.report(read.source, "mail", "mails", skipped);
    tally.reportStrangers(
        "mail",
        "mails",
        "people",
        "add those you know with cadence contact add, or import a contacts file that has them",
        (address, name) -> {
          String clean = ImportedText.clean(name);
          return clean == null ? address : clean + " <" + address + ">";
        },
        skipped);
  }

  private static Touchpoint touchpoint(Merger.Person p, Mbox.Mail m, Direction direction) {
    String id = requireNonNull(p.id);
    return Importer.touch(
        id,
        m.at(),
        m.chat() ? Channel.MESSAGE : Channel.EMAIL,
        direction,
        "mail:" + m.id() + ":" + id);
  }

  /**
   * The user's addresses: those {@link Me} gives, else the sender of the most mail labelled Sent,
   * else the address in the most mail (leaving role addresses aside), as the report says.
   */
  private Set<String> mine(List<Mbox.Read> reads, List<String> notes) {
    Set<String> mine = new LinkedHashSet<>();
    for (Handle h : me.handles(Handle.Kind.EMAIL)) {
      mine.add(h.value().toLowerCase(Locale.ROOT));
    }
    if (!mine.isEmpty()) {
      return mine;
    }
    Map<String, Integer> sent = new LinkedHashMap<>();
    Map<String, Integer> any = new LinkedHashMap<>();
    long mails = 0;
    for (Mbox.Read read : reads) {
      for (Mbox.Mail m : read.mails) {
        mails++;
        if (m.sent()) {
          sent.merge(m.from(), 1, Integer::sum);
        }
        // The user is on every mail of their own mailbox, as its sender or a recipient.
        if (!isRole(m.from())) {
          any.merge(m.from(), 1, Integer::sum);
        }
        for (String r : m.recipients()) {
          if (!r.equals(m.from()) && !isRole(r)) {
            any.merge(r, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Integer> counts = sent.isEmpty() ? any : sent;
    Map.Entry<String, Integer> most =
        counts.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElse(null);
    if (most == null) {
      return mine;
    }
    String top = most.getKey();
    mine.add(top);
    notes.add(
        String.format(
            Locale.ROOT,
            "took you to be %s, who %s %,d of the %s; if you are not, say who you are with --me"
                + " ADDRESS or me: in config.yaml",
            Texts.clean(top),
            sent.isEmpty() ? "is in" : "sent",
            most.getValue(),
            sent.isEmpty()
                ? Tally.count(mails, "mail", "mails")
                : Tally.count(
                        sent.values().stream().mapToLong(Integer::longValue).sum(), "mail", "mails")
                    + " labelled Sent"));
    return mine;
  }
}
