package io.github.cadence.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.EveryField;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputViewStreamWrapper;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;

/** The records: Flink POJOs without Kryo, and the library's values after a trip through them. */
class RecordsTest {
  @Test
  void everyRecordIsAFlinkPojoWithoutKryo() {
    for (Class<?> type :
        List.of(
            ContactRecord.class,
            OccasionRecord.class,
            TouchpointRecord.class,
            CadenceEvent.class,
            EntryRecord.class,
            HistoryRecord.class,
            DeadLetter.class)) {
      PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }
  }

  @Test
  void contactsAndTouchpointsComeBackEqualThroughFlinksSerializer() throws IOException {
    TypeSerializer<CadenceEvent> serializer =
        TypeInformation.of(CadenceEvent.class).createSerializer(new SerializerConfigImpl());
    for (TestNetworks.Tenant t : TestNetworks.tenants(11, 2, 300)) {
      for (Contact c : t.contacts()) {
        CadenceEvent back = roundTrip(serializer, CadenceEvent.of(t.name(), c));
        assertThat(back.tenant).isEqualTo(t.name());
        assertThat(back.contact).isNotNull();
        assertThat(back.contact.toContact()).isEqualTo(c);
      }
      for (Touchpoint p : t.touchpoints()) {
        CadenceEvent back = roundTrip(serializer, CadenceEvent.of(t.name(), p));
        assertThat(back.touchpoint).isNotNull();
        assertThat(back.touchpoint.toTouchpoint()).isEqualTo(p);
      }
    }
  }

  @Test
  void summariesComeBackEqualThroughFlinksSerializer() throws IOException {
    TypeSerializer<HistoryRecord> serializer =
        TypeInformation.of(HistoryRecord.class).createSerializer(new SerializerConfigImpl());
    int compared = 0;
    for (TestNetworks.Tenant t : TestNetworks.tenants(12, 2, 300)) {
      Map<String, List<Touchpoint>> byContact =
          t.touchpoints().stream().collect(Collectors.groupingBy(Touchpoint::contactId));
      for (List<Touchpoint> touchpoints : byContact.values()) {
        ContactHistory h = ContactHistory.of(touchpoints);
        HistoryRecord folded = new HistoryRecord();
        for (Touchpoint p : touchpoints) {
          assertThat(folded.firstSight(TouchpointRecord.of(p))).isTrue();
          folded.fold(List.of(p));
        }
        HistoryRecord back = roundTrip(serializer, folded);
        assertThat(back).isEqualTo(folded);
        assertThat(back.toHistory()).isEqualTo(h);
        assertThat(HistoryRecord.of(h).toHistory()).isEqualTo(h);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void aTouchpointSeenAgainIsNotNew() {
    HistoryRecord h = new HistoryRecord();
    TouchpointRecord call =
        TouchpointRecord.of(DeadLetterTest.call("ana", TestNetworks.AS_OF.minusSeconds(60)));
    TouchpointRecord sourced = mail(TestNetworks.AS_OF.minusSeconds(120), "mail:1");
    TouchpointRecord sameSource = mail(TestNetworks.AS_OF.minusSeconds(30), "mail:1");
    TouchpointRecord noted =
        TouchpointRecord.of(
            Touchpoint.builder("ana", TestNetworks.AS_OF.minusSeconds(60))
                .channel(Channel.CALL)
                .outcome(Outcome.CONNECTED)
                .note("about the offer")
                .build());

    assertThat(h.firstSight(call)).isTrue();
    assertThat(h.firstSight(sourced)).isTrue();
    assertThat(h.firstSight(noted)).as("the same call with a note").isTrue();
    assertThat(h.firstSight(TouchpointRecord.of(call.toTouchpoint()))).isFalse();
    assertThat(h.firstSight(sameSource)).as("another touch with a seen source key").isFalse();
    assertThat(h.repeated).isEqualTo(2);
    assertThat(h.seen).hasSize(4).isSorted();
    assertThat(h.seenAt).hasSize(4);

    // Forgetting those before the call: the sourced email is forgotten, the calls are not.
    h.forget(call.at);
    assertThat(h.seen).hasSize(2).isSorted();
    assertThat(h.seenAt).containsOnly(call.at);
    assertThat(h.firstSight(sameSource)).as("its source key forgotten").isTrue();
    assertThat(h.firstSight(call)).isFalse();
  }

  /** A mail sent to ana, with a source key. */
  static TouchpointRecord mail(Instant at, String source) {
    return TouchpointRecord.of(
        Touchpoint.builder("ana", at)
            .channel(Channel.EMAIL)
            .outcome(Outcome.SENT)
            .source(source)
            .build());
  }

  @Test
  void onlyTheStreamingEvaluationForgetsTouchpoints() {
    assertThatThrownBy(
            () ->
                CadenceFunction.asOf(BuiltInRules::defaults, TestNetworks.AS_OF)
                    .rememberingTouchpointsFor(Duration.ofDays(30)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the batch evaluation remembers every touchpoint of its bounded input");
    assertThatThrownBy(
            () ->
                CadenceFunction.inEventTime(BuiltInRules::defaults, Duration.ZERO)
                    .rememberingTouchpointsFor(Duration.ZERO))
        .hasMessage("horizon must be positive, was PT0S");
  }

  @Test
  void aBrokenSummarySaysWhatIsWrong() {
    HistoryRecord h = new HistoryRecord();
    h.channels = new String[] {"CALL"};
    assertThatThrownBy(h::toHistory)
        .hasMessage(
            "a history record's parallel arrays differ in length: 0 attempt instants, 0 attempt"
                + " channels, 1 channels, 0 counts");
    h.counts = new int[] {1};
    assertThatThrownBy(h::toHistory)
        .hasMessage("not a summary of touchpoints: 1 touches with lastTouch none");
  }

  @Test
  void everyFieldOfAContactAndATouchpointSurvives() {
    // The codec contract: core's fixture, every field set, back as it went.
    assertThat(ContactRecord.of(EveryField.contact()).toContact()).isEqualTo(EveryField.contact());
    assertThat(TouchpointRecord.of(EveryField.touchpoint()).toTouchpoint())
        .isEqualTo(EveryField.touchpoint());
  }

  @Test
  void aBrokenRecordSaysWhatIsWrong() {
    ContactRecord r = ContactRecord.of(Contact.builder("bo", TestNetworks.AS_OF).build());
    r.status = "sleeping";
    assertThatThrownBy(r::toContact)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be active, paused, archived or unmapped, was 'sleeping'");
    r.status = "active";
    r.createdAtNanos = 1_000_000;
    assertThatThrownBy(r::toContact)
        .hasMessage(
            "createdAtNanos must be 0 to 999999 (nanoseconds within the millisecond), was 1000000");
    r.createdAtNanos = 0;
    r.handles = new String[] {"fax"};
    assertThatThrownBy(r::toContact).hasMessage("a handle must be kind:value, was 'fax'");
  }

  @Test
  void recordsWrittenBeforeTheOneSpellingStillRead() {
    // A savepoint taken before 0.1 holds Java names; the records now write Codes' spelling.
    Touchpoint t =
        Touchpoint.builder("bo", TestNetworks.AS_OF)
            .channel(Channel.CALL)
            .outcome(Outcome.LEFT_MESSAGE)
            .build();
    TouchpointRecord r = TouchpointRecord.of(t);
    assertThat(List.of(r.channel, r.direction, r.outcome, r.intent))
        .containsExactly("call", "outbound", "left-message", "neutral");
    r.channel = "CALL";
    r.direction = "OUTBOUND";
    r.outcome = "LEFT_MESSAGE";
    r.intent = "NEUTRAL";
    assertThat(r.toTouchpoint()).isEqualTo(t);
    ContactRecord c =
        ContactRecord.of(
            Contact.builder("bo", TestNetworks.AS_OF).roles(Role.STRATEGIC_PARTNER).build());
    assertThat(c.roles).containsExactly("strategic-partner");
    c.roles = new String[] {"STRATEGIC_PARTNER"};
    assertThat(c.toContact().roles()).containsExactly(Role.STRATEGIC_PARTNER);
  }

  @Test
  void keysKeepTenantsApart() {
    CadenceEvent a = CadenceEvent.removal("a/b", "c");
    CadenceEvent b = CadenceEvent.removal("a", "b/c");
    assertThat(CadenceFunction.key(a)).isNotEqualTo(CadenceFunction.key(b));
    assertThat(CadenceFunction.split(CadenceFunction.key(a))).containsExactly("a/b", "c");
    assertThat(CadenceFunction.split(CadenceFunction.key(b))).containsExactly("a", "b/c");
  }

  static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    serializer.serialize(value, new DataOutputViewStreamWrapper(bytes));
    return serializer.deserialize(
        new DataInputViewStreamWrapper(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
