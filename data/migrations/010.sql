-- 010.sql — schema version 9 → 10: attendance_tally, what a check-in
-- needs of its meeting's log (issue 18), and the trigger that empties it
-- when someone's role changes.  Empty here: the next check-in of each
-- meeting replays the log and fills it.  Must end in the same state as
-- data/schema.sql.

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
