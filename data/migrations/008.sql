-- 008.sql — schema version 7 → 8: what the documents need (issue 17).
--
-- person.under_27: for the allowance statement.  No birth date is stored,
-- only whether the person is under 27, for whom the disregard of an
-- allowance on social assistance works differently.
-- meeting.invitation_sent_on: the day the invitation went out
-- ('YYYY-MM-DD', `invite --sent`), so `check` can say when it has not.
-- Must end in the same state as data/schema.sql.

ALTER TABLE person ADD COLUMN under_27 INTEGER NOT NULL DEFAULT 0
	CHECK (under_27 IN (0, 1));
ALTER TABLE meeting ADD COLUMN invitation_sent_on TEXT;
