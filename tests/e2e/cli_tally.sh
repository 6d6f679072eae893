#!/usr/bin/env bash
# End-to-end: the quorum a check-in, check-out or excuse reports is judged
# by the meeting's tally (attendance_tally, issue 18) when it can be, and
# must always be the one `status` replays from the whole log — through
# visits under a minute, events at the same second, late entries, undo,
# strike and retime, a role changed, the counting roles or the minimum
# changed, a stand-in, and a second meeting in between.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

# sec HH:MM:SS CMD...: CMD with the clock at that second of 2026-03-10.
sec() {
	local t=$1
	shift
	NOTULIST_NOW="2026-03-10 $t" "$@"
}

quorum_line() { printf '%s\n' "$1" | grep -E 'present: [0-9]+/[0-9]+' | head -1; }

# act HH:MM:SS ARGS...: one command that must succeed; its quorum line
# must be the one `status` gives right after it (of meeting $MEETING, 1
# unless set).
act() {
	local t=$1 said replayed said_out
	shift
	sec "$t" run nl "$@"
	[ "$rc" = 0 ] || fail "$* at $t: exit $rc: $err"
	said_out=$out
	said=$(quorum_line "$out")
	sec "$t" run nl status "${MEETING:-1}"
	replayed=$(quorum_line "$out")
	[ -n "$replayed" ] || fail "status shows no quorum line"
	if [ -n "$said" ] && [ "$said" != "$replayed" ]; then
		fail "$* at $t said \"$said\", status \"$replayed\""
	fi
	out=$said_out # what the command said, for expect_out_has
	return 0
}

# The tally describes the meeting's newest row (it is kept up to date).
tally_is_current() {
	local n
	n=$(sqlite3 "$DB" "SELECT count(*) FROM attendance_tally t WHERE
		t.meeting_id = $1 AND t.last_event_id =
		(SELECT max(id) FROM attendance WHERE meeting_id = $1)")
	[ "$n" = 1 ] || fail "meeting $1 has no current tally"
}

evening() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --location Raadzaal
	local i
	for i in 1 2 3 4 5 6 7 8; do
		act "19:0$i:00" checkin 1 "Aa $i"
	done
	act 19:10:00 checkin 1 "Bb 1"
	act 19:11:00 checkin 1 "Bb 2"
	act 19:12:00 checkin 1 "Bb 3"
}

t_every_check_in_reports_the_replayed_quorum() {
	evening
	tally_is_current 1
	act 19:13:00 checkin 1 "Bb 4"
	expect_out_has "Quorum met at 19:13 (12/12)"
	tally_is_current 1
	act 19:20:00 checkout 1 "Aa 1"
	expect_out_has "Quorum lost at 19:20 (11/12)"
	act 19:20:30 checkin 1 "Aa 1"
	act 19:20:50 checkout 1 "Aa 1" # a visit of 20 seconds: void
	tally_is_current 1
	act 19:25:00 checkin 1 "Cc 1"
	act 19:25:00 checkin 1 "Cc 2" # the same second
	act 19:26:00 excuse 1 "Cc 4"
	act 19:30:00 checkin 1 "Cc 3" --at 19:02 # a late entry
	act 19:31:00 checkout 1 "Aa 2"
	tally_is_current 1
}

t_refusals_are_the_same_by_the_tally() {
	evening
	sec 19:13:00 run nl checkin 1 "Aa 3"
	expect_rc 1
	expect_err_line "notulist: Aa 3 is already present (since 19:03)"
	sec 19:13:00 run nl checkout 1 "Cc 1"
	expect_rc 1
	expect_err_line "notulist: Cc 1 is not present, so cannot be checked out"
	act 19:14:00 checkout 1 "Aa 3"
	sec 19:15:00 run nl excuse 1 "Aa 3"
	expect_rc 1
	expect_err_line "notulist: Aa 3 has attended this meeting, so cannot be excused"
	act 19:16:00 checkin 1 "Aa 3"
}

t_corrections_and_undo_are_followed_by_the_replay() {
	evening
	act 19:13:00 checkin 1 "Bb 4"
	act 19:14:00 undo 1
	tally_is_current 1 # the undo replayed the log and kept it
	act 19:15:00 checkin 1 "Cc 1"
	local id
	id=$(sqlite3 "$DB" "SELECT id FROM attendance WHERE kind = 'in'
		ORDER BY id LIMIT 1")
	act 19:16:00 attendance strike "$id"
	act 19:17:00 checkin 1 "Cc 2"
	act 19:18:30 checkout 1 "Cc 2"
	id=$(sqlite3 "$DB" "SELECT max(id) FROM attendance")
	act 19:19:00 attendance retime "$id" 19:17 # no visit at all: void
	act 19:20:00 checkin 1 "Cc 3"
	act 19:21:00 attendance clear 1 "Cc 3"
	act 19:22:00 checkin 1 "Cc 4"
	act 19:23:00 undo 1
	act 19:23:00 undo 1
	act 19:24:00 checkin 1 "Cc 4"
	tally_is_current 1
}

t_a_changed_role_counting_or_minimum_is_replayed() {
	evening
	act 19:13:00 checkin 1 "Voorzitter Een"
	tally_is_current 1
	nl_ok member edit "Aa 1" --role representative
	[ "$(sqlite3 "$DB" "SELECT count(*) FROM attendance_tally")" = 0 ] ||
		fail "the tally outlived a role change"
	act 19:14:00 checkin 1 "Bb 4"
	nl_ok config set counting_roles client,chair
	act 19:15:00 checkin 1 "Cc 1"
	nl_ok meeting edit 1 --quorum 13
	act 19:16:00 checkout 1 "Cc 1"
	act 19:17:00 checkin 1 "Cc 2"
	nl_ok member edit "Aa 1" --role client
	act 19:18:00 checkout 1 "Aa 1"
	tally_is_current 1
}

t_a_stand_in_and_a_second_meeting() {
	evening
	nl_ok member add "Invaller Cc" --role stand-in --municipality Cc
	act 19:13:00 checkin 1 "Invaller Cc" --for "Cc 1"
	act 19:14:00 checkin 1 "Cc 2"
	act 19:15:00 checkout 1 "Invaller Cc"
	act 19:16:00 checkin 1 "Cc 3"
	act 19:17:00 checkout 1 "Cc 3"
	sec 19:20:00 nl_ok meeting close 1
	# A second meeting that evening; late entries into the first one
	# come between its rows.
	nl_ok meeting add 2026-03-10 19:30 --location Zaal2
	MEETING=2 act 19:31:00 checkin 2 "Cc 1"
	MEETING=2 act 19:32:00 checkin 2 "Cc 3"
	act 19:33:00 checkin 1 "Cc 4" --at 19:18
	MEETING=2 act 19:34:00 checkin 2 "Aa 1"
	tally_is_current 2
	act 19:35:00 checkout 1 "Cc 4" --at 19:19
	MEETING=2 act 19:36:00 checkout 2 "Cc 1"
	MEETING=2 act 19:36:20 checkout 2 "Aa 1" # 2 min 20 s: a visit
	MEETING=2 act 19:36:40 checkin 2 "Aa 1"
	MEETING=2 act 19:36:50 checkout 2 "Aa 1" # 10 s: void
	tally_is_current 2
}

run_tests
