package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.RuleSet;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input in the stream: a touchpoint of a contact that never comes, an invalid contact, an
 * invalid touchpoint, a rule that throws for one contact. Each goes to the dead letters with its
 * reason; the job does not fail, and the other contacts are ranked as ever.
 */
class DeadLetterTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = Jobs.cluster();

  /** Throws for the contact "bo", says nothing for the others. */
  static RuleSet rulesFailingForBo() {
    return BuiltInRules.defaults().toBuilder()
        .add(
            Rule.of(
                "fragile",
                (contact, history, asOf) -> {
                  if (contact.id().equals("bo")) {
                    throw new IllegalStateException("fragile rule broke on bo");
                  }
                  return Evaluation.none();
                }))
        .build();
  }

  @Test
  @SuppressWarnings("try") // Flink's CloseableIterator.close() declares Exception
  void badRecordsGoToTheDeadLettersAndTheRestIsRanked() throws Exception {
    String tenant = "acme";
    List<CadenceEvent> events = new ArrayList<>();
    for (String id : List.of("ana", "bo", "cy")) {
      events.add(
          CadenceEvent.of(
              tenant,
              Contact.builder(id, TestNetworks.AS_OF.minus(Duration.ofDays(400)))
                  .tier(Tier.A)
                  .build()));
      events.add(CadenceEvent.of(tenant, call(id, TestNetworks.AS_OF.minus(Duration.ofDays(40)))));
    }
    events.add(
        CadenceEvent.of(tenant, call("ghost", TestNetworks.AS_OF.minus(Duration.ofDays(3)))));
    ContactRecord sleeping = ContactRecord.of(Contact.builder("dee", TestNetworks.AS_OF).build());
    sleeping.status = "sleeping";
    events.add(CadenceEvent.of(tenant, sleeping));
    TouchpointRecord fax =
        TouchpointRecord.of(call("ana", TestNetworks.AS_OF.minus(Duration.ofDays(1))));
    fax.channel = "FAX";
    events.add(CadenceEvent.of(tenant, fax));

    StreamExecutionEnvironment env = SameAnswersTest.environment();
    SingleOutputStreamOperator<EntryRecord> entries =
        env.fromData(events, TypeInformation.of(CadenceEvent.class))
            .keyBy(CadenceFunction::key)
            .process(CadenceFunction.asOf(DeadLetterTest::rulesFailingForBo, TestNetworks.AS_OF))
            .returns(EntryRecord.class);
    List<EntryRecord> ranked = new ArrayList<>();
    List<DeadLetter> dead = new ArrayList<>();
    try (CloseableIterator<EntryRecord> e = entries.collectAsync();
        CloseableIterator<DeadLetter> d =
            entries.getSideOutput(CadenceFunction.DEAD_LETTERS).collectAsync()) {
      env.execute("dead letters");
      e.forEachRemaining(ranked::add);
      d.forEachRemaining(dead::add);
    }

    assertThat(ranked).extracting(r -> r.contactId).containsExactlyInAnyOrder("ana", "bo", "cy");
    assertThat(dead)
        .extracting(l -> l.kind + " " + l.contactId)
        .containsExactlyInAnyOrder(
            "unknown-contact ghost", "invalid-contact dee", "invalid-touchpoint ana", "rule bo");
    assertThat(dead)
        .filteredOn(l -> l.kind.equals("invalid-touchpoint"))
        .singleElement()
        .satisfies(l -> assertThat(l.reason).contains("FAX"));
    assertThat(dead)
        .filteredOn(l -> l.kind.equals("rule"))
        .singleElement()
        .satisfies(l -> assertThat(l.reason).contains("fragile", "fragile rule broke on bo"));
    assertThat(dead)
        .filteredOn(l -> l.kind.equals("unknown-contact"))
        .singleElement()
        .satisfies(
            l -> assertThat(l.reason).isEqualTo("no contact ghost arrived for this touchpoint"));
  }

  static Touchpoint call(String id, Instant at) {
    return Touchpoint.builder(id, at)
        .channel(Channel.CALL)
        .direction(Direction.OUTBOUND)
        .outcome(Outcome.CONNECTED)
        .intent(Intent.NEUTRAL)
        .build();
  }
}
