#!/usr/bin/env bash
# End-to-end: the meeting record in the terminal — the agenda (g), the
# action list (c) and the advice register (v) — driven through tmux, with
# the command line as the witness of what was saved.  The user's editor is
# a small script ($VISUAL) that writes known text.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

TWELVE="zoe anais noel joelle daniel rene fatima priya kees marieke ahmed lois"
NOW="2026-03-10 14:05:00"

# The demo body with its meeting of today (1) open.
demo() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
}

# editor NAME STATUS LINE...: a fake editor that replaces the file with
# the lines and exits with STATUS; it leaves $T/NAME.ran behind.
editor() {
	local name=$1 status=$2
	shift 2
	{
		echo '#!/bin/sh'
		echo "touch '$T/$name.ran'"
		printf "printf '%%s\\\\n'"
		printf " '%s'" "$@"
		echo ' >"$1"'
		echo "exit $status"
	} >"$T/$name"
	chmod +x "$T/$name"
}

# start [EDITOR-SCRIPT]: the board at 80×24 on $NOW.
start() {
	NOTULIST_NOW="$NOW" tui_start 80 24 "VISUAL=$T/${1:-none}"
	wait_for "Clients present"
}

# agenda TITLE...: items on meeting 1 through the command line.
agenda() {
	local title
	for title in "$@"; do nl_ok agenda add 1 "$title"; done
}

# ---- the agenda ------------------------------------------------------------

t_add_an_agenda_item_with_topic_and_who_put_it_forward() {
	demo
	start
	keys g
	wait_for "The agenda is empty: press a to add an item"
	keys a
	wait_for "Add an agenda item"
	type_text "Bereikbaarheid van het loket"
	keys Enter
	type_text "t"
	wait_for "< treatment >"
	keys Enter
	type_text "ahmed benali"
	keys Enter
	wait_for "Added item 1: Bereikbaarheid van het loket"
	wait_for "1. Bereikbaarheid van het loket"
	run nl agenda list 1
	expect_out_has "treatment"
	expect_out_has "Ahmed Benali"
}

t_agenda_form_errors_stay_in_the_form() {
	demo
	start
	keys g a
	wait_for "Add an agenda item"
	type_text "Loket"
	keys Enter Enter
	type_text "Niemand Bekend"
	keys Enter
	wait_for 'no person named "Niemand Bekend"'
	keys C-u Enter
	wait_for "Added item 1: Loket"
}

t_edit_an_agenda_item() {
	demo
	agenda "Loket"
	start
	keys g e
	wait_for "Change the agenda item"
	wait_for "Loket"
	keys C-u
	type_text "Loket en post"
	keys Enter
	type_text "t"
	keys Enter
	type_text "Zoë de Vries"
	keys Enter
	wait_for "Changed item 1: Loket en post"
	run nl agenda show 1 1
	expect_out_has "Item 1 of meeting 1"
	expect_out_has "Loket en post"
	expect_out_has "Topic: treatment"
	expect_out_has "Put forward by: Zoë de Vries (client)"
}

t_note_written_in_the_editor_is_saved() {
	demo
	agenda "Opening" "Loket"
	editor ed.sh 0 "Wachttijd van meer dan 20 minuten." "Terugbellen wordt vergeten."
	start ed.sh
	keys g Down n
	wait_for "Saved the notes of item 2 (2 lines)"
	wait_for "Notes: Wachttijd van meer dan 20 minuten."
	run nl agenda show 1 2
	expect_out_has "  Wachttijd van meer dan 20 minuten."
	expect_out_has "  Terugbellen wordt vergeten."
	run nl agenda show 1 1
	expect_out_lacks "Notes:"
}

# A NUL byte from the editor would cut the note short: nothing is saved,
# the board says so, and the text waits in its private file.
t_a_nul_byte_from_the_editor_is_refused_and_kept() {
	demo
	agenda "Loket"
	nl_ok agenda note 1 1 "Eerste indruk."
	printf '#!/bin/sh\nprintf "Nieuw\\000en meer\\n" >"$1"\n' >"$T/nul.sh"
	chmod +x "$T/nul.sh"
	mkdir -m 700 "$T/run"
	NOTULIST_NOW="$NOW" tui_start 80 24 "VISUAL=$T/nul.sh" "XDG_RUNTIME_DIR=$T/run"
	wait_for "Clients present"
	keys g Enter
	wait_for "holds a NUL byte"
	local kept
	kept=$(ls "$T"/run/notulist-*/notes.md) || fail "the text was not kept"
	[ "$(head -c 5 "$kept")" = Nieuw ] || fail "the kept file differs"
	run nl agenda show 1 1
	expect_out_has "Eerste indruk."
	expect_out_lacks "Nieuw"
}

t_editor_exiting_non_zero_saves_nothing() {
	demo
	agenda "Loket"
	nl_ok agenda note 1 1 "Eerste indruk."
	editor bad.sh 3 "Dit mag niet bewaard worden."
	start bad.sh
	keys g Enter
	wait_for "exited with status 3; nothing was saved"
	[ -e "$T/bad.sh.ran" ] || fail "the editor did not run"
	run nl agenda show 1 1
	expect_out_has "Eerste indruk."
	expect_out_lacks "bewaard"
}

t_unchanged_notes_save_nothing() {
	demo
	agenda "Loket"
	nl_ok agenda note 1 1 "Eerste indruk."
	editor same.sh 0 "Eerste indruk."
	start same.sh
	keys g n
	wait_for "Item 1 is unchanged"
}

t_screen_is_restored_after_the_editor() {
	demo
	agenda "Loket"
	cat >"$T/slow.sh" <<EOF
#!/bin/sh
echo "FAKE EDITOR RUNNING"
i=0
while [ ! -e '$T/go' ] && [ \$i -lt 400 ]; do sleep 0.05; i=\$((i + 1)); done
echo "Na het bewerken." >"\$1"
EOF
	chmod +x "$T/slow.sh"
	start slow.sh
	keys g n
	wait_for "FAKE EDITOR RUNNING"
	wait_gone "Agenda · Meeting 1"
	touch "$T/go"
	wait_for "Saved the notes of item 1 (1 line)"
	wait_gone "FAKE EDITOR RUNNING"
	wait_for "Agenda · Meeting 1"
	wait_for "b Board   g Agenda   c Action list   v Advice"
	wait_for "Notes: Na het bewerken."
	keys b
	wait_for "Clients present 0 / 12"
}

t_approved_minutes_open_no_editor() {
	demo
	nl_ok meeting close 1
	nl_ok meeting add 2026-01-12 14:00
	nl_ok agenda add 2 "Brieven"
	nl_ok meeting open 2
	nl_ok meeting close 2 --at 16:00
	nl_ok meeting approve 2 --on 2026-03-10
	editor ed.sh 0 "Te laat."
	NOTULIST_NOW="$NOW" tui_start 80 24 "VISUAL=$T/ed.sh"
	wait_for "notulist — meetings"
	keys Home Enter
	wait_for "Meeting 2 (closed 16:00) · Mon 12 Jan 2026 14:00"
	keys g n
	wait_for "were approved on 2026-03-10; its record can no longer"
	[ ! -e "$T/ed.sh.ran" ] || fail "the editor ran on an approved record"
}

t_decision_on_the_prompt_line_and_empty_clears_it() {
	demo
	agenda "Loket"
	start
	keys g d
	wait_for "Decision on item 1 (empty clears it):"
	type_text "De GR wordt om een reactie gevraagd."
	keys Enter
	wait_for "Recorded the decision on item 1: Loket"
	wait_for "Decision: De GR wordt om een reactie gevraagd."
	run nl agenda show 1 1
	expect_out_has "Status: discussed"
	expect_out_has "  De GR wordt om een reactie gevraagd."
	keys d
	wait_for "(empty clears it): De GR wordt"
	keys C-u Enter
	wait_for "Cleared the decision on item 1"
	run nl agenda show 1 1
	expect_out_lacks "Decision:"
}

t_a_decision_of_several_lines_opens_the_editor() {
	demo
	agenda "Loket"
	nl_ok agenda decide 1 1 "Eerste besluit.
Tweede besluit."
	editor ed.sh 0 "Eerste besluit." "Tweede besluit." "Derde besluit."
	start ed.sh
	keys g d
	wait_for "Recorded the decision on item 1: Loket"
	[ -e "$T/ed.sh.ran" ] || fail "no editor for a decision of two lines"
	run nl agenda show 1 1
	expect_out_has "  Tweede besluit."
	expect_out_has "  Derde besluit."
}

t_a_decision_too_long_in_the_editor_saves_nothing() {
	demo
	agenda "Loket"
	nl_ok agenda decide 1 1 "Eerste besluit.
Tweede besluit."
	editor ed.sh 0 "$(head -c 2001 /dev/zero | tr '\0' x)"
	start ed.sh
	keys g d
	wait_for "the decision is too long (at most 2000 characters)"
	[ -e "$T/ed.sh.ran" ] || fail "the editor did not run"
	run nl agenda show 1 1
	expect_out_has "  Tweede besluit."
}

t_reorder_with_K_J_and_shift_arrows() {
	demo
	agenda "Opening" "Verslag" "Loket"
	start
	keys g End K
	wait_for "Moved item 3 to position 2"
	[ "$(nl agenda list 1 | awk 'NR > 1 { print $NF }' | tr '\n' ' ')" = "Opening Loket Verslag " ] ||
		fail "K did not move Loket up" "$(nl agenda list 1)"
	keys S-Up
	wait_for "Moved item 2 to position 1"
	keys J
	wait_for "Moved item 1 to position 2"
	keys S-Down
	wait_for "Moved item 2 to position 3"
	[ "$(nl agenda list 1 | awk 'NR > 1 { print $NF }' | tr '\n' ' ')" = "Opening Verslag Loket " ] ||
		fail "the cursor did not follow the item" "$(nl agenda list 1)"
}

t_mark_current_and_the_board_shows_it() {
	demo
	agenda "Opening" "Loket"
	start
	screen | grep -q "Now:" && fail "a Now: line without a current item"
	keys g Down Space
	wait_for "Now: 2. Loket"
	run nl agenda current 1
	expect_out_has "Current item of meeting 1: 2. Loket"
	keys b
	wait_for "Clients present"
	wait_for " Now: 2. Loket"
	# The line takes the attendance list's last row: 14 rows stay.
	[ "$(screen | sed -n '/── Attendance/,/ Now:/p' | wc -l)" = 16 ] ||
		fail "the attendance list lost more than one row" "$(screen)"
	keys g Space
	wait_for "No item is current now"
	keys b
	wait_gone "Now:"
}

t_status_toggles_planned_and_discussed() {
	demo
	agenda "Loket"
	start
	keys g s
	wait_for "Item 1 is discussed: Loket"
	keys s
	wait_for "Item 1 is planned: Loket"
	run nl agenda show 1 1
	expect_out_has "Status: planned"
}

t_defer_asks_then_moves_to_the_next_meeting() {
	demo
	nl_ok meeting add 2026-06-09 14:00
	agenda "Opening" "Terugbelafspraken"
	start
	keys g Down D
	wait_for 'Defer item 2 "Terugbelafspraken" to the next meeting? (y/n)'
	keys n
	wait_gone "(y/n)"
	run nl agenda list 2
	expect_out_lacks "Terugbelafspraken"
	keys D y
	# The message wraps at 80 columns.
	wait_for "Deferred item 2: Terugbelafspraken; it is item 1 of meeting 2 (Tue 9 Jun 2026)"
	wait_for "Deferred to the meeting of Tue 9 Jun 2026 (item 1 there)"
	run nl agenda list 2
	expect_out_has "Terugbelafspraken (from 2026-03-10 #2)"
}

t_a_long_message_wraps_instead_of_being_cut() {
	demo
	agenda "Terugbelafspraken"
	start
	keys g D y
	wait_for "no later meeting is"
	wait_for "move it there"
}

t_remove_asks_for_confirmation() {
	demo
	agenda "Opening" "Loket"
	start
	keys g Down X
	wait_for 'Remove item 2 "Loket" from the agenda? (y/n)'
	keys x Enter
	wait_for "(y/n)"
	keys n
	wait_gone "(y/n)"
	[ "$(nl agenda list 1 | grep -c Loket)" = 1 ] || fail "removed after n"
	keys DC
	wait_for "(y/n)"
	keys j
	wait_for "Removed item 2: Loket"
	run nl agenda list 1
	expect_out_lacks "Loket"
	expect_out_has "Opening"
}

t_add_an_action_linked_to_an_agenda_item() {
	demo
	agenda "Opening" "Loket"
	start
	keys g Down i
	wait_for "Add an action"
	wait_for "< 2. Loket >"
	type_text "Terugbelafspraken navragen"
	keys Enter
	type_text "tom schouten"
	keys Enter
	type_text "2026-04-15"
	keys Enter Enter
	wait_for "Added action #1 to item 2: Terugbelafspraken navragen"
	run nl action list
	expect_out_has "Tom Schouten"
	expect_out_has "2026-04-15"
	expect_out_has "2026-03-10 #2"
}

# ---- the action list ---------------------------------------------------------

t_add_an_action_in_the_list_and_date_errors_stay_in_the_form() {
	demo
	start
	keys c
	wait_for "No actions for this meeting: press a to add one"
	keys a
	type_text "Klachtenformulier opvragen"
	keys Enter
	type_text "GR"
	keys Enter
	type_text "2026-02-30"
	keys Enter Enter
	wait_for '"2026-02-30" is not a date YYYY-MM-DD'
	keys C-u
	type_text "2026-03-01"
	keys Enter Enter
	wait_for "the due date 2026-03-01 is before the meeting (2026-03-10)"
	keys Up C-u Enter Enter
	wait_for "Added action #1: Klachtenformulier opvragen"
	wait_for "Agreed in this meeting"
	run nl action list
	expect_out_has "Klachtenformulier opvragen"
}

t_close_reopen_and_drop_an_action() {
	demo
	nl_ok action add 1 "Klachtenformulier opvragen" --owner GR
	start
	keys c
	wait_for "Klachtenformulier opvragen"
	keys d
	wait_for "Action #1 done on Tue 10 Mar 2026: Klachtenformulier opvragen"
	run nl action list
	expect_out_has "done"
	keys o
	wait_for "Action #1 is open again"
	keys D
	wait_for "Action #1 dropped on Tue 10 Mar 2026"
	run nl action list
	expect_out_has "dropped"
	keys d
	wait_for "action 1 is already dropped (on 2026-03-10)"
}

t_carried_over_action_shows_where_it_came_from() {
	demo
	nl_ok meeting add 2026-01-12 14:00
	nl_ok agenda add 2 "Brieven"
	nl_ok action add 2 "Navragen hoe de GR brieven laat testen" --owner GR \
		--due 2026-04-01 --item 1
	nl_ok action add 1 "Nieuwe actie"
	start
	keys c
	wait_for "Agreed in this meeting"
	wait_for "Carried over from the meeting of Mon 12 Jan 2026"
	# New ones first, then the carried ones under their meeting.
	[ "$(screen | grep -oE 'Agreed in this meeting|Carried over from' |
		tr '\n' ,)" = "Agreed in this meeting,Carried over from," ] ||
		fail "not new first, then carried over" "$(screen)"
	keys End
	wait_for "Action #1 · agreed at the meeting of Mon 12 Jan 2026, item 1 ·"
}

t_overdue_action_stands_out() {
	demo
	nl_ok meeting add 2026-01-12 14:00
	nl_ok action add 2 "Navragen hoe de GR brieven laat testen" --owner GR \
		--due 2026-02-15
	nl_ok action add 1 "Nieuwe actie"
	NOTULIST_NOW="$NOW" tui_start 80 24 NO_COLOR=1
	wait_for "Clients present"
	keys c
	wait_for "OVERDUE"
	wait_for "2 open, 1 overdue"
	wait_for "Nieuwe actie"
	# The cursor is on the new action: OVERDUE is in reverse video itself.
	tm capture-pane -e -p -t t | grep 'OVERDUE' | grep -q $'\e\\[[0-9;]*7m' ||
		fail "OVERDUE does not stand out" "$(tm capture-pane -e -p -t t | grep OVERDUE | cat -v)"
	keys End
	wait_for "owner GR · due Sun 15"
	wait_for "Feb 2026 (23 days overdue)"
}

t_edit_and_remove_an_action() {
	demo
	nl_ok action add 1 "Bellen" --owner GR
	start
	keys c e
	wait_for "Change the action"
	keys C-u
	type_text "Mailen"
	keys Enter C-u
	type_text "Zoë de Vries"
	keys Enter
	type_text "2026-05-01"
	keys Enter Enter
	wait_for "Changed action #1: Mailen"
	run nl action list
	expect_out_has "Zoë de Vries"
	expect_out_has "2026-05-01"
	keys X
	wait_for 'Remove action #1 "Mailen"? (y/n)'
	keys y
	wait_for "Removed action #1: Mailen"
	run nl action list
	expect_out_lacks "Mailen"
}

# ---- the advice register ---------------------------------------------------------

t_advice_add_and_answer() {
	demo
	start
	keys v
	wait_for "No advice registered yet"
	keys a
	wait_for "Register an advice"
	wait_for "< solicited >"
	keys Enter
	type_text "Brieven in eenvoudige taal"
	keys Enter Enter Enter
	wait_for "Added advice #1 (solicited): Brieven in eenvoudige taal; answer due Tue 21 Apr"
	wait_for "No answer yet: due in 42 days"
	keys r
	wait_for "The answer to advice #1: Brieven in eenvoudige taal"
	keys Enter
	type_text "De GR laat alle standaardbrieven testen."
	keys Enter
	wait_for "Recorded the answer to advice #1, received Tue 10 Mar 2026 (in time)"
	wait_for "Answer: De GR laat alle standaardbrieven testen."
	run nl advice list
	expect_out_has "2026-03-10"
	# A recorded answer is shown again and replaced on saving.
	keys Enter
	wait_for "De GR laat alle standaardbrieven testen."
	keys Enter C-u
	type_text "Alle brieven worden getest."
	keys Enter
	wait_for "Answer: Alle brieven worden getest."
}

t_advice_overdue_and_late_stand_out() {
	demo
	nl_ok advice add "Wachttijden aan de telefoon" --kind unsolicited \
		--sent 2025-11-03 --due 2025-12-15
	nl_ok advice add "Brieven in eenvoudige taal" --kind solicited \
		--sent 2026-01-20
	nl_ok advice answer 2 --on 2026-03-05 "Alle brieven worden getest."
	start
	keys v
	wait_for "1 awaiting an answer, 1 overdue"
	wait_for "OVERDUE"
	wait_for "LATE"
	wait_for "No answer yet: 85 days overdue"
	keys Down
	wait_for "Answered on Thu 5 Mar 2026, 2 days late"
}

t_advice_edit_and_remove() {
	demo
	nl_ok advice add "Kwijtschelding" --kind solicited --sent 2026-03-01
	start
	keys v e
	wait_for "Change the advice"
	keys Right Enter
	keys C-u
	type_text "Kwijtschelding gemeentelijke belastingen"
	keys Enter Enter C-u
	type_text "2026-05-01"
	keys Enter
	wait_for "Changed advice #1 (unsolicited): Kwijtschelding gemeentelijke belastingen;"
	wait_for "answer due Fri 1 May 2026"
	run nl advice list
	expect_out_has "unsolicited"
	keys DC
	wait_for 'Remove advice #1 "Kwijtschelding gemeentelijke belastingen"? (y/n)'
	keys y
	wait_for "Removed advice #1"
	run nl advice list
	expect_out_lacks "Kwijtschelding"
}

# ---- moving around -------------------------------------------------------------------

t_help_lists_the_new_keys() {
	demo
	start
	keys '?'
	wait_for "agenda: notes, decisions, the current item"
	wait_for "action list, with those carried over"
	wait_for "advice register"
	keys Space g '?'
	wait_for "move the item up / down"
	wait_for "K/J, S-↑/↓"
	wait_for "defer to the next meeting (asks first)"
	wait_for "write the notes in your editor"
	wait_for "remove the item (asks first)"
	keys End
	wait_for "Ctrl-L"
	keys Space c '?'
	wait_for "mark it done (today)"
	keys Space v '?'
	wait_for "record the answer"
	keys Space b m '?'
	wait_for "close the open meeting now (asks first)"
}

# The agenda's help is longer than 80×24 allows: it scrolls to its last
# line (and back) instead of losing it, and a key that does not scroll
# closes it.
t_help_longer_than_the_screen_scrolls_to_its_last_line() {
	demo
	start
	keys g '?'
	wait_for "add an item (title, topic, put forward by)"
	wait_for "Lines 1–17 of 21"
	screen | grep -qF "redraw the screen" && fail "the last line fits after all"
	keys End
	wait_for "redraw the screen"
	wait_for "Lines 5–21 of 21"
	wait_gone "add an item (title, topic, put forward by)"
	keys Home
	wait_for "add an item (title, topic, put forward by)"
	keys PageDown
	wait_for "redraw the screen"
	keys Up
	wait_for "Lines 4–20 of 21"
	keys Escape
	wait_gone "Lines 4–20 of 21"
	wait_for "Agenda · Meeting 1"
	# Opened again, it starts at the top.
	keys '?'
	wait_for "Lines 1–17 of 21"
}

t_views_switch_and_esc_goes_back() {
	demo
	start
	keys g
	wait_for "Agenda · Meeting 1"
	keys c
	wait_for "Action list · Meeting 1"
	keys v
	wait_for "Advice register · Meeting 1"
	keys g
	wait_for "Agenda · Meeting 1"
	keys Escape
	wait_for "Clients present 0 / 12"
	keys v b
	wait_for "Clients present 0 / 12"
	keys c
	wait_for "Action list"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "q in a view did not quit"
}

# g, c and v open their views and never start a search; / then finds.
# letters_gcv COLS ROWS [nl]
letters_gcv() {
	local present="Clients present" search="Search:" agenda="Agenda · Meeting 1"
	local actions="Action list · Meeting 1" advice="Advice register · Meeting 1"
	local ask="Mark Gülşen Demir as excused? y/n" yes=y done="Excused Gülşen Demir"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" search="Zoeken:" agenda="Agenda · Vergadering 1"
		actions="Actielijst · Vergadering 1" advice="Adviesregister · Vergadering 1"
		ask="Gülşen Demir als afgemeld noteren? j/n" yes=j done="Gülşen Demir afgemeld"
	fi
	demo
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present"
	local key view
	for key in g c v; do
		case $key in g) view=$agenda ;; c) view=$actions ;; v) view=$advice ;; esac
		keys b "$key"
		wait_for "$view"
		screen | grep -qF "$search" && fail "$key started a search" "$(screen)"
	done
	keys b /
	type_text "gulsen"
	keys Right x
	wait_for "$ask"
	sleep 0.5
	keys $yes
	wait_for "$done"
}

t_letters_g_c_v_no_longer_start_a_search() { letters_gcv 80 24; }
t_letters_g_c_v_at_120x40() { letters_gcv 120 40; }
t_letters_g_c_v_in_dutch() { letters_gcv 80 24 nl; }
t_letters_g_c_v_in_dutch_at_120x40() { letters_gcv 120 40 nl; }

t_resize_in_a_view() {
	demo
	nl_ok agenda add 1 "Loket" --topic treatment --by "Ahmed Benali"
	start
	keys g
	wait_for "1. Loket"
	resize 120 30
	wait_for "treatment"
	resize 60 20
	wait_for "terminal too small (need 80×24)"
	resize 80 24
	wait_for "1. Loket"
	wait_for "a add  n notes"
}

t_cli_changes_appear_in_the_views() {
	demo
	start
	keys g
	wait_for "The agenda is empty"
	nl_ok agenda add 1 "Van de commandoregel"
	wait_for "1. Van de commandoregel"
	keys c
	nl_ok action add 1 "Ook van de commandoregel"
	wait_for "Ook van de commandoregel"
}

t_meeting_list_closes_the_open_meeting_after_asking() {
	demo
	start
	keys m
	wait_for "notulist — meetings"
	keys C
	wait_for "Close meeting 1 now? (y/n)"
	keys n
	wait_gone "(y/n)"
	run nl meeting list
	expect_out_has "open"
	keys C y
	wait_for "Meeting 1 is closed (at 14:05)"
	wait_for "closed"
	run nl meeting list
	expect_out_has "closed"
	keys C
	wait_for "Meeting 1 is not open"
}

# ---- a whole meeting --------------------------------------------------------------

# The demo meeting run entirely in the terminal, from an empty database to
# the minutes the chair sends to the joint arrangement.
t_demo_meeting_in_the_tui_gives_the_minutes() {
	nl_ok init
	editor ed.sh 0 "Het loket is slecht bereikbaar:" \
		"- wachttijden van meer dan 20 minuten;" \
		"- terugbelverzoeken worden vergeten."
	NOTULIST_NOW="2026-03-10 14:01:00" tui_start 80 24 "VISUAL=$T/ed.sh"
	wait_for "This database is empty."
	keys D
	wait_for "Loaded the fictional demo"
	keys Enter
	wait_for "Meeting 1 is open"
	local n=0 name
	for name in $TWELVE; do
		keys /
		type_text "$name"
		keys Enter
		n=$((n + 1))
		wait_for "Clients present $n / 12"
	done
	wait_for "quorum met"
	keys /
	type_text "margreet"
	keys Enter
	wait_for "Checked in Margreet Ooms"
	keys g a
	type_text "Bereikbaarheid van het loket"
	keys Enter
	type_text "t"
	keys Enter
	type_text "Ahmed Benali"
	keys Enter
	wait_for "Added item 1"
	keys n
	wait_for "Saved the notes of item 1 (3 lines)"
	keys d
	type_text "De voorzitter vraagt de GR om een reactie binnen zes weken."
	keys Enter
	wait_for "Recorded the decision on item 1"
	keys Space
	wait_for "Now: 1. Bereikbaarheid van het loket"
	keys i
	type_text "Terugbelafspraken navragen"
	keys Enter
	type_text "Tom Schouten"
	keys Enter
	type_text "2026-04-15"
	keys Enter Enter
	wait_for "Added action #1 to item 1"
	keys b
	wait_for "Now: 1. Bereikbaarheid van het loket"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "quit did not exit 0"
	tm kill-server
	NOTULIST_NOW="2026-03-10 16:02:00" tui_start 80 24
	wait_for "Clients present 12 / 12"
	keys /
	type_text "zoe"
	keys Enter
	wait_for "This drops the quorum to 11/12. Check out Zoë de Vries"
	sleep 0.5
	keys y
	wait_for "Quorum lost at 16:02 (11/12)"
	keys q
	tui_exit_status >/dev/null
	tm kill-server
	NOTULIST_NOW="2026-03-10 16:05:00" tui_start 80 24
	wait_for "NO QUORUM, lost at 16:02"
	keys m C y
	wait_for "Meeting 1 is closed (at 16:05)"
	keys q
	tui_exit_status >/dev/null   # the board has let go of the database
	run nl minutes 1
	expect_rc 0
	expect_out_has "# Minutes of the client meeting of Tuesday 10 March 2026"
	expect_out_has "- Time: 14:01–16:05 (planned 14:00)"
	expect_out_has "- Chair: Margreet Ooms"
	expect_out_has "The quorum of 12 clients was reached at 14:01."
	expect_out_has "- from 16:02, not restored (3 min; 11 present)"
	expect_out_has "At the close (16:05), 11 clients were present: quorum not met."
	expect_out_has "| Capelle aan den IJssel | 12 | 0 | 0 |"
	expect_out_has "Capelle aan den IJssel: Ahmed Benali, Anaïs Bakker"
	expect_out_has "Also present: Margreet Ooms (chair)"
	expect_out_has "### 1. Bereikbaarheid van het loket"
	expect_out_has "Topic: treatment. Put forward by Ahmed Benali (client)."
	expect_out_has "Het loket is slecht bereikbaar:"
	expect_out_has "- terugbelverzoeken worden vergeten."
	expect_out_has "**Decision:** De voorzitter vraagt de GR om een reactie binnen zes weken."
	expect_out_has "### Agreed in this meeting"
	expect_out_has "Terugbelafspraken navragen — owner: Tom Schouten; due 15 April 2026; item 1"
}

run_tests
