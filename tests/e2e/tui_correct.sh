#!/usr/bin/env bash
# End-to-end: correcting on the board (issue 16, on the corrections core of
# issue 14): e opens a person's events at this meeting, where s strikes
# one, t gives it another time, c clears them all and x clears them and
# marks the person excused — with the CLI's rules and messages, one
# transaction each, a refusal showing core's message; x on someone
# present offers the clear and excuse.  The questions are guarded as u.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

NOW="2026-03-10 14:05:00"

# Kees de Graaf: in 14:01, out 14:03, in again 14:04; Zoë de Vries in.
kees_in_out_in() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:00:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 14:03:00" nl_ok checkout 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 14:04:00" nl_ok checkin 1 "Kees de Graaf"
}

# go_to NAME: the board's cursor on that person, changing nothing.
go_to() {
	keys /
	type_text "$1"
	keys Right
	wait_gone "${SEARCH:-Search:}"
}

# answer KEY: after the 0.4 s in which a key cancels the question.
answer() {
	sleep 0.5
	keys "$1"
}

# The rows of `attendance list 1 PERSON`, without their ids.
events_of() {
	NOTULIST_NOW="$NOW" "$NL" -d "$DB" attendance list 1 "$1" |
		tail -n +2 | awk '{ $1 = ""; print }' | sed 's/^ //; s/  */ /g'
}

board_on_kees() {
	NOTULIST_NOW="$NOW" tui_start "${1:-80}" "${2:-24}" ${3:+"$3"}
	wait_for "2 / 12"
	go_to kees
	keys e
	wait_for "${EVENTS_OF:-Attendance events of} Kees de Graaf"
}

# The strings of these tests, in English or (with nl) in Dutch; bash's
# dynamic scope lets board_on_kees and go_to see them.
strings_in() {
	yes=y present="Clients present" nothing="Nothing changed"
	undo_strike="Undo" undo_clear="Undo"
	SEARCH="Search:" EVENTS_OF="Attendance events of"
	cin="check-in" cout="check-out"
	hint="s strike  t new time  c clear all  x clear + excused  Esc back"
	strike_out="Strike the check-out of Kees de Graaf at 14:03? y/n"
	refused="strike event 4 too, or use attendance clear"
	strike_in="Strike the check-in of Kees de Graaf at 14:04? y/n"
	struck="Struck event 4: check-in of Kees de Graaf at 14:04"
	retime="New time of the check-in of Kees de Graaf at 14:01 (HH:MM):"
	late="event 2 cannot move to 14:04: that is after Kees de Graaf's check-out at 14:03"
	moved="Moved event 2 (check-in of Kees de Graaf) from 14:01 to 13:58"
	moved_row="13:58  check-in   in force, moved from 14:01"
	clear="Clear all of Kees de Graaf's attendance at this meeting? y/n"
	cleared="Cleared the attendance of Kees de Graaf at meeting 1 (3 events struck)"
	none_left="Nothing in force: Esc goes back"
	offer="Kees de Graaf is checked in: clear that and mark them as excused? y/n"
	excused="recorded them as excused" excused_row="excused"
	[ "${1:-}" = nl ] || return 0
	yes=j present="Cliënten aanwezig" nothing="Niets veranderd"
	undo_strike="Ongedaan maken: inchecken van Kees de Graaf om 14:04 telt weer? j/n"
	undo_clear="Wissen van Kees de Graaf ongedaan maken (3 wijzigingen)? j/n"
	SEARCH="Zoeken:" EVENTS_OF="Presentieregistraties van"
	cin="inchecken" cout="uitchecken"
	hint="s schrap  t tijd  c wis alles  x wis + afgemeld  Esc terug"
	strike_out="Registratie uitchecken van Kees de Graaf om 14:03 schrappen? j/n"
	refused="registratie 4 ook, of gebruik attendance clear"
	strike_in="Registratie inchecken van Kees de Graaf om 14:04 schrappen? j/n"
	struck="Registratie 4 geschrapt: inchecken van Kees de Graaf om 14:04"
	retime="Verzet inchecken van Kees de Graaf (14:01) naar UU:MM:"
	late="registratie 2 kan niet naar 14:04: dat is na Kees de Graaf: uitchecken om 14:03"
	moved="Registratie 2 (inchecken van Kees de Graaf) verzet van 14:01 naar 13:58"
	moved_row="13:58  inchecken   geldig, verzet van 14:01"
	clear="Alle presentie van Kees de Graaf in deze vergadering wissen? j/n"
	cleared="Presentie van Kees de Graaf bij vergadering 1 gewist (3 registraties geschrapt)"
	none_left="Niets geldig: Esc gaat terug"
	offer="Kees de Graaf is ingecheckt: dat wissen en hem of haar als afgemeld noteren? j/n"
	excused="en als afgemeld vastgelegd" excused_row="afgemeld"
}

# e_strikes COLS ROWS [nl]
e_strikes() {
	local yes present undo_strike undo_clear nothing SEARCH EVENTS_OF cin cout hint strike_out refused \
		strike_in struck retime late moved moved_row clear cleared none_left offer \
		excused excused_row
	strings_in "${3:-}"
	kees_in_out_in
	board_on_kees "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "14:01  $cin"
	wait_for "14:03  $cout"
	wait_for "14:04  $cin"
	wait_for "$hint"
	# The check-out alone would leave two check-ins in a row: core says
	# so, as for `attendance strike`, and nothing changes.
	keys Down
	keys s
	wait_for "$strike_out"
	answer $yes
	wait_for_joined "$refused"
	[ "$(events_of "Kees de Graaf" | wc -l)" = 3 ] || fail "a refused strike changed" "$(events_of "Kees de Graaf")"
	# The last check-in can go.
	keys Down
	keys s
	wait_for "$strike_in"
	answer $yes
	wait_for "$struck"
	wait_for "$present 1 / 12"
	wait_gone "14:04  $cin"
	run nl attendance list 1 "Kees de Graaf"
	expect_out_lacks "14:04"
	# Struck, not deleted: the whole log still has it.
	run nl attendance list 1 "Kees de Graaf" --all
	expect_out_has "struck at 14:05"
	# One undo brings it back.
	keys Escape
	wait_gone "$EVENTS_OF"
	keys u
	wait_for "$undo_strike"
	answer $yes
	wait_for "$present 2 / 12"
}

t_e_lists_the_events_and_s_strikes_one() { e_strikes 80 24; }
t_e_strikes_in_dutch_at_120x40() { e_strikes 120 40 nl; }
t_e_strikes_at_120x40() { e_strikes 120 40; }
t_e_strikes_in_dutch() { e_strikes 80 24 nl; }

# ? in the events lists their keys; Esc, e and b go back.
t_help_lists_the_event_keys_and_esc_goes_back() {
	kees_in_out_in
	board_on_kees
	keys "?"
	wait_for "strike the highlighted event (after asking)"
	wait_for "clear them and mark the person excused (after asking)"
	keys End
	wait_for "cancel a search, question or form (as Esc); elsewhere quit"
	keys Escape
	wait_gone "notulist — keys"
	keys b
	wait_gone "Attendance events of"
	wait_for "Spc in/out"
	keys e
	wait_for "Attendance events of Kees de Graaf"
	keys e
	wait_gone "Attendance events of"
}

# Another meeting's board does not keep the events of this one open.
t_another_meeting_closes_the_events() {
	kees_in_out_in
	NOTULIST_NOW="2026-03-10 15:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-03-10 15:01:00" nl_ok meeting add 2026-03-11 19:00
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "notulist — meetings"
	keys Home Enter
	wait_for "Meeting 1 (closed 15:00)"
	go_to kees
	keys e
	wait_for "Attendance events of Kees de Graaf"
	keys m
	wait_for "notulist — meetings"
	keys End Enter
	wait_for "Meeting 2"
	wait_gone "Attendance events of"
	keys m
	wait_for "notulist — meetings"
	keys Home Enter
	wait_for "Meeting 1 (closed 15:00)"
	screen | grep -q "Attendance events of" && fail "still open" "$(screen)"
	return 0
}

t_a_key_right_after_s_cancels_the_strike() {
	kees_in_out_in
	board_on_kees
	keys End s y
	wait_for "Nothing changed: the key came before the question could be read"
	[ "$(events_of "Kees de Graaf" | wc -l)" = 3 ] || fail "the strike happened" "$(events_of "Kees de Graaf")"
}

# e_retimes COLS ROWS [nl]
e_retimes() {
	local yes present undo_strike undo_clear nothing SEARCH EVENTS_OF cin cout hint strike_out refused \
		strike_in struck retime late moved moved_row clear cleared none_left offer \
		excused excused_row
	strings_in "${3:-}"
	kees_in_out_in
	board_on_kees "$1" "$2" ${3:+LANGUAGE=$3}
	keys t
	wait_for "$retime"
	type_text "14:04"
	keys Enter
	# Out of order with the later rows: core's refusal, nothing moved.
	wait_for "$late"
	keys t
	type_text "13:58"
	keys Enter
	wait_for "$moved"
	wait_for "$moved_row"
	events_of "Kees de Graaf" | head -1 | grep -q "^13:58 " || fail "not moved" "$(events_of "Kees de Graaf")"
}

t_t_gives_an_event_another_time() { e_retimes 80 24; }
t_t_in_dutch_at_120x40() { e_retimes 120 40 nl; }
t_t_at_120x40() { e_retimes 120 40; }
t_t_in_dutch() { e_retimes 80 24 nl; }

# e_clears COLS ROWS [nl]
e_clears() {
	local yes present undo_strike undo_clear nothing SEARCH EVENTS_OF cin cout hint strike_out refused \
		strike_in struck retime late moved moved_row clear cleared none_left offer \
		excused excused_row
	strings_in "${3:-}"
	kees_in_out_in
	board_on_kees "$1" "$2" ${3:+LANGUAGE=$3}
	keys c
	wait_for "$clear"
	answer n
	wait_for "$nothing"
	keys c
	wait_for "$clear"
	answer $yes
	wait_for "$cleared"
	wait_for "$none_left"
	wait_for "$present 1 / 12"
	[ -z "$(events_of "Kees de Graaf")" ] || fail "events left" "$(events_of "Kees de Graaf")"
	keys Escape
	keys u
	wait_for "$undo_clear"
	answer $yes
	wait_for "$present 2 / 12"
	[ "$(events_of "Kees de Graaf" | wc -l)" = 3 ] || fail "one undo did not bring back all" "$(events_of "Kees de Graaf")"
}

t_c_clears_all_and_one_undo_brings_them_back() { e_clears 80 24; }
t_c_clears_in_dutch_at_120x40() { e_clears 120 40 nl; }
t_c_clears_at_120x40() { e_clears 120 40; }
t_c_clears_in_dutch() { e_clears 80 24 nl; }

# Checked in by mistake (he sent apologies): x on him offers the clear
# and the excuse, in one command.  x_offers COLS ROWS [nl]
x_offers() {
	local yes present undo_strike undo_clear nothing SEARCH EVENTS_OF cin cout hint strike_out refused \
		strike_in struck retime late moved moved_row clear cleared none_left offer \
		excused excused_row
	strings_in "${3:-}"
	kees_in_out_in
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "2 / 12"
	go_to kees
	keys x $yes
	wait_for "${nothing}: "
	keys x
	wait_for_joined "$offer"
	answer $yes
	wait_for "$cleared"
	wait_for "$excused"
	wait_for "$present 1 / 12"
	screen | grep -F "Kees de Graaf" | grep -qF "$excused_row" || fail "Kees is not excused" "$(screen)"
	run nl status 1
	expect_out_has "1 excused"
}

t_x_on_someone_present_offers_clear_and_excuse() { x_offers 80 24; }
t_x_offers_in_dutch_at_120x40() { x_offers 120 40 nl; }
t_x_offers_at_120x40() { x_offers 120 40; }
t_x_offers_in_dutch() { x_offers 80 24 nl; }

# The same in the events panel, in Dutch, at 120×40.
t_in_dutch_at_120x40() {
	kees_in_out_in
	SEARCH="Zoeken:" EVENTS_OF="Presentieregistraties van" \
		board_on_kees 120 40 LANGUAGE=nl
	wait_for "14:03  uitchecken"
	wait_for "s schrap  t tijd  c wis alles  x wis + afgemeld  Esc terug"
	keys x
	wait_for "Kees de Graaf is ingecheckt: dat wissen en hem of haar als afgemeld noteren? j/n"
	answer j
	wait_for "en als afgemeld vastgelegd"
	run nl status 1
	expect_out_has "1 excused"
}

# An approved meeting is final: the events show, s, t, c and x are
# refused at once.
t_an_approved_meeting_refuses_at_once() {
	kees_in_out_in
	NOTULIST_NOW="2026-03-10 21:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-03-24 10:00:00" nl_ok meeting approve 1 --on 2026-03-24
	NOTULIST_NOW="2026-03-24 10:00:00" tui_start 80 24
	wait_for "notulist — meetings"
	keys Enter
	wait_for "read-only"
	go_to kees
	keys e
	wait_for "Attendance events of Kees de Graaf"
	local key
	for key in s t c x; do
		keys "$key"
		wait_for "were approved on 2026-03-24"
		screen | grep -q "y/n\|HH:MM" && fail "$key asked first" "$(screen)"
	done
	[ "$(events_of "Kees de Graaf" | wc -l)" = 3 ] || fail "changed" "$(events_of "Kees de Graaf")"
}

run_tests
