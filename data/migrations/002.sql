-- 002.sql — schema version 1 → 2: the meeting record (agenda items,
-- action items, advice register).  Must end in the same state as
-- data/schema.sql; tests/unit/test_store.c checks it.

-- The meeting record (schema version 2).  Positions of agenda items are
-- 1..n without gaps within a meeting; at most one item per meeting is the
-- current one; an item is carried forward to a later meeting at most once
-- (the copy names its original in deferred_from).  Dates are 'YYYY-MM-DD'.

CREATE TABLE agenda_item (
	id              INTEGER PRIMARY KEY,
	meeting_id      INTEGER NOT NULL REFERENCES meeting (id),
	position        INTEGER NOT NULL CHECK (position >= 1),
	title           TEXT NOT NULL CHECK (length(title) > 0),
	topic           TEXT NOT NULL DEFAULT 'other'
	                CHECK (topic IN ('letters', 'treatment', 'agreements',
	                                 'other')),
	submitted_by_id INTEGER REFERENCES person (id),
	status          TEXT NOT NULL DEFAULT 'planned'
	                CHECK (status IN ('planned', 'discussed', 'deferred')),
	is_current      INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
	notes           TEXT,
	decision        TEXT,
	deferred_from   INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
	created_at      TEXT NOT NULL,
	UNIQUE (meeting_id, position)
);
CREATE UNIQUE INDEX agenda_one_current ON agenda_item (meeting_id)
	WHERE is_current = 1;
CREATE UNIQUE INDEX agenda_carried_once ON agenda_item (deferred_from)
	WHERE deferred_from IS NOT NULL;

CREATE TABLE action_item (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meeting (id),
	agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
	description    TEXT NOT NULL CHECK (length(description) > 0),
	owner_id       INTEGER REFERENCES person (id),
	owner_text     TEXT CHECK (owner_text IS NULL OR length(owner_text) > 0),
	due            TEXT,
	status         TEXT NOT NULL DEFAULT 'open'
	               CHECK (status IN ('open', 'done', 'dropped')),
	closed_on      TEXT,
	created_at     TEXT NOT NULL,
	CHECK (owner_id IS NULL OR owner_text IS NULL),
	CHECK ((status = 'open') = (closed_on IS NULL))
);
CREATE INDEX action_by_meeting ON action_item (meeting_id);
CREATE INDEX action_by_status ON action_item (status, due);
CREATE INDEX action_by_agenda_item ON action_item (agenda_item_id);

CREATE TABLE advice (
	id           INTEGER PRIMARY KEY,
	kind         TEXT NOT NULL CHECK (kind IN ('solicited', 'unsolicited')),
	subject      TEXT NOT NULL CHECK (length(subject) > 0),
	sent_on      TEXT NOT NULL,
	response_due TEXT NOT NULL,
	answered_on  TEXT,
	answer       TEXT,
	created_at   TEXT NOT NULL,
	CHECK (response_due >= sent_on),
	CHECK (answered_on IS NULL OR answered_on >= sent_on),
	CHECK ((answered_on IS NULL) = (answer IS NULL))
);
CREATE INDEX advice_by_sent ON advice (sent_on);
CREATE INDEX advice_by_answer ON advice (answered_on, response_due);
