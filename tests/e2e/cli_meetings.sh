#!/usr/bin/env bash
# End-to-end: planning, listing, opening and closing meetings.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

t_meeting_add_with_everything() {
	seed_body
	run nl meeting add 2026-03-10 19:30 --location "Raadzaal" \
		--chair "voorzitter een" --quorum 10
	expect_rc 0
	expect_out_eq "Added meeting 1 (2026-03-10 19:30, Raadzaal), quorum 10"
	run nl status 1
	expect_out_has "Chair: Voorzitter Een"
	expect_out_has "clients present: 0/10"
}

t_meeting_quorum_defaults_to_the_setting() {
	nl_ok meeting add 2026-03-10
	expect_out_has "quorum 12"
	nl_ok config set quorum_min 9
	nl_ok meeting add 2026-06-10
	expect_out_has "quorum 9"
}

t_bad_dates_and_times_are_refused() {
	local bad
	for bad in 2026-02-30 2026-13-01 10-03-2026 2026-3-10 tomorrow ""; do
		run nl meeting add "$bad"
		expect_rc 1
		expect_err_line "is not a date YYYY-MM-DD"
	done
	for bad in 24:00 7pm 19:60 9:30; do
		run nl meeting add 2026-03-10 "$bad"
		expect_rc 1
		expect_err_line "is not a time HH:MM"
	done
	run nl meeting add 2024-02-29
	expect_rc 0
}

t_bad_quorum_is_refused() {
	for q in 0 -3 twelve 1001; do
		run nl meeting add 2026-03-10 --quorum "$q"
		expect_rc 2
		expect_err_line "is not a number from 1 to 1000"
	done
}

t_unknown_chair_is_refused() {
	run nl meeting add 2026-03-10 --chair Niemand
	expect_rc 1
	expect_err_line 'no person named "Niemand"'
	run nl meeting list
	expect_out_lacks "2026-03-10"
}

t_meeting_list_by_year_in_date_order() {
	nl_ok meeting add 2026-09-01 19:00
	nl_ok meeting add 2025-12-01
	nl_ok meeting add 2026-03-10 14:00 --location Zaal
	run nl meeting list
	expect_rc 0
	[ "$(printf '%s\n' "$out" | sed -n 2p | cut -c7-16)" = 2025-12-01 ] ||
		fail "not in date order"
	run nl meeting list --year 2026
	expect_out_lacks 2025-12-01
	expect_out_has "3     2026-03-10 14:00 planned  12     Zaal"
	run nl meeting list --year 26
	expect_rc 2
	expect_err_line 'is not a year YYYY'
}

t_open_and_close() {
	nl_ok meeting add 2026-03-10 19:00
	run nl meeting open 2026-03-10
	expect_rc 0
	expect_out_eq "Opened meeting 1 (2026-03-10 19:00)"
	run nl meeting open 1
	expect_rc 1
	expect_err_line "meeting 1 is already open"
	run at 21:15 nl meeting close 1
	expect_rc 0
	expect_out_eq "Closed meeting 1 (2026-03-10 19:00) at 21:15"
	run nl meeting close 1
	expect_rc 1
	expect_err_line "meeting 1 is not open (it is closed)"
	run nl meeting open 1
	expect_rc 0
}

t_only_one_meeting_open() {
	nl_ok meeting add 2026-03-10
	nl_ok meeting add 2026-03-11
	nl_ok meeting open 1
	run nl meeting open 2
	expect_rc 1
	expect_err_line "meeting 1 (2026-03-10) is still open; close it first (notulist meeting close 1)"
}

t_close_a_past_meeting_at_its_last_event() {
	seed_body
	nl_ok meeting add 2026-03-01 19:00
	nl_ok checkin 2026-03-01 "Aa 1" --at 19:05
	nl_ok checkout 2026-03-01 "Aa 1" --at 20:40
	run nl meeting close 2026-03-01
	expect_rc 0
	expect_out_has "at 20:40"
	run nl meeting close 2026-03-01 --at 25:00
	expect_rc 2
}

# An undone event is not part of the record: a meeting closed afterwards
# ends at its last event still in force (issue 13's reproduction).
t_close_afterwards_ignores_undone_events() {
	seed_body
	nl_ok meeting add 2026-03-01 19:00
	nl_ok checkin 2026-03-01 "Aa 1" --at 19:05
	nl_ok checkin 2026-03-01 "Aa 2" --at 23:30
	nl_ok undo 2026-03-01
	NOTULIST_NOW="2026-03-03 10:00:00" run nl meeting close 2026-03-01
	expect_rc 0
	expect_out_has "at 19:05"
	run nl minutes 2026-03-01
	expect_out_has "19:05–19:05 (planned 19:00)"
}

# A close by hand before the last recorded attendance would hide it (the
# meeting is judged at its close); an undone event does not count.
t_close_cannot_hide_recorded_attendance() {
	seed_body
	nl_ok meeting add 2026-03-01 19:00
	nl_ok checkin 2026-03-01 "Aa 1" --at 19:05
	nl_ok checkin 2026-03-01 "Aa 2" --at 20:50
	nl_ok undo 2026-03-01
	nl_ok checkout 2026-03-01 "Aa 1" --at 20:40
	run nl meeting close 2026-03-01 --at 20:30
	expect_rc 1
	expect_err_line "attendance of meeting 1 is recorded up to 20:40; it cannot close before that"
	run nl meeting close 2026-03-01 --at 20:40
	expect_rc 0
	expect_out_has "at 20:40"
}

t_close_with_explicit_time() {
	nl_ok meeting add 2026-03-10 19:00
	nl_ok meeting open 1
	run at 21:00 nl meeting close 1 --at 20:55
	expect_rc 0
	expect_out_has "at 20:55"
}

t_meeting_references() {
	nl_ok meeting add 2026-03-10 14:00
	nl_ok meeting add 2026-03-10 19:00
	run nl meeting open 2026-03-10
	expect_rc 1
	expect_err_line "2 meetings on 2026-03-10; use the id: 1 (2026-03-10 14:00), 2 (2026-03-10 19:00)"
	run nl meeting open 2026-04-01
	expect_rc 1
	expect_err_line "no meeting on 2026-04-01"
	run nl meeting open 99
	expect_rc 1
	expect_err_line "no meeting with id 99"
	run nl meeting open soon
	expect_rc 1
	expect_err_line '"soon" is not a meeting id or a date (YYYY-MM-DD)'
}

run_tests
