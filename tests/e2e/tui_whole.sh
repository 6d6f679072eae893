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

# The header keeps the meeting, its status and its time whole.  At 80
# columns the demo's place does not fit and ends in "…"; at 120 it shows
# whole in English (the leading blank and the column after the clock give
# way first), and in Dutch, one word longer, it ends in "…" again.
# header COLS ROWS [nl]
header() {
	local present="Clients present"
	local meeting="Meeting 1 (open) · Tue 10 Mar 2026 14:00"
	local gr="GR IJsselgemeenten (demo)"
	local place="Gemeentehuis Capelle aan den IJssel, zaal 2"
	local cut=yes
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" meeting="Vergadering 1 (open) · di 10 mrt 2026 14:00"
	elif [ "$1" = 120 ]; then
		cut=no
	fi
	demo_open
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	local top
	top=$(screen | head -1)
	printf '%s\n' "$top" | grep -qF "$meeting · Gemeente" ||
		fail "the header cut the meeting or its time" "$top"
	printf '%s\n' "$top" | grep -qE " 14:05$" || fail "no clock at the end" "$top"
	if [ $cut = yes ]; then
		printf '%s\n' "$top" | grep -qF "…" || fail "the header is cut without …" "$top"
		[ "$1" = 80 ] || printf '%s\n' "$top" | grep -qF "$gr · $meeting" ||
			fail "the body's name gave way at $1 columns" "$top"
	else
		[ "$top" = "$gr · $meeting · $place 14:05" ] ||
			fail "the place is not whole at $1 columns" "$top"
	fi
}

t_the_header_marks_a_cut_place() { header 80 24; }
t_the_header_shows_the_whole_place_at_120x40() { header 120 40; }
t_the_header_in_dutch() { header 80 24 nl; }
t_the_header_in_dutch_at_120x40() { header 120 40 nl; }

# joined: the screen as one line, each run of blanks and line ends one
# space, so a text wrapped over lines can be looked for whole.
joined() { screen | tr -s ' \n' '  '; }

# A long agenda title ends in "…" on its row, and the detail below the
# list shows it whole (on its rule where it fits, wrapped below it where
# not).  agenda_title COLS ROWS [nl]
agenda_title() {
	local present="Clients present" agenda="Agenda · Meeting 1"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" agenda="Agenda · Vergadering 1"
	fi
	demo_open
	local title="Cliëntervaringsonderzoek Participatiewet 2025: de uitkomsten per gemeente en wat de GR ermee gaat doen"
	nl_ok agenda add 1 "$title"
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	keys g
	wait_for "$agenda"
	wait_for " 1. Cliëntervaringsonderzoek"
	screen | grep -F " 1. Cliëntervaringsonderzoek" | head -1 | grep -qF "…" ||
		fail "the row is cut without …" "$(screen)"
	joined | grep -qF "$title" || fail "the title is nowhere whole" "$(screen)"
}

t_a_long_agenda_title_is_whole_below() { agenda_title 80 24; }
t_a_long_agenda_title_at_120x40() { agenda_title 120 40; }
t_a_long_agenda_title_in_dutch() { agenda_title 80 24 nl; }
t_a_long_agenda_title_in_dutch_at_120x40() { agenda_title 120 40 nl; }

# A long error message is shown whole, wrapped, on the board and in a
# form (three lines there when two do not hold it); the user's text it
# quotes may end in "…", never the error's point.  long_error COLS ROWS [nl]
long_error() {
	local present="Clients present" ask="Time of check-in of Zoë de Vries (HH:MM):"
	local search="Search:" actions="Action list · Meeting 2"
	local bad_time="is not a time HH:MM (00:00-23:59) or YYYY-MM-DDTHH:MM"
	local bad_date="is not a date YYYY-MM-DD"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" ask="Incheckmoment van Zoë de Vries (UU:MM):"
		search="Zoeken:" actions="Actielijst · Vergadering 2"
		bad_time="is geen tijd UU:MM (00:00-23:59) of JJJJ-MM-DDTUU:MM"
		bad_date="is geen datum JJJJ-MM-DD"
	fi
	local typed="half acht of misschien iets later, na de koffie en de mededelingen"
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting add 2026-03-01 19:00
	NOTULIST_NOW="2026-03-10 14:00:00" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "19:00"
	keys Home Enter
	wait_for "$present 0 / 12"
	keys /
	type_text "zoe"
	wait_for "$search zoe"
	keys Enter
	wait_for "$ask"
	type_text "$typed"
	keys Enter
	wait_for "\"half acht of"
	joined | grep -qF "\"$typed\" $bad_time" ||
		fail "the message is not whole" "$(screen)"
	# A form's error: the action form's due date.
	keys c
	wait_for "$actions"
	keys a
	type_text "Klachtenformulier opvragen"
	keys Enter Enter
	type_text "$typed $typed"
	keys Enter Enter
	wait_for "\"half acht"
	# The text it quotes may end in "…" (a quote is at most 100
	# characters), but the error's point is whole.
	local in_box
	in_box=$(screen | sed 's/│//g' | tr -s ' \n' '  ')
	printf '%s\n' "$in_box" | grep -qF "\"$typed $typed\" $bad_date" ||
		printf '%s\n' "$in_box" | grep -qE "\"$typed half acht[^\"]*…\" $bad_date" ||
		fail "the form's error is not whole" "$(screen)"
	keys Escape
}

t_a_long_error_is_whole_or_marked() { long_error 80 24; }
t_a_long_error_at_120x40() { long_error 120 40; }
t_a_long_error_in_dutch() { long_error 80 24 nl; }
t_a_long_error_in_dutch_at_120x40() { long_error 120 40 nl; }

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
# both rows end in their own end (or are whole), a cut one ends in "…",
# and the highlighted one is whole below.  advice_apart COLS ROWS [nl]
advice_apart() {
	local present="Clients present" kind="solicited" waiting="waiting"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" kind="gevraagd" waiting="wacht"
	fi
	demo_open
	local one="Brieven van de GR in eenvoudige taal voor alle cliënten: de uitnodigingen"
	local two="Brieven van de GR in eenvoudige taal voor alle cliënten: de beschikkingen"
	nl_ok advice add "$one" --kind solicited --sent 2026-03-01
	nl_ok advice add "$two" --kind solicited --sent 2026-03-02
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	keys v
	wait_for "#2    $kind"
	local rows
	rows=$(screen | grep -E '^ +#[12] ' | sed "s/.*$waiting  *//; s/ *\$//")
	[ "$(printf '%s\n' "$rows" | sort -u | wc -l)" = 2 ] ||
		fail "the two subjects look the same" "$(screen)"
	local row
	while IFS= read -r row; do
		[ "$row" = "$one" ] || [ "$row" = "$two" ] ||
			case $row in *…*) ;; *) fail "a subject cut without …" "$row" ;; esac
	done <<<"$rows"
	joined | grep -qF "$one" || fail "the first is not whole below" "$(screen)"
	keys Down
	wait_for "$two"
	joined | grep -qF "$two" || fail "the second is not whole below" "$(screen)"
}

t_advice_subjects_that_start_alike_stay_apart() { advice_apart 80 24; }
t_advice_subjects_apart_at_120x40() { advice_apart 120 40; }
t_advice_subjects_apart_in_dutch() { advice_apart 80 24 nl; }
t_advice_subjects_apart_in_dutch_at_120x40() { advice_apart 120 40 nl; }

# help_pages FILE: the help overlay's rows (without the title and the
# footer), from its first line to its last, appended to FILE.
help_pages() {
	local rows
	rows=$(tm display-message -p -t t '#{pane_height}')
	keys Home
	screen | sed -n "3,$((rows - 4))p" >>"$1"
	local first
	first=$(screen | grep -oE "(Lines|Regels) 1–[0-9]+")
	if [ -n "$first" ]; then
		keys End
		wait_gone "$first"
		screen | sed -n "3,$((rows - 4))p" >>"$1"
	fi
}

# The help overlay of every view (the events panel too) lists its keys
# whole: a text too long for its column wraps under itself, nothing ends
# in "…"; on the board it names every key the board has.  help_whole COLS ROWS [nl]
help_whole() {
	local present="Clients present" title="notulist — keys" space="Space"
	if [ "${3:-}" = nl ]; then
		present="Cliënten aanwezig" title="notulist — toetsen" space="Spatie"
	fi
	demo_open
	NOTULIST_NOW="$NOW" tui_start "$1" "$2" ${3:+LANGUAGE=$3}
	wait_for "$present 0 / 12"
	local view
	for view in board e g c v w m; do
		[ $view = board ] || keys $view
		keys "?"
		wait_for "$title"
		: >"$T/help"
		help_pages "$T/help"
		grep -qF "…" "$T/help" && fail "a help line is cut in view $view" "$(cat "$T/help")"
		if [ $view = board ]; then
			local key
			for key in "$space" Enter x u t "/, Ctrl-F" e a f w g c m v "?" q Ctrl-C Ctrl-L; do
				grep -qE "^ +$(printf '%s' "$key" | sed 's/[?/]/[&]/g') {2,}[^ ]" "$T/help" ||
					fail "the help does not name $key" "$(cat "$T/help")"
			done
		fi
		keys Escape
		wait_gone "$title"
		[ $view = m ] && keys Enter || keys b
		wait_for "$present 0 / 12"
	done
}

t_every_help_line_is_whole() { help_whole 80 24; }
t_every_help_line_is_whole_at_120x40() { help_whole 120 40; }
t_every_help_line_is_whole_in_dutch() { help_whole 80 24 nl; }
t_every_help_line_is_whole_in_dutch_at_120x40() { help_whole 120 40 nl; }

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
