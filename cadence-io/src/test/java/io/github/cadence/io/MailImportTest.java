package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.NOW;
import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Handle;
import io.github.cadence.rule.Purpose;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Google Takeout mailbox ({@code takeout.mbox}: mboxrd, CRLF, fifteen mails of fictional people)
 * read with the contacts of {@code google.csv}; its answer key is {@code takeout.mbox.expected}.
 */
class MailImportTest {
  private static final Handle DANA = Handle.email("dana.reyes@example.com");

  @Test
  void eachMailWithAContactIsATouchpointAsTheAnswerKeySays() throws IOException {
    ImportResult result = importer().read(List.of(source("google.csv"), source("takeout.mbox")));

    assertThat(Fixtures.rows(result.touchpoints()))
        .containsExactlyElementsOf(Fixtures.answerKey("takeout.mbox.expected"));
    assertThat(result.report().sources().get(1).layout()).isEqualTo(Layout.MBOX);
    assertThat(result.report().sources().get(1).records()).isEqualTo(15);
  }

  @Test
  void theReportSaysWhoTheUserWasTakenToBeWhatWasLeftOutAndWhoIsNotAContact() {
    ImportResult result = importer().read(List.of(source("google.csv"), source("takeout.mbox")));

    String name = Fixtures.file("takeout.mbox").toString();
    assertThat(result.report().notes())
        .containsExactly(
            "took you to be dana.reyes@example.com, who sent 4 of the 4 mails labelled Sent; if"
                + " you are not, say who you are with --me ADDRESS or me: in config.yaml",
            name + ": 6 touchpoints with 2 contacts, from 2 Nov 2026 to 12 Nov 2026");
    assertThat(result.report().skipped())
        .containsExactly(
            name
                + ": left out 8 mails: 1 in Spam or Trash, 2 bulk or automated (mailing lists,"
                + " newsletters, automatic replies), 1 to more than 20 people, 1 calendar"
                + " invitation (a calendar import counts the meeting), 1 from a no-reply or role"
                + " address (info@, support@, ...), 1 to yourself only, 1 with headers that cannot"
                + " be read (the first: "
                + name
                + ", line 152: no sender's address in From)",
            name
                + ": 2 mails with nobody among the contacts; the people in them most often: Sam"
                + " Lee <sam@lee.example> (3) (add those you know with cadence contact add, or"
                + " import a contacts file that has them)");
  }

  @Test
  void theSameMailboxWithLineFeedsOnlyReadsTheSame() throws IOException {
    byte[] crlf = Files.readAllBytes(Fixtures.file("takeout.mbox"));
    byte[] lf =
        new String(crlf, StandardCharsets.UTF_8)
            .replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8);

    ImportResult result =
        importer().read(List.of(source("google.csv"), Fixtures.bytes("takeout-lf.mbox", lf)));

    assertThat(Fixtures.rows(result.touchpoints()))
        .containsExactlyElementsOf(Fixtures.answerKey("takeout.mbox.expected"));
  }

  @Test
  void withoutGmailsLabelsTheUserIsTheAddressInTheMostMailNotTheBusiestSender() {
    String mail =
        "From - Mon Nov 02 09:00:00 2026\n"
            + "Date: Mon, 2 Nov 2026 09:00:00 +0000\n"
            + "Message-ID: <%s@example.com>\n"
            + "From: %s\n"
            + "To: %s\n\nHello\n\n";
    String inbox =
        String.format(mail, "1", "ken@acme.example", "dana@example.com")
            + String.format(mail, "2", "ken@acme.example", "dana@example.com")
            + String.format(mail, "3", "maria@nunez.dev", "dana@example.com")
            + String.format(mail, "4", "dana@example.com", "maria@nunez.dev");

    ImportResult result =
        importer().read(List.of(source("google.csv"), Fixtures.text("Inbox.mbox", inbox)));

    assertThat(result.report().notes())
        .startsWith(
            "took you to be dana@example.com, who is in 4 of the 4 mails; if you are not, say who"
                + " you are with --me ADDRESS or me: in config.yaml");
    assertThat(Fixtures.rows(result.touchpoints()))
        .extracting(r -> r.substring(0, r.indexOf(",mail:")))
        .containsExactly(
            "ken-ohara,2026-11-02T09:00:00Z,email,inbound,replied",
            "ken-ohara,2026-11-02T09:00:00Z,email,inbound,replied",
            "maria-nunez,2026-11-02T09:00:00Z,email,inbound,replied",
            "maria-nunez,2026-11-02T09:00:00Z,email,outbound,sent");
  }

  @Test
  void aNameWithControlCharactersReachesTheReportAsTextOnly() {
    String mail =
        "From 1@xxx Mon Nov 02 09:00:00 +0000 2026\r\n"
            + "Date: Mon, 2 Nov 2026 09:00:00 +0000\r\n"
            + "Message-ID: <evil-%d@x.example>\r\n"
            + "From: =?UTF-8?Q?Evil=1B[2J=07_Name?= <evil@x.example>\r\n"
            + "To: dana@example.com\r\n\r\nHi\r\n\r\n";
    String inbox = String.format(mail, 1) + String.format(mail, 2);
    Importer dana =
        Importer.builder(NOW).me(Me.of(null, List.of(Handle.email("dana@example.com")))).build();

    ImportResult result = dana.read(List.of(Fixtures.text("evil.mbox", inbox)));

    assertThat(result.report().skipped())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line).contains("Evil[2J Name <evil@x.example> (2)");
              assertThat(line.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
            });
  }

  @Test
  void theUserCanBeNamedAndThenNothingIsInferred() {
    Importer me = Importer.builder(NOW).region("DE").me(Me.of("Dana Reyes", List.of(DANA))).build();

    ImportResult result = me.read(List.of(source("google.csv"), source("takeout.mbox")));

    assertThat(result.report().notes()).noneMatch(n -> n.startsWith("took you to be"));
    assertThat(result.touchpoints()).hasSize(6);
  }

  @Test
  void importingTheMailboxAgainAddsNothing() {
    MutableNetwork network = new MutableNetwork();
    ImportResult first = importer().read(List.of(source("google.csv"), source("takeout.mbox")));
    first.contacts().forEach(network::add);
    network.recordAll(first.touchpoints());

    ImportResult again = importer().read(List.of(source("takeout.mbox")), network.contacts());
    network.recordAll(again.touchpoints());

    assertThat(again.touchpoints()).isEqualTo(first.touchpoints());
    assertThat(network.touchpoints("ken-ohara")).hasSize(3);
    assertThat(network.touchpoints("maria-nunez")).hasSize(3);
  }

  @Test
  void aMailTheContactWroteLastIsAReplyOwed() {
    MutableNetwork network = new MutableNetwork();
    ImportResult result = importer().read(List.of(source("google.csv"), source("takeout.mbox")));
    result.contacts().forEach(network::add);
    network.recordAll(result.touchpoints());

    List<QueueEntry> entries =
        CadenceEngine.of(BuiltInRules.defaults()).queue(network, NOW).entries();

    // Ken's chat on 12 November is the last word: Dana owes him an answer.
    assertThat(entries)
        .filteredOn(e -> e.contact().id().equals("ken-ohara"))
        .singleElement()
        .satisfies(e -> assertThat(e.purpose()).isEqualTo(Purpose.REPLY));
  }

  @Test
  void aFileThatIsNotAMailboxNamesTheLayoutsKnown() {
    ImportSource notMbox =
        ImportSource.of(
            "mail.txt",
            new java.io.ByteArrayInputStream(
                "Subject: hi\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
            Layout.MBOX);

    assertThatThrownBy(() -> importer().read(List.of(notMbox)))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "mail.txt, line 1: is not a mailbox: an mbox file starts with a 'From ' line, as the"
                + " .mbox files of Google Takeout do");
  }
}
