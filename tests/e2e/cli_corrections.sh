#!/usr/bin/env bash
# End-to-end: correcting the attendance record without undoing the evening
# (issue 14): attendance list|strike|retime|clear, undo of a correction,
# visits under a minute, and `meeting log`.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

# The fifteen clients who come, in the order they arrive.
ARRIVALS=("Aa 1" "Aa 2" "Aa 3" "Aa 4" "Aa 5" "Aa 6" "Aa 7" "Aa 8"
	"Bb 1" "Bb 2" "Bb 3" "Bb 4" "Cc 1" "Cc 2" "Cc 3")

# evening [WRONG]: meeting 1 with fifteen arrivals from 19:01, one a
# minute; with WRONG, that person is checked in by mistake at arrival 5
# (19:05), just before the right one.  Two leave, one comes back; the
# meeting closes at 21:30.
evening() {
	local i=0 who
	seed_body
	nl_ok config set allowance_per_meeting.client 35.00
	nl_ok meeting add 2026-03-10 19:00 --location Raadzaal
	for who in "${ARRIVALS[@]}"; do
		i=$((i + 1))
		[ "$i" = 5 ] && [ -n "${1:-}" ] &&
			at 19:05 nl_ok checkin 1 "$1"
		at "19:$(printf %02d "$i")" nl_ok checkin 1 "$who"
	done
	at 20:14 nl_ok checkout 1 "Bb 2"
	at 20:20 nl_ok checkout 1 "Aa 3"
	at 20:31 nl_ok checkin 1 "Bb 2"
	at 21:30 nl_ok meeting close 1
}

# figures DIR: every figure of meeting 1 that allowances and the minutes
# are made from, one file each.
figures() {
	mkdir -p "$1"
	at 22:00 nl minutes 1 >"$1/minutes.md"
	at 22:00 nl export attendance >"$1/attendance.csv"
	at 22:00 nl export quorum 1 >"$1/quorum.csv"
	at 22:00 nl status 1 >"$1/status.txt"
	at 22:00 nl report --year 2026 >"$1/report.md"
	at 22:00 nl allowance --month 2026-03 >"$1/allowance.md"
	at 22:00 nl allowance --year 2026 --format csv >"$1/allowance.csv"
}

same_figures() {
	local f
	for f in minutes.md attendance.csv quorum.csv status.txt report.md \
		allowance.md allowance.csv; do
		cmp -s "$1/$f" "$2/$f" || {
			diff "$1/$f" "$2/$f" | head -20
			fail "$f differs"
		}
	done
}

t_wrong_person_at_arrival_five_is_fixed_with_one_command() {
	local clean=$DB
	evening
	figures "$T/clean"
	DB="$T/mistake.db"
	evening "Cc 4"
	figures "$T/before"
	# The mistake shows: quorum reached a minute early, Cc 4 present.
	cmp -s "$T/clean/quorum.csv" "$T/before/quorum.csv" &&
		fail "the mistake does not show in the quorum timeline"
	grep -q "Cc 4,Cc,client,present" "$T/before/attendance.csv" ||
		fail "the mistake does not show in the export"
	cmp -s "$T/clean/allowance.csv" "$T/before/allowance.csv" &&
		fail "the mistake does not show in the allowances"
	run at 21:40 nl attendance clear 1 "Cc 4"
	expect_rc 0
	expect_out_has "Cleared the attendance of Cc 4 at meeting 1 (1 event struck)"
	figures "$T/after"
	same_figures "$T/clean" "$T/after"
	grep -q "Cc 4,Cc,client,absent,,,0" "$T/after/attendance.csv" ||
		fail "Cc 4 is not absent after the fix"
	run nl meeting log 1
	expect_rc 0
	expect_out_has "2026-03-10 21:40  attendance cleared  Cc 4: 1 event struck"
	# The log keeps the original and the correction.
	run nl attendance list 1 "Cc 4" --all
	expect_out_has "5      19:05 Cc 4   check-in struck at 21:40 (event 20)"
	DB=$clean
	run nl meeting log 1
	expect_out_eq "No changes to meeting 1 since it was recorded"
}

t_list_shows_ids_and_all_shows_what_was_corrected() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:02 nl_ok checkin 1 "Aa 2"
	at 19:30 nl_ok checkout 1 "Aa 1"
	run at 19:31 nl attendance list 1
	expect_rc 0
	expect_out_eq "ID     TIME  PERSON KIND      STATE
1      19:01 Aa 1   check-in  in force
2      19:02 Aa 2   check-in  in force
3      19:30 Aa 1   check-out in force"
	at 19:40 nl_ok attendance retime 3 19:35
	at 19:41 nl_ok attendance strike 2
	run at 19:42 nl attendance list 1 "aa 1"
	expect_out_eq "ID     TIME  PERSON KIND      STATE
1      19:01 Aa 1   check-in  in force
3      19:35 Aa 1   check-out in force, moved from 19:30"
	run at 19:42 nl attendance list 1 --all
	expect_out_has "2      19:02 Aa 2   check-in  struck at 19:41 (event 5)"
	expect_out_has "3      19:35 Aa 1   check-out in force, moved from 19:30 at 19:40 (event 4)"
	expect_out_has "4      19:40 Aa 1   retime    moves event 3 to 19:35"
	expect_out_has "5      19:41 Aa 2   strike    strikes event 2"
}

t_strike_leaves_later_events_alone() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:02 nl_ok checkin 1 "Aa 2"
	at 19:03 nl_ok checkin 1 "Aa 3"
	run at 19:10 nl attendance strike 1
	expect_rc 0
	expect_out_eq "Struck event 1: check-in of Aa 1 at 19:01
clients present: 2/12 — QUORUM NOT MET"
	run at 19:11 nl status 1
	expect_out_has "People: 2 present"
}

t_strike_refused_when_what_remains_makes_no_sense() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:25 nl_ok checkout 1 "Aa 1"
	run at 19:30 nl attendance strike 1
	expect_rc 1
	expect_err_line "striking event 1 would leave Aa 1's check-out at 19:25 (event 2) without a check-in: strike event 2 too, or use attendance clear"
	at 19:31 nl_ok attendance strike 2
	at 19:31 nl_ok attendance strike 1
	run at 19:32 nl attendance strike 1
	expect_rc 1
	expect_err_line "event 1 is no longer in force"
	run at 19:32 nl attendance strike 3
	expect_rc 1
	expect_err_line "event 3 is itself a correction (strike)"
	run nl attendance strike 99
	expect_rc 1
	expect_err_line "no attendance event with id 99"
	run nl attendance strike abc
	expect_rc 1
	expect_err_line "\"abc\" is not an event id"
}

t_retime_refused_out_of_order_in_the_future_and_outside_the_night() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:25 nl_ok checkout 1 "Aa 1"
	run at 19:30 nl attendance retime 1 19:26
	expect_rc 1
	expect_err_line "event 1 cannot move to 19:26: that is after Aa 1's check-out at 19:25 (event 2); move or strike that one first"
	run at 19:30 nl attendance retime 2 18:59
	expect_rc 1
	expect_err_line "event 2 cannot move to 18:59: that is before Aa 1's check-in at 19:01 (event 1)"
	run at 19:30 nl attendance retime 2 19:45
	expect_rc 1
	expect_err_line "that time is in the future"
	run at 19:30 nl attendance retime 2 2026-03-12T19:00
	expect_rc 1
	run at 19:30 nl attendance retime 2 19:25
	expect_rc 1
	expect_err_line "event 2 is already at 19:25"
	run at 19:30 nl attendance retime 2 19:20
	expect_rc 0
	expect_out_has "Moved event 2 (check-out of Aa 1) from 19:25 to 19:20"
	at 21:00 nl_ok meeting close 1
	nl export attendance >"$T/out.csv"
	grep -q "Aa 1,Aa,client,present,2026-03-10 19:01:00,2026-03-10 19:20:00,19," \
		"$T/out.csv" || fail "the export does not use the moved time"
}

t_clear_with_excuse_records_an_excuse() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:20 nl_ok checkout 1 "Aa 1"
	run at 19:30 nl attendance clear 1 "Aa 1" --excuse
	expect_rc 0
	expect_out_has "Cleared the attendance of Aa 1 at meeting 1 (2 events struck) and recorded them as excused"
	at 21:00 nl_ok meeting close 1
	nl export attendance >"$T/out.csv"
	grep -q "Aa 1,Aa,client,excused" "$T/out.csv" ||
		fail "Aa 1 is not excused"
	run nl attendance clear 1 "Aa 2"
	expect_rc 1
	expect_err_line "Aa 2 has nothing recorded at meeting 1 that could be cleared"
}

t_undo_takes_back_a_correction() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:02 nl_ok checkin 1 "Aa 2"
	at 19:10 nl_ok attendance strike 1
	at 19:11 nl_ok attendance clear 1 "Aa 2" --excuse
	run at 19:12 nl undo 1
	expect_rc 0
	expect_out_has "Undone: the correction of Aa 2's attendance (2 changes)"
	expect_out_has "clients present: 1/12"
	run at 19:13 nl undo 1
	expect_out_has "Undone: strike of event 1 (check-in of Aa 1 at 19:01 counts again)"
	expect_out_has "clients present: 2/12"
	run nl meeting log 1
	expect_out_has "2026-03-10 19:12  correction undone  Aa 2: correction 4 undone"
	expect_out_has "2026-03-10 19:13  correction undone  Aa 1: correction 3 undone"
}

t_corrections_refused_once_the_minutes_are_approved() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:20 nl_ok checkout 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	at 21:05 nl_ok meeting approve 1
	for cmd in "attendance strike 2" "attendance retime 2 19:10" \
		"attendance clear 1 Aa\ 1"; do
		eval "run at 21:10 nl $cmd"
		expect_rc 1
		expect_err_has "approved"
	done
	run nl attendance list 1
	expect_rc 0
}

t_in_and_out_within_a_minute_counts_nowhere() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:25 nl_ok checkin 1 "Aa 2"
	at 19:25 nl_ok checkout 1 "Aa 2"
	# Pressed twice by mistake, then excused: accepted, as nothing counts.
	at 19:26 nl_ok excuse 1 "Aa 2"
	at 19:30 nl_ok checkin 1 "Aa 3"
	at 19:30 nl_ok checkout 1 "Aa 3"
	run at 19:31 nl attendance list 1 "Aa 3"
	expect_out_has "does not count (in and out within a minute)"
	at 21:00 nl_ok meeting close 1
	nl export attendance >"$T/out.csv"
	grep -q "Aa 2,Aa,client,excused" "$T/out.csv" || fail "Aa 2 not excused"
	grep -q "Aa 3,Aa,client,absent,,,0," "$T/out.csv" ||
		fail "Aa 3 not absent"
	run nl minutes 1
	# Present: Aa 1 only; Aa 3 is among the absent.
	expect_out_has "- Aa: Aa 1
"
	expect_out_has "- Aa: Aa 3, Aa 4, Aa 5, Aa 6, Aa 7, Aa 8"
	run nl export quorum 1
	expect_out_lacks "19:25"
	expect_out_lacks "19:30"
}

# A schema 5 file (undo rows named their target in `undoes`) keeps its
# log when it is upgraded: the undone check-out stays undone, and the
# upgraded file takes corrections and the change log.
t_schema_5_log_survives_the_upgrade() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/schema_v5.sql" || fail "schema"
	sqlite3 "$DB" "PRAGMA application_id = 1313821781;
		PRAGMA user_version = 5;
		INSERT INTO municipality (id, name, name_key, created_at)
		VALUES (1, 'Aa', 'aa', '2026-03-01T09:00:00Z');
		INSERT INTO person (id, name, name_key, municipality_id,
			created_at)
		VALUES (1, 'Aa 1', 'aa 1', 1, '2026-03-01T09:00:00Z');
		INSERT INTO meeting (id, date, start_time, status, opened_at,
			created_at)
		VALUES (1, '2026-03-10', '19:00', 'open',
			'2026-03-10T19:00:00Z', '2026-03-01T09:00:00Z');
		INSERT INTO attendance (id, meeting_id, person_id, kind, at,
			undoes, recorded_at) VALUES
		(1, 1, 1, 'in', '2026-03-10T19:01:00Z', NULL,
			'2026-03-10T19:01:00Z'),
		(2, 1, 1, 'out', '2026-03-10T19:20:00Z', NULL,
			'2026-03-10T19:20:00Z'),
		(3, 1, 1, 'undo', '2026-03-10T19:21:00Z', 2,
			'2026-03-10T19:21:00Z');" || fail "rows"
	run at 19:30 nl attendance list 1 --all
	expect_rc 0
	expect_out_has "2      19:20 Aa 1   check-out undone at 19:21 (event 3)"
	expect_out_has "3      19:21 Aa 1   undo      undoes event 2"
	[ "$(sqlite3 "$DB" 'PRAGMA user_version')" = 10 ] || fail "not upgraded to 10"
	at 19:31 nl_ok attendance retime 1 19:05
	run nl meeting log 1
	expect_out_eq "2026-03-10 19:31  attendance moved  Aa 1: event 1 moved from 19:01 to 19:05"
}

# Once the meeting has been opened, rewriting its record is logged with the
# old and new value; planning it beforehand and adding to it are not.  An
# erased owner shows under the pseudonym.
t_meeting_log_keeps_edits_of_the_record() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda add 1 "Folders"
	nl_ok agenda add 1 "Loket"
	nl_ok agenda move 1 3 1
	nl_ok action add 1 "Bellen" --owner "Aa 1"
	nl_ok advice add "Wachttijden" --kind solicited --meeting 1 --sent 2026-03-10
	at 19:05 nl_ok checkin 1 "Aa 2"
	at 19:10 nl_ok agenda note 1 2 "Eerste regel"
	at 19:20 nl_ok agenda decide 1 2 "Besluit A"
	at 19:30 nl_ok agenda decide 1 2 "Besluit B"
	at 19:31 nl_ok agenda move 1 2 3
	at 19:31 nl_ok agenda edit 1 3 --title "Brieven van de GR"
	at 19:32 nl_ok action edit 1 --text "Bellen met de GR" --owner GR --due 2026-04-01
	at 19:33 nl_ok advice edit 1 --subject "Wachttijden telefoon"
	at 19:34 nl_ok agenda remove 1 1
	at 19:35 nl_ok action add 1 "Per vergissing"
	at 19:36 nl_ok action remove 2
	at 19:37 nl_ok advice remove 1
	run nl meeting log 1
	expect_rc 0
	expect_out_eq "2026-03-10 19:30  decision  item 2 (Brieven van de GR): Besluit A -> Besluit B
2026-03-10 19:31  agenda item moved  item 2 (Brieven van de GR): 2 -> 3
2026-03-10 19:31  agenda item title  item 2 (Brieven van de GR): Brieven -> Brieven van de GR
2026-03-10 19:32  action text  action 1: Bellen -> Bellen met de GR
2026-03-10 19:32  action owner  action 1: Aa 1 -> GR
2026-03-10 19:32  action due date  action 1: (none) -> 2026-04-01
2026-03-10 19:33  advice subject  advice 1: Wachttijden -> Wachttijden telefoon
2026-03-10 19:34  agenda item removed  1. Loket
2026-03-10 19:36  action removed  action 2: Per vergissing
2026-03-10 19:37  advice removed  advice 1: Wachttijden telefoon"
	run at 21:00 nl minutes 1
	expect_out_lacks "Besluit A"
	nl_ok member erase "Aa 1" --yes
	run nl meeting log 1
	expect_out_has "action owner  action 1: client-0001 -> GR"
	expect_out_lacks "Aa 1"
	[ "$(sqlite3 "$DB" "SELECT count(*) FROM change_log WHERE old_value LIKE '%Aa 1%' OR new_value LIKE '%Aa 1%'")" = 0 ] ||
		fail "a name is left in the change log"
}

t_notes_rewritten_in_the_editor_are_logged() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok agenda add 1 "Brieven"
	at 19:05 nl_ok checkin 1 "Aa 2"
	at 19:10 nl_ok agenda note 1 1 "Eerste regel"
	printf '#!/bin/sh\nprintf "Andere regel\\n" >"$1"\n' >"$T/ed.sh"
	chmod +x "$T/ed.sh"
	at 19:20 env EDITOR="$T/ed.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1 >/dev/null ||
		fail "the editor round trip failed"
	run nl meeting log 1
	expect_out_eq "2026-03-10 19:20  notes  item 1 (Brieven): Eerste regel -> Andere regel"
}

run_tests
