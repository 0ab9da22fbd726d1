package io.github.cadence.flink;

/**
 * A record the job could not use, and why: a touchpoint of a contact that never arrived, an invalid
 * contact or touchpoint, a rule that failed for one contact, a record a source could not read. The
 * rest of the stream goes on. A Flink POJO.
 */
public final class DeadLetter {
  /** The tenant. */
  public String tenant = "";

  /** The contact's id. */
  public String contactId = "";

  /**
   * {@code unknown-contact}, {@code invalid-contact}, {@code invalid-touchpoint}, {@code rule} or
   * {@code unreadable} (a record a source could not read).
   */
  public String kind = "";

  /** Why, in words. */
  public String reason = "";

  /** The record, as text. */
  public String record = "";

  /** An empty dead letter, for Flink's serializer. */
  public DeadLetter() {}

  static DeadLetter of(String tenant, String contactId, String kind, String reason, Object record) {
    DeadLetter d = new DeadLetter();
    d.tenant = tenant;
    d.contactId = contactId;
    d.kind = kind;
    d.reason = reason;
    d.record = String.valueOf(record);
    return d;
  }

  @Override
  public String toString() {
    return kind + " " + tenant + "/" + contactId + ": " + reason;
  }
}
