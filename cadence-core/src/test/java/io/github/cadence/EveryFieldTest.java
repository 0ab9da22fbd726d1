package io.github.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Touchpoint;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The codec contract's fixture sets every field: each value a contact or touchpoint gives (every
 * public method without parameters) differs from a plain one's, so that a field added to the model
 * and not to {@link EveryField} fails here, before any codec can drop it unnoticed.
 */
class EveryFieldTest {

  @Test
  void theContactSetsEveryField() throws Exception {
    Contact plain = Contact.builder("ana", EveryField.contact().createdAt().plusSeconds(1)).build();
    // Derived from the fields, not fields: the builder a contact gives to change it.
    assertThat(unset(Contact.class, plain, EveryField.contact(), Set.of("toBuilder"))).isEmpty();
  }

  @Test
  void theTouchpointSetsEveryField() throws Exception {
    Touchpoint plain =
        Touchpoint.builder("ana", EveryField.touchpoint().at().plusSeconds(1))
            .channel(Channel.CALL)
            .outcome(Outcome.NO_RESPONSE)
            .build();
    // Derived from channel, direction and outcome, not fields of their own.
    Set<String> derived = Set.of("toBuilder", "isConversation", "isAttempt", "isBroadcast");
    assertThat(unset(Touchpoint.class, plain, EveryField.touchpoint(), derived)).isEmpty();
  }

  /** The accessors whose value is the same for the fixture as for a plain value. */
  private static <T> List<String> unset(Class<T> type, T plain, T full, Set<String> derived)
      throws Exception {
    List<String> unset = new ArrayList<>();
    List<Method> accessors =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getDeclaringClass() == type)
            .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
            .filter(m -> m.getReturnType() != void.class)
            .filter(m -> !Set.of("hashCode", "toString").contains(m.getName()))
            .filter(m -> !derived.contains(m.getName()))
            .toList();
    assertThat(accessors).hasSizeGreaterThan(5);
    for (Method m : accessors) {
      if (m.invoke(plain).equals(m.invoke(full))) {
        unset.add(m.getName());
      }
    }
    return unset;
  }
}
