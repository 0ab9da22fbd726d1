package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.bytes;
import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every malformed input stops the import and names the file, the line, the field and the value. */
class MalformedInputTest {
  private static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
  private static final String ANA =
      "Ana,Lopez,https://www.linkedin.com/in/ana,,Acme,CEO,12 Mar 2024\r\n";

  static ImportException failure(ImportSource... sources) {
    return catchThrowableOfType(ImportException.class, () -> importer().read(List.of(sources)));
  }

  @Test
  void anUnterminatedQuoteIsNamedWithTheLineItStartsOn() {
    ImportException e =
        failure(
            text("Connections.csv", HEADER + ANA + "Bo,Berg,,,\"Acme, Inc.,CTO,1 Jan 2020\r\n"));

    assertThat(e.source()).isEqualTo("Connections.csv");
    assertThat(e.line()).isEqualTo(OptionalLong.of(3));
    assertThat(e)
        .hasMessage(
            "Connections.csv, line 3: is not valid CSV: Unclosed quoted field at end of input");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsNamedWithItsValue() {
    ImportException e =
        failure(text("Connections.csv", HEADER + ANA + "Bo,Berg,Acme, Inc.,CTO,1 Jan 2020\r\n"));

    assertThat(e.line()).isEqualTo(OptionalLong.of(3));
    assertThat(e.value()).contains("Bo,Berg,Acme, Inc.,CTO,1 Jan 2020");
    assertThat(e)
        .hasMessageEndingWith(
            "has 6 fields, but the header has 7 (a comma in a value needs the value in double quotes)");
  }

  @Test
  void anInvalidDateIsNamedWithItsFieldAndWhatWasExpected() {
    ImportException e =
        failure(text("Connections.csv", HEADER + ANA + ANA.replace("12 Mar 2024", "31 Feb 2024")));

    assertThat(e.line()).isEqualTo(OptionalLong.of(3));
    assertThat(e.field()).contains("Connected On");
    assertThat(e.value()).contains("31 Feb 2024");
    assertThat(e)
        .hasMessage(
            "Connections.csv, line 3, field 'Connected On': '31 Feb 2024' is not valid: expected a date"
                + " like '12 Mar 2024'");
  }

  @Test
  void aVCardWithoutItsEndIsNamedWithTheLineItBeginsOn() {
    ImportException e =
        failure(
            text(
                "contacts.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nTEL:+1 555 0100\r\n"));

    assertThat(e).hasMessage("contacts.vcf, line 5: the card starting here has no END:VCARD");
  }

  @Test
  void aBinaryFileIsRefusedAsNotText() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    ImportException e = failure(bytes("photo.png", png));

    assertThat(e).hasMessageStartingWith("photo.png, line 1: ");
    assertThat(e.getMessage()).containsAnyOf("binary file", "is not UTF-8 text");
  }

  @Test
  void anEmptyFileSaysItIsEmpty() {
    assertThat(failure(bytes("Connections.csv", new byte[0])))
        .hasMessage("Connections.csv: is empty: there is no header line, and nothing to import");
    assertThat(failure(text("Connections.csv", "\r\n\r\n")).line()).isEmpty();
  }

  @Test
  void aFileInAnotherEncodingIsNamedWithTheLineAndTheBytes() {
    byte[] latin1 =
        (HEADER + "J\u00fcrgen,M\u00fcller,,,Acme,CEO,12 Mar 2024\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    ImportException e = failure(bytes("Connections.csv", latin1));

    assertThat(e.line()).isEqualTo(OptionalLong.of(2));
    assertThat(e)
        .hasMessage(
            "Connections.csv, line 2: is not UTF-8 text: the bytes 0xFC at byte 71 are not a"
                + " character; save the file as UTF-8");
  }

  @Test
  void aHeaderCadenceDoesNotKnowIsQuotedWithTheLayoutsItKnows() {
    ImportException e = failure(text("export.csv", "Vorname,Nachname,Firma\r\nAna,Lopez,Acme\r\n"));

    assertThat(e.line()).isEqualTo(OptionalLong.of(1));
    assertThat(e.value()).contains("Vorname,Nachname,Firma");
    assertThat(e)
        .hasMessageContaining(
            "is not a header Cadence knows; expected LinkedIn connections (First Name, Last Name, Connected On)");
  }

  @Test
  void aForcedLayoutThatDoesNotFitSaysWhichColumnsItNeeds() {
    ImportException e =
        failure(
            ImportSource.of(
                "google.csv",
                new java.io.ByteArrayInputStream((HEADER + ANA).getBytes(StandardCharsets.UTF_8)),
                Layout.GOOGLE_CONTACTS));

    assertThat(e)
        .hasMessageContaining(
            "is not the header of Google Contacts CSV; expected the columns First Name, Last Name,"
                + " Labels");
  }

  @Test
  void anInvalidEmailOrBirthdayIsNamedWithItsColumnOrProperty() {
    ImportException email =
        failure(
            text(
                "google.csv",
                "First Name,Last Name,Labels,E-mail 1 - Value\r\nAna,Lopez,,ana at acme\r\n"));
    assertThat(email)
        .hasMessage(
            "google.csv, line 2, field 'E-mail 1 - Value': 'ana at acme' is not valid: email must look"
                + " like name@domain, without spaces, was 'ana at acme'");

    ImportException bday =
        failure(
            text(
                "c.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nBDAY:1985-13-45\r\nEND:VCARD\r\n"));
    assertThat(bday.line()).isEqualTo(OptionalLong.of(4));
    assertThat(bday.field()).contains("BDAY");
    assertThat(bday.value()).contains("1985-13-45");
  }

  @Test
  void aTouchpointOfAContactNobodyKnowsIsNamedWithItsLine() {
    ImportException e =
        failure(
            text(
                "touchpoints.csv",
                "contact_id,at,channel,direction,outcome,intent,note,source\r\n"
                    + "ghost,2026-11-02T10:00:00Z,call,outbound,connected,neutral,,\r\n"));

    assertThat(e)
        .hasMessage(
            "touchpoints.csv, line 2, field 'contact_id': 'ghost' is not a contact of the network or"
                + " of this import");
  }

  @Test
  void malformedJsonIsNamedWithItsLineAndColumnAndAWrongValueWithItsPath() {
    ImportException syntax =
        failure(
            text(
                "network.json",
                "{\n  \"format\": \"cadence-network\",\n  \"contacts\": [\n    {\"id\": }\n"));
    assertThat(syntax.line()).isEqualTo(OptionalLong.of(4));
    assertThat(syntax).hasMessageStartingWith("network.json, line 4: is not valid JSON (column ");

    ImportException value =
        failure(
            text(
                "network.json",
                "{\"format\": \"cadence-network\", \"version\": 1,\n\"contacts\": [\n"
                    + "{\"id\": \"ana\", \"name\": \"Ana\", \"createdAt\": \"2026-01-01T00:00:00Z\","
                    + " \"tier\": {\"name\": \"A\", \"cadence\": \"P14D\", \"weight\": 3},"
                    + " \"zone\": \"UTC\", \"status\": \"active\","
                    + " \"handles\": [{\"kind\": \"email\", \"value\": \"ana at acme\"}]}]}"));
    assertThat(value)
        .hasMessage(
            "network.json, line 3, field 'contacts[0].handles[0].value': 'ana at acme' is not valid:"
                + " email must look like name@domain, without spaces, was 'ana at acme'");
  }
}
