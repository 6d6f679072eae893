#!/usr/bin/env bash
# End-to-end: closed and approved meetings on the board, Ctrl-C, messages
# that belong to one view, and the warnings view in Dutch (issue 16).
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

closed_meeting() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:06:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 15:00:00" nl_ok checkout 1 "Kees de Graaf"
	NOTULIST_NOW="2026-03-10 21:40:00" nl_ok meeting close 1
}

# A closed meeting's board says when it closed, who stayed until then,
# and the quorum at the close.
closed_shows_close() {
	closed_meeting
	NOTULIST_NOW="2026-03-10 22:30:00" tui_start "$@"
	wait_for "14:00  closed"
	keys Enter
	wait_for "Meeting 1 (closed 21:40)"
	wait_for "Clients present at the close 1 / 12 — NO QUORUM"
	screen | grep -F "Zoë de Vries" | grep -qF "until 21:40" ||
		fail "Zoë is not shown until the close" "$(screen)"
	screen | grep -F "Kees de Graaf" | grep -qF "left at 15:00" ||
		fail "Kees is not shown as left" "$(screen)"
	screen | grep -q "present since" && fail "present since at a closed meeting" "$(screen)"
	keys q
}

t_a_closed_meeting_shows_its_close() { closed_shows_close 80 24; }
t_a_closed_meeting_at_120x40() { closed_shows_close 120 40; }

closed_in_dutch() {
	closed_meeting
	NOTULIST_NOW="2026-03-10 22:30:00" tui_start "$@" LANGUAGE=nl
	wait_for "gesloten"
	keys Enter
	wait_for "Vergadering 1 (gesloten 21:40)"
	wait_for "Cliënten aanwezig bij de sluiting 1 / 12 — GEEN QUORUM"
	wait_for "tot 21:40"
}

t_a_closed_meeting_in_dutch() { closed_in_dutch 80 24; }
t_a_closed_meeting_in_dutch_at_120x40() { closed_in_dutch 120 40; }

# Once the minutes are approved, Space, x, u, t, Enter, a and f are
# refused at once (no time prompt, question or form first) and the hint says the board is
# read-only.  approved_refuses COLS ROWS [nl]
approved_refuses() {
	local listed="14:00  approved 2026-03-24" hint="read-only: minutes approved"
	local refused="were approved on 2026-03-24"
	local asked="Time of\|y/n\|Walk-in\|Who stands in"
	if [ "${3:-}" = nl ]; then
		listed="14:00  vastgesteld 2026-03-24" hint="alleen lezen: verslag vastgesteld"
		refused="is vastgesteld op 2026-03-24"
		asked="moment van\|j/n\|Binnenloper\|Wie neemt"
	fi
	closed_meeting
	NOTULIST_NOW="2026-03-24 10:00:00" nl_ok meeting approve 1 --on 2026-03-24
	NOTULIST_NOW="2026-03-24 10:00:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$listed"
	keys Enter
	wait_for "$hint"
	local key
	for key in Space x u t Enter a f; do
		keys "$key"
		wait_for "$refused"
		screen | grep -q "$asked" && fail "$key asked first" "$(screen)"
		keys g b
		wait_gone "$refused"
	done
	run nl status 1
	expect_out_has "1 present, 1 left, 0 excused"
}

t_an_approved_meeting_refuses_at_once() { approved_refuses 80 24; }
t_an_approved_meeting_at_120x40() { approved_refuses 120 40; }
t_an_approved_meeting_in_dutch() { approved_refuses 80 24 nl; }
t_an_approved_meeting_in_dutch_at_120x40() { approved_refuses 120 40 nl; }

# Ctrl-C cancels a search, a question and a form as Esc does, and on the
# board without one it quits as q does.
# ctrl_c COLS ROWS [LANGUAGE=nl]
ctrl_c() {
	local present="Clients present" search="Search:" undone="Nothing undone"
	local undo="Undo the check-in of Zoë de Vries at 14:01? y/n"
	local walk_in="Walk-in: add and check in"
	if [ "${3:-}" = LANGUAGE=nl ]; then
		present="Cliënten aanwezig" search="Zoeken:" undone="Niets ongedaan gemaakt"
		undo="Inchecken van Zoë de Vries om 14:01 ongedaan maken? j/n"
		walk_in="Binnenloper: toevoegen en inchecken"
	fi
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$@"
	wait_for "$present 1 / 12"
	keys /
	type_text "zoe"
	wait_for "$search zoe"
	keys C-c
	wait_gone "$search"
	keys u
	wait_for "$undo"
	sleep 0.5
	keys C-c
	wait_for "$undone"
	keys a
	wait_for "$walk_in"
	keys C-c
	wait_gone "$walk_in"
	# Still running a second later (the full wait would take 10 s).
	[ "$(TUI_TIMEOUT=1 tui_exit_status)" = running ] || fail "Ctrl-C ended the board"
	keys C-c
	[ "$(tui_exit_status)" = 0 ] || fail "Ctrl-C did not quit with 0"
	run nl status
	expect_out_has "clients present: 1/12"
}

t_ctrl_c_cancels_and_then_quits() { ctrl_c 80 24; }
t_ctrl_c_in_dutch_at_120x40() { ctrl_c 120 40 LANGUAGE=nl; }
t_ctrl_c_at_120x40() { ctrl_c 120 40; }
t_ctrl_c_in_dutch() { ctrl_c 80 24 LANGUAGE=nl; }

# A message said in one view is gone when another view opens.
# message_stays COLS ROWS [nl]
message_stays() {
	local present="Clients present" letters="Letters are keys on the board"
	local agenda="Agenda · Meeting 1" meetings="notulist — meetings"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" letters="Letters zijn toetsen op het vergaderscherm"
		agenda="Agenda · Vergadering 1" meetings="notulist — vergaderingen"
	fi
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	type_text "Z"
	wait_for "$letters"
	keys g
	wait_for "$agenda"
	screen | grep -qF "$letters" && fail "the board's message followed" "$(screen)"
	keys b
	wait_for "$present 0 / 12"
	screen | grep -qF "$letters" && fail "the message came back" "$(screen)"
	keys m
	wait_for "$meetings"
	keys Enter
	wait_for "$present 0 / 12"
	screen | grep -qF "$letters" && fail "the message came back" "$(screen)"
	return 0
}

t_a_message_stays_with_its_view() { message_stays 80 24; }
t_a_message_stays_with_its_view_at_120x40() { message_stays 120 40; }
t_a_message_stays_with_its_view_in_dutch() { message_stays 80 24 nl; }
t_a_message_stays_with_its_view_in_dutch_at_120x40() { message_stays 120 40 nl; }

# The warnings view speaks the board's language — levels and categories
# too ("WAARSCHUWING leden:", "opvolging:") — and wraps a long line
# instead of cutting it.  A meeting in February that nobody came to, an
# overdue action from it: warnings of every kind.
# warnings_view COLS ROWS [nl]
warnings_view() {
	local flag="continuity warnings — press w" level="WARN  "
	local meetings="meetings:" quorum="quorum:" members="members:" follow="follow-up:"
	local english="WAARSCHUWING\|vergaderingen:\|leden:\|opvolging:" lang=en
	if [ "${3:-}" = nl ]; then
		flag="continuïteitswaarschuwingen — druk op w" level="WAARSCHUWING "
		meetings="vergaderingen:" quorum="quorum:" members="leden:" follow="opvolging:"
		english="WARN\|meetings:\|members:\|follow-up:" lang=nl
	fi
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok meeting add 2026-02-10 14:00
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok action add 2 "Klachtenformulier opvragen" --owner GR --due 2026-02-20
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok checkin 2 "Zoë de Vries" --at 14:01
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok meeting close 2 --at 16:00
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$flag"
	keys w
	wait_for "$level$meetings"
	wait_for "$level$quorum"
	wait_for "$level$members"
	screen | grep -q "$english" && fail "the other language in the view" "$(screen)"
	# The CLI's first line, without its fixed "WARN  meetings: " label:
	# its words are all on the screen, in order, wrapped or not.
	run env NOTULIST_NOW="2026-03-10 14:05:00" "$NL" -d "$DB" --lang "$lang" check
	local text
	text=$(printf '%s\n' "$out" | head -1 | sed 's/^[A-Z]*  *[a-z-]*: //')
	wait_for_joined "$text"
	keys End
	wait_for "$level$follow"
	screen | grep -q "$english" && fail "the other language in the view" "$(screen)"
	return 0
}

t_warnings_view_wraps() { warnings_view 80 24; }
t_warnings_view_at_120x40() { warnings_view 120 40; }
t_warnings_view_in_dutch_wraps() { warnings_view 80 24 nl; }
t_warnings_view_in_dutch_at_120x40() { warnings_view 120 40 nl; }

run_tests
