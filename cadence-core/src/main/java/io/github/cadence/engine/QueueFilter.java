package io.github.cadence.engine;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which entries a queue keeps. Within one dimension any value matches (tier A or B); across
 * dimensions all must match (tier A and role client). An empty dimension matches everything.
 *
 * @param tiers tier names to keep
 * @param roles roles to keep: a contact with any of them matches
 * @param tags tags to keep: a contact with any of them matches
 * @param channels suggested channels to keep
 */
@API(status = STABLE, since = "0.1")
@CheckReturnValue
public record QueueFilter(
    Set<String> tiers, Set<Role> roles, Set<String> tags, Set<Channel> channels) {

  private static final QueueFilter ALL = new QueueFilter(Set.of(), Set.of(), Set.of(), Set.of());

  /**
   * Validates every component and takes immutable copies.
   *
   * @param tiers tier names to keep
   * @param roles roles to keep: a contact with any of them matches
   * @param tags tags to keep: a contact with any of them matches
   * @param channels suggested channels to keep
   */
  public QueueFilter {
    tiers = ImmutableSet.copyOf(requireNonNull(tiers, "tiers"));
    roles = Sets.immutableEnumSet(requireNonNull(roles, "roles"));
    tags = ImmutableSet.copyOf(requireNonNull(tags, "tags"));
    channels = Sets.immutableEnumSet(requireNonNull(channels, "channels"));
  }

  /**
   * The filter that keeps everything.
   *
   * @return the filter
   */
  public static QueueFilter all() {
    return ALL;
  }

  /**
   * Returns this filter also restricted to tiers.
   *
   * @param values the tiers to keep
   * @return the new filter
   */
  public QueueFilter tiers(Tier... values) {
    return new QueueFilter(
        union(tiers, Arrays.stream(requireNonNull(values, "tiers")).map(Tier::name).toList()),
        roles,
        tags,
        channels);
  }

  /**
   * Returns this filter also restricted to roles.
   *
   * @param values the roles to keep
   * @return the new filter
   */
  public QueueFilter roles(Role... values) {
    return new QueueFilter(
        tiers, union(roles, Arrays.asList(requireNonNull(values, "roles"))), tags, channels);
  }

  /**
   * Returns this filter also restricted to tags.
   *
   * @param values the tags to keep
   * @return the new filter
   */
  public QueueFilter tags(String... values) {
    return new QueueFilter(
        tiers, roles, union(tags, Arrays.asList(requireNonNull(values, "tags"))), channels);
  }

  /**
   * Returns this filter also restricted to suggested channels.
   *
   * @param values the channels to keep
   * @return the new filter
   */
  public QueueFilter channels(Channel... values) {
    return new QueueFilter(
        tiers, roles, tags, union(channels, Arrays.asList(requireNonNull(values, "channels"))));
  }

  /**
   * Whether an entry passes this filter.
   *
   * @param entry the entry
   * @return true if it passes
   */
  public boolean matches(QueueEntry entry) {
    requireNonNull(entry, "entry");
    return matches(entry.contact(), entry.channel());
  }

  /** Whether a contact with a suggested channel passes this filter. */
  boolean matches(Contact contact, Channel channel) {
    return matches(contact) && (channels.isEmpty() || channels.contains(channel));
  }

  /** Whether a contact passes the contact dimensions (all but the channel). */
  boolean matches(Contact contact) {
    return (tiers.isEmpty() || tiers.contains(contact.tier().name()))
        && (roles.isEmpty() || !Sets.intersection(roles, contact.roles()).isEmpty())
        && (tags.isEmpty() || !Sets.intersection(tags, contact.tags()).isEmpty());
  }

  private static <T> Set<T> union(Set<T> current, List<T> more) {
    return ImmutableSet.<T>builder().addAll(current).addAll(more).build();
  }
}
