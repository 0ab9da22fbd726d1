package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.BERLIN;
import static io.github.cadence.io.Fixtures.NOW;
import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.sources;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueEntry;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queue and the agenda of a network imported from the real-layout fixtures, written out. */
class ExportTest {
  static final LocalDate TODAY = NOW.atZone(BERLIN).toLocalDate();
  static MutableNetwork network;
  static FollowUpQueue queue;
  static Agenda agenda;

  @BeforeAll
  static void planTheImportedNetwork() {
    ImportResult result =
        importer().read(sources("Connections.csv", "google.csv", "iphone.vcf", "messages.csv"));
    network = new MutableNetwork();
    result.contacts().forEach(network::add);
    network.recordAll(result.touchpoints());
    CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    queue = engine.queue(network, QueueRequest.asOf(NOW));
    PlanSettings settings =
        PlanSettings.builder()
            .zone(BERLIN)
            .dailyMinutes(30)
            .event(new NetworkingEvent("Founders' breakfast, Berlin", TODAY.plusDays(2), 90))
            .eventDay(TODAY.plusDays(2))
            .build();
    agenda = Planner.of(settings).plan(queue, TODAY, 7);
  }

  static List<Error> validate(String schemaResource, String json) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = ExportTest.class.getResourceAsStream(schemaResource)) {
      assertThat(in).as("the schema %s is in the jar", schemaResource).isNotNull();
      Schema schema = registry.getSchema(in);
      return schema.validate(json, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theQueueAsJsonValidatesAgainstItsShippedSchemaAndCarriesEveryReason() {
    StringWriter out = new StringWriter();
    QueueExport.json(queue, out);

    assertThat(queue.entries()).isNotEmpty();
    assertThat(validate(QueueExport.SCHEMA, out.toString())).isEmpty();
    QueueEntry first = queue.entries().get(0);
    assertThat(out.toString())
        .contains("\"format\" : \"cadence-queue\"")
        .contains("\"contactId\" : \"" + first.contact().id() + "\"")
        .contains("\"text\" : \"" + first.reasons().get(0).text().replace("\"", "\\\"") + "\"");
  }

  @Test
  void aDocumentThatBreaksTheSchemaIsCaughtByIt() {
    StringWriter out = new StringWriter();
    QueueExport.json(queue, out);
    String broken =
        out.toString().replaceFirst("\"channel\" : \"[a-z]+\"", "\"channel\" : \"pigeon\"");

    assertThat(validate(QueueExport.SCHEMA, broken)).isNotEmpty();
  }

  @Test
  void theQueueAsCsvOpensInASpreadsheetAndNoNameIsTakenForAFormula() {
    StringWriter out = new StringWriter();
    QueueExport.csv(queue, out);

    String csv = out.toString();
    assertThat(csv)
        .startsWith(
            "\uFEFFcontact_id,name,tier,due,score,channel,intent,category,reasons,reachable\r\n");
    assertThat(csv.split("\r\n")).hasSize(queue.entries().size() + 1);
    // The contact known only by a phone number is named by it: a spreadsheet must not add it up.
    assertThat(csv).contains(",'+447700900123,").doesNotContain(",+447700900123,");
    assertThat(csv).doesNotContain("E+").doesNotContain("E-");
  }

  @Test
  void theAgendaAsJsonValidatesAgainstItsShippedSchema() {
    StringWriter out = new StringWriter();
    AgendaExport.json(agenda, out);

    assertThat(agenda.items()).anyMatch(i -> i instanceof AgendaItem.Event);
    assertThat(agenda.touches()).isNotEmpty();
    assertThat(validate(AgendaExport.SCHEMA, out.toString())).isEmpty();
    assertThat(out.toString()).contains("\"kind\" : \"event\"", "\"kind\" : \"touch\"");
  }

  @Test
  void theAgendaAsCsvHasOneRowPerItem() {
    StringWriter out = new StringWriter();
    AgendaExport.csv(agenda, out);

    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(agenda.items().size() + 1);
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFdate,kind,contact_id,name,tier,channel,intent,category,minutes,"
                + "carried_over_from,reasons");
    assertThat(out.toString()).contains(",event,,\"Founders' breakfast, Berlin\",,");
  }
}
