-- 009.sql — schema version 8 → 9: corrections, cancelled meetings,
-- decisions with their quorum, advice from a meeting, the change log.
--
-- Attendance takes two corrections besides undo: strike (out of force) and
-- retime (moved in time); the column naming the row a correction acts on
-- is `corrects` (it was `undoes`), and `part_of` ties the rows of one
-- command together.  A meeting may be 'cancelled'.  Both are CHECKs, so
-- both tables are rebuilt.  The program runs migrations with foreign keys
-- off and checks every reference afterwards; legacy_alter_table keeps the
-- references of other tables pointing at the name (meeting, attendance)
-- while the old table is renamed away.  Must end in the same state as
-- data/schema.sql.

PRAGMA legacy_alter_table = ON;

ALTER TABLE meeting RENAME TO meeting_v8;
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
INSERT INTO meeting (id, date, start_time, location, chair_id, status,
                     quorum_min, opened_at, closed_at, minutes_approved_at,
                     created_at, invitation_sent_on)
	SELECT id, date, start_time, location, chair_id, status, quorum_min,
	       opened_at, closed_at, minutes_approved_at, created_at,
	       invitation_sent_on
	FROM meeting_v8;
DROP TABLE meeting_v8;
CREATE INDEX meeting_by_date ON meeting (date);
CREATE INDEX meeting_by_status ON meeting (status);

ALTER TABLE attendance RENAME TO attendance_v8;
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
INSERT INTO attendance (id, meeting_id, person_id, kind, at, corrects,
                        recorded_at, for_person_id)
	SELECT id, meeting_id, person_id, kind, at, undoes, recorded_at,
	       for_person_id
	FROM attendance_v8;
DROP TABLE attendance_v8;
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

PRAGMA legacy_alter_table = OFF;

ALTER TABLE agenda_item ADD COLUMN decided_at TEXT;
ALTER TABLE agenda_item ADD COLUMN decided_with_quorum INTEGER
	CHECK (decided_with_quorum IN (0, 1));
ALTER TABLE agenda_item ADD COLUMN votes_for INTEGER CHECK (votes_for >= 0);
ALTER TABLE agenda_item ADD COLUMN votes_against INTEGER
	CHECK (votes_against >= 0);
ALTER TABLE agenda_item ADD COLUMN votes_abstain INTEGER
	CHECK (votes_abstain >= 0);

ALTER TABLE advice ADD COLUMN meeting_id INTEGER REFERENCES meeting (id);

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
