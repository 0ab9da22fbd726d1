-- Cadence workspace, schema 2: how to reach a contact (email addresses, phone numbers, profile
-- pages, in the contact's order) and the organization they work for, so that an import can
-- recognise a person it has seen before by any of them.
ALTER TABLE contact ADD COLUMN organization TEXT;

CREATE TABLE contact_handle (
  contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (contact_id, position)
);
