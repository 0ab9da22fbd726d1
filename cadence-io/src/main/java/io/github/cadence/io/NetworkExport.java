package io.github.cadence.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import org.apiguardian.api.API;

/**
 * Writes a whole network in Cadence's own layouts, which keep every field: an {@link Importer} (and
 * {@link CadenceCsvReader}) reads them back to the same contacts and touchpoints.
 *
 * <ul>
 *   <li>JSON: one document, {@code {"format": "cadence-network", "version": 1, "contacts": [...],
 *       "touchpoints": [...]}}, which {@link #SCHEMA} describes.
 *   <li>CSV: two files, UTF-8 with a byte order mark and CRLF line ends, so that spreadsheets open
 *       them cleanly; several values in one field are joined by {@code " ::: "}, as Google Contacts
 *       does. Contacts: {@code id, name, tier, tier_cadence, tier_weight, roles, tags, first_met,
 *       first_met_where, zone, status, paused_until, created_at, handles, organization, occasions,
 *       snoozed_until, next_meeting}; a handle is {@code email:}, {@code phone:} or {@code
 *       profile:} and its value, an occasion is its day ({@code --12-09}, or {@code 2027-01-15} for
 *       a one-time one), its kind and its label. Touchpoints: {@code contact_id, at, channel,
 *       direction, outcome, intent, note, source}.
 * </ul>
 *
 * <p>Values of enumerations are spelled as {@link io.github.cadence.model.Codes} spells them
 * ({@code left-message}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NetworkExport {
  /** The classpath resource of the network document's JSON Schema. */
  public static final String SCHEMA = NetworkJson.SCHEMA;

  private NetworkExport() {}

  /**
   * Writes contacts and touchpoints as one network document.
   *
   * @param contacts the contacts, in the order to write them
   * @param touchpoints the touchpoints, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void json(
      Collection<Contact> contacts, Collection<Touchpoint> touchpoints, Writer out) {
    NetworkJson.write(contacts, touchpoints, out);
  }

  /**
   * Writes contacts as the contacts file of the CSV layout.
   *
   * @param contacts the contacts, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void contactsCsv(Collection<Contact> contacts, Writer out) {
    CadenceCsv.writeContacts(contacts, out);
  }

  /**
   * Writes touchpoints as the touchpoints file of the CSV layout.
   *
   * @param touchpoints the touchpoints, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void touchpointsCsv(Collection<Touchpoint> touchpoints, Writer out) {
    CadenceCsv.writeTouchpoints(touchpoints, out);
  }
}
