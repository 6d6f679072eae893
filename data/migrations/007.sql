-- 007.sql — schema version 6 → 7: membership over time (issue 15).
--
-- A body lives for years: people move to another municipality, have terms
-- of office, send a stand-in; municipalities leave the joint arrangement
-- and sometimes come back; guests come once.  What each table holds is
-- described in data/schema.sql; here is why it is so.
--
--  * person.role takes 'stand-in'.  The CHECK is widened in place
--    (SQLite's documented procedure for a change that no stored row can
--    break: writable_schema, then a reset): rebuilding the table would
--    break the references of attendance, meetings, agenda and actions.
--    The DDL after it bumps the schema cookie, so other connections
--    reload.
--  * membership: periods only for people who moved, so the common case
--    (never moved) costs nothing and older files need no rows.
--  * municipality_departure replaces municipality.active, which had no
--    date: a municipality that leaves in September still took part in
--    March, and its history must stay as it was.  A municipality that was
--    inactive is taken as having left the day it was entered.
--  * attendance.for_person_id: the member whose seat a stand-in's
--    check-in takes; only a check-in names one.
--  * term and guest are new.
-- Must end in the same state as data/schema.sql.

PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''asd'', ''guest''))',
                     '''asd'', ''guest'', ''stand-in''))')
 WHERE type = 'table' AND name = 'person';
PRAGMA writable_schema = RESET;

ALTER TABLE attendance ADD COLUMN for_person_id INTEGER REFERENCES person (id)
	CHECK (for_person_id IS NULL OR kind = 'in');

CREATE TABLE membership (
	id              INTEGER PRIMARY KEY,
	person_id       INTEGER NOT NULL REFERENCES person (id),
	municipality_id INTEGER REFERENCES municipality (id),
	starts_on       TEXT,
	created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX membership_by_person ON membership (person_id, starts_on);
CREATE UNIQUE INDEX membership_first ON membership (person_id)
	WHERE starts_on IS NULL;

CREATE TABLE municipality_departure (
	id              INTEGER PRIMARY KEY,
	municipality_id INTEGER NOT NULL REFERENCES municipality (id),
	left_on         TEXT NOT NULL,
	rejoined_on     TEXT,
	created_at      TEXT NOT NULL,
	CHECK (rejoined_on IS NULL OR rejoined_on > left_on)
);
CREATE INDEX departure_by_municipality
	ON municipality_departure (municipality_id, left_on);
CREATE UNIQUE INDEX departure_open_once
	ON municipality_departure (municipality_id) WHERE rejoined_on IS NULL;

INSERT INTO municipality_departure (municipality_id, left_on, created_at)
	SELECT id, substr(created_at, 1, 10), notulist_now()
	  FROM municipality WHERE active = 0;
ALTER TABLE municipality DROP COLUMN active;

CREATE TABLE term (
	id         INTEGER PRIMARY KEY,
	person_id  INTEGER NOT NULL REFERENCES person (id),
	starts_on  TEXT NOT NULL,
	ends_on    TEXT,
	created_at TEXT NOT NULL,
	CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX term_by_person ON term (person_id, starts_on);

CREATE TABLE guest (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meeting (id),
	name         TEXT NOT NULL CHECK (length(name) > 0),
	organisation TEXT,
	arrived_at   TEXT NOT NULL,
	after_event  INTEGER NOT NULL DEFAULT 0,
	undone_at    TEXT,
	recorded_at  TEXT NOT NULL
);
CREATE INDEX guest_by_meeting ON guest (meeting_id, id);
