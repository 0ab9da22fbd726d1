package io.github.cadence.io;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Handle;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Who the user is, as their own exports show them: their addresses, numbers and profile pages,
 * which tell the mail, messages and calls they sent from those they received, and the name chat
 * exports give them. An importer that is not told infers what it can (the sender of the most mail
 * labelled Sent, else the address in the most mail) and says so in its report.
 *
 * <pre>{@code
 * Me me = Me.of("Dana Reyes", List.of(Handle.email("dana@example.com"), Handle.phone("+4915112345678")));
 * Importer importer = Importer.builder(now).me(me).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Me {
  private static final Me UNKNOWN = new Me(null, List.of());

  private final @Nullable String name;
  private final List<Handle> handles;

  private Me(@Nullable String name, List<Handle> handles) {
    this.name = name;
    this.handles = handles;
  }

  /**
   * The user, with a name and handles.
   *
   * @param name how chat exports name the user, or null
   * @param handles the user's email addresses, phone numbers and profile pages
   * @return the user
   * @throws IllegalArgumentException if the name is blank
   */
  public static Me of(@Nullable String name, Collection<Handle> handles) {
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("the user's name must not be blank");
    }
    return new Me(
        name == null ? null : name.strip(),
        ImmutableList.copyOf(requireNonNull(handles, "handles")));
  }

  /**
   * Nobody known: the importer infers the user from the files.
   *
   * @return the unknown user
   */
  public static Me unknown() {
    return UNKNOWN;
  }

  /**
   * How chat exports name the user.
   *
   * @return the name, if given
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The user's email addresses, phone numbers and profile pages.
   *
   * @return the handles
   */
  public List<Handle> handles() {
    return handles;
  }

  /**
   * The handles of one kind.
   *
   * @param kind email, phone or profile
   * @return those handles, in the order given
   */
  public List<Handle> handles(Handle.Kind kind) {
    requireNonNull(kind, "kind");
    return handles.stream().filter(h -> h.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Me o && Objects.equals(name, o.name) && handles.equals(o.handles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, handles);
  }

  @Override
  public String toString() {
    return "Me[name=" + name + ", handles=" + handles + "]";
  }
}
