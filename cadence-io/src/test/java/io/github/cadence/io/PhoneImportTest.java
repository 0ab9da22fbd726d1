package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.NOW;
import static io.github.cadence.io.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Handle;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phone's backup by SMS Backup &amp; Restore ({@code calls-20261201090000.xml}, {@code
 * sms-20261201090000.xml}, in the app's layout) read with the contacts of {@code google.csv}; the
 * answer key is {@code phone.expected}.
 */
class PhoneImportTest {
  private static final String CALLS = "calls-20261201090000.xml";
  private static final String SMS = "sms-20261201090000.xml";

  private static Importer importer() {
    return Importer.builder(NOW)
        .region("DE")
        .zone(Fixtures.BERLIN)
        .me(Me.of(null, List.of(Handle.phone("+49 151 12345678"))))
        .build();
  }

  @Test
  void eachCallAndMessageWithAContactIsATouchpointAsTheAnswerKeySays() throws IOException {
    ImportResult result =
        importer().read(List.of(source("google.csv"), source(CALLS), source(SMS)));

    assertThat(Fixtures.rows(result.touchpoints()))
        .containsExactlyElementsOf(Fixtures.answerKey("phone.expected"));
    assertThat(result.report().sources())
        .extracting(MergeReport.Source::layout)
        .containsExactly(Layout.GOOGLE_CONTACTS, Layout.PHONE_BACKUP, Layout.PHONE_BACKUP);
  }

  @Test
  void theReportCountsWhatWasLeftOutAndNamesTheNumbersOfStrangers() {
    ImportResult result =
        importer().read(List.of(source("google.csv"), source(CALLS), source(SMS)));

    String calls = Fixtures.file(CALLS).toString();
    String sms = Fixtures.file(SMS).toString();
    assertThat(result.report().lines())
        .contains(
            "read " + calls + ": SMS Backup & Restore (calls, messages), 7 calls and messages",
            calls + ": 4 touchpoints with 2 contacts, from 16 Nov 2026 to 27 Nov 2026",
            calls + ": left out 1 record: 1 blocked call",
            calls
                + ": 2 calls and messages with nobody among the contacts; the numbers in them"
                + " most often: Dr. Evil +491709999999 (2) (add those you know with cadence"
                + " contact add --phone, or import your phone's contacts)",
            sms + ": 5 touchpoints with 2 contacts, from 20 Nov 2026 to 21 Nov 2026",
            sms + ": left out 1 record: 1 message never sent (drafts, failed)");
  }

  @Test
  void aMissedCallFromAContactIsAnAnswerOwedAndReimportingAddsNothing() {
    MutableNetwork network = new MutableNetwork();
    ImportResult result =
        importer().read(List.of(source("google.csv"), source(CALLS), source(SMS)));
    result.contacts().forEach(network::add);
    network.recordAll(result.touchpoints());

    ImportResult again = importer().read(List.of(source(CALLS), source(SMS)), network.contacts());
    network.recordAll(again.touchpoints());

    assertThat(network.touchpoints("maria-nunez")).hasSize(4);
    assertThat(network.history("maria-nunez", NOW).replyOwed()).isTrue();
    assertThat(
            CadenceEngine.of(BuiltInRules.defaults())
                .queue(network, NOW)
                .entryFor("maria-nunez")
                .orElseThrow()
                .reasons()
                .get(0)
                .text())
        .startsWith("María Núñez called and did not reach you");
  }

  @Test
  void aCrowdedGroupAndARecordWithoutANumberAreLeftOutAndCounted() {
    StringBuilder crowd = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      crowd.append(String.format("<addr address=\"+1555010%02d\" type=\"151\" />", i));
    }
    String sms =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
            + "<mms date=\"1795262400000\" msg_box=\"2\" m_id=\"x\"><addrs>"
            + crowd
            + "</addrs></mms>\n"
            + "<sms address=\"null\" date=\"1795165200000\" type=\"1\" body=\"hi\" />\n"
            + "</smses>\n";

    ImportResult result = importer().read(List.of(Fixtures.text("sms.xml", sms)));

    assertThat(result.report().skipped())
        .contains(
            "sms.xml: left out 2 records: 1 group message to more than 20 people, 1 record without"
                + " a number or date");
  }

  @Test
  void anEmojiWrittenAsTwoHalvesIsReadAndBadXmlIsLocated() {
    String broken =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
            + "<smses count=\"1\">\n"
            + "  <sms address=\"+14155550100\" date=\"1795165200000\" type=\"1\" body=\"&#55357;\n"
            + "  <sms address=\"+14155550100\" date=\"1795165200000\" type=\"1\" />\n"
            + "</smses>\n";

    assertThatThrownBy(() -> importer().read(List.of(Fixtures.text("sms.xml", broken))))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("sms.xml, line 4: is not well-formed XML: ");
  }
}
