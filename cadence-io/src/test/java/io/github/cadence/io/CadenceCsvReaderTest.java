package io.github.cadence.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cadence's CSV layouts read back one record at a time, a bad record in the middle included. */
class CadenceCsvReaderTest {

  static CadenceCsvReader open(String name, String text) {
    return CadenceCsvReader.open(
        name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<CadenceCsvReader.Row> all(CadenceCsvReader reader) throws IOException {
    List<CadenceCsvReader.Row> records = new ArrayList<>();
    try (reader) {
      for (CadenceCsvReader.Row r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  @Test
  void whatCadenceCsvWritesComesBackRecordByRecord() throws IOException {
    StringWriter contacts = new StringWriter();
    Contact bo = Contact.builder("bo", Fixtures.NOW).build();
    NetworkExport.contactsCsv(List.of(RoundTripTest.everyField(), bo), contacts);
    StringWriter touchpoints = new StringWriter();
    NetworkExport.touchpointsCsv(RoundTripTest.touches(), touchpoints);

    CadenceCsvReader reader = open("contacts.csv", contacts.toString());
    assertThat(reader.layout()).isEqualTo(Layout.CADENCE_CONTACTS);
    assertThat(all(reader))
        .extracting(r -> r.contact().orElseThrow())
        .containsExactly(RoundTripTest.everyField(), bo);
    List<CadenceCsvReader.Row> read = all(open("touchpoints.csv", touchpoints.toString()));
    assertThat(read)
        .extracting(r -> r.touchpoint().orElseThrow())
        .containsExactlyElementsOf(RoundTripTest.touches());
    // The first touchpoint's note holds a line break: the second starts on line 4.
    assertThat(read).extracting(CadenceCsvReader.Row::line).containsExactly(2L, 4L, 5L);
  }

  @Test
  void aBadRecordComesBackWithItsFaultAndTheRestIsRead() throws IOException {
    List<CadenceCsvReader.Row> read =
        all(
            open(
                "touchpoints.csv",
                String.join(
                    "\r\n",
                    "contact_id,at,channel,direction,outcome,intent,note,source",
                    "ana,2026-11-02T10:00:00Z,call,outbound,connected,neutral,,",
                    "ana,yesterday,call,outbound,connected,neutral,,",
                    "ana,2026-11-03T10:00:00Z,call,outbound",
                    "bo,2026-11-04T10:00:00Z,email,inbound,replied,neutral,,")));

    assertThat(read).hasSize(4);
    assertThat(read.get(0).touchpoint()).isPresent();
    assertThat(read.get(1).fault().orElseThrow())
        .hasMessageStartingWith("touchpoints.csv, line 3, field 'at': 'yesterday' is not valid");
    assertThat(read.get(1).touchpoint()).isEmpty();
    assertThat(read.get(2).fault().orElseThrow())
        .hasMessageStartingWith("touchpoints.csv, line 4: ")
        .hasMessageContaining("has 4 fields, but the header has 8");
    assertThat(read.get(3).touchpoint().map(Touchpoint::contactId)).contains("bo");
  }

  @Test
  void aFileInAnotherLayoutIsRefusedAtItsHeader() {
    assertThatThrownBy(
            () ->
                open(
                    "Connections.csv",
                    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(
            "Connections.csv, line 1: is LinkedIn connections, not one of Cadence's CSV layouts;"
                + " expected ");
    assertThatThrownBy(() -> open("empty.csv", ""))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("is empty");
  }
}
