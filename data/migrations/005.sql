-- 005.sql — schema version 4 → 5: times become instants.
--
-- Schema 4 stored every moment as local wall-clock text
-- ('YYYY-MM-DD HH:MM:SS'): across a change to or from summer time that is
-- ambiguous (02:30 on the last Sunday of October happens twice) and
-- durations are an hour off.  Schema 5 stores the UTC instant,
-- 'YYYY-MM-DDTHH:MM:SSZ', and shows it in local time.
--
-- notulist_stamp() is a function of the program: it reads each old value
-- on the clock of the machine that runs this migration (its TZ, else
-- /etc/localtime), as that is where it was written.  A moment that happened
-- twice is read as the first occurrence; one the clock skipped (never
-- accepted on purpose, but schema 4 did not refuse it) with the offset
-- before the change (02:30 → 03:30 summer time).  Dates ('YYYY-MM-DD')
-- and planned start times ('HH:MM') are calendar values and stay as they
-- are.  Must end in the same state as data/schema.sql.

UPDATE municipality SET created_at = notulist_stamp(created_at);
UPDATE person SET created_at = notulist_stamp(created_at),
                  erased_at = notulist_stamp(erased_at);
UPDATE meeting SET opened_at = notulist_stamp(opened_at),
                   closed_at = notulist_stamp(closed_at),
                   created_at = notulist_stamp(created_at);
UPDATE agenda_item SET created_at = notulist_stamp(created_at);
UPDATE action_item SET created_at = notulist_stamp(created_at);
UPDATE advice SET created_at = notulist_stamp(created_at);

-- Attendance rows are append-only; this one rewrite of their times is the
-- exception, with the guard lifted for it and put back as it was.
DROP TRIGGER attendance_is_append_only_update;
UPDATE attendance SET at = notulist_stamp(at),
                      recorded_at = notulist_stamp(recorded_at);
CREATE TRIGGER attendance_is_append_only_update BEFORE UPDATE ON attendance
BEGIN
	SELECT RAISE(ABORT, 'attendance events are append-only');
END;
