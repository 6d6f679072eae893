-- tests/bench/export_attendance_year.sql — the reference of benchmark 2b:
-- export_attendance.sql limited to the meetings of one period (@FROM@ to
-- @TO@, put in by the harness), as `export attendance --year` is: the
-- same query, with each part that reads meetings or their events reading
-- only the period's (through meeting_by_date and attendance_by_meeting).
-- One row per held meeting and person who was a member on its day or has
-- a record in it; undone events left out; status, first arrival, last
-- departure (the close for who was still there), minutes present, whether
-- the role counts.  Same rows as the program for a log the program wrote
-- (in TZ=UTC: times are stored in UTC, shown on the local clock);
-- sorted by date, meeting, municipality and name (plain collation, where
-- the program ignores accents and case).
WITH moment AS MATERIALIZED (
	-- what the program replays up to: the close, or now (the bench's now)
	SELECT id, unixepoch(coalesce(closed_at, '2026-03-10 21:00:00')) AS t
	FROM meeting WHERE date >= '@FROM@' AND date <= '@TO@'
), undone AS (
	SELECT a.corrects AS id FROM moment mo
	JOIN attendance a ON a.meeting_id = mo.id WHERE a.kind = 'undo'
), effective AS (
	SELECT a.meeting_id, a.person_id, a.kind, unixepoch(a.at) AS t,
	       lead(unixepoch(a.at)) OVER (PARTITION BY a.meeting_id, a.person_id
	                                   ORDER BY a.at, a.id) AS next_t,
	       row_number() OVER (PARTITION BY a.meeting_id, a.person_id
	                          ORDER BY a.at DESC, a.id DESC) AS from_end
	FROM moment mo JOIN attendance a ON a.meeting_id = mo.id
	WHERE a.kind IN ('in', 'out', 'excused') AND a.id NOT IN (SELECT id FROM undone)
	  AND unixepoch(a.at) <= mo.t
), record AS (
	SELECT e.meeting_id, e.person_id,
	       sum(e.kind = 'in') AS visits,
	       max(e.kind = 'excused') AS excused,
	       min(CASE WHEN e.kind = 'in' THEN e.t END) AS first_in,
	       max(CASE WHEN e.kind = 'out' THEN e.t END) AS last_out,
	       max(CASE WHEN e.from_end = 1 AND e.kind = 'in' THEN 1 ELSE 0 END)
	           AS still_in,
	       sum(CASE WHEN e.kind = 'in'
	                THEN coalesce(e.next_t, mo.t) - e.t END) AS seconds
	FROM effective e JOIN moment mo ON mo.id = e.meeting_id
	GROUP BY e.meeting_id, e.person_id
), pairs AS (
	SELECT m.id AS meeting_id, p.id AS person_id
	FROM meeting m JOIN person p
	  ON p.active_from <= m.date
	 AND (p.active_to IS NULL OR p.active_to >= m.date)
	 AND (p.active = 1 OR p.active_to IS NOT NULL)
	WHERE m.status <> 'planned' AND m.date >= '@FROM@' AND m.date <= '@TO@'
	UNION
	SELECT meeting_id, person_id FROM record
)
SELECT m.date AS meeting_date, m.id AS meeting_id, p.id AS person_id,
       p.name, coalesce(mu.name, '') AS municipality, p.role,
       CASE WHEN r.visits > 0 THEN 'present'
            WHEN r.excused THEN 'excused' ELSE 'absent' END AS status,
       coalesce(datetime(r.first_in, 'unixepoch'), '') AS first_arrival,
       coalesce(CASE WHEN r.still_in THEN datetime(m.closed_at)
                     ELSE datetime(r.last_out, 'unixepoch') END, '')
           AS last_departure,
       coalesce(r.seconds / 60, 0) AS minutes_present,
       CASE WHEN p.role = 'client' THEN 'yes' ELSE 'no' END
           AS counts_for_quorum
FROM pairs x
JOIN meeting m ON m.id = x.meeting_id
JOIN person p ON p.id = x.person_id
LEFT JOIN municipality mu ON mu.id = p.municipality_id
LEFT JOIN record r ON r.meeting_id = x.meeting_id AND r.person_id = x.person_id
ORDER BY m.date, m.id, mu.name IS NULL, mu.name, p.name, p.id;
