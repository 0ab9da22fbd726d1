package io.github.cadence.history;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A read-only view of a {@link MutableNetwork}: what {@link MutableNetwork#view()} gives. */
final class NetworkView implements Network {
  private final MutableNetwork network;

  NetworkView(MutableNetwork network) {
    this.network = network;
  }

  MutableNetwork network() {
    return network;
  }

  @Override
  public long version() {
    return network.version();
  }

  @Override
  public boolean contains(String contactId) {
    return network.contains(contactId);
  }

  @Override
  public Optional<Contact> contact(String contactId) {
    return network.contact(contactId);
  }

  @Override
  public List<Contact> contacts() {
    return network.contacts();
  }

  @Override
  public int size() {
    return network.size();
  }

  @Override
  public ContactHistory history(String contactId) {
    return network.history(contactId);
  }

  @Override
  public ContactHistory history(String contactId, Instant asOf) {
    return network.history(contactId, asOf);
  }

  @Override
  public List<ContactHistory> histories(Instant asOf) {
    return network.histories(asOf);
  }

  @Override
  public Optional<Instant> nextTouchAfter(String contactId, Instant asOf) {
    return network.nextTouchAfter(contactId, asOf);
  }

  @Override
  public List<Touchpoint> touchpoints(String contactId) {
    return network.touchpoints(contactId);
  }

  @Override
  public String toString() {
    return "a read-only view of a network";
  }
}
