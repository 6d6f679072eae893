#!/usr/bin/env bash
# End-to-end: the live board, driven through a real terminal (tmux).
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

TWELVE="zoe anais noel joelle daniel rene fatima priya kees marieke ahmed lois"

demo() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

# check_in_by_search NAME: "/", the name, Enter — as a person would (Enter
# on someone present asks before checking them out).
check_in_by_search() {
	keys /
	type_text "$1"
	wait_for "Search: $1"
	keys Enter
}

# go_to NAME: the search's → puts the cursor on the best match and changes
# nothing.
go_to() {
	keys /
	type_text "$1"
	wait_for "Search: $1"
	keys Right
	wait_gone "Search:"
}

# go_to_in PROMPT NAME: go_to, with the search's prompt in the board's
# language.
go_to_in() {
	keys /
	type_text "$2"
	wait_for "$1 $2"
	keys Right
	wait_gone "$1"
}

# confirm QUESTION: waits for a guarded question, lets the 0.4 s in which
# a key only cancels it pass, and answers y.
confirm() {
	wait_for "$1"
	sleep 0.5
	keys y
}

# twelve_in_at_14_05: the quorum, checked in through the CLI at 14:05.
twelve_in_at_14_05() {
	local name
	for name in "Zoë de Vries" "Anaïs Bakker" "Noël Jansen" "Joëlle Visser" \
		"Daniël Smit" "René Mulder" "Fatima el Amrani" "Priya Ramdin" \
		"Kees de Graaf" "Marieke Bos" "Ahmed Benali" "Loïs Hendriks"; do
		NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "$name"
	done
}

t_opens_on_the_meeting_list_and_enter_opens_the_meeting() {
	demo
	NOTULIST_NOW="2026-03-10 14:01:00" tui_start 80 24
	wait_for "notulist — meetings"
	wait_for "Tue 10 Mar 2026  14:00  planned"
	keys Enter
	wait_for "Clients present 0 / 12 — NO QUORUM"
	wait_for "Meeting 1 is open"
	run nl meeting list
	expect_out_has "open"
}

t_twelve_clients_by_search_meet_the_quorum() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present 0 / 12"
	local n=0 name
	for name in $TWELVE; do
		check_in_by_search "$name"
		n=$((n + 1))
		wait_for "Clients present $n / 12"
	done
	wait_for "Clients present 12 / 12 — quorum met"
	wait_for "Quorum reached at 14:05 (12/12)"
	run nl status
	expect_out_has "clients present: 12/12 — QUORUM MET"
}

t_check_out_shows_the_loss_with_its_time_then_undo() {
	demo
	twelve_in_at_14_05
	NOTULIST_NOW="2026-03-10 20:14:00" tui_start 80 24
	wait_for "Clients present 12 / 12 — quorum met"
	check_in_by_search "noel"
	confirm "This drops the quorum to 11/12. Check out Noël Jansen (present since 14:05)?"
	wait_for "Quorum lost at 20:14 (11/12)"
	wait_for "NO QUORUM, lost at 20:14"
	wait_for "left at 20:14"
	keys u
	confirm "Undo the check-out of Noël Jansen at 20:14? y/n"
	wait_for "Undone: check-out of Noël Jansen at 20:14"
	wait_for "Clients present 12 / 12 — quorum met"
	run nl status
	expect_out_has "12/12 — QUORUM MET"
}

# An undo late in the evening says what it took back and the quorum now,
# not when the quorum was restored hours before (20:35).
t_undo_says_what_it_changed_and_the_quorum_now() {
	demo
	twelve_in_at_14_05
	NOTULIST_NOW="2026-03-10 20:14:00" nl_ok checkout 1 "Noël Jansen"
	NOTULIST_NOW="2026-03-10 20:35:00" nl_ok checkin 1 "Noël Jansen"
	NOTULIST_NOW="2026-03-10 22:00:00" tui_start 80 24
	wait_for "Clients present 12 / 12 — quorum met"
	check_in_by_search "kees"
	confirm "Check out Kees de Graaf"
	wait_for "Quorum lost at 22:00 (11/12)"
	keys u
	confirm "Undo the check-out of Kees de Graaf at 22:00? y/n"
	wait_for "Undone: check-out of Kees de Graaf at 22:00 — quorum met again (12/12)"
	if screen | grep -F "Undone:" | grep -qF "20:35"; then
		fail "the message quotes 20:35" "$(screen)"
	fi
	keys u
	confirm "Undo the check-in of Noël Jansen at 20:35? y/n"
	wait_for "Undone: check-in of Noël Jansen at 20:35 — quorum lost (11/12)"
	keys u
	confirm "Undo the check-out of Noël Jansen at 20:14? y/n"
	wait_for "Undone: check-out of Noël Jansen at 20:14 — quorum met again (12/12)"
	keys u
	confirm "Undo the check-in of Loïs Hendriks at 14:05? y/n"
	wait_for "Undone: check-in of Loïs Hendriks at 14:05 — quorum lost (11/12)"
	keys u
	confirm "Undo the check-in of Ahmed Benali at 14:05? y/n"
	wait_for "Undone: check-in of Ahmed Benali at 14:05 — quorum not met (10/12)"
}

# The overall balance figure means nothing after the first arrival (one
# person of three municipalities would be "33 %"): it appears once some
# municipality is expected to have a whole person there, and ? explains it.
t_overall_balance_only_once_someone_is_expected() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Balance — nobody present yet"
	check_in_by_search "zoe"
	wait_for "Clients present 1 / 12"
	wait_for "Balance — too few present yet"
	if screen | grep -q "overall [0-9]"; then
		fail "a figure after one arrival" "$(screen)"
	fi
	run nl status
	expect_out_has "overall balance: - (too few present yet)"
	check_in_by_search "anais"
	wait_for "Clients present 2 / 12"
	wait_for "Balance — overall 60%"
	keys "?"
	wait_for "notulist — keys"
	keys End
	wait_for "100: clients present spread as the weights expect;"
	wait_for "60: 40% of them would have to be from elsewhere"
	keys q
	tui_exit_status >/dev/null   # the board has let go of the database
	run nl status
	expect_out_has "overall balance: 60%"
}

t_excuse_marks_the_person() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	go_to "gulsen"
	keys x
	confirm "Mark Gülşen Demir as excused? y/n"
	wait_for "Excused Gülşen Demir"
	wait_for "excused"
	run nl status
	expect_out_has "1 excused"
}

# A message longer than the screen is wide wraps over up to three lines,
# as in the record views, instead of being cut at column 80.
t_a_long_message_wraps_instead_of_being_cut() {
	demo
	nl_ok meeting open 1
	nl_ok member add "Maria Wilhelmina Johanna van den Berg-Oudshoorn tot Ouderkerk" \
		--municipality Zuidplas
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	check_in_by_search "oudshoorn"
	wait_for "Checked in Maria Wilhelmina Johanna van den Berg-Oudshoorn tot Ouderkerk at"
	screen | grep -qx "14:05" || fail "the end of the message is not on the next line" "$(screen)"
}

# A closed meeting's board still answers keys, but a check-in "now" comes
# after its close: the warnings line says why and nothing is stored.
t_closed_meeting_refuses_a_check_in_after_its_close() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 16:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-03-10 16:30:00" tui_start 80 24
	wait_for "14:00  closed"
	keys Enter
	wait_for "Meeting 1 (closed 16:00)"
	wait_for "Clients present at the close 1 / 12"
	check_in_by_search "kees"
	wait_for "meeting 1 was closed at 16:00; only what happened before then can be recorded"
	wait_for "Clients present at the close 1 / 12"
	run nl status 1
	expect_out_has "People: 1 present, 0 left, 0 excused"
}

t_search_is_accent_and_case_insensitive_and_esc_cancels() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	keys /
	type_text "ZOE"
	wait_for "Search: ZOE"
	keys Enter
	wait_for "Checked in Zoë de Vries"
	keys /
	type_text "xyzzy"
	wait_for 'No name matches "xyzzy"'
	keys Escape
	wait_gone "Search:"
}

t_walk_in_is_added_and_checked_in() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present 0"
	keys a
	wait_for "Walk-in: add and check in"
	type_text "Jeroen Loopbinnen"
	keys Enter
	wait_for "< member >"
	keys Enter
	type_text "Z"
	wait_for "< Zuidplas >"
	keys Enter Enter
	wait_for "Added and checked in Jeroen Loopbinnen"
	wait_for "Clients present 1 / 12"
	run nl member list
	expect_out_has "Jeroen Loopbinnen            Zuidplas"
}

t_walk_in_errors_stay_in_the_form() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	keys a
	wait_for "Walk-in"
	keys Enter Enter Enter Enter
	wait_for "name is empty"
	keys Escape
	wait_gone "Walk-in"
}

# Issue 15: the walk-in form asks "member or guest?"; a guest is checked in
# for this meeting only and never counted.
# walk_in_guest COLS ROWS [nl]
walk_in_guest() {
	local present="Clients present" ask="Member or guest?"
	local choice="< one-time guest (not counted) >"
	local els="Guest Els de Wit (GGD) arrived at 14:05; not counted for the quorum"
	local apart="One-time guests (not counted)" row="Els de Wit (GGD) — arrived at 14:05"
	local piet="Guest Piet Gast arrived at 14:05; not counted for the quorum"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" ask="Lid of gast?"
		choice="< eenmalige gast (telt niet mee) >"
		els="Gast Els de Wit (GGD) aangekomen om 14:05; telt niet mee voor het quorum"
		apart="Eenmalige gasten (tellen niet mee)" row="Els de Wit (GGD) — aangekomen om 14:05"
		piet="Gast Piet Gast aangekomen om 14:05; telt niet mee voor het quorum"
	fi
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0"
	keys a
	wait_for "$ask"
	type_text "Els de Wit"
	keys Enter Right
	wait_for "$choice"
	# A guest is asked for an organisation, not a municipality or role.
	keys Enter
	type_text "GGD"
	keys Enter
	wait_for "$els"
	wait_for "$present 0 / 12"
	# The board lists the guest apart, not among those who count.
	keys End
	wait_for "$apart"
	wait_for "$row"
	run nl member list --all
	expect_out_lacks "Els de Wit"
	NOTULIST_NOW="2026-03-10 14:06:00" run nl minutes 1
	expect_out_has "Guests: Els de Wit (GGD)"
	# Without an organisation, two Enters after the choice.
	keys a
	wait_for "$ask"
	type_text "Piet Gast"
	keys Enter Right Enter Enter
	wait_for "$piet"
}

t_walk_in_guest_is_not_counted() { walk_in_guest 80 24; }
t_walk_in_guest_in_dutch_at_120x40() { walk_in_guest 120 40 nl; }
t_walk_in_guest_at_120x40() { walk_in_guest 120 40; }
t_walk_in_guest_in_dutch() { walk_in_guest 80 24 nl; }

# The strings of the walk-in and stand-in tests, in English or (with nl)
# in Dutch; bash's dynamic scope lets the callers see them.
seat_strings() {
	present="Clients present" walk_in="Walk-in: add and check in"
	member="< member >" role="ss" stand_in="< stand-in >"
	offer="Zoë de Vries (Capelle aan den IJssel) is already a member:"
	zoe_in="Checked in Zoë de Vries at 14:05" search="Search:"
	who="Who stands in for Kees de Graaf?" whose="Walk-in stand-in: whose seat?"
	jan_in="Checked in Jan Smit, standing in for Kees de Graaf"
	jan_row="Jan Smit (for Kees de Graaf)"
	again="Jan Smit already stands in for Kees de Graaf"
	new_in="Checked in Nieuwe Invaller, standing in for Kees de Graaf"
	[ "${1:-}" = nl ] || return 0
	present="Cliënten aanwezig" walk_in="Binnenloper: toevoegen en inchecken"
	member="< lid >" role="p" stand_in="< plaatsvervanger >"
	offer="Zoë de Vries (Capelle aan den IJssel) is al lid:"
	zoe_in="Zoë de Vries ingecheckt om 14:05" search="Zoeken:"
	who="Wie neemt de plaats in van Kees de Graaf?"
	whose="Binnenloper is plaatsvervanger: wiens plaats?"
	jan_in="Jan Smit ingecheckt, als plaatsvervanger van Kees de Graaf"
	jan_row="Jan Smit (voor Kees de Graaf)"
	again="Jan Smit neemt bij deze vergadering al de plaats in van"
	new_in="Nieuwe Invaller ingecheckt, als plaatsvervanger van Kees de Graaf"
}

SEAT_LOCALS="present walk_in member role stand_in offer zoe_in search who whose jan_in jan_row again new_in"

# A walk-in with a member's name offers to check that member in.
# walk_in_offer COLS ROWS [nl]
walk_in_offer() {
	local $SEAT_LOCALS
	seat_strings "${3:-}"
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0"
	keys a
	wait_for "$walk_in"
	type_text "zoë de vries"
	# The offer comes as the name is left; Enter takes it.
	keys Enter
	# Name and municipality, as the board shows people; no id.
	wait_for "$offer"
	screen | grep -q "1 Zoë de Vries" && fail "the offer shows the member's id" "$(screen)"
	keys Enter
	wait_for "$zoe_in"
	wait_for "$present 1 / 12"
	run nl member list --all
	[ "$(printf '%s\n' "$out" | grep -ci 'zoë de vries')" = 1 ] ||
		fail "a second Zoë" "$out"
}

t_walk_in_with_a_members_name_offers_to_check_them_in() { walk_in_offer 80 24; }
t_walk_in_offer_at_120x40() { walk_in_offer 120 40; }
t_walk_in_offer_in_dutch() { walk_in_offer 80 24 nl; }
t_walk_in_offer_in_dutch_at_120x40() { walk_in_offer 120 40 nl; }

# f on an absent member: who stands in; the row says "(for …)" and the
# stand-in counts once.  stand_in_f COLS ROWS [nl]
stand_in_f() {
	local $SEAT_LOCALS
	seat_strings "${3:-}"
	demo
	nl_ok member add "Jan Smit" --municipality "Capelle aan den IJssel" --role stand-in
	nl_ok member add "Maria Wilhelmina Johanna van den Berg-Oudshoorn" \
		--municipality "Krimpen aan den IJssel" --role stand-in
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:00:00" nl_ok excuse 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0"
	go_to_in "$search" "Kees de"
	keys f
	wait_for "$who"
	wait_for "< Jan Smit (Capelle aan den IJssel) >"
	# A choice too long for the box ends in "…", inside its arrows.
	keys Right
	wait_for "< Maria Wilhelmina Johanna"
	screen | grep -F "< Maria Wilhelmina Johanna" | grep -qF "… >" ||
		fail "a long choice is cut without …" "$(screen)"
	keys Left
	wait_for "< Jan Smit (Capelle aan den IJssel) >"
	keys Enter
	wait_for "$jan_in"
	wait_for "$jan_row"
	wait_for "$present 1 / 12"
	go_to_in "$search" "Zoë de"
	keys f Enter
	wait_for "$again"
	keys Escape
	run nl status 1
	expect_out_has "clients present: 1/12"
}

t_stand_in_takes_a_seat_with_f() { stand_in_f 80 24; }
t_stand_in_with_f_at_120x40() { stand_in_f 120 40; }
t_stand_in_with_f_in_dutch() { stand_in_f 80 24 nl; }
t_stand_in_with_f_in_dutch_at_120x40() { stand_in_f 120 40 nl; }

# A walk-in who is a stand-in is asked whose seat they take.
# walk_in_stand_in COLS ROWS [nl]
walk_in_stand_in() {
	local $SEAT_LOCALS
	seat_strings "${3:-}"
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:00:00" nl_ok excuse 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0"
	keys a
	wait_for "$walk_in"
	type_text "Nieuwe Invaller"
	keys Enter
	wait_for "$member"
	keys Enter
	type_text "C"
	wait_for "< Capelle aan den IJssel >"
	keys Enter
	type_text "$role"
	wait_for "$stand_in"
	keys Enter
	wait_for "$whose"
	type_text "K"
	wait_for "< Kees de Graaf (Capelle aan den IJssel) >"
	keys Enter
	wait_for "$new_in"
	wait_for "$present 1 / 12"
	run nl member list
	expect_out_has "Nieuwe Invaller"
}

t_walk_in_stand_in_is_asked_whose_seat() { walk_in_stand_in 80 24; }
t_walk_in_stand_in_at_120x40() { walk_in_stand_in 120 40; }
t_walk_in_stand_in_in_dutch() { walk_in_stand_in 80 24 nl; }
t_walk_in_stand_in_in_dutch_at_120x40() { walk_in_stand_in 120 40 nl; }

t_help_overlay_lists_the_keys() {
	demo
	nl_ok meeting open 1
	tui_start 80 24
	wait_for "Clients present"
	keys '?'
	wait_for "check in or out (asks first if the quorum is lost)"
	wait_for "undo the last attendance action"
	wait_for "add a walk-in"
	wait_for "a stand-in takes the seat of the highlighted"
	keys Space
	wait_gone "check in or out (asks first if the quorum is lost)"
}

t_too_small_terminal_and_back() {
	demo
	nl_ok meeting open 1
	tui_start 80 24
	wait_for "Clients present"
	resize 60 20
	wait_for "terminal too small (need 80×24)"
	resize 80 24
	wait_for "Clients present 0 / 12"
	resize 150 30
	wait_for "Balance — nobody present yet"
	wait_for "Zoë de Vries"
}

t_no_color_still_shows_everything() {
	demo
	nl_ok meeting open 1
	tui_start 80 24 NO_COLOR=1
	wait_for "Clients present 0 / 12 — NO QUORUM"
	[ -z "$(tm capture-pane -e -p -t t | grep -E $'\e\\[[0-9;]*3[0-7]m')" ] ||
		fail "colour escape codes with NO_COLOR"
}

# A check-in with the CLI in another terminal shows on the board without
# a key.  live_update COLS ROWS [nl]
live_update() {
	local present="Clients present" line="Attendance — 1 present, 0 left"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" line="Presentie — 1 aanwezig, 0 vertrokken"
	fi
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Pieter Brouwer"
	wait_for "$present 1 / 12"
	wait_for "$line"
}

t_cli_changes_appear_without_a_key() { live_update 80 24; }
t_cli_changes_appear_at_120x40() { live_update 120 40; }
t_cli_changes_appear_in_dutch() { live_update 80 24 nl; }
t_cli_changes_appear_in_dutch_at_120x40() { live_update 120 40 nl; }

t_quit_and_restart_keeps_everything() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	check_in_by_search "ilse"
	wait_for "Clients present 1 / 12"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "quit did not exit 0"
	tm kill-server
	NOTULIST_NOW="2026-03-10 14:10:00" tui_start 80 24
	wait_for "Clients present 1 / 12"
	go_to "ilse"
	wait_for "present since 14:05"
}

# One board per database: a second one is refused in one line (two boards
# would each undo the other's last action), commands still work beside the
# first, and once it quits a board opens again.
t_a_second_board_on_the_same_file_is_refused() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present 0 / 12"
	run nl
	expect_rc 1
	expect_err_line "$DB is already open on a board in another window; use that one (commands work beside it)"
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Ilse Kramer"
	wait_for "Clients present 1 / 12"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "quit did not exit 0"
	tm kill-server
	NOTULIST_NOW="2026-03-10 14:10:00" tui_start 80 24
	wait_for "Clients present 1 / 12"
}

t_kill_9_right_after_a_check_in_loses_nothing() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present"
	check_in_by_search "henk"
	wait_for "Checked in Henk Verbeek"
	kill -9 "$(tui_pid)"
	tui_exit_status >/dev/null
	tm kill-server
	run nl status
	expect_out_has "clients present: 1/12"
	NOTULIST_NOW="2026-03-10 14:06:00" tui_start 80 24
	wait_for "Clients present 1 / 12"
}

t_terminal_types() {
	demo
	nl_ok meeting open 1
	local term status
	for term in xterm-256color screen tmux-256color vt100; do
		tui_start 80 24 TERM=$term
		wait_for "Clients present 0 / 12"
		keys q
		status=$(tui_exit_status)
		[ "$status" = 0 ] || fail "TERM=$term: exit status '$status'" "$(screen)"
		tm kill-server
	done
}

t_dumb_or_missing_terminal_is_a_clear_error() {
	nl_ok init
	run env TERM=dumb script -qec "$NL -d $DB" /dev/null
	expect_out_has "TERM is unset or dumb"
	run "$NL" -d "$DB" </dev/null
	expect_rc 1
	expect_err_line "the board needs a terminal"
}

t_names_line_up_in_columns() {
	demo
	nl_ok meeting open 1
	tui_start 80 24
	wait_for "Zoë de Vries"
	local cols
	cols=$(screen | grep -E '  (Anaïs Bakker|Zoë de Vries|Kees de Graaf) ' |
		sed 's/client.*//' | while IFS= read -r line; do
			printf '%s' "$line" | wc -m
		done | sort -u | wc -l)
	[ "$cols" = 1 ] || fail "role column does not line up" "$(screen)"
}

t_works_without_utf8() {
	demo
	nl_ok meeting open 1
	tui_start 80 24 LANG=C
	wait_for "Zoe de Vries"
	wait_for "Clients present 0 / 12"
}

t_empty_database_offers_the_demo() {
	nl_ok init
	NOTULIST_NOW="2026-03-10 14:00:00" tui_start 80 24
	wait_for "This database is empty."
	# The explanation wraps at the screen's edge instead of being cut.
	wait_for "today), or n to plan a meeting"
	keys D
	wait_for "Loaded the fictional demo"
	wait_for "Tue 10 Mar 2026  14:00  planned"
}

t_plan_a_meeting_in_the_list() {
	nl_ok init
	NOTULIST_NOW="2026-03-10 14:00:00" tui_start 80 24
	wait_for "This database is empty."
	keys n
	wait_for "Plan a meeting"
	keys Enter
	type_text "19:30"
	keys Enter
	type_text "Raadzaal"
	keys Enter
	wait_for "Tue 10 Mar 2026  19:30  planned  Raadzaal"
	run nl meeting list
	expect_out_has "Raadzaal"
}

t_recording_afterwards_asks_for_the_time() {
	demo
	nl_ok meeting add 2026-03-01 19:00
	NOTULIST_NOW="2026-03-10 14:00:00" tui_start 80 24
	wait_for "Sun 1 Mar 2026   19:00  planned"
	keys Home Enter
	wait_for "Meeting 2 (open) · Sun 1 Mar 2026 19:00"
	check_in_by_search "zoe"
	wait_for "Time of check-in of Zoë de Vries (HH:MM):"
	type_text "19:07"
	keys Enter
	wait_for "present since 19:07"
}

# At half past midnight, "t 00:20" after an evening meeting is twenty past
# midnight, not the morning before the meeting; a date and time works too.
t_time_prompt_after_midnight() {
	demo
	nl_ok meeting add 2026-03-10 19:00
	NOTULIST_NOW="2026-03-10 19:05:00" nl_ok checkin 2 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 19:05:00" nl_ok checkin 2 "Kees de Graaf"
	NOTULIST_NOW="2026-03-11 00:30:00" tui_start 80 24
	wait_for "Clients present 2 / 12"
	go_to "zoe"
	keys t
	wait_for "Time of check-out of Zoë de Vries"
	type_text "00:20"
	keys Enter
	wait_for "Checked out Zoë de Vries at 00:20"
	go_to "kees"
	keys t
	wait_for "Time of check-out of Kees de Graaf"
	type_text "2026-03-11T00:25"
	keys Enter
	wait_for "Checked out Kees de Graaf at 00:25"
	run env NOTULIST_NOW="2026-03-11 00:30:00" "$NL" -d "$DB" export attendance --meeting 2
	expect_out_has "2026-03-10 19:05:00,2026-03-11 00:20:00,315,yes"
}

t_continuity_warnings_are_flagged_and_listed() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "1 continuity warning — press w"
	keys w
	wait_for "continuity warnings 2026"
	wait_for "WARN  meetings: 1 meeting held or planned in 2026; the target is 3"
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok meeting add 2026-06-10
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok meeting add 2026-10-10
	keys r
	wait_for "No continuity warnings"
	keys b
	wait_for "Clients present 0 / 12"
}

bell_flag() { tm display-message -p -t t '#{window_bell_flag}'; }

t_quorum_loss_rings_the_bell_unless_disabled() {
	demo
	nl_ok meeting add 2026-03-10 --quorum 1
	nl_ok meeting open 2
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 2 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:30:00" tui_start 80 24
	wait_for "Clients present 1 / 1"
	[ "$(bell_flag)" = 0 ] || fail "bell before anything happened"
	check_in_by_search zoe
	confirm "This drops the quorum to 0/1."
	wait_for "Quorum lost at 14:30 (0/1)"
	[ "$(bell_flag)" = 1 ] || fail "no bell when the quorum was lost"
	keys q
	tui_exit_status >/dev/null
	nl_ok config set bell off
	NOTULIST_NOW="2026-03-10 14:31:00" nl_ok checkin 2 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:32:00" tui_start 80 24
	wait_for "Clients present 1 / 1"
	check_in_by_search zoe
	confirm "This drops the quorum to 0/1."
	wait_for "Quorum lost at 14:32 (0/1)"
	[ "$(bell_flag)" = 0 ] || fail "bell rang although it is off"
}

run_tests
