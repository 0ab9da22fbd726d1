package io.github.cadence.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.base.Preconditions;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an import changed in a workspace: contacts added, updated or found as they were, touchpoints
 * recorded or found recorded already. Importing the same data twice changes nothing the second
 * time, and says so ({@link #changedNothing()}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ImportSummary {
  private final int contactsAdded;
  private final int contactsUpdated;
  private final int contactsUnchanged;
  private final int touchpointsRecorded;
  private final int touchpointsKnown;

  ImportSummary(
      int contactsAdded,
      int contactsUpdated,
      int contactsUnchanged,
      int touchpointsRecorded,
      int touchpointsKnown) {
    Preconditions.checkState(
        contactsAdded >= 0
            && contactsUpdated >= 0
            && contactsUnchanged >= 0
            && touchpointsRecorded >= 0
            && touchpointsKnown >= 0,
        "counts are zero or more");
    this.contactsAdded = contactsAdded;
    this.contactsUpdated = contactsUpdated;
    this.contactsUnchanged = contactsUnchanged;
    this.touchpointsRecorded = touchpointsRecorded;
    this.touchpointsKnown = touchpointsKnown;
  }

  /**
   * Contacts new to the workspace.
   *
   * @return the count
   */
  public int contactsAdded() {
    return contactsAdded;
  }

  /**
   * Contacts the workspace held with other values, now replaced.
   *
   * @return the count
   */
  public int contactsUpdated() {
    return contactsUpdated;
  }

  /**
   * Contacts the workspace held already, with the same values.
   *
   * @return the count
   */
  public int contactsUnchanged() {
    return contactsUnchanged;
  }

  /**
   * Touchpoints new to the workspace.
   *
   * @return the count
   */
  public int touchpointsRecorded() {
    return touchpointsRecorded;
  }

  /**
   * Touchpoints the workspace held already (the same source key, or the same touch), left out.
   *
   * @return the count
   */
  public int touchpointsKnown() {
    return touchpointsKnown;
  }

  /**
   * Whether the import changed nothing: everything in it was in the workspace already.
   *
   * @return true if nothing was added, updated or recorded
   */
  public boolean changedNothing() {
    return contactsAdded == 0 && contactsUpdated == 0 && touchpointsRecorded == 0;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ImportSummary o
        && contactsAdded == o.contactsAdded
        && contactsUpdated == o.contactsUpdated
        && contactsUnchanged == o.contactsUnchanged
        && touchpointsRecorded == o.touchpointsRecorded
        && touchpointsKnown == o.touchpointsKnown;
  }

  @Override
  public int hashCode() {
    return ((contactsAdded * 31 + contactsUpdated) * 31 + contactsUnchanged) * 31
        + touchpointsRecorded * 7
        + touchpointsKnown;
  }

  @Override
  public String toString() {
    return String.format(
        "contacts: %d added, %d updated, %d unchanged; touchpoints: %d recorded, %d known already",
        contactsAdded, contactsUpdated, contactsUnchanged, touchpointsRecorded, touchpointsKnown);
  }
}
