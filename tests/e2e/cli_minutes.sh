#!/usr/bin/env bash
# End-to-end: `notulist minutes` — the demo meeting against a golden file
# (UPDATE_GOLDEN=1 rewrites it), minutes that never change afterwards,
# writing to a file, and Markdown that survives what people type.
. "$(dirname "$0")/../lib/tap.sh"
GOLDEN="$(cd "$(dirname "$0")/.." && pwd)/golden/minutes_demo.md"

at() { local hhmm=$1; shift; NOTULIST_NOW="2026-03-10 $hhmm:00" nl_ok "$@"; }
day() { local d=$1; shift; NOTULIST_NOW="$d 12:00:00" nl_ok "$@"; }

# The demo body's meeting of 2026-03-10 (meeting 1) with its history: the
# meeting of 12 January (meeting 2) is entered afterwards, with an item
# deferred to March and actions still open; two advice are outstanding.
demo_story() {
	at 09:00 init --demo
	at 09:00 meeting add 2026-01-12 14:00 \
		--location "Gemeentehuis Capelle aan den IJssel, zaal 2" \
		--chair "Margreet Ooms"
	at 09:00 agenda add 2 "Brieven van de GR" --topic letters --by "Zoë de Vries"
	at 09:00 agenda add 2 "Bereikbaarheid van het klantcontactcentrum" \
		--topic treatment --by "Ahmed Benali"
	local p
	for p in "Zoë de Vries" "Anaïs Bakker" "Noël Jansen" "Joëlle Visser" \
		"Daniël Smit" "René Mulder" "Fatima el Amrani" "Ahmed Benali" \
		"Chloë van Leeuwen" "Sjoerd Hoekstra" "Gülşen Demir" \
		"Ilse Kramer" "Margreet Ooms"; do
		at 09:00 checkin 2 "$p" --at 14:02
	done
	at 09:00 meeting close 2 --at 16:00
	at 09:00 agenda decide 2 1 "De GR wordt gevraagd brieven te laten testen."
	at 09:00 action add 2 "Navragen hoe de GR brieven laat testen" \
		--owner GR --due 2026-02-15 --item 1
	at 09:00 action add 2 "Voorbeelden van onduidelijke brieven verzamelen" \
		--owner "zoë de vries" --due 2026-03-01 --item 1
	at 09:00 action add 2 "Klachtenformulier opvragen" --owner "Tom Schouten"
	day 2026-02-02 action done 3
	at 09:00 agenda add 1 "Opening en vaststellen agenda" --by "Margreet Ooms"
	at 09:00 agenda defer 2 2
	at 09:00 agenda add 1 "Verslag van 12 januari"
	at 09:00 agenda add 1 "Terugbelafspraken" --topic agreements \
		--by "Gülşen Demir"
	at 09:00 advice add "Kwijtschelding" --kind solicited --sent 2025-10-01
	at 09:00 advice answer 1 --on 2025-11-10 "Wordt onderzocht."
	at 09:00 advice add "Wachttijden aan de telefoon" --kind unsolicited \
		--sent 2025-11-03 --due 2025-12-15
	at 09:00 advice add "Brieven in eenvoudige taal" --kind solicited \
		--sent 2026-01-20
	at 09:00 advice answer 3 --on 2026-03-05 \
		"De GR laat voortaan alle standaardbrieven testen door cliënten."
	at 10:00 excuse 1 "Priya Ramdin"
	at 10:00 excuse 1 "Pieter Brouwer"
	for p in "Zoë de Vries" "Anaïs Bakker" "Noël Jansen" "Joëlle Visser" \
		"Daniël Smit" "René Mulder" "Fatima el Amrani" "Loïs Hendriks" \
		"Chloë van Leeuwen" "Inês Tavares" "Sjoerd Hoekstra" \
		"Margreet Ooms" "Tom Schouten"; do
		at 14:00 checkin 1 "$p"
	done
	at 14:04 checkin 1 "Gülşen Demir"
	at 14:20 checkin 1 "Ilse Kramer"
	at 14:05 agenda current 1 1
	at 14:06 agenda decide 1 1 "De agenda is vastgesteld zonder wijzigingen."
	at 14:10 meeting approve 2
	at 14:11 agenda decide 1 3 "Het verslag is vastgesteld."
	at 14:15 agenda current 1 2
	at 14:30 agenda note 1 2 "Het klantcontactcentrum is slecht bereikbaar:"
	# The longer notes are written in the editor, with a list.
	printf '#!/bin/sh\nprintf "\\n- wachttijden van meer dan 20 minuten;\\n- terugbelverzoeken worden vergeten.\\n" >>"$1"\n' >"$T/editor.sh"
	chmod +x "$T/editor.sh"
	EDITOR="$T/editor.sh" VISUAL= at 14:35 agenda note 1 2
	at 14:40 agenda decide 1 2 "De voorzitter vraagt de GR om een reactie binnen zes weken."
	at 14:45 action add 1 "Terugbelafspraken navragen bij het klantcontactcentrum" \
		--owner "Tom Schouten" --due 2026-04-15 --item 2
	at 14:50 action done 2
	at 15:10 checkout 1 "Zoë de Vries"
	at 15:10 checkout 1 "Anaïs Bakker"
	at 15:25 checkin 1 "Anaïs Bakker"
	at 15:55 agenda defer 1 4
	at 15:58 checkout 1 "Noël Jansen"
	at 16:05 checkout 1 "Daniël Smit"
	at 16:05 meeting close 1
}

minutes() { NOTULIST_NOW="${WHEN:-2026-03-20 12:00:00}" nl minutes "$@"; }

t_demo_minutes_match_the_golden_file() {
	demo_story
	run minutes 1
	expect_rc 0
	expect_empty_err
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		printf '%s\n' "$out" >"$GOLDEN"
		echo "# wrote $GOLDEN"
	fi
	[ -f "$GOLDEN" ] || fail "no golden file $GOLDEN (UPDATE_GOLDEN=1)"
	diff -u "$GOLDEN" <(printf '%s\n' "$out") >"$T/diff" ||
		fail "minutes differ from the golden file:" "$(head -40 "$T/diff")"
}

# Judged on the meeting's day: closing actions, answers that come in and
# new advice afterwards leave the minutes as they were.
t_minutes_never_change_afterwards() {
	demo_story
	run minutes 1
	local before=$out
	day 2026-03-25 action done 1
	day 2026-03-25 advice answer 2 "Er komt een terugbelservice."
	day 2026-03-26 advice add "Schuldhulp" --kind unsolicited
	day 2026-03-26 meeting approve 1
	WHEN="2026-06-01 12:00:00" run minutes 1
	[ "$out" = "$(printf '%s' "$before" | sed 's/^- These minutes: draft, not yet approved$/- These minutes: approved on 2026-03-26/')" ] ||
		fail "the minutes changed:" "$(diff <(echo "$before") <(echo "$out"))"
}

t_minutes_to_a_private_file_complete_or_not_at_all() {
	demo_story
	umask 022
	run minutes 1 -o "$T/notulen.md"
	expect_rc 0
	expect_out_eq ""
	expect_file_mode "$T/notulen.md" 600
	grep -q "^# Minutes of the client meeting of 2026-03-10$" "$T/notulen.md" ||
		fail "not the minutes"
	run minutes 1 -o "$T/missing/dir/x.md"
	expect_rc 1
	expect_err_line "$T/missing/dir/x.md"
	run minutes 1 -o /dev/full
	expect_rc 1
	expect_err_line "/dev/full is a device, not a file; name a regular file"
	nl minutes 1 -o - >/dev/full 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 1
	expect_err_line "cannot write the output (No space left on device)"
	[ -z "$(ls -A "$T" | grep '^\.notulist-')" ] || fail "temporary file left"
}

t_minutes_of_a_meeting_not_yet_held() {
	nl_ok meeting add 2026-04-14
	run minutes 1
	expect_rc 0
	expect_out_has "# Minutes of the client meeting of 2026-04-14"
	expect_out_has "- These minutes: draft, not yet approved"
	expect_out_has "No attendance has been recorded."
	expect_out_has "No agenda items were recorded."
	expect_out_has "No advice was sent or answered before this meeting."
	expect_out_lacks "Time:"
	expect_out_lacks "previous meeting"
}

# Minutes drafted during the meeting speak of "so far" and "now".
t_draft_minutes_of_an_open_meeting() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	at 14:01 checkin 1 "Zoë de Vries"
	at 14:02 checkin 1 "Tom Schouten"
	WHEN="2026-03-10 14:30:00" run minutes 1
	expect_out_has "- Time: from 14:01 (planned 14:00)"
	expect_out_has "| Capelle aan den IJssel | 1 | 0 | 11 |"
	expect_out_has "- Also present: Tom Schouten (official)"
	expect_out_has "The quorum of 12 clients has not been reached so far.

At 14:30, 1 client was present: quorum not met."
}

t_markdown_structure_survives_what_is_typed() {
	nl_ok municipality add "Aa|Bb"
	nl_ok member add "Zoë <b>" --municipality "Aa|Bb"
	nl_ok meeting add 2026-03-10 19:00
	nl_ok checkin 1 "Zoë <b>"
	nl_ok agenda add 1 "<script>alert(1)</script>"
	nl_ok agenda note 1 1 "# geen kop"$'\n'"---"$'\n'"a < b"
	run minutes 1
	expect_out_has "| Aa\\|Bb | 1 | 0 | 0 |"
	expect_out_has "- Aa\\|Bb: Zoë \\<b\\>"
	expect_out_has "### 1. \\<script\\>alert(1)\\</script\\>"
	expect_out_has "\\# geen kop  
\\---  
a \\< b"
}

t_bad_references() {
	nl_ok init
	run minutes 1
	expect_rc 1
	expect_err_line "no meeting with id 1"
	run nl minutes
	expect_rc 2
	expect_err_line "missing argument"
}

run_tests
