-- notulist database schema: the current version, applied to new files.
-- Existing files are brought here by data/migrations/NNN.sql (NNN = the
-- version each one produces); tests check that both roads give the same
-- schema.  PRAGMA user_version and application_id are set by the program.
--
-- Invariants:
--  * attendance rows are never updated or deleted; a correction (undo,
--    strike, retime) is a new row that names the row it acts on (triggers
--    below enforce this);
--  * name_key columns hold the folded name (NFKC, full case folding,
--    invisible characters removed, accents kept) that the program computes
--    (notulist_fold), so lookups by name use an index; schema 6 computed
--    them again by these rules;
--  * calendar values are local ISO 8601 text: dates 'YYYY-MM-DD', planned
--    start times 'HH:MM';
--  * moments (attendance.at and every *_at column but minutes_approved_at,
--    a date) are instants, stored in UTC as 'YYYY-MM-DDTHH:MM:SSZ' (schema
--    5; before, local wall-clock text) and shown in local time, so that
--    summer time cannot make them ambiguous.

CREATE TABLE municipality (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL CHECK (length(name) > 0),
	name_key   TEXT NOT NULL UNIQUE,
	weight     REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
	created_at TEXT NOT NULL
);

-- An erased person (GDPR article 17, schema 3) keeps the row so that past
-- attendance still counts; the name is a pseudonym, contact details are
-- gone, and erased_at says when.  under_27 (schema 8) is for the allowance
-- statement: no birth date is stored.
CREATE TABLE person (
	id              INTEGER PRIMARY KEY,
	name            TEXT NOT NULL CHECK (length(name) > 0),
	name_key        TEXT NOT NULL,
	municipality_id INTEGER REFERENCES municipality (id),
	role            TEXT NOT NULL DEFAULT 'client'
	                CHECK (role IN ('client', 'representative', 'chair',
	                                'secretary', 'official', 'asd', 'guest',
	                                'stand-in')),
	email           TEXT,
	phone           TEXT,
	active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	active_from     TEXT,
	active_to       TEXT,
	notes           TEXT,
	created_at      TEXT NOT NULL,
	erased_at       TEXT,
	under_27        INTEGER NOT NULL DEFAULT 0 CHECK (under_27 IN (0, 1))
);
CREATE INDEX person_by_name_key ON person (name_key);
CREATE INDEX person_by_municipality ON person (municipality_id);
-- Schema 4: people who left keep their rows, so "who was still a member on
-- a meeting's day" (the board, `status`) must not read them all.
CREATE INDEX person_by_active_to ON person (active_to);

-- invitation_sent_on (schema 8): the day the invitation went out
-- ('YYYY-MM-DD', `invite --sent`).
CREATE TABLE meeting (
	id                  INTEGER PRIMARY KEY,
	date                TEXT NOT NULL,
	start_time          TEXT,
	location            TEXT,
	chair_id            INTEGER REFERENCES person (id),
	status              TEXT NOT NULL DEFAULT 'planned'
	                    CHECK (status IN ('planned', 'open', 'closed',
	                                      'cancelled')),
	quorum_min          INTEGER NOT NULL DEFAULT 12 CHECK (quorum_min >= 1),
	opened_at           TEXT,
	closed_at           TEXT,
	minutes_approved_at TEXT,
	created_at          TEXT NOT NULL,
	invitation_sent_on  TEXT
);
CREATE INDEX meeting_by_date ON meeting (date);
CREATE INDEX meeting_by_status ON meeting (status);

-- Schema 9: corrections.  A strike takes the row it names out of force, a
-- retime moves it to the retime's own `at`, an undo cancels the row it
-- names (a presence row or a correction); `corrects` names that row.  Rows that
-- one command wrote together (`attendance clear`) name the first of them
-- in `part_of`: an undo of that first row cancels them all.
CREATE TABLE attendance (
	id          INTEGER PRIMARY KEY,
	meeting_id  INTEGER NOT NULL REFERENCES meeting (id),
	person_id   INTEGER NOT NULL REFERENCES person (id),
	kind        TEXT NOT NULL
	            CHECK (kind IN ('in', 'out', 'excused', 'undo', 'strike',
	                            'retime')),
	at          TEXT NOT NULL,
	corrects    INTEGER REFERENCES attendance (id),
	recorded_at TEXT NOT NULL,
	for_person_id INTEGER REFERENCES person (id)
	            CHECK (for_person_id IS NULL OR kind = 'in'),
	part_of     INTEGER REFERENCES attendance (id),
	CHECK ((kind IN ('undo', 'strike', 'retime')) = (corrects IS NOT NULL))
);
CREATE INDEX attendance_by_meeting ON attendance (meeting_id, id);
CREATE INDEX attendance_by_person ON attendance (person_id, meeting_id);

CREATE TRIGGER attendance_is_append_only_update BEFORE UPDATE ON attendance
BEGIN
	SELECT RAISE(ABORT, 'attendance events are append-only');
END;
CREATE TRIGGER attendance_is_append_only_delete BEFORE DELETE ON attendance
BEGIN
	SELECT RAISE(ABORT, 'attendance events are append-only');
END;

-- What a check-in needs of its meeting's log, kept so that it does not
-- read and replay the whole log (issue 18): the people in a counting role
-- present after the newest row (`last_event_id`), the last moment in
-- force and when the quorum last changed, and the same before that row
-- was added (NULL: not known).  A cache, never the record: it is used only while
-- the newest row of the meeting's log is still `last_event_id` and the
-- counting roles and the minimum are those it was made with; otherwise
-- the log is replayed and the row written again.  Only a log without
-- stand-ins, whose corrections each act on a row of their own person,
-- gets one.  Times are seconds since 1970 (UTC).
CREATE TABLE attendance_tally (
	meeting_id      INTEGER PRIMARY KEY
	                REFERENCES meeting (id) ON DELETE CASCADE,
	last_event_id   INTEGER NOT NULL,
	last_at         INTEGER NOT NULL,
	counting_roles  INTEGER NOT NULL,
	minimum         INTEGER NOT NULL,
	present         INTEGER NOT NULL,
	met             INTEGER NOT NULL CHECK (met IN (0, 1)),
	since           INTEGER NOT NULL,
	before_last_at  INTEGER,
	before_present  INTEGER,
	before_met      INTEGER CHECK (before_met IN (0, 1)),
	before_since    INTEGER
);

-- Who counts follows each person's role as it is now.
CREATE TRIGGER attendance_tally_role AFTER UPDATE OF role ON person
WHEN OLD.role IS NOT NEW.role
BEGIN
	DELETE FROM attendance_tally;
END;

CREATE TABLE setting (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- The meeting record (schema version 2).  Positions of agenda items are
-- 1..n without gaps within a meeting; at most one item per meeting is the
-- current one; an item is carried forward to a later meeting at most once
-- (the copy names its original in deferred_from).  Dates are 'YYYY-MM-DD'.
-- Schema 9: a decision keeps when it was recorded, whether the quorum was
-- met at that moment (NULL: recorded before schema 9, unknown) and the
-- votes, when they were counted.

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
	decided_at      TEXT,
	decided_with_quorum INTEGER CHECK (decided_with_quorum IN (0, 1)),
	votes_for       INTEGER CHECK (votes_for >= 0),
	votes_against   INTEGER CHECK (votes_against >= 0),
	votes_abstain   INTEGER CHECK (votes_abstain >= 0),
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

-- Schema 9: meeting_id is the meeting that agreed the advice (NULL: none
-- named), so that `check` can tell advice sent without quorum.
CREATE TABLE advice (
	id           INTEGER PRIMARY KEY,
	kind         TEXT NOT NULL CHECK (kind IN ('solicited', 'unsolicited')),
	subject      TEXT NOT NULL CHECK (length(subject) > 0),
	sent_on      TEXT NOT NULL,
	response_due TEXT NOT NULL,
	answered_on  TEXT,
	answer       TEXT,
	created_at   TEXT NOT NULL,
	meeting_id   INTEGER REFERENCES meeting (id),
	CHECK (response_due >= sent_on),
	CHECK (answered_on IS NULL OR answered_on >= sent_on),
	CHECK ((answered_on IS NULL) = (answer IS NULL))
);
CREATE INDEX advice_by_sent ON advice (sent_on);
CREATE INDEX advice_by_answer ON advice (answered_on, response_due);

-- Membership over time (schema 7).  See data/migrations/007.sql for why
-- each table is as it is.
--  * membership: the municipalities a person belonged to.  A person without
--    rows has always belonged to person.municipality_id; a person who moved
--    has one row per period, the first starting NULL (since they were
--    entered), and person.municipality_id is that of the latest row.
--  * municipality_departure: the periods a municipality took no part in
--    the joint arrangement, from left_on until the day before rejoined_on
--    (NULL: not rejoined); at most one is open.
--  * term: a person's terms of office; ends_on NULL follows from the
--    setting term_years.  The first is the appointment, each later one a
--    reappointment.
--  * guest: one-time guests of a meeting, who are not members.  after_event
--    is the highest attendance id when the guest was entered, so that undo
--    takes back the latest entry of either kind; undone_at marks one taken
--    back.

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

-- The change log (schema 9): every change to a meeting's record after it
-- was made, with its time and the old and new value.  Rows are never
-- changed; they go only with their meeting (`meeting remove`).  No name is
-- ever written here: a person is named by id (person_id, old_person_id,
-- new_person_id), so that `member erase` covers the log.  `what` is a
-- stable key such as 'attendance.strike' or 'meeting.location';
-- `item_id` is the attendance row, agenda item, action or advice changed.
CREATE TABLE change_log (
	id            INTEGER PRIMARY KEY,
	meeting_id    INTEGER NOT NULL REFERENCES meeting (id),
	changed_at    TEXT NOT NULL,
	what          TEXT NOT NULL CHECK (length(what) > 0),
	item_id       INTEGER,
	person_id     INTEGER REFERENCES person (id),
	old_value     TEXT,
	new_value     TEXT,
	old_person_id INTEGER REFERENCES person (id),
	new_person_id INTEGER REFERENCES person (id)
);
CREATE INDEX change_log_by_meeting ON change_log (meeting_id, id);
CREATE INDEX change_log_by_person ON change_log (person_id);

CREATE TRIGGER change_log_is_append_only BEFORE UPDATE ON change_log
BEGIN
	SELECT RAISE(ABORT, 'the change log is append-only');
END;
