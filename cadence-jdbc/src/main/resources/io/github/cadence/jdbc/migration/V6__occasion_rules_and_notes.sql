-- Cadence workspace, schema 6.
-- An occasion's date rule in words, for the dates month and day cannot hold: a floating one
-- ("third Sunday of June", "last Friday of the month") or a yearly one whose first year is known
-- ("June 14 since 1980"). NULL for a plain yearly or one-time date, which month, day and year hold
-- as before; for a rule, month and day hold the earliest day it can fall on.
ALTER TABLE contact_occasion ADD COLUMN date_rule TEXT;
-- What the user wrote about the contact (an address book's note), or NULL.
ALTER TABLE contact ADD COLUMN note TEXT;
-- A broadcast (a newsletter, a post) is a touchpoint's outcome of its own: seen, not spoken.
INSERT INTO outcome (code, name) VALUES (5, 'broadcast') ON CONFLICT DO NOTHING;
