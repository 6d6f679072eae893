-- check_figures.sql — the reference for `check --year` and `report
-- --year` in `make bench`: a sqlite3 process computing the figures the
-- continuity rules start from, over the same meetings (those held from
-- @FROM@ to @TO@, the meetings `check --year 2026` replays): per meeting, the
-- most clients present at once (the quorum timeline's peak) and whether
-- it reached the meeting's minimum; per person of the period, at how many
-- meetings they were present and at how many excused.  Undone events are
-- left out (the generator writes no strikes or retimes).  The program
-- does more — visits under a minute, stand-ins' seats, terms, departed
-- municipalities, the rules themselves — so this is the floor for the
-- same reading of the log, not the same work.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA foreign_keys=ON;
PRAGMA secure_delete=ON;
WITH period AS MATERIALIZED (
  SELECT id, quorum_min FROM meeting
  WHERE date >= '@FROM@' AND date <= '@TO@' AND status IN ('open', 'closed')),
 undone AS MATERIALIZED (
  SELECT a.corrects AS id FROM period pm
  JOIN attendance a ON a.meeting_id = pm.id WHERE a.kind = 'undo'),
 ev AS MATERIALIZED (
  SELECT a.meeting_id, a.person_id, a.kind, a.at, a.id, p.role
  FROM period pm JOIN attendance a ON a.meeting_id = pm.id
  JOIN person p ON p.id = a.person_id
  WHERE a.kind IN ('in', 'out', 'excused')
  AND a.id NOT IN (SELECT id FROM undone)),
 running AS (
  SELECT meeting_id, sum(CASE kind WHEN 'in' THEN 1 WHEN 'out' THEN -1
                         ELSE 0 END)
   OVER (PARTITION BY meeting_id ORDER BY at, id) AS present
  FROM ev WHERE role = 'client'),
 counts AS (
  SELECT person_id,
   count(DISTINCT CASE kind WHEN 'in' THEN meeting_id END) AS present,
   count(DISTINCT CASE kind WHEN 'excused' THEN meeting_id END) AS excused
  FROM ev GROUP BY person_id)
SELECT 'meeting', pm.id, coalesce(max(r.present), 0),
 coalesce(max(r.present), 0) >= pm.quorum_min
 FROM period pm LEFT JOIN running r ON r.meeting_id = pm.id
 GROUP BY pm.id
UNION ALL
SELECT 'person', p.id, coalesce(c.present, 0), coalesce(c.excused, 0)
 FROM person p LEFT JOIN counts c ON c.person_id = p.id
 WHERE p.active_to IS NULL OR p.active_to >= '@FROM@'
 OR c.person_id IS NOT NULL;
