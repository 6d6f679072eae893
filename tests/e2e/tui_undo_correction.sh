#!/usr/bin/env bash
# End-to-end: u on the board after a correction (a strike, a new time, a
# clear — made on the board or with `notulist attendance`) asks about that
# correction, not about an excuse that never happened, in English and
# Dutch; y takes it back, and what was corrected counts again.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

NOW="2026-03-10 14:20:00"

# Kees de Graaf checked in at 14:06, then Zoë de Vries at 14:07.
two_in() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:06:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 14:07:00" nl_ok checkin 1 "Zoë de Vries"
}

event_of() {
	NOTULIST_NOW="$NOW" "$NL" -d "$DB" attendance list 1 "$1" |
		awk 'NR == 2 { print $1 }'
}

# board [LANGUAGE=nl]: the board, the quorum line shown.
board() {
	NOTULIST_NOW="$NOW" tui_start 80 24 "$@"
	wait_for "2 / 12"
}

answer() {
	sleep 0.5
	keys "$1"
}

t_u_after_a_new_time_asks_to_put_the_old_time_back() {
	two_in
	NOTULIST_NOW="$NOW" nl_ok attendance retime "$(event_of "Kees de Graaf")" 14:02
	board
	keys u
	wait_for "Undo: check-in of Kees de Graaf back to 14:06? y/n"
	! screen | grep -q "Undo the excuse" || fail "asks about an excuse:" "$(screen)"
	answer y
	wait_gone "back to 14:06? y/n"
	keys q
	tui_exit_status >/dev/null
	run nl attendance list 1 "Kees de Graaf"
	expect_out_has "14:06"
	expect_out_lacks "14:02"
}

t_u_after_a_strike_asks_whether_it_counts_again_in_dutch() {
	two_in
	NOTULIST_NOW="$NOW" nl_ok attendance strike "$(event_of "Zoë de Vries")"
	NOTULIST_NOW="$NOW" tui_start 80 24 LANGUAGE=nl
	wait_for "1 / 12"
	keys u
	wait_for "Ongedaan maken: inchecken van Zoë de Vries om 14:07 telt weer? j/n"
	answer j
	wait_for "2 / 12"
}

t_u_after_a_clear_names_the_clearing_and_n_keeps_it() {
	two_in
	NOTULIST_NOW="2026-03-10 14:10:00" nl_ok checkout 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" nl_ok attendance clear 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "1 / 12"
	keys u
	wait_for "Undo the clearing of Kees de Graaf (2 changes)? y/n"
	answer n
	wait_for "Nothing undone"
	keys q
	tui_exit_status >/dev/null
	run nl attendance list 1 "Kees de Graaf"
	expect_out_has "Nothing recorded at meeting 1"
}

# The Dutch question for a new time fits 80 columns whole, with room left
# to type the time.
t_the_dutch_new_time_question_fits_80_columns() {
	two_in
	NOTULIST_NOW="$NOW" tui_start 80 24 LANGUAGE=nl
	wait_for "2 / 12"
	keys /
	type_text "kees"
	keys Right
	wait_gone "Zoeken:"
	keys e
	wait_for "Presentieregistraties van Kees de Graaf"
	keys t
	wait_for "Verzet inchecken van Kees de Graaf (14:06) naar UU:MM:"
	! screen | grep "naar UU" | grep -q "…" || fail "cut:" "$(screen | tail -3)"
	keys C-u
	type_text "14:03"
	keys Enter
	wait_for "van 14:06 naar 14:03"
}

run_tests
