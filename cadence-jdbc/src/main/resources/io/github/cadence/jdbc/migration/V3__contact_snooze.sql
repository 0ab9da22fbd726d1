-- Cadence workspace, schema 3: a snooze (or a skip, a snooze to the next day) is the contact's,
-- a hold that the queue and its index honour as the plan does, not the plan memory's alone.
ALTER TABLE contact ADD COLUMN snoozed_until TEXT;
UPDATE contact SET snoozed_until = (SELECT until_day FROM snooze WHERE snooze.contact_id = contact.id);
DROP TABLE snooze;
