package io.github.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

/** Checks that a type made of fields behaves as a value: equal when every field is. */
public final class Values {
  private Values() {}

  /**
   * Asserts value semantics: two values made alike are equal with equal hashes, a value differs
   * from each variant (one field changed each), from null and from another type, and its text names
   * each of {@code shown}.
   *
   * @param make makes the value, each time a new object
   * @param variants the value with one field changed, each
   * @param shown what the value's text must contain
   */
  public static void assertValue(Supplier<?> make, List<?> variants, String... shown) {
    Object value = make.get();
    Object same = make.get();
    assertThat(value).isNotSameAs(same).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(value.equals(null)).isFalse();
    assertThat(value).isNotEqualTo("another type");
    for (Object variant : variants) {
      assertThat(value).as("against %s", variant).isNotEqualTo(variant);
      assertThat(value.hashCode()).as("hash against %s", variant).isNotEqualTo(variant.hashCode());
    }
    assertThat(value.toString()).contains(shown);
  }
}
