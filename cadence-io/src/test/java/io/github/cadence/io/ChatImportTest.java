package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WhatsApp's "Export chat" files: {@code WhatsApp Chat with María Núñez.txt} as Android writes it
 * in US English and {@code _chat.txt} as iOS writes it in German, read with the contacts of {@code
 * google.csv}; the answer key is {@code whatsapp.expected}.
 */
class ChatImportTest {
  private static final String ANDROID = "WhatsApp Chat with María Núñez.txt";
  private static final String IOS = "_chat.txt";

  @Test
  void eachMessageWithAContactIsATouchAsTheAnswerKeySays() {
    ImportResult result =
        importer().read(List.of(source("google.csv"), source(ANDROID), source(IOS)));

    assertThat(Fixtures.rows(result.touchpoints()))
        .containsExactlyElementsOf(Fixtures.answerKey("whatsapp.expected"));
    assertThat(result.report().sources())
        .extracting(MergeReport.Source::layout)
        .containsExactly(Layout.GOOGLE_CONTACTS, Layout.WHATSAPP, Layout.WHATSAPP);
  }

  @Test
  void theReportSaysWhoTheUserIsWhatWasLeftOutAndWhoIsNotAContact() {
    ImportResult result =
        importer().read(List.of(source("google.csv"), source(ANDROID), source(IOS)));

    String android = Fixtures.file(ANDROID).toString();
    String ios = Fixtures.file(IOS).toString();
    assertThat(result.report().lines())
        .contains(
            "read " + android + ": WhatsApp chat, 6 messages",
            "took you to be Dana Reyes, the sender in every chat who is not a contact; if you are"
                + " not, say your name with me: {name: ...} in config.yaml",
            android + ": 4 touchpoints with 1 contact, from 2 Nov 2026 to 29 Nov 2026",
            android
                + ": left out 3 lines: 1 system line (encryption notices, group changes), 2"
                + " messages in runs of one sender's (one touch each run)",
            ios + ": 3 touchpoints with 1 contact, from 5 Nov 2026 to 6 Nov 2026",
            ios
                + ": 2 messages with nobody among the contacts; the senders in them most often:"
                + " Sam Lee (2) (add those you know with cadence contact add, under the name the"
                + " chat shows)");
  }

  @Test
  void aGroupOfMoreThanTwentyIsLeftOutAndCounted() {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      chat.append(String.format("31/12/24, 21:%02d - Guest %d: hi%n", i, i));
    }
    chat.append("31/12/24, 22:30 - Ken O'Hara: happy new year\n");

    ImportResult result =
        importer().read(List.of(source("google.csv"), Fixtures.text("party.txt", chat.toString())));

    assertThat(result.touchpoints()).isEmpty();
    assertThat(result.report().skipped())
        .contains("party.txt: left out 23 lines: 23 messages in groups of more than 20 people");
  }

  @Test
  void aDateThatIsNoDayIsLocated() {
    ImportSource bad =
        Fixtures.text("chat.txt", "31/12/24, 21:41 - Ana: hi\n32/12/24, 21:42 - Ana: again\n");

    assertThatThrownBy(() -> importer().read(List.of(bad)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("chat.txt, line 2: is not a date and time WhatsApp writes");
  }
}
