package io.github.cadence.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an import would change, not yet applied: the contacts to add or replace, the touchpoints to
 * record, and the report. Apply it to a network or a workspace, all at once (a workspace's {@code
 * importAll} does, in one transaction), or only show the report: a preview.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ImportResult {
  private final List<Contact> contacts;
  private final List<Touchpoint> touchpoints;
  private final MergeReport report;

  ImportResult(List<Contact> contacts, List<Touchpoint> touchpoints, MergeReport report) {
    this.contacts = ImmutableList.copyOf(contacts);
    this.touchpoints = ImmutableList.copyOf(touchpoints);
    this.report = report;
  }

  /**
   * The contacts new to the network and those it has that the import changes (same id, new
   * details), in order of id.
   *
   * @return the contacts
   */
  public List<Contact> contacts() {
    return contacts;
  }

  /**
   * The touchpoints read, each with a source key so that recording them twice adds nothing, in
   * order of contact, instant and source key.
   *
   * @return the touchpoints
   */
  public List<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * What the import found, merged and left apart.
   *
   * @return the report
   */
  public MergeReport report() {
    return report;
  }
}
