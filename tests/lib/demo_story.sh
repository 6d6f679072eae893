# tests/lib/demo_story.sh — the demo body's meeting of 2026-03-10 with its
# history, entered through the CLI: the story behind the golden minutes
# and the other documents of that meeting (sourced after tap.sh).
#
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
