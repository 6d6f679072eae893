-- 003.sql — schema version 2 → 3: erasure of people (GDPR article 17).
-- An erased person keeps their row, so past attendance still counts, but
-- their name becomes a pseudonym and their contact details are gone;
-- erased_at records when.  Must end in the same state as data/schema.sql.

ALTER TABLE person ADD COLUMN erased_at TEXT;
