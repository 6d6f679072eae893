-- 004.sql — schema version 3 → 4: an index for "who was still a member
-- on a meeting's day".  People who left keep their rows (their attendance
-- stays true), so the person table grows with the years; the board and
-- `status` find the current body and the people who left after a meeting
-- through this index instead of reading every former member.  Must end in
-- the same state as data/schema.sql.

CREATE INDEX person_by_active_to ON person (active_to);
