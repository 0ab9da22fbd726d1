-- Cadence workspace, schema 5: the next meeting planned with a contact, as the user's calendar
-- says (ISO-8601 instant, or NULL): it holds the contact's rhythm follow-ups until it has passed.
ALTER TABLE contact ADD COLUMN next_meeting TEXT;
