-- 006.sql — schema version 5 → 6: name keys by Unicode's rules.  Keys
-- were folded with tables for Latin scripts, so an NFD "Zoë" had a key of
-- its own beside the NFC one, "STRAßE" kept its ß and "Ĳssel" its
-- ligature.  From version 6 the program folds with utf8proc (NFKC, full
-- case folding for every script, invisible characters removed; see
-- src/core/text_fold.c), and every stored key is computed again here with
-- the program's own notulist_fold().  Nothing but the keys changes, so the
-- schema stays that of data/schema.sql.
--
-- Municipality keys are UNIQUE: two municipalities whose names now fold
-- alike both keep their rows, the later one with its id after U+0001
-- (which no folded name holds), so it stays reachable by id.  People may
-- share a key; one who is now a duplicate of another is found by id.

UPDATE municipality SET name_key = char(1) || id;
UPDATE municipality SET name_key = notulist_fold(name) ||
	CASE WHEN EXISTS (SELECT 1 FROM municipality AS earlier
			  WHERE earlier.id < municipality.id AND
			  notulist_fold(earlier.name) = notulist_fold(municipality.name))
	THEN char(1) || id ELSE '' END;
UPDATE person SET name_key = notulist_fold(name);
