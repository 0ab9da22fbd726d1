package io.github.cadence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.plan.Category;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one contract every codec spells enumerations by. */
class CodesTest {
  /** Every enumeration a contact or touchpoint codec writes. */
  static final List<Class<? extends Enum<?>>> CODEC_ENUMS =
      List.of(
          Channel.class,
          Direction.class,
          Outcome.class,
          Intent.class,
          Role.class,
          Handle.Kind.class,
          Occasion.Kind.class);

  @Test
  void everyValueIsWrittenInLowerCaseWithHyphensAndReadBackInEitherSpelling() {
    for (Class<? extends Enum<?>> type : CODEC_ENUMS) {
      roundTrips(type);
    }
    assertThat(Codes.name(Outcome.LEFT_MESSAGE)).isEqualTo("left-message");
    assertThat(Codes.name(Role.STRATEGIC_PARTNER)).isEqualTo("strategic-partner");
    assertThat(Codes.parse(Outcome.class, " Left Message ")).isEqualTo(Outcome.LEFT_MESSAGE);
    assertThat(Codes.parse(Category.class, "new-contact")).isEqualTo(Category.NEW_CONTACT);
  }

  private static <E extends Enum<E>> void roundTrips(Class<? extends Enum<?>> raw) {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) raw;
    for (E value : type.getEnumConstants()) {
      String name = Codes.name(value);
      assertThat(name).matches("[a-z]+(-[a-z]+)*");
      assertThat(Codes.parse(type, name)).isSameAs(value);
      assertThat(Codes.parse(type, value.name())).isSameAs(value);
      assertThat(Codes.parse(type, value.name().toLowerCase(Locale.ROOT))).isSameAs(value);
    }
  }

  @Test
  void aNameOfNoValueSaysWhatItCouldBe() {
    assertThatThrownBy(() -> Codes.parse(Channel.class, "fax"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'fax' is not a channel; expected one of call, email, message, meeting, event, social,"
                + " gift, note");
    assertThatThrownBy(() -> Codes.parse(Outcome.class, "lost"))
        .hasMessageStartingWith("'lost' is not an outcome; expected one of connected, replied,");
    assertThatThrownBy(() -> Codes.parse(Handle.Kind.class, "fax"))
        .hasMessageStartingWith("'fax' is not a handle kind; expected one of");
  }

  @Test
  void theTouchpointCodesAreStable() {
    // Pinned: a workspace's rows hold these numbers. Append, never reorder.
    assertThat(List.of(Channel.values()))
        .extracting(Codes::code)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(Codes.code(Channel.GIFT)).isEqualTo(6);
    assertThat(Codes.code(Direction.INBOUND)).isEqualTo(1);
    assertThat(Codes.code(Outcome.LEFT_MESSAGE)).isEqualTo(3);
    assertThat(Codes.code(Outcome.NO_RESPONSE)).isEqualTo(4);
    assertThat(Codes.code(Outcome.BROADCAST)).isEqualTo(5);
    assertThat(Codes.code(Intent.NEUTRAL)).isEqualTo(2);
    for (Class<? extends Enum<?>> type :
        List.of(Channel.class, Direction.class, Outcome.class, Intent.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertThat(ofCode(type, Codes.code(value))).isSameAs(value);
      }
    }
    assertThatThrownBy(() -> Codes.ofCode(Outcome.class, 6))
        .hasMessage("code 6 is not an outcome; expected 0 to 5");
    assertThatThrownBy(() -> Codes.ofCode(Intent.class, -1))
        .hasMessage("code -1 is not an intent; expected 0 to 2");
    assertThatThrownBy(() -> Codes.code(Role.CLIENT)).hasMessage("Role values have no codes");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> ofCode(Class<? extends Enum<?>> type, int code) {
    return Codes.ofCode((Class) type, code);
  }
}
