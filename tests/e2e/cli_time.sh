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

# In at 01:45 winter time, out at 03:15 summer time: 30 real minutes.
t_spring_forward_counts_real_minutes() {
	one_member
	nl_ok meeting add 2026-03-28 23:00
	run ams "2026-03-29 04:00" checkin 1 "Jan de Boer" --at 01:45
	expect_rc 0
	run ams "2026-03-29 04:00" checkout 1 "Jan de Boer" --at 03:15
	expect_rc 0
	expect_out_has "Checked out Jan de Boer at 03:15"
	run ams "2026-03-29 09:00" export attendance
	unix_lines
	expect_rc 0
	[ "$(export_row 1)" = "2026-03-28,1,1,Jan de Boer,Zuidplas,client,present,2026-03-29 01:45:00,2026-03-29 03:15:00,30,yes," ] ||
		fail "export row: $(export_row 1)"
}

# The hour the clocks skip is refused, in both forms, and nothing is
# written.
t_spring_forward_refuses_the_skipped_hour() {
	one_member
	nl_ok meeting add 2026-03-28 23:00
	run ams "2026-03-29 04:00" checkin 1 "Jan de Boer" --at 02:30
	expect_rc 1
	expect_err_line "2026-03-29 02:30 does not exist: the clocks were put forward that night; did you mean 03:30?"
	run ams "2026-03-29 04:00" checkin 1 "Jan de Boer" --at 2026-03-29T02:59
	expect_rc 1
	expect_err_line "2026-03-29 02:59 does not exist"
	[ "$(sqlite3 "$DB" 'SELECT count(*) FROM attendance')" = 0 ] ||
		fail "something was recorded"
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
	# faketime preloads its library ahead of a sanitizer build's runtime.
	run env -u NOTULIST_NOW TZ=Europe/Amsterdam \
		ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" \
		faketime "2026-10-25 01:10:00 UTC" "$NL" -d "$DB" checkout 1 "Jan de Boer"
	expect_rc 0
	expect_out_has "Checked out Jan de Boer at 02:10"
	run ams "2026-10-25T01:30:00Z" export attendance
	unix_lines
	# faketime's clock runs from 01:10:00: on a busy machine the checkout
	# reads it a few seconds later.
	[[ "$(export_row 1)" =~ ^"2026-10-24,1,1,Jan de Boer,Zuidplas,client,present,2026-10-25 02:50:00,2026-10-25 02:10:"[0-5][0-9]",20,yes,"$ ]] ||
		fail "export row: $(export_row 1)"
	run ams "2026-10-25T01:30:00Z" status 1
	expect_out_has "People: 0 present, 1 left"
}

# The same with NOTULIST_NOW as an instant, and --at with an offset for
# the second 02:05; a repeated HH:MM is the first occurrence.
t_autumn_repeated_hour_by_instant_and_offset() {
	one_member
	nl_ok meeting add 2026-10-24 22:00
	nl_ok member add "Piet Smit" --municipality Zuidplas
	run ams "2026-10-25 02:50" checkin 1 "Jan de Boer"
	expect_rc 0
	run ams "2026-10-25T01:10:00Z" checkout 1 "Jan de Boer"
	expect_rc 0
	expect_out_has "at 02:10"
	run ams "2026-10-25T01:10:00Z" checkin 1 "Piet Smit" --at 2026-10-25T02:05+01:00
	expect_rc 0
	run ams "2026-10-25T01:10:00Z" checkout 1 "Piet Smit" --at 02:30
	expect_rc 1
	expect_err_line "Piet Smit is not present, so cannot be checked out"
	run ams "2026-10-25T01:30:00Z" export attendance
	unix_lines
	expect_out_has "2026-10-25 02:05:00,,25,yes"
}

# A meeting on the 10th that runs past midnight: --at 00:10 is the 11th.
t_after_midnight_checkout_at_0010() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:05 nl_ok checkin 1 "Aa 1"
	run env NOTULIST_NOW="2026-03-11 00:30" "$NL" -d "$DB" checkout 1 "Aa 1" --at 00:10
	expect_rc 0
	expect_out_has "Checked out Aa 1 at 00:10"
	run env NOTULIST_NOW="2026-03-11 00:30" "$NL" -d "$DB" checkin 1 "Aa 2" --at 2026-03-10T23:50
	expect_rc 0
	run env NOTULIST_NOW="2026-03-11 00:50" "$NL" -d "$DB" meeting close 1 --at 00:40
	expect_rc 0
	expect_out_has "Closed meeting 1 (2026-03-10 19:00) at 00:40"
	run env NOTULIST_NOW="2026-03-11 09:00" "$NL" -d "$DB" export attendance
	unix_lines
	expect_out_has "Aa 1,Aa,client,present,2026-03-10 19:05:00,2026-03-11 00:10:00,305,yes"
	expect_out_has "Aa 2,Aa,client,present,2026-03-10 23:50:00,2026-03-11 00:40:00,50,yes"
	run env NOTULIST_NOW="2026-03-11 09:00" "$NL" -d "$DB" minutes 1
	expect_out_has "Time: 19:05–00:40 (planned 19:00)"
}

# At 00:30 "now" still belongs to the evening's meeting; at 06:00 the
# night is over and a time must be given.
t_the_night_ends_at_six() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:05 nl_ok checkin 1 "Aa 1"
	run env NOTULIST_NOW="2026-03-11 00:30" "$NL" -d "$DB" checkout 1 "Aa 1"
	expect_rc 0
	run env NOTULIST_NOW="2026-03-11 06:00" "$NL" -d "$DB" checkin 1 "Aa 2"
	expect_rc 1
	expect_err_line "meeting 1 is on 2026-03-10, not today: give the time with --at HH:MM"
	run env NOTULIST_NOW="2026-03-11 06:00" "$NL" -d "$DB" checkin 1 "Aa 2" --at 2026-03-11T06:00
	expect_rc 1
	expect_err_line "is not during meeting 1: give a time from 2026-03-10 00:00 to 2026-03-11 06:00"
}

t_at_takes_a_date_and_time() {
	seed_body
	nl_ok meeting add 2026-03-01 19:00
	run nl checkin 2026-03-01 "Aa 1" --at 2026-03-01T19:05
	expect_rc 0
	expect_out_has "Checked in Aa 1 at 19:05"
	run nl checkout 2026-03-01 "Aa 1" --at "2026-03-01 20:15"
	expect_rc 0
	run nl meeting close 2026-03-01 --at 2026-03-01T20:30
	expect_rc 0
	expect_out_has "at 20:30"
	run nl export attendance --meeting 2026-03-01
	unix_lines
	expect_out_has "2026-03-01 19:05:00,2026-03-01 20:15:00,70,yes"
}

t_close_refuses_a_future_time() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:05 nl_ok checkin 1 "Aa 1"
	run at 20:00 nl meeting close 1 --at 23:00
	expect_rc 1
	expect_err_line "that time is in the future; a meeting is closed when it ends"
	run at 20:00 nl meeting close 1 --at 20:00
	expect_rc 0
}

# The clock ran fast at the check-in and was put back before the
# check-out: the person is still present and can leave.
t_a_clock_put_back_keeps_a_present_person_leaving() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 20:10 nl_ok checkin 1 "Aa 1"
	run at 20:00 nl status
	expect_out_has "People: 1 present"
	run at 20:00 nl checkout 1 "Aa 1"
	expect_rc 0
	expect_out_has "Checked out Aa 1 at 20:10"
	# In and out at the same moment counts nowhere (issue 14): a visit of
	# 0 minutes is a double key press as far as the record can tell.
	run at 20:30 nl export attendance
	unix_lines
	expect_out_has "Aa 1,Aa,client,absent,,,0,yes"
}

# Closed without a time while the clock reads before the last check-in:
# the close does not cut off what was recorded.
t_a_clock_put_back_does_not_close_before_the_record() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 20:10 nl_ok checkin 1 "Aa 1"
	run at 20:00 nl meeting close 1
	expect_rc 0
	expect_out_has "Closed meeting 1 (2026-03-10 19:00) at 20:10"
	run at 20:30 nl status 1
	expect_out_has "People: 1 present"
}

# A meeting on the last day the calendar holds can be found by its date.
t_a_meeting_on_9999_12_31_is_found() {
	seed_body
	nl_ok meeting add 9999-12-31 19:00
	run nl agenda add 9999-12-31 "Slot"
	expect_rc 0
	run nl meeting list --year 9999
	expect_out_has "9999-12-31 19:00"
	run nl export attendance --from 9999-12-31 --to 9999-12-31
	unix_lines
	expect_rc 0
	run nl checkin 9999-12-31 "Aa 1" --at 9999-12-30T20:00
	expect_rc 1
	expect_err_line "9999-12-30T20:00 is not during meeting 1: give a time on 9999-12-31"
}

# The attendance export of tests/fixtures/v4_amsterdam.sql; only meeting 2
# (the night summer time started) reads differently by zone: Jan's minutes,
# Piet's arrival at the skipped 02:30 and Piet's minutes.
fixture_export() {
	cat <<CSV
meeting_date,meeting_id,person_id,name,municipality,role,status,first_arrival,last_departure,minutes_present,counts_for_quorum,for_person_id
2026-03-10,1,1,Jan de Boer,Zuidplas,client,present,2026-03-10 19:05:00,2026-03-10 21:00:00,115,yes,
2026-03-10,1,3,Kees Bos,Zuidplas,client,excused,,,0,yes,
2026-03-10,1,2,Piet Smit,Zuidplas,client,present,2026-03-10 19:10:00,2026-03-10 21:30:00,140,yes,
2026-03-29,2,1,Jan de Boer,Zuidplas,client,present,2026-03-29 01:45:00,2026-03-29 03:15:00,$1,yes,
2026-03-29,2,3,Kees Bos,Zuidplas,client,absent,,,0,yes,
2026-03-29,2,2,Piet Smit,Zuidplas,client,present,2026-03-29 $2,2026-03-29 03:45:00,$3,yes,
2026-10-25,3,1,Jan de Boer,Zuidplas,client,present,2026-10-25 02:50:00,2026-10-25 02:55:00,5,yes,
2026-10-25,3,3,Kees Bos,Zuidplas,client,absent,,,0,yes,
2026-10-25,3,2,Piet Smit,Zuidplas,client,absent,,,0,yes,
CSV
}

# Schema 4 stored local wall-clock text; opening such a file in Amsterdam
# stores the instants, with the durations right from then on.
t_schema_4_times_migrate_in_amsterdam() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/v4_amsterdam.sql" || fail "fixture"
	run ams "2026-11-01 12:00" export attendance
	unix_lines
	expect_rc 0
	expect_out_eq "$(fixture_export 30 "03:30:00" 15)"
	[ "$(sqlite3 "$DB" 'PRAGMA user_version')" = 10 ] || fail "not the current schema (10)"
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
	expect_out_has "Time: 01:45–04:00 (planned 01:00)"
}

# In UTC the same file reads exactly as it did before the migration (what
# notulist with schema 4 exported from it), and its stamps are the old text.
t_schema_4_times_migrate_unchanged_in_utc() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/v4_amsterdam.sql" || fail "fixture"
	run env TZ=UTC NOTULIST_NOW="2026-11-01 12:00" "$NL" -d "$DB" export attendance
	unix_lines
	expect_rc 0
	expect_out_eq "$(fixture_export 90 "02:30:00" 75)"
	[ "$(sqlite3 "$DB" 'SELECT at FROM attendance WHERE id = 7')" = "2026-03-29T02:30:00Z" ] ||
		fail "stamp: $(sqlite3 "$DB" 'SELECT at FROM attendance WHERE id = 7')"
}

run_tests
