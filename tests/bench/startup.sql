-- startup.sql — the reference for `notulist status` in `make bench`: a
-- sqlite3 process opening the same file with the program's settings and
-- running the SELECTs `status` runs at start-up (build/bench/plans lists
-- them), once each.  The harness puts the open meeting's id for @MEETING@
-- and its day for @DAY@.  notulist_sort() (the program's accent-free
-- sort key, a C function) becomes the column itself: the sqlite3 shell
-- does not have it.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA foreign_keys=ON;
PRAGMA secure_delete=ON;
PRAGMA application_id;
PRAGMA user_version;
SELECT mt.id, mt.date, coalesce(mt.start_time, ''), coalesce(mt.location, ''), coalesce(mt.chair_id, 0), coalesce(p.name, ''), mt.status, mt.quorum_min, coalesce(mt.opened_at, ''), coalesce(mt.closed_at, ''), coalesce(mt.minutes_approved_at, ''), mt.created_at, coalesce(mt.invitation_sent_on, '') FROM meeting mt LEFT JOIN person p ON p.id = mt.chair_id WHERE mt.status = 'open' AND mt.date >= '0000-00-00' AND mt.date <= '9999-99-99' ORDER BY mt.date, mt.start_time IS NULL, mt.start_time, mt.id;
SELECT mt.id, mt.date, coalesce(mt.start_time, ''), coalesce(mt.location, ''), coalesce(mt.chair_id, 0), coalesce(p.name, ''), mt.status, mt.quorum_min, coalesce(mt.opened_at, ''), coalesce(mt.closed_at, ''), coalesce(mt.minutes_approved_at, ''), mt.created_at, coalesce(mt.invitation_sent_on, '') FROM meeting mt LEFT JOIN person p ON p.id = mt.chair_id WHERE mt.id = @MEETING@;
SELECT key, value FROM setting ORDER BY key;
SELECT ms.person_id, coalesce(ms.municipality_id, 0), coalesce(m.name, ''), ms.starts_on FROM membership ms LEFT JOIN municipality m ON m.id = ms.municipality_id ORDER BY ms.person_id, ms.starts_on;
SELECT municipality_id, left_on, rejoined_on FROM municipality_departure ORDER BY municipality_id, left_on;
SELECT id, person_id, starts_on, ends_on FROM term ORDER BY person_id, starts_on;
SELECT a.id, a.person_id, a.kind, a.at, coalesce(a.corrects, 0), coalesce(f.role, p.role), coalesce(p.municipality_id, 0), coalesce(a.part_of, 0), a.recorded_at, coalesce(a.for_person_id, 0) FROM attendance a JOIN person p ON p.id = a.person_id LEFT JOIN person f ON f.id = a.for_person_id WHERE a.meeting_id = @MEETING@ ORDER BY a.id;
SELECT p.id, p.name, coalesce(p.municipality_id, 0), coalesce(m.name, ''), p.role, p.active, coalesce(p.active_from, ''), coalesce(p.active_to, ''), p.created_at, p.erased_at IS NOT NULL, p.under_27 FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id WHERE p.active_to IS NULL OR p.active_to >= '@DAY@' OR p.id IN (SELECT person_id FROM attendance WHERE meeting_id = @MEETING@) ORDER BY m.name_key IS NULL, m.name, m.name_key, p.name, p.name_key, p.id;
SELECT id, name, weight, (SELECT d.left_on FROM municipality_departure d WHERE d.municipality_id = municipality.id AND d.rejoined_on IS NULL) FROM municipality ORDER BY name, name_key, id;
SELECT id, meeting_id, name, coalesce(organisation, ''), arrived_at, after_event FROM guest WHERE meeting_id = @MEETING@ AND undone_at IS NULL ORDER BY arrived_at, id;
SELECT a.id, a.meeting_id, a.position, a.title, a.topic, coalesce(a.submitted_by_id, 0), coalesce(p.name, ''), coalesce(p.role, ''), a.status, a.is_current, coalesce(a.notes, ''), coalesce(a.decision, ''), coalesce(a.deferred_from, 0), coalesce(src.meeting_id, 0), coalesce(srcm.date, ''), coalesce(src.position, 0), coalesce(dst.meeting_id, 0), coalesce(dstm.date, ''), coalesce(dst.position, 0), a.decided_at, coalesce(a.decided_with_quorum, 1), a.votes_for, a.votes_against, a.votes_abstain FROM agenda_item a LEFT JOIN person p ON p.id = a.submitted_by_id LEFT JOIN agenda_item src ON src.id = a.deferred_from LEFT JOIN meeting srcm ON srcm.id = src.meeting_id LEFT JOIN agenda_item dst ON dst.deferred_from = a.id LEFT JOIN meeting dstm ON dstm.id = dst.meeting_id WHERE a.meeting_id = @MEETING@ ORDER BY a.position;
