#!/usr/bin/env bash
# End-to-end: the agenda of a meeting — items, notes (inline and in the
# editor), decisions, order, the current item, deferral and approval.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

meeting() { nl_ok meeting add 2026-03-10 19:00; }

# editor NAME BODY: a script $T/NAME.sh that runs BODY with the file as $1.
editor() {
	printf '#!/bin/sh\n%s\n' "$2" >"$T/$1.sh"
	chmod +x "$T/$1.sh"
}

t_add_and_list() {
	seed_body
	meeting
	run nl agenda add 1 "Brieven" --topic letters --by "aa 1"
	expect_rc 0
	expect_out_eq "Added item 1 to the agenda of meeting 1: Brieven"
	nl_ok agenda add 2026-03-10 "Loket"
	run nl agenda list 1
	expect_rc 0
	expect_out_eq "POS  STATUS     TOPIC                 PUT FORWARD BY       TITLE
1    planned    letters/communication Aa 1                 Brieven
2    planned    other                 -                    Loket"
}

t_topics_in_dutch_and_english() {
	meeting
	nl_ok agenda add 1 "Een" --topic bejegening
	nl_ok agenda add 1 "Twee" --topic "Keeping agreements"
	nl_ok agenda add 1 "Drie" --topic Brieven
	run nl agenda list 1
	expect_out_has "1    planned    treatment "
	expect_out_has "2    planned    keeping agreements "
	expect_out_has "3    planned    letters/communication "
	run nl agenda add 1 "Vier" --topic weer
	expect_rc 2
	expect_err_line 'unknown topic "weer" (letters, treatment, agreements, other)'
}

t_unknown_meeting_person_and_position() {
	seed_body
	meeting
	run nl agenda add 9 "X"
	expect_rc 1
	expect_err_line "no meeting with id 9"
	run nl agenda add 1 "X" --by Niemand
	expect_rc 1
	expect_err_line 'no person named "Niemand"'
	nl_ok agenda add 1 "Brieven"
	run nl agenda show 1 7
	expect_rc 1
	expect_err_line "meeting 1 has no agenda item 7"
	local bad
	for bad in abc 0 1.5 "" 2x; do
		run nl agenda note 1 "$bad" "tekst"
		expect_rc 1
		expect_err_line "\"$bad\" is not an agenda position (1, 2, …)"
	done
	run nl agenda list 1
	expect_out_lacks "X"
}

t_empty_or_bad_titles_are_refused() {
	meeting
	run nl agenda add 1 ""
	expect_rc 1
	expect_err_line "title is empty"
	run nl agenda add 1 "   "
	expect_rc 1
	expect_err_line "title is empty"
	run nl agenda add 1 $'Brie\x1bven'
	expect_rc 1
	expect_err_line "title contains a control character"
	run nl agenda add 1 "$(printf 'x%.0s' $(seq 201))"
	expect_rc 1
	expect_err_line "title is too long (at most 200 characters)"
	run nl agenda add 1
	expect_rc 2
	expect_err_line "missing argument"
}

t_notes_are_appended_line_by_line() {
	meeting
	nl_ok agenda add 1 "Brieven"
	run nl agenda note 1 1 "De brieven zijn onduidelijk."
	expect_rc 0
	expect_out_eq "Added a note to item 1 of meeting 1 (1 line)"
	run nl agenda note 1 1 "Voorbeeld: de brief over   "
	expect_out_eq "Added a note to item 1 of meeting 1 (2 lines)"
	run nl agenda show 1 1
	expect_out_has "Notes:
  De brieven zijn onduidelijk.
  Voorbeeld: de brief over"
	# A line that starts with a dash is text, not an option.
	run nl agenda note 1 1 "- wachttijden van meer dan 20 minuten"
	expect_out_eq "Added a note to item 1 of meeting 1 (3 lines)"
	run nl agenda note 1 1 --bogus
	expect_rc 2
	expect_err_line "unknown option --bogus"
	for empty in "" "   " $'\n\n'; do
		run nl agenda note 1 1 "$empty"
		expect_rc 1
		expect_err_line "note is empty"
	done
}

t_note_without_text_opens_the_editor() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Oude regel"
	mkdir "$T/tmp"
	editor ed 'cp "$1" "$T/seen"; stat -c %a "$1" >"$T/mode"
printf "Nieuwe regel\r\n\nTweede alinea\n\n" >"$1"'
	run env TMPDIR="$T/tmp" EDITOR="$T/ed.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	expect_out_eq "Saved the notes of item 1 of meeting 1 (3 lines)"
	[ "$(cat "$T/seen")" = "Oude regel" ] || fail "the editor did not get the notes"
	[ "$(cat "$T/mode")" = 600 ] || fail "temporary file mode $(cat "$T/mode")"
	[ -z "$(ls -A "$T/tmp")" ] || fail "temporary file left behind"
	run nl agenda show 1 1
	expect_out_has "Notes:
  Nieuwe regel

  Tweede alinea"
}

t_visual_comes_first_and_may_have_arguments() {
	meeting
	nl_ok agenda add 1 "Brieven"
	editor visual 'echo "$1" >"$T/args"; echo "Van visual" >"$2"'
	editor ed 'echo "Van editor" >"$1"'
	run env VISUAL="$T/visual.sh --wait" EDITOR="$T/ed.sh" "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	[ "$(cat "$T/args")" = "--wait" ] || fail "VISUAL's own arguments were lost"
	run nl agenda show 1 1
	expect_out_has "Van visual"
	run env VISUAL= EDITOR="$T/ed.sh" "$NL" -d "$DB" agenda note 1 1
	run nl agenda show 1 1
	expect_out_has "Van editor"
}

t_unchanged_or_emptied_file() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Blijft staan"
	run env EDITOR=true VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	expect_out_eq "The notes of item 1 of meeting 1 are unchanged"
	editor empty ': >"$1"'
	run env EDITOR="$T/empty.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	expect_out_eq "Cleared the notes of item 1 of meeting 1"
	run nl agenda show 1 1
	expect_out_lacks "Notes:"
}

t_editor_failure_saves_nothing() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Blijft staan"
	mkdir "$T/tmp"
	editor fails 'echo "Weg ermee" >"$1"; exit 3'
	run env TMPDIR="$T/tmp" EDITOR="$T/fails.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	expect_err_line "exited with status 3; nothing was saved"
	[ -z "$(ls -A "$T/tmp")" ] || fail "temporary file left behind"
	# The shell says why on its own line; notulist's is the last.
	run env EDITOR="$T/does-not-exist" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	[ "$(printf '%s\n' "$err" | tail -1)" = "notulist: the editor ($T/does-not-exist) exited with status 127; nothing was saved" ] ||
		fail "no one-line reason from notulist"
	run nl agenda show 1 1
	expect_out_has "Blijft staan"
	expect_out_lacks "Weg ermee"
}

# What comes back from the editor is checked like any note; a refusal
# says that nothing was saved.
t_notes_too_long_in_the_editor() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Blijft staan"
	editor long 'head -c 6001 /dev/zero | tr "\\0" x >"$1"'
	run env EDITOR="$T/long.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	expect_err_line "the notes are too long (at most 6000 characters); nothing was saved"
	editor control 'printf "a\\033[31mb\\n" >"$1"'
	run env EDITOR="$T/control.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	expect_err_line "the notes contains a control character; nothing was saved"
	run nl agenda show 1 1
	expect_out_has "Blijft staan"
}

# While the editor is open the database stays free for the board and for
# other commands: no transaction is held.
t_no_transaction_while_editing() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda add 1 "Loket"
	editor busy '"$NL" -d "$DB" agenda note 1 2 "Tussendoor" >"$T/other" 2>&1
echo "Mijn tekst" >"$1"'
	run env NL="$NL" DB="$DB" T="$T" EDITOR="$T/busy.sh" VISUAL= \
		"$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	grep -q "Added a note" "$T/other" || fail "the other write was blocked: $(cat "$T/other")"
	run nl agenda show 1 2
	expect_out_has "Tussendoor"
}

t_decide_marks_the_item_discussed() {
	meeting
	nl_ok agenda add 1 "Brieven"
	run nl agenda decide 1 1 "De voorzitter schrijft de GR."
	expect_rc 0
	# Nobody is there yet: the decision is taken without quorum.
	expect_out_eq "Recorded the decision on item 1 of meeting 1: Brieven
The meeting did not have its quorum when it was taken: the minutes say so"
	run nl agenda list 1
	expect_out_has "1    discussed  other"
	run nl agenda show 1 1
	expect_out_has "Decision (taken without quorum):
  De voorzitter schrijft de GR."
	run nl agenda decide 1 1 ""
	expect_rc 1
	expect_err_line "decision is empty"
	run nl agenda decide 1 1
	expect_rc 2
}

t_defer_moves_the_item_to_the_next_meeting() {
	seed_body
	meeting
	nl_ok meeting add 2026-06-09 19:00
	nl_ok agenda add 2 "Opening"
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda add 1 "Loket" --topic treatment --by "Bb 2"
	run nl agenda defer 1 2
	expect_rc 0
	expect_out_eq "Deferred item 2 of meeting 1: Loket; it is item 2 of meeting 2 (2026-06-09) now"
	run nl agenda list 1
	expect_out_has "2    deferred   treatment             Bb 2                 Loket (to 2026-06-09 #2)"
	run nl agenda list 2
	expect_out_has "2    planned    treatment             Bb 2                 Loket (from 2026-03-10 #2)"
	run nl agenda defer 1 2
	expect_rc 1
	expect_err_line "item 2 of meeting 1 was already moved to meeting 2 (2026-06-09) as item 2"
	run nl agenda status 1 2 planned
	expect_rc 1
	expect_err_line "already moved"
}

t_defer_without_a_next_meeting_waits_for_one() {
	meeting
	nl_ok meeting add 2026-01-12 19:00
	nl_ok agenda add 1 "Loket"
	run nl agenda defer 1 1
	expect_rc 0
	expect_out_eq "Deferred item 1 of meeting 1: Loket; no later meeting is planned yet: plan one and defer it again to move it there"
	run nl agenda list 1
	expect_out_has "1    deferred "
	nl_ok meeting add 2026-06-09
	run nl agenda defer 1 1
	expect_out_has "it is item 1 of meeting 3 (2026-06-09) now"
}

t_move_remove_and_current() {
	meeting
	nl_ok agenda add 1 "Een"
	nl_ok agenda add 1 "Twee"
	nl_ok agenda add 1 "Drie"
	run nl agenda move 1 3 1
	expect_rc 0
	expect_out_eq "Moved item 3 of meeting 1 to position 1: Drie"
	run nl agenda move 1 1 4
	expect_rc 1
	expect_err_line "meeting 1 has no agenda position 4 (1-3)"
	run nl agenda current 1 2
	expect_out_eq "Current item of meeting 1: 2. Een"
	run nl agenda list 1
	expect_out_has "2*   planned"
	expect_out_has "(* = current item)"
	run nl agenda remove 1 1
	expect_out_eq "Removed item 1 from the agenda of meeting 1: Drie"
	run nl agenda list 1
	expect_out_eq "POS  STATUS     TOPIC                 PUT FORWARD BY       TITLE
1*   planned    other                 -                    Een
2    planned    other                 -                    Twee
(* = current item)"
	run nl agenda current 1
	expect_out_eq "Current item of meeting 1: 1. Een"
	run nl agenda current 1 --clear
	expect_out_eq "Meeting 1 has no current item now"
	run nl agenda current 1
	expect_out_eq "Meeting 1 has no current item"
	run nl agenda current 1 2 --clear
	expect_rc 2
}

t_closing_the_meeting_ends_the_current_item() {
	meeting
	nl_ok agenda add 1 "Een"
	at 19:05 nl_ok meeting open 1
	nl_ok agenda current 1 1
	at 21:00 nl_ok meeting close 1
	run nl agenda current 1
	expect_out_eq "Meeting 1 has no current item"
	run nl agenda list 1
	expect_out_lacks "(* = current item)"
}

t_edit_and_status() {
	seed_body
	meeting
	nl_ok agenda add 1 "Brieven" --by "Aa 1"
	run nl agenda edit 1 1 --title "Brieven van de GR" --topic letters --by ""
	expect_rc 0
	expect_out_eq "Changed item 1 of meeting 1: Brieven van de GR"
	run nl agenda list 1
	expect_out_has "1    planned    letters/communication -                    Brieven van de GR"
	run nl agenda edit 1 1
	expect_rc 2
	expect_err_line "nothing to change"
	run nl agenda status 1 1 besproken
	expect_out_eq "Item 1 of meeting 1 is discussed: Brieven van de GR"
	run nl agenda status 1 1 deferred
	expect_rc 1
	expect_err_line "to defer an item use: notulist agenda defer MEETING POS"
	run nl agenda status 1 1 soon
	expect_rc 1
	expect_err_line 'unknown status "soon" (planned, discussed)'
}

t_approved_minutes_make_the_agenda_final() {
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 21:00:00" nl_ok meeting close 1
	run env NOTULIST_NOW="2026-06-09 20:00:00" "$NL" -d "$DB" meeting approve 1
	expect_rc 0
	expect_out_eq "Approved the minutes of meeting 1 (2026-03-10 19:00) on 2026-06-09"
	local final="the minutes of meeting 1 were approved on 2026-06-09; its record can no longer change"
	run nl agenda add 1 "Nog iets"
	expect_rc 1
	expect_err_line "$final"
	run nl agenda decide 1 1 "Anders"
	expect_err_line "$final"
	run nl agenda move 1 1 1
	expect_err_line "$final"
	run nl agenda defer 1 1
	expect_err_line "$final"
	editor never 'touch "$T/started"'
	run env EDITOR="$T/never.sh" VISUAL= "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	expect_err_line "$final"
	[ ! -e "$T/started" ] || fail "the editor was started for nothing"
	run nl meeting open 1
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were approved on 2026-06-09; it cannot be opened again"
}

t_approve_only_a_closed_meeting_once() {
	meeting
	run nl meeting approve 1
	expect_rc 1
	expect_err_line "meeting 1 is planned; only the minutes of a closed meeting can be approved"
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 21:00:00" nl_ok meeting close 1
	run nl meeting approve 1 --on 2026-03-09
	expect_rc 1
	expect_err_line "cannot be approved on 2026-03-09, before the meeting itself (2026-03-10)"
	run nl meeting approve 1 --on 2026-12-01
	expect_rc 1
	expect_err_line "2026-12-01 is in the future"
	run nl meeting approve 1 --on 2026-02-30
	expect_rc 2
	expect_err_line '--on "2026-02-30" is not a date YYYY-MM-DD'
	nl_ok meeting approve 1
	run nl meeting approve 1
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were already approved on 2026-03-10"
	run nl meeting list
	expect_out_has "approved 2026-03-10"
}

# twelve_in: clients Aa 1 … Aa 8, Bb 1 … Bb 4 arrive at 19:05 (quorum 12).
twelve_in() {
	local m i
	for m in "Aa 1" "Aa 2" "Aa 3" "Aa 4" "Aa 5" "Aa 6" "Aa 7" "Aa 8" \
		"Bb 1" "Bb 2" "Bb 3" "Bb 4"; do
		at 19:05 nl_ok checkin 1 "$m"
	done
}

# A decision keeps whether the quorum was met when it was recorded, and its
# votes; the minutes (md and html, English and Dutch) and `check` say so.
t_decide_keeps_the_quorum_and_the_votes() {
	seed_body
	meeting
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda add 1 "Folders"
	twelve_in
	run at 19:30 nl agenda decide 1 1 "De GR laat brieven testen." --votes 9-2-1
	expect_rc 0
	expect_out_eq "Recorded the decision on item 1 of meeting 1: Brieven"
	at 20:00 nl_ok checkout 1 "Bb 4"
	run at 20:10 nl agenda decide 1 2 "Folders in eenvoudige taal."
	expect_out_eq "Recorded the decision on item 2 of meeting 1: Folders
The meeting did not have its quorum when it was taken: the minutes say so"
	# Correcting the text later keeps how it was taken.
	at 20:20 nl_ok checkin 1 "Cc 1"
	at 20:25 nl_ok agenda decide 1 2 "Folders in heel eenvoudige taal."
	run nl agenda show 1 1
	expect_out_has "Decision:
  De GR laat brieven testen.
Votes: 9 for, 2 against, 1 abstained"
	run nl agenda show 1 2
	expect_out_has "Decision (taken without quorum):
  Folders in heel eenvoudige taal."
	at 21:00 nl_ok meeting close 1
	run nl minutes 1
	expect_out_has "**Decision:** De GR laat brieven testen.

Votes: 9 for, 2 against, 1 abstained."
	expect_out_has "**Decision (taken without quorum):** Folders in heel eenvoudige taal."
	run nl minutes 1 --format html
	expect_out_has "<strong>Decision (taken without quorum):</strong> Folders in heel eenvoudige taal."
	run env LANGUAGE=nl "$NL" -d "$DB" minutes 1
	expect_out_has "**Besluit (genomen zonder quorum):** Folders in heel eenvoudige taal."
	expect_out_has "Stemmen: 9 voor, 2 tegen, 1 onthouding."
	run env LANGUAGE=nl "$NL" -d "$DB" minutes 1 --format html
	expect_out_has "<strong>Besluit (genomen zonder quorum):</strong>"
	run env NOTULIST_NOW="2026-03-11 12:00:00" "$NL" -d "$DB" check
	expect_out_has "WARN  quorum: the decision on item 2 of meeting 1 (2026-03-10) was taken without quorum"
	expect_out_lacks "item 1 of meeting 1"
}

t_decide_refuses_votes_that_are_no_count() {
	meeting
	nl_ok agenda add 1 "Brieven"
	local v
	for v in 9-2 9-2-1-0 0-0-0 "9 - 2 - 1" -1-2-3 1001-0-0 negen-twee-een ""; do
		run nl agenda decide 1 1 "Besluit" --votes "$v"
		expect_rc 2
		expect_err_line "--votes \"$v\" is not FOR-AGAINST-ABSTAIN (such as 9-2-1)"
	done
	run nl agenda show 1 1
	expect_out_lacks "Besluit"
}

# An advice may name the meeting it came from; `check` warns when that
# meeting was held without quorum.
t_advice_from_a_meeting_without_quorum() {
	seed_body
	meeting
	at 19:05 nl_ok checkin 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	run nl advice add "Wachttijden" --kind unsolicited --meeting 2026-03-10
	expect_rc 0
	nl_ok advice add "Loket" --kind solicited
	run env NOTULIST_NOW="2026-03-11 12:00:00" "$NL" -d "$DB" check
	expect_out_has 'WARN  quorum: advice 1 "Wachttijden" was sent from meeting 1 (2026-03-10), which was held without quorum'
	expect_out_lacks 'advice 2'
	nl_ok advice edit 1 --meeting -
	run env NOTULIST_NOW="2026-03-11 12:00:00" "$NL" -d "$DB" check
	expect_out_lacks 'advice 1 "Wachttijden" was sent'
	run nl advice add "Loket" --kind solicited --meeting 7
	expect_rc 1
	expect_err_line "no meeting with id 7"
}

run_tests
