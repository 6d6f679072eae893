-- import_members.sql — the reference for `notulist import members` in
-- `make bench`: SQL doing the same work on the same file in one
-- transaction, the way the program does it (src/core/store_import.c):
-- the rows staged in a temporary table with a unique index on
-- (name_key, municipality_key) that finds duplicates in the file, the
-- municipality looked up by its key, each row matched against the people
-- already there through person_by_name_key, then inserted into person with
-- its indexes and CHECK constraints, with the program's file settings.
-- What it leaves out is what only C does: checking each field (UTF-8,
-- control characters, lengths, role names) and folding names into keys
-- (lower() stands in: the generated names are ASCII).
--
-- The harness runs: sqlite3 -cmd ".parameter set :now '…'" FILE
--   < this file, with the CSV named by `.import` below replaced.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA foreign_keys=ON;
PRAGMA secure_delete=ON;
BEGIN;
CREATE TEMP TABLE raw (name, municipality, role, email, phone);
.import --csv --skip 1 @CSV@ raw
CREATE TEMP TABLE import_row (
 line INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
 municipality_id INTEGER, municipality_key TEXT NOT NULL,
 role TEXT, email TEXT, phone TEXT, person_id INTEGER,
 moved INTEGER NOT NULL DEFAULT 0,
 UNIQUE (name_key, municipality_key));
INSERT INTO temp.import_row (line, name, name_key, municipality_key, role,
 email, phone)
 SELECT rowid + 1, name, lower(name), lower(municipality), nullif(role, ''),
 nullif(email, ''), nullif(phone, '') FROM temp.raw WHERE true
 ON CONFLICT DO NOTHING;
UPDATE temp.import_row SET municipality_id =
 (SELECT m.id FROM municipality m
  WHERE m.name_key = import_row.municipality_key)
 WHERE municipality_id IS NULL AND municipality_key <> '';
UPDATE temp.import_row SET person_id =
 (SELECT min(p.id) FROM person p INDEXED BY person_by_name_key
  WHERE p.name_key = import_row.name_key
  AND coalesce(+p.municipality_id, 0) = coalesce(import_row.municipality_id, 0)
  AND p.erased_at IS NULL);
SELECT count(*) FROM temp.import_row WHERE person_id IS NOT NULL;
INSERT INTO person (name, name_key, municipality_id, role, email, phone,
 active, active_from, created_at)
 SELECT name, name_key, municipality_id, coalesce(role, 'client'), email,
 phone, 1, substr(:now, 1, 10), :now FROM temp.import_row
 WHERE person_id IS NULL ORDER BY line;
DROP TABLE temp.import_row;
DROP TABLE temp.raw;
COMMIT;
