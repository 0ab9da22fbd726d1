package io.github.cadence.io;

import static io.github.cadence.Generators.networks;
import static io.github.cadence.Theories.qt;
import static io.github.cadence.io.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.EveryField;
import io.github.cadence.Generators.NetworkSpec;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cadence's own CSV layouts and JSON document keep every field: out and in is the same network. */
class RoundTripTest {

  /** The codec contract's contact (core's {@link EveryField}): every field set. */
  static Contact everyField() {
    return EveryField.contact();
  }

  static List<Touchpoint> touches() {
    return List.of(
        EveryField.touchpoint(),
        Touchpoint.builder("maria", Instant.parse("2026-11-03T08:00:00Z"))
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .build(),
        Touchpoint.builder("bo", Instant.parse("2026-11-04T08:00:00Z"))
            .channel(Channel.CALL)
            .outcome(Outcome.NO_RESPONSE)
            .intent(Intent.ASK)
            .build());
  }

  static ImportResult roundTrip(List<Contact> contacts, List<Touchpoint> touchpoints) {
    StringWriter c = new StringWriter();
    StringWriter t = new StringWriter();
    NetworkExport.contactsCsv(contacts, c);
    NetworkExport.touchpointsCsv(touchpoints, t);
    return Importer.builder(NOW)
        .build()
        .read(
            List.of(
                ImportSource.of("contacts.csv", utf8(c.toString())),
                ImportSource.of("touchpoints.csv", utf8(t.toString()))));
  }

  static ImportResult jsonRoundTrip(List<Contact> contacts, List<Touchpoint> touchpoints) {
    StringWriter out = new StringWriter();
    NetworkExport.json(contacts, touchpoints, out);
    assertThat(ExportTest.validate(NetworkExport.SCHEMA, out.toString())).isEmpty();
    return Importer.builder(NOW)
        .build()
        .read(List.of(ImportSource.of("network.json", utf8(out.toString()))));
  }

  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aContactWithEveryFieldAndTouchpointsWithAwkwardNotesComeBackTheSame() {
    Contact bo = Contact.builder("bo", Instant.parse("2026-01-01T00:00:00Z")).build();
    ImportResult back = roundTrip(List.of(everyField(), bo), touches());

    assertThat(back.contacts()).containsExactly(bo, everyField());
    assertThat(back.touchpoints()).containsExactlyInAnyOrderElementsOf(touches());
    assertThat(back.report().sources())
        .extracting(MergeReport.Source::layout)
        .containsExactly(Layout.CADENCE_CONTACTS, Layout.CADENCE_TOUCHPOINTS);
  }

  @Test
  void theSameNetworkComesBackFromJsonAndTheDocumentFitsItsSchema() {
    Contact bo = Contact.builder("bo", Instant.parse("2026-01-01T00:00:00Z")).build();
    ImportResult back = jsonRoundTrip(List.of(everyField(), bo), touches());

    assertThat(back.contacts()).containsExactly(bo, everyField());
    assertThat(back.touchpoints()).containsExactlyInAnyOrderElementsOf(touches());
    assertThat(back.report().sources())
        .extracting(MergeReport.Source::layout)
        .containsExactly(Layout.CADENCE_JSON);
  }

  @Test
  void theContactsFileOpensInASpreadsheetAsUtf8WithCrlf() {
    StringWriter out = new StringWriter();
    NetworkExport.contactsCsv(List.of(everyField()), out);

    String csv = out.toString();
    assertThat(csv).startsWith("\uFEFFid,name,tier,tier_cadence,tier_weight,roles,tags,");
    assertThat(csv).contains("\r\nmaria,\"María \"\"Mia\"\" Núñez, Jr.\",mentors,P45D,1.5,");
    // A cell a spreadsheet would take for a formula ("-", here) starts with an apostrophe.
    assertThat(csv).contains(",'--12-09 birthday birthday ::: --02-29 anniversary company founded");
  }

  @Test
  void anyGeneratedNetworkWrittenAsCsvOrJsonAndReadBackIsTheSameNetwork() {
    qt(60)
        .forAll(networks())
        .checkAssert(
            (NetworkSpec spec) -> {
              List<Contact> contacts = spec.build().contacts();
              List<Touchpoint> touchpoints = spec.touchpoints();
              List<Contact> sorted =
                  contacts.stream().sorted(Comparator.comparing(Contact::id)).toList();
              for (ImportResult back :
                  List.of(roundTrip(contacts, touchpoints), jsonRoundTrip(contacts, touchpoints))) {
                assertThat(back.contacts()).containsExactlyElementsOf(sorted);
                assertThat(back.touchpoints()).containsExactlyInAnyOrderElementsOf(touchpoints);
              }
            });
  }

  @Test
  void namesAndNotesAFormulaWouldTakeComeBackByteForByteAndNoCellStartsAFormula() {
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://x\")", "+49 Ana", "-Ana", "@Ana", "'Quoted", "'=x", "Ana  Bell ");
    List<Contact> contacts = new ArrayList<>();
    List<Touchpoint> notes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      contacts.add(
          Contact.builder("c" + i, Instant.parse("2026-01-01T00:00:00Z"))
              .displayName(names.get(i))
              .organization(names.get(i))
              .build());
      notes.add(
          Touchpoint.builder("c" + i, Instant.parse("2026-11-02T10:00:00Z"))
              .channel(Channel.NOTE)
              .outcome(Outcome.SENT)
              .note(names.get(i) + "\n=second line")
              .build());
    }
    StringWriter c = new StringWriter();
    NetworkExport.contactsCsv(contacts, c);

    ImportResult back = roundTrip(contacts, notes);

    assertThat(back.contacts()).containsExactlyInAnyOrderElementsOf(contacts);
    assertThat(back.touchpoints()).containsExactlyInAnyOrderElementsOf(notes);
    for (String line : c.toString().split("\r\n")) {
      for (String cell : line.split(",")) {
        String value = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(value)
            .as(line)
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("@");
      }
    }
  }
}
