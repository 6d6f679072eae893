#!/usr/bin/env bash
# End-to-end: whole sentences at 80 columns (issue 16): nothing is cut
# without "…", the highlighted row's full text shows, advice subjects that
# start alike stay apart, and the Dutch key hint keeps a (walk-in).
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

NOW="2026-03-10 14:05:00"

demo_open() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting open 1
}

# The demo's place does not fit the header at 80 columns: it ends in …,
# while the meeting, its status and its time are whole; at 120 more of the
# place shows.
t_the_header_marks_a_cut_place() {
	demo_open
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 0 / 12"
	screen | head -1 | grep -qF "…" || fail "the header is cut without …" "$(screen | head -1)"
	screen | head -1 | grep -qF "Meeting 1 (open) · Tue 10 Mar 2026 14:00 · Gemeente" ||
		fail "the header cut the meeting or its time" "$(screen | head -1)"
	keys q
	tui_exit_status >/dev/null
	tm kill-server
	NOTULIST_NOW="$NOW" tui_start 120 40
	wait_for "GR IJsselgemeenten (demo) · Meeting 1 (open) · Tue 10 Mar 2026 14:00 · Gemeentehuis Capelle aan den IJssel"
}

# A name too long for its column ends in … on its row, and the whole name
# is on the detail line while the row is highlighted; where the row has
# room for it (120 columns) the row shows it whole and no detail line is
# needed.  In English and in Dutch.
t_a_long_name_is_shown_whole_on_the_detail_line() {
	demo_open
	local long="Maria Wilhelmina Johanna van den Berg-Oudshoorn tot Ouderkerk"
	nl_ok member add "$long" --municipality Zuidplas
	local present search
	for size in "80 24" "120 40" "80 24 LANGUAGE=nl" "120 40 LANGUAGE=nl"; do
		present="Clients present" search="Search:"
		case $size in *nl) present="Cliënten aanwezig" search="Zoeken:" ;; esac
		NOTULIST_NOW="$NOW" tui_start $size
		wait_for "$present 0 / 12"
		keys /
		type_text "oudshoorn"
		keys Right
		wait_gone "$search"
		if [ "${size%% *}" = 80 ]; then
			wait_for "$long · Zuidplas"
			screen | grep -F "Maria Wilhelmina" | grep -v "Zuidplas" | grep -qF "…" ||
				fail "the row is cut without …" "$(screen)"
		else
			wait_for "$long "
			! screen | grep -qF "$long · Zuidplas" ||
				fail "a detail line for a name that fits" "$(screen)"
		fi
		keys q
		tui_exit_status >/dev/null
		tm kill-server
	done
}

# Two subjects that start alike are told apart in the advice register:
# both rows end in their own end, and the highlighted one is whole below.
t_advice_subjects_that_start_alike_stay_apart() {
	demo_open
	local one="Brieven van de GR in eenvoudige taal voor alle cliënten: de uitnodigingen"
	local two="Brieven van de GR in eenvoudige taal voor alle cliënten: de beschikkingen"
	nl_ok advice add "$one" --kind solicited --sent 2026-03-01
	nl_ok advice add "$two" --kind solicited --sent 2026-03-02
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 0 / 12"
	keys v
	wait_for "#2    solicited"
	local rows
	rows=$(screen | grep -E '^ +#[12] ' | sed 's/.*waiting  //')
	[ "$(printf '%s\n' "$rows" | sort -u | wc -l)" = 2 ] ||
		fail "the two subjects look the same" "$(screen)"
	printf '%s\n' "$rows" | grep -qF "…" ||
		fail "the subjects are not marked as cut" "$(screen)"
	wait_for "$one"
	keys Down
	wait_for "$two"
}

# The Dutch key hint at 80 columns keeps a (walk-in) and never cuts a
# word; at 120 there is room for more.
t_dutch_hint_keeps_the_walk_in() {
	demo_open
	NOTULIST_NOW="$NOW" tui_start 80 24 LANGUAGE=nl
	wait_for "Cliënten aanwezig 0 / 12"
	wait_for "a binnenloper"
	wait_for "? hulp  q stoppen"
	keys q
	tui_exit_status >/dev/null
	tm kill-server
	NOTULIST_NOW="$NOW" tui_start 120 40 LANGUAGE=nl
	wait_for "a binnenloper"
	wait_for "g agenda"
}

run_tests
