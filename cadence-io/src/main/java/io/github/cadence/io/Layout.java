package io.github.cadence.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The layouts an {@link Importer} reads. It tells them apart by their start (the header of a CSV
 * file, {@code BEGIN:VCARD} of a vCard file, the opening brace of a JSON document, the {@code From
 * } line of a mailbox); {@link ImportSource#of(java.nio.file.Path, Layout)} forces one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Layout {
  /** vCard 3.0 or 4.0: a phone's contacts (iPhone, Android) or a Google Contacts export. */
  VCARD("vCard"),
  /**
   * LinkedIn's {@code Connections.csv}: today's (a notes preamble, then {@code First Name, Last
   * Name, URL, Email Address, Company, Position, Connected On}) or the older one without the URL
   * column and the preamble.
   */
  LINKEDIN_CONNECTIONS("LinkedIn connections"),
  /** LinkedIn's {@code messages.csv}: one row per message; each becomes a touchpoint. */
  LINKEDIN_MESSAGES("LinkedIn messages"),
  /**
   * Google Contacts CSV as exported today ({@code First Name, ..., Labels, E-mail 1 - Value, ...}).
   */
  GOOGLE_CONTACTS("Google Contacts CSV"),
  /** Google Contacts CSV in its legacy layout ({@code Name, Given Name, ..., Group Membership}). */
  GOOGLE_CONTACTS_LEGACY("Google Contacts CSV (legacy)"),
  /** Cadence's own CSV layout for contacts, as {@code CadenceCsv} writes it. */
  CADENCE_CONTACTS("Cadence contacts CSV"),
  /** Cadence's own CSV layout for touchpoints, as {@code CadenceCsv} writes it. */
  CADENCE_TOUCHPOINTS("Cadence touchpoints CSV"),
  /** A whole network as one JSON document, as {@code NetworkJson} writes it. */
  CADENCE_JSON("Cadence network JSON"),
  /**
   * A mailbox in the mbox layout, as Google Takeout exports Gmail ({@code All mail Including Spam
   * and Trash.mbox}): each mail the user sent to a contact, or a contact sent them, becomes a
   * touchpoint. Only the headers are read.
   */
  MBOX("mailbox (mbox)"),
  /**
   * A phone's calls ({@code calls-*.xml}) or text messages ({@code sms-*.xml}) as the Android app
   * SMS Backup &amp; Restore saves them: each call or message with a contact's number becomes a
   * touchpoint; a missed call from a contact is an answer owed.
   */
  PHONE_BACKUP("SMS Backup & Restore (calls, messages)"),
  /**
   * A calendar ({@code .ics}, as Google Calendar's Takeout, Outlook and Apple export it): each
   * occurrence of an event with a contact invited, up to the import's instant, becomes a meeting
   * touchpoint; recurring events are expanded.
   */
  CALENDAR("iCalendar (.ics)"),
  /**
   * A WhatsApp chat as "Export chat" writes it, from Android or iOS ({@code WhatsApp Chat with
   * María.txt}, {@code _chat.txt}): each message with a contact becomes a message touchpoint.
   */
  WHATSAPP("WhatsApp chat");

  private final String description;

  Layout(String description) {
    this.description = description;
  }

  /**
   * What the layout is, in words: "LinkedIn connections".
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
