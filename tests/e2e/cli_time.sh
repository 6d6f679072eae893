#!/usr/bin/env bash
# End-to-end: time — instants across summer time (TZ=Europe/Amsterdam,
# where the clocks go forward on 2026-03-29 and back on 2026-10-25), the
# night after an evening meeting, --at with a date, a clock that was put
# back, dates at the end of the calendar, and the migration of schema 4's
# local times.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

# ams NOW ARGS...: notulist in Amsterdam with the clock at NOW (a local
# time, or an instant such as 2026-10-25T01:10:00Z).
ams() {
	local now=$1
	shift
	TZ=Europe/Amsterdam NOTULIST_NOW=$now "$NL" -d "$DB" "$@"
}

# The export's lines without their end (CRLF or LF, whichever it is).
unix_lines() { out=$(printf '%s' "$out" | tr -d '\r'); }

one_member() {
	nl_ok municipality add Zuidplas
	nl_ok member add "Jan de Boer" --municipality Zuidplas
}

# The row of the attendance export for Jan de Boer at meeting $1.
export_row() {
	printf '%s\n' "$out" | grep "^[0-9-]*,$1,1,Jan de Boer,"
}

# Checked in at 02:50 summer time, checked out twenty minutes later when
# the clock, put back an hour at 03:00, reads 02:10: accepted, 20 minutes.
# The second clock reading comes from faketime, as a real clock gives it.
t_autumn_checkout_twenty_minutes_after_0250() {
	command -v faketime >/dev/null || skip "faketime is not installed"
	one_member
	nl_ok meeting add 2026-10-24 22:00
	run ams "2026-10-25 02:50" checkin 1 "Jan de Boer"
	expect_rc 0
	run env -u NOTULIST_NOW TZ=Europe/Amsterdam \
		faketime "2026-10-25 01:10:00 UTC" "$NL" -d "$DB" checkout 1 "Jan de Boer"
	expect_rc 0
	expect_out_has "Checked out Jan de Boer at 02:10"
	run ams "2026-10-25T01:30:00Z" export attendance
	unix_lines
	[ "$(export_row 1)" = "2026-10-24,1,1,Jan de Boer,Zuidplas,client,present,2026-10-25 02:50:00,2026-10-25 02:10:00,20,yes" ] ||
		fail "export row: $(export_row 1)"
	run ams "2026-10-25T01:30:00Z" status 1
	expect_out_has "People: 0 present, 1 left"
}

# Schema 4 stored local wall-clock text; opening such a file in Amsterdam
# stores the instants, with the durations right from then on.
t_schema_4_times_migrate_in_amsterdam() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/v4_amsterdam.sql" || fail "fixture"
	run ams "2026-11-01 12:00" export attendance
	unix_lines
	expect_rc 0
	expect_out_eq "meeting_date,meeting_id,person_id,name,municipality,role,status,first_arrival,last_departure,minutes_present,counts_for_quorum
2026-03-10,1,1,Jan de Boer,Zuidplas,client,present,2026-03-10 19:05:00,2026-03-10 21:00:00,115,yes
2026-03-10,1,3,Kees Bos,Zuidplas,client,excused,,,0,yes
2026-03-10,1,2,Piet Smit,Zuidplas,client,present,2026-03-10 19:10:00,2026-03-10 21:30:00,140,yes
2026-03-29,2,1,Jan de Boer,Zuidplas,client,present,2026-03-29 01:45:00,2026-03-29 03:15:00,30,yes
2026-03-29,2,3,Kees Bos,Zuidplas,client,absent,,,0,yes
2026-03-29,2,2,Piet Smit,Zuidplas,client,present,2026-03-29 03:30:00,2026-03-29 03:45:00,15,yes
2026-10-25,3,1,Jan de Boer,Zuidplas,client,present,2026-10-25 02:50:00,2026-10-25 02:55:00,5,yes
2026-10-25,3,3,Kees Bos,Zuidplas,client,absent,,,0,yes
2026-10-25,3,2,Piet Smit,Zuidplas,client,absent,,,0,yes"
	[ "$(sqlite3 "$DB" 'PRAGMA user_version')" = 5 ] || fail "not schema 5"
	[ "$(sqlite3 "$DB" 'SELECT group_concat(at, " ") FROM attendance WHERE meeting_id > 1 ORDER BY id')" = \
		"2026-03-29T00:45:00Z 2026-03-29T01:15:00Z 2026-03-29T01:30:00Z 2026-03-29T01:45:00Z 2026-10-25T00:50:00Z" ] ||
		fail "attendance times: $(sqlite3 "$DB" 'SELECT at FROM attendance')"
	[ "$(sqlite3 "$DB" 'SELECT opened_at || " " || closed_at || " " || created_at FROM meeting WHERE id = 1')" = \
		"2026-03-10T21:00:00Z 2026-03-10T20:30:00Z 2026-03-01T09:00:00Z" ] ||
		fail "meeting times: $(sqlite3 "$DB" 'SELECT * FROM meeting WHERE id = 1')"
	for table in municipality person agenda_item action_item advice; do
		[ "$(sqlite3 "$DB" "SELECT count(*) FROM $table WHERE created_at NOT GLOB '2026-03-0[12]T09:00:00Z'")" = 0 ] ||
			fail "$table.created_at: $(sqlite3 "$DB" "SELECT created_at FROM $table")"
	done
	# The rewrite lifted the append-only guard only for itself.
	sqlite3 "$DB" "UPDATE attendance SET at = at" 2>/dev/null &&
		fail "attendance rows can be updated"
	run ams "2026-11-01 12:00" minutes 2
	expect_out_has "Time: 01:00–04:00"
}

# In UTC the same file reads exactly as it did before the migration (what
# notulist with schema 4 exported from it), and its stamps are the old text.
t_schema_4_times_migrate_unchanged_in_utc() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/v4_amsterdam.sql" || fail "fixture"
	run env TZ=UTC NOTULIST_NOW="2026-11-01 12:00" "$NL" -d "$DB" export attendance
	unix_lines
	expect_rc 0
	expect_out_eq "meeting_date,meeting_id,person_id,name,municipality,role,status,first_arrival,last_departure,minutes_present,counts_for_quorum
2026-03-10,1,1,Jan de Boer,Zuidplas,client,present,2026-03-10 19:05:00,2026-03-10 21:00:00,115,yes
2026-03-10,1,3,Kees Bos,Zuidplas,client,excused,,,0,yes
2026-03-10,1,2,Piet Smit,Zuidplas,client,present,2026-03-10 19:10:00,2026-03-10 21:30:00,140,yes
2026-03-29,2,1,Jan de Boer,Zuidplas,client,present,2026-03-29 01:45:00,2026-03-29 03:15:00,90,yes
2026-03-29,2,3,Kees Bos,Zuidplas,client,absent,,,0,yes
2026-03-29,2,2,Piet Smit,Zuidplas,client,present,2026-03-29 02:30:00,2026-03-29 03:45:00,75,yes
2026-10-25,3,1,Jan de Boer,Zuidplas,client,present,2026-10-25 02:50:00,2026-10-25 02:55:00,5,yes
2026-10-25,3,3,Kees Bos,Zuidplas,client,absent,,,0,yes
2026-10-25,3,2,Piet Smit,Zuidplas,client,absent,,,0,yes"
	[ "$(sqlite3 "$DB" 'SELECT at FROM attendance WHERE id = 7')" = "2026-03-29T02:30:00Z" ] ||
		fail "stamp: $(sqlite3 "$DB" 'SELECT at FROM attendance WHERE id = 7')"
}

run_tests
