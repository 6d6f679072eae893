#!/usr/bin/env bash
# End-to-end: check-in, check-out, excuse, undo and status.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

# Twelve clients of seed_body check in at 19:05: Aa 1-6, Bb 1-3, Cc 1-3.
checkin_twelve() {
	local who
	for who in "Aa 1" "Aa 2" "Aa 3" "Aa 4" "Aa 5" "Aa 6" \
		"Bb 1" "Bb 2" "Bb 3" "Cc 1" "Cc 2" "Cc 3"; do
		at 19:05 nl_ok checkin 1 "$who"
	done
}

t_whole_meeting_reaches_and_loses_quorum() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --location Raadzaal
	checkin_twelve
	expect_out_has "clients present: 12/12 — QUORUM MET"
	expect_out_has "Quorum met at 19:05 (12/12)"
	run at 20:14 nl checkout 1 "bb 2"
	expect_rc 0
	expect_out_eq "Checked out Bb 2 at 20:14
clients present: 11/12 — QUORUM NOT MET
Quorum lost at 20:14 (11/12)"
	run at 20:20 nl status
	expect_rc 0
	expect_out_has "clients present: 11/12 — QUORUM NOT MET"
	expect_out_has "Quorum lost at 20:14 (11/12)"
	expect_out_has "lost 20:14– (still lost, 6 min)"
	expect_out_has "People: 11 present, 1 left, 0 excused, 6 not arrived"
	at 20:31 nl_ok checkin 1 "Bb 4"
	expect_out_has "QUORUM MET"
	run at 20:40 nl status 2026-03-10
	expect_out_has "lost 20:14–20:31 (17 min)"
	expect_out_has "reached at 19:05"
}

t_first_checkin_opens_a_planned_meeting() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	run at 19:02 nl checkin 2026-03-10 "Aa 1"
	expect_rc 0
	expect_out_has "Opened meeting 1 (2026-03-10 19:00)"
	expect_out_has "Checked in Aa 1 at 19:02"
	run nl meeting list
	expect_out_has "open"
}

t_checkin_refused_while_another_meeting_is_open() {
	seed_body
	nl_ok meeting add 2026-03-09
	nl_ok meeting add 2026-03-10
	nl_ok meeting open 1
	run nl checkin 2 "Aa 1"
	expect_rc 1
	expect_err_line "is still open; close it first"
}

t_double_checkin_and_stray_checkout_are_refused() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:02 nl_ok checkin 1 "Aa 1"
	run at 19:03 nl checkin 1 "Aa 1"
	expect_rc 1
	expect_err_line "Aa 1 is already present (since 19:02)"
	run nl checkout 1 "Aa 2"
	expect_rc 1
	expect_err_line "Aa 2 is not present, so cannot be checked out"
	at 19:30 nl_ok checkout 1 "Aa 1"
	run at 19:31 nl checkout 1 "Aa 1"
	expect_rc 1
	expect_err_line "Aa 1 is not present"
}

t_excuse_and_its_limits() {
	seed_body
	nl_ok meeting add 2026-03-12 19:00
	run nl excuse 2026-03-12 "Cc 4"
	expect_rc 0
	expect_out_eq "Excused Cc 4 (recorded at 19:00)"
	run nl excuse 1 "Cc 4"
	expect_rc 1
	expect_err_line "Cc 4 is already excused"
	run nl meeting list
	expect_out_has "planned"
	nl_ok meeting add 2026-03-10 19:00
	at 19:00 nl_ok checkin 2 "Aa 1"
	run at 19:30 nl excuse 2 "Aa 1"
	expect_rc 1
	expect_err_line "Aa 1 has attended this meeting, so cannot be excused"
	at 19:40 nl_ok checkout 2 "Aa 1"
	run at 19:50 nl excuse 2 "Aa 1"
	expect_rc 1
	expect_err_line "Aa 1 has attended this meeting"
}

t_excused_client_may_still_arrive() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 18:00 nl_ok excuse 1 "Aa 1"
	run at 19:10 nl checkin 1 "Aa 1"
	expect_rc 0
	run at 19:20 nl status
	expect_out_has "People: 1 present, 0 left, 0 excused"
}

t_undo_walks_back_one_action_at_a_time() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:02 nl_ok checkin 1 "Aa 2"
	at 19:03 nl_ok checkout 1 "Aa 1"
	run at 19:04 nl undo 1
	expect_rc 0
	expect_out_eq "Undone: check-out of Aa 1 at 19:03
clients present: 2/12 — QUORUM NOT MET"
	run at 19:05 nl undo 1
	expect_out_has "Undone: check-in of Aa 2 at 19:02"
	run at 19:06 nl undo 1
	expect_out_has "Undone: check-in of Aa 1 at 19:01"
	run nl undo 1
	expect_rc 1
	expect_err_line "nothing to undo in meeting 1"
	run at 19:07 nl checkin 1 "Aa 1"
	expect_rc 0
}

t_undo_of_a_checkout_that_lost_the_quorum() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 2
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 19:01 nl_ok checkin 1 "Aa 2"
	at 19:30 nl_ok checkout 1 "Aa 2"
	expect_out_has "Quorum lost at 19:30 (1/2)"
	run at 19:31 nl undo 1
	expect_out_has "clients present: 2/2 — QUORUM MET"
	run at 19:32 nl status
	expect_out_lacks "lost 19:30"
}

t_back_dated_events_with_at() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 2
	run at 20:00 nl checkin 1 "Aa 1" --at 19:10
	expect_rc 0
	expect_out_has "Checked in Aa 1 at 19:10"
	at 20:00 nl_ok checkin 1 "Aa 2" --at 19:20
	at 20:00 nl_ok checkout 1 "Aa 2" --at 19:40
	run at 20:00 nl checkin 1 "Aa 2" --at 19:30
	expect_rc 1
	expect_err_line "Aa 2 is already present (since 19:20)"
	run at 20:05 nl status
	expect_out_has "reached at 19:20"
	expect_out_has "lost 19:40– (still lost, 25 min)"
}

t_late_entry_reports_when_the_quorum_really_changed() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 2
	at 20:00 nl_ok checkin 1 "Aa 1" --at 19:30
	# Entered late: Aa 2 came at 19:10, but the quorum of two was only
	# met when Aa 1 arrived at 19:30.
	run at 20:00 nl checkin 1 "Aa 2" --at 19:10
	expect_out_has "Checked in Aa 2 at 19:10"
	expect_out_has "Quorum met at 19:30 (2/2)"
	at 20:00 nl_ok checkin 1 "Aa 3" --at 19:45
	at 20:00 nl_ok checkout 1 "Aa 3" --at 19:50
	# Aa 1 left at 19:40, but Aa 3 kept the quorum until 19:50.
	run at 20:00 nl checkout 1 "Aa 1" --at 19:40
	expect_out_has "Checked out Aa 1 at 19:40"
	expect_out_has "Quorum lost at 19:50 (1/2)"
}

t_at_must_be_a_real_past_time() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	for bad in 24:00 7pm 19.30 ""; do
		run at 20:00 nl checkin 1 "Aa 1" --at "$bad"
		expect_rc 2
		expect_err_line "is not a time HH:MM"
	done
	run at 20:00 nl checkin 1 "Aa 1" --at 20:30
	expect_rc 1
	expect_err_line "that time is in the future"
}

t_other_days_need_a_time() {
	seed_body
	nl_ok meeting add 2026-03-01 19:00
	run nl checkin 2026-03-01 "Aa 1"
	expect_rc 1
	expect_err_line "meeting 1 is on 2026-03-01, not today: give the time with --at HH:MM"
	run nl checkin 2026-03-01 "Aa 1" --at 19:05
	expect_rc 0
}

t_inactive_people_cannot_check_in() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok member deactivate "Aa 1"
	run nl checkin 1 "Aa 1"
	expect_rc 1
	expect_err_line "Aa 1 is inactive (reactivate with: notulist member activate 1)"
}

t_guests_and_chair_do_not_count() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	nl_ok checkin 1 "Voorzitter Een"
	expect_out_has "clients present: 0/1 — QUORUM NOT MET"
	nl_ok checkin 1 "Gast Twee"
	expect_out_has "clients present: 0/1"
	nl_ok checkin 1 "Cc 1"
	expect_out_has "clients present: 1/1 — QUORUM MET"
}

t_counting_roles_setting_changes_the_count() {
	seed_body
	nl_ok config set counting_roles client,guest
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	nl_ok checkin 1 "Gast Twee"
	expect_out_has "clients present: 1/1 — QUORUM MET"
}

t_status_shows_balance_bars_and_verdicts() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	for who in "Aa 1" "Aa 2" "Aa 3" "Aa 4" "Aa 5" "Aa 6" "Bb 1" "Bb 2"; do
		at 19:05 nl_ok checkin 1 "$who"
	done
	run at 19:10 nl status
	expect_rc 0
	# 8 present; weights 2:1:1 expect 4, 2, 2.  Bars scale to the largest
	# number (6): '#' present, '|' expected.
	expect_out_has "Aa            [#############|#######]   6 /  4.0  ok"
	expect_out_has "Bb            [#######|-------------]   2 /  2.0  ok"
	expect_out_has "Cc            [-------|-------------]   0 /  2.0  absent"
	expect_out_has "overall balance: 75%"
}

t_status_without_open_meeting() {
	nl_ok init
	run nl status
	expect_rc 1
	expect_err_line "no meeting is open; name one: notulist status MEETING"
}

t_status_of_an_empty_meeting() {
	seed_body
	nl_ok meeting add 2026-03-12 19:00
	run nl status 1
	expect_rc 0
	expect_out_has "clients present: 0/12 — QUORUM NOT MET"
	expect_out_has "overall balance: - (nobody present)"
	expect_out_has "not reached (highest 0/12)"
}

t_closed_meeting_is_judged_at_its_close() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	run at 23:00 nl status 1
	expect_out_has "clients present: 1/1 — QUORUM MET"
	expect_out_has "closed"
	run at 23:00 nl checkout 1 "Aa 1" --at 20:30
	expect_rc 0
	run at 23:00 nl status 1
	expect_out_has "lost 20:30– (still lost, 30 min)"
}

# After the close only what happened before it can be recorded (a later
# event would be stored yet never counted); an excuse that arrives later
# counts as of the close; approved minutes freeze the attendance.
t_closed_meeting_takes_only_corrections_before_its_close() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	run at 21:10 nl checkin 1 "Aa 2"
	expect_rc 1
	expect_err_line "meeting 1 was closed at 21:00; only what happened before then can be recorded"
	run at 21:10 nl checkout 1 "Aa 1" --at 21:05
	expect_rc 1
	expect_err_line "meeting 1 was closed at 21:00; only what happened before then can be recorded"
	run at 21:10 nl checkin 1 "Aa 2" --at 19:30
	expect_rc 0
	run at 21:20 nl excuse 1 "Bb 1"
	expect_rc 0
	expect_out_eq "Excused Bb 1 (recorded at 21:00)"
	run at 21:30 nl export attendance --meeting 1
	expect_out_has "Bb 1,Bb,client,excused"
	expect_out_has "Aa 2,Aa,client,present,2026-03-10 19:30:00,2026-03-10 21:00:00"
	run at 21:40 nl undo 1
	expect_rc 0
	expect_out_has "Undone: excuse of Bb 1"
	export NOTULIST_NOW="2026-03-11 12:00:00"
	nl_ok meeting approve 1
	local approved="the minutes of meeting 1 were approved on 2026-03-11; its record can no longer change"
	run nl checkin 1 "Cc 1" --at 19:30
	expect_rc 1
	expect_err_line "$approved"
	run nl excuse 1 "Cc 2"
	expect_rc 1
	expect_err_line "$approved"
	run nl undo 1
	expect_rc 1
	expect_err_line "$approved"
	run nl status 1
	expect_out_has "People: 2 present, 0 left, 0 excused"
}

t_leaving_as_the_meeting_closes_is_no_lapse() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 21:00 nl_ok checkout 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	run at 23:00 nl status 1
	expect_out_lacks "lost 21:00"
	expect_out_lacks "Quorum lost"
}

t_status_output_is_plain_text_in_a_pipe() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:05 nl_ok checkin 1 "Aa 1"
	at 19:10 nl status 1 | cat >"$T/status.txt"
	grep -q $'\e' "$T/status.txt" && fail "escape codes in piped output"
	grep -q "clients present: 1/12" "$T/status.txt" || fail "no quorum line"
}

t_config_validates() {
	run nl config set quorum_min 0
	expect_rc 1
	expect_err_line 'quorum_min: "0" must be a whole number'
	run nl config set colour blue
	expect_rc 1
	expect_err_line 'unknown setting "colour"'
	nl_ok config set balance_tolerance 0.5
	run nl config get balance_tolerance
	expect_out_eq "0.5"
	nl_ok config reset balance_tolerance
	expect_out_eq "balance_tolerance = 1 (default)"
	run nl config list
	expect_out_has "meetings_per_year"
}

# config list: the values and the comments each start in one column, in
# terminal columns — past the longest key (an allowance key), and a value
# with ë or — counted as one column each.
t_config_list_columns_align() {
	nl_ok config set gr_name "GR Zuidplas–Ĳsselë"
	nl_ok config set allowance_per_meeting.representative 12,50
	run nl config list
	expect_rc 0
	printf '%s\n' "$out" | /usr/bin/python3 -c '
import sys, unicodedata
def cols(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
import re
lines = sys.stdin.read().splitlines()
assert len(lines) > 20, lines
value = {cols(re.match(r"\S+ +", l).group(0)) for l in lines}
hash_ = {cols(l[:l.index(" # ")]) for l in lines}
assert len(value) == 1, ("values start in columns", value)
assert len(hash_) == 1, ("comments start in columns", hash_)
' || fail "columns do not align:" "$out"
	expect_out_has "allowance_per_meeting.representative 12,50"
}

# A name for a new event: a moved (inactive) namesake is no candidate; a
# name that matches nobody in full is the one active person it starts, and
# the output says who was meant; otherwise the candidates, as before.
t_a_name_for_an_event_skips_the_inactive_and_takes_a_first_name() {
	nl_ok municipality add Zuidplas
	nl_ok municipality add Capelle
	nl_ok member add "Henk Jansen" --municipality Zuidplas
	nl_ok member add "Kees de Graaf" --municipality Zuidplas
	nl_ok member add "Keesje Bos" --municipality Capelle
	nl_ok member add "Piet Klaas" --municipality Capelle
	nl_ok member add "Piet Klaassen" --municipality Capelle
	nl_ok member add "Henk Jansen" --municipality Capelle
	nl_ok member deactivate 1
	nl_ok meeting add 2026-03-10 19:00
	run at 19:05 nl checkin 1 "Henk Jansen"
	expect_rc 0
	expect_out_has "Checked in Henk Jansen at 19:05"
	run nl attendance list 1
	expect_out_has "Henk Jansen"
	[ "$(sqlite3 "$DB" 'SELECT person_id FROM attendance')" = 6 ] ||
		fail "not the active Henk Jansen"
	run at 19:06 nl checkin 1 kees
	expect_rc 0
	expect_out_has '"kees" taken as 2 Kees de Graaf (Zuidplas)
Checked in Kees de Graaf at 19:06'
	run at 19:07 nl checkin 1 keesj
	expect_out_has '"keesj" taken as 3 Keesje Bos (Capelle)'
	run at 19:08 nl checkout 1 KEES
	expect_rc 0
	expect_out_has '"KEES" taken as 2 Kees de Graaf (Zuidplas)
Checked out Kees de Graaf at 19:08'
	run at 19:09 nl checkin 1 piet
	expect_rc 1
	expect_err_line 'no person named "piet"; did you mean: 4 Piet Klaas (Capelle), 5 Piet Klaassen (Capelle)'
	# Once both are active again, the full name is ambiguous.
	nl_ok member activate 1
	run at 19:10 nl checkin 1 "Henk Jansen"
	expect_rc 1
	expect_err_line '2 people are called "Henk Jansen"; use the id: 1 Henk Jansen (Zuidplas), 6 Henk Jansen (Capelle)'
}

run_tests
