-- Cadence workspace, schema 1. The same SQL runs on SQLite and PostgreSQL.
-- Instants are ISO-8601 text (contacts) or epoch milliseconds (touchpoints, as precise as the
-- network keeps them); days are ISO-8601 text; enumerations are their Java names, so that the file
-- reads well in the sqlite3 tool or psql.

-- One row: the number of the latest committed change. Every writing transaction increments it
-- first, which orders the writers, and stamps the rows it writes with the new number, so that
-- refresh() can read exactly the changes another workspace instance committed since it last looked.
CREATE TABLE workspace_change (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL
);
INSERT INTO workspace_change (id, seq) VALUES (1, 0);

CREATE TABLE tier (
  name TEXT PRIMARY KEY,
  cadence TEXT NOT NULL,
  weight DOUBLE PRECISION NOT NULL,
  seq BIGINT NOT NULL
);
-- The seeds' tiers, as cadence-core defines Tier.A, Tier.B and Tier.C.
INSERT INTO tier (name, cadence, weight, seq) VALUES ('A', 'P14D', 3.0, 0);
INSERT INTO tier (name, cadence, weight, seq) VALUES ('B', 'P30D', 2.0, 0);
INSERT INTO tier (name, cadence, weight, seq) VALUES ('C', 'P90D', 1.0, 0);

CREATE TABLE contact (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  tier TEXT NOT NULL REFERENCES tier (name),
  roles TEXT NOT NULL,
  first_met TEXT,
  first_met_where TEXT,
  zone TEXT NOT NULL,
  status TEXT NOT NULL,
  paused_until TEXT,
  created_at TEXT NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX contact_by_change ON contact (seq);

CREATE TABLE contact_tag (
  contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (contact_id, tag)
);

CREATE TABLE contact_occasion (
  contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  month INTEGER NOT NULL,
  day INTEGER NOT NULL,
  year INTEGER,
  PRIMARY KEY (contact_id, position)
);

-- A touchpoint's channel, direction, outcome and intent are small codes, named in these tables
-- (and in the view touchpoint_named), because reading a million rows of four short texts takes
-- about half of opening a large workspace. Codes are never reused; a new value gets a new code.
-- The touchpoint table does not reference them: on PostgreSQL each reference is a trigger per
-- inserted row, which slowed a bulk import by a quarter; Cadence writes only the codes it knows,
-- and reading any other names the row.
CREATE TABLE channel (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO channel (code, name) VALUES (0, 'CALL'), (1, 'EMAIL'), (2, 'MESSAGE'), (3, 'MEETING'),
  (4, 'EVENT'), (5, 'SOCIAL'), (6, 'GIFT'), (7, 'NOTE');
CREATE TABLE direction (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO direction (code, name) VALUES (0, 'OUTBOUND'), (1, 'INBOUND');
CREATE TABLE outcome (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO outcome (code, name) VALUES (0, 'CONNECTED'), (1, 'REPLIED'), (2, 'SENT'),
  (3, 'LEFT_MESSAGE'), (4, 'NO_RESPONSE');
CREATE TABLE intent (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO intent (code, name) VALUES (0, 'GIVE'), (1, 'ASK'), (2, 'NEUTRAL');

-- The same touch twice (every field but the source key equal) is one touchpoint, as in the
-- network; a source key is unique in the workspace, so a re-import adds nothing. The first unique
-- key is also the index of "a contact's touchpoints, by time". A note is '' when there is none.
CREATE TABLE touchpoint (
  contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  at_ms BIGINT NOT NULL,
  channel INTEGER NOT NULL,
  direction INTEGER NOT NULL,
  outcome INTEGER NOT NULL,
  intent INTEGER NOT NULL,
  note TEXT NOT NULL,
  source TEXT UNIQUE,
  seq BIGINT NOT NULL,
  UNIQUE (contact_id, at_ms, channel, direction, outcome, intent, note)
);
CREATE INDEX touchpoint_by_change ON touchpoint (seq);

-- Touchpoints as a person reads them, for the sqlite3 tool or psql.
CREATE VIEW touchpoint_named AS
  SELECT t.contact_id, t.at_ms, c.name AS channel, d.name AS direction, o.name AS outcome,
         i.name AS intent, t.note, t.source
  FROM touchpoint t
  JOIN channel c ON c.code = t.channel
  JOIN direction d ON d.code = t.direction
  JOIN outcome o ON o.code = t.outcome
  JOIN intent i ON i.code = t.intent;

-- Contacts removed, so that another instance's refresh() removes them too.
CREATE TABLE removed_contact (
  contact_id TEXT PRIMARY KEY,
  seq BIGINT NOT NULL
);

-- The plan memory: snoozes (and skips, which snooze to the next day) and planned touches.
CREATE TABLE snooze (
  contact_id TEXT PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
  until_day TEXT NOT NULL
);

CREATE TABLE planned_touch (
  contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  category TEXT NOT NULL,
  PRIMARY KEY (contact_id, day, category)
);

CREATE TABLE goal (
  position INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  target INTEGER NOT NULL,
  span TEXT NOT NULL,
  role TEXT
);

-- The settings a user saves, as one JSON document with its own format version.
CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  document TEXT NOT NULL
);
