package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.NOW;
import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.sources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryImportTest {

  @Test
  void linkedInMessagesBecomeOneTouchpointEachWithTheirDirectionAndAStableSourceKey() {
    ImportResult result = importer().read(sources("Connections.csv", "messages.csv"));

    List<Touchpoint> touchpoints = result.touchpoints();
    assertThat(touchpoints).hasSize(3);
    Touchpoint sent = touchpoints.get(1);
    assertThat(sent.contactId()).isEqualTo("maria-nunez");
    assertThat(sent.at()).isEqualTo(Instant.parse("2024-03-14T09:12:05Z"));
    assertThat(sent.channel()).isEqualTo(Channel.MESSAGE);
    assertThat(sent.direction()).isEqualTo(Direction.OUTBOUND);
    assertThat(sent.outcome()).isEqualTo(Outcome.SENT);
    Touchpoint reply = touchpoints.get(2);
    assertThat(reply.direction()).isEqualTo(Direction.INBOUND);
    assertThat(reply.at()).isEqualTo(Instant.parse("2024-03-15T17:40:51Z"));
    assertThat(touchpoints.get(0).contactId()).isEqualTo("ken-ohara");
    assertThat(touchpoints).allSatisfy(t -> assertThat(t.source()).isPresent());
    assertThat(result.report().skipped())
        .containsExactly(
            "1 message with people who are not among the contacts (import Connections.csv with"
                + " messages.csv to keep them)");
    // The same export read again gives the same keys: recording it twice adds nothing.
    assertThat(importer().read(sources("Connections.csv", "messages.csv")).touchpoints())
        .isEqualTo(touchpoints);
  }

  @Test
  void theOwnerCanBeNamedWhenTheMessagesCannotTellWhoTheyAre() {
    ImportSource one =
        Fixtures.text(
            "messages.csv",
            "CONVERSATION ID,FROM,SENDER PROFILE URL,RECIPIENT PROFILE URLS,DATE,CONTENT\r\n"
                + "c1,Alex,https://www.linkedin.com/in/alex-doe,https://www.linkedin.com/in/jopark,"
                + "2026-11-02 10:00:00 UTC,hi\r\n");
    assertThatThrownBy(() -> importer().read(List.of(Fixtures.source("Connections-2019.csv"), one)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cannot tell which sender is you");

    ImportSource again =
        Fixtures.text(
            "messages.csv",
            "CONVERSATION ID,FROM,SENDER PROFILE URL,RECIPIENT PROFILE URLS,DATE,CONTENT\r\n"
                + "c1,Alex,https://www.linkedin.com/in/alex-doe,https://www.linkedin.com/in/jopark,"
                + "2026-11-02 10:00:00 UTC,hi\r\n");
    ImportResult result =
        Importer.builder(NOW)
            .owner("https://linkedin.com/in/alex-doe/")
            .build()
            .read(List.of(Fixtures.source("Connections.csv"), again));
    assertThat(result.touchpoints())
        .singleElement()
        .satisfies(t -> assertThat(t.direction()).isEqualTo(Direction.OUTBOUND));
  }

  @Test
  void importingTheSameFilesAgainChangesNothingAndSaysSo() {
    List<ImportSource> files =
        sources("Connections.csv", "google.csv", "iphone.vcf", "messages.csv");
    ImportResult first = importer().read(files);
    MutableNetwork network = new MutableNetwork();
    first.contacts().forEach(network::add);
    network.recordAll(first.touchpoints());

    ImportResult again =
        importer()
            .read(
                sources("Connections.csv", "google.csv", "iphone.vcf", "messages.csv"),
                network.contacts());

    assertThat(again.contacts()).isEmpty();
    assertThat(again.report().added()).isZero();
    assertThat(again.report().updated()).isZero();
    assertThat(again.report().unchanged()).isEqualTo(first.contacts().size());
    assertThat(again.report().lines())
        .contains("no contact changes: the network has every contact of these files already");
    assertThat(again.touchpoints()).isEqualTo(first.touchpoints());
    network.recordAll(again.touchpoints());
    assertThat(network.touchpoints("maria-nunez")).hasSize(2);
  }

  @Test
  void aNewFileAddsDetailsToContactsTheNetworkHasWithoutChangingTheirIds() {
    ImportResult first = importer().read(sources("Connections.csv"));
    List<Contact> network = new ArrayList<>(first.contacts());

    ImportResult second = importer().read(sources("google.csv"), network);

    Contact maria =
        second.contacts().stream()
            .filter(c -> c.id().equals("maria-nunez"))
            .findFirst()
            .orElseThrow();
    assertThat(maria.createdAt())
        .isEqualTo(
            network.stream()
                .filter(c -> c.id().equals("maria-nunez"))
                .findFirst()
                .orElseThrow()
                .createdAt());
    assertThat(maria.tags()).containsExactly("Clients");
    // María and Ken gain details; Jo Park's row has nothing new; the two Sam Lees are new.
    assertThat(second.report().updated()).isEqualTo(2);
    assertThat(second.report().unchanged()).isEqualTo(1);
    assertThat(second.report().added()).isEqualTo(2);
  }

  @Test
  void importedContactsWithoutHistoryAreInTheQueueNotHiddenByTheImport() {
    ImportResult result = importer().read(sources("google.csv", "iphone.vcf"));
    MutableNetwork network = new MutableNetwork();
    result.contacts().forEach(network::add);

    FollowUpQueue queue =
        CadenceEngine.of(BuiltInRules.defaults()).queue(network, QueueRequest.asOf(NOW));

    assertThat(queue.entries()).hasSize(result.contacts().size());
  }

  @Test
  void aRowOfCadencesOwnLayoutReplacesTheContactOfItsIdAndCountsAsAnUpdate() {
    Contact held = Contact.builder("ana", NOW.minusSeconds(86_400)).displayName("Ana").build();
    ImportSource row =
        Fixtures.text(
            "contacts.csv",
            "id,name,tier,created_at\r\nana,Ana López,B," + NOW.minusSeconds(86_400) + "\r\n");

    ImportResult result = importer().read(List.of(row), List.of(held));

    assertThat(result.contacts())
        .containsExactly(
            held.toBuilder().displayName("Ana López").tier(io.github.cadence.model.Tier.B).build());
    assertThat(result.report().updated()).isEqualTo(1);
    assertThat(result.report().merges())
        .singleElement()
        .satisfies(m -> assertThat(m.keys()).containsExactly("id ana"));
  }
}
