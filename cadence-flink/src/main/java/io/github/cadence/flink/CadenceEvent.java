package io.github.cadence.flink;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import org.jspecify.annotations.Nullable;

/**
 * What arrives for one contact of one tenant: the contact, new or changed; its removal; a
 * touchpoint; or a record a source could not read. A Flink POJO; build one with the factories.
 */
public final class CadenceEvent {
  /** The tenant: one user or one organization of a platform. */
  public String tenant = "";

  /** The contact's id. */
  public String contactId = "";

  /** The contact, new or changed, or null. */
  public @Nullable ContactRecord contact;

  /** A touchpoint, or null. */
  public @Nullable TouchpointRecord touchpoint;

  /** Whether the contact is removed. */
  public boolean removed;

  /**
   * Why a source could not read a record (file, line, field, value), or null: the job sends such an
   * event to the dead letters.
   */
  public @Nullable String unreadable;

  /** An empty event, for Flink's serializer. */
  public CadenceEvent() {}

  /**
   * A contact, new or changed.
   *
   * @param tenant the tenant
   * @param contact the contact
   * @return the event
   */
  public static CadenceEvent of(String tenant, Contact contact) {
    return of(tenant, ContactRecord.of(contact));
  }

  /**
   * A contact record, new or changed (checked when it is applied).
   *
   * @param tenant the tenant
   * @param contact the record
   * @return the event
   */
  public static CadenceEvent of(String tenant, ContactRecord contact) {
    CadenceEvent e = new CadenceEvent();
    e.tenant = tenant;
    e.contactId = contact.id;
    e.contact = contact;
    return e;
  }

  /**
   * A touchpoint.
   *
   * @param tenant the tenant
   * @param touchpoint the touchpoint
   * @return the event
   */
  public static CadenceEvent of(String tenant, Touchpoint touchpoint) {
    return of(tenant, TouchpointRecord.of(touchpoint));
  }

  /**
   * A touchpoint record (checked when it is applied).
   *
   * @param tenant the tenant
   * @param touchpoint the record
   * @return the event
   */
  public static CadenceEvent of(String tenant, TouchpointRecord touchpoint) {
    CadenceEvent e = new CadenceEvent();
    e.tenant = tenant;
    e.contactId = touchpoint.contactId;
    e.touchpoint = touchpoint;
    return e;
  }

  /**
   * A contact removed, with its history.
   *
   * @param tenant the tenant
   * @param contactId the contact's id
   * @return the event
   */
  public static CadenceEvent removal(String tenant, String contactId) {
    CadenceEvent e = new CadenceEvent();
    e.tenant = tenant;
    e.contactId = contactId;
    e.removed = true;
    return e;
  }

  /**
   * A record a source could not read.
   *
   * @param tenant the tenant
   * @param reason why, naming the file, line, field and value
   * @return the event
   */
  public static CadenceEvent unreadable(String tenant, String reason) {
    CadenceEvent e = new CadenceEvent();
    e.tenant = tenant;
    e.unreadable = reason;
    return e;
  }

  /**
   * The event's time, for a timestamp assigner: a touchpoint's instant, a contact's creation, or
   * {@code Long.MIN_VALUE} for a removal (a source that knows better assigns its own).
   *
   * @return milliseconds since the epoch
   */
  public long eventTime() {
    TouchpointRecord t = touchpoint;
    if (t != null) {
      return t.at;
    }
    ContactRecord c = contact;
    return c != null ? c.createdAt : Long.MIN_VALUE;
  }

  @Override
  public String toString() {
    return "CadenceEvent["
        + tenant
        + "/"
        + contactId
        + (contact != null ? ", " + contact : "")
        + (touchpoint != null ? ", " + touchpoint : "")
        + (removed ? ", removed" : "")
        + (unreadable != null ? ", unreadable: " + unreadable : "")
        + "]";
  }
}
