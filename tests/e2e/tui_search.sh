#!/usr/bin/env bash
# End-to-end: the board picks the right person (issue 16) and a name typed
# without / never changes the record (issue 21), driven through tmux.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

NOW="2026-03-10 14:05:00"
SEARCH="Search:"

# The demo body with near-names beside its own (Noël Jansen, Anaïs Bakker,
# Loïs Hendriks, Henk Verbeek, Dirk-Jan Wouters).
near_names() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok member add "Jan de Wit" --municipality "Capelle aan den IJssel"
	nl_ok member add "Janneke Smit" --municipality "Capelle aan den IJssel"
	nl_ok member add "Henk Jansen" --municipality "Krimpen aan den IJssel"
	nl_ok member add "Ans Visser" --municipality Zuidplas
	nl_ok member add "Henk Hendriks" --municipality Zuidplas
	nl_ok meeting open 1
}

ARRIVALS=("Jan de Wit" "Henk Jansen" "Ans Visser" "Anaïs Bakker"
	"Henk Hendriks" "Loïs Hendriks" "Noël Jansen" "Henk Verbeek"
	"Dirk-Jan Wouters" "Janneke Smit" "Kees de Graaf" "Joëlle Visser"
	"Marieke Bos" "Chloë van Leeuwen" "Gülşen Demir")

# The candidate the search has chosen (the line marked ›).
chosen_line() { screen | grep -F "› " | head -1; }

# arrive NAME: as a secretary would: /, then the name letter by letter
# (lower case, without accents: the search ignores both) until the chosen
# candidate is that person, then Enter.  Adds the keys used to $KEYS.
arrive() {
	local name=$1 typed="" i ch plain
	plain=$(printf '%s' "$name" | iconv -f UTF-8 -t ASCII//TRANSLIT |
		tr 'A-Z' 'a-z')
	keys /
	KEYS=$((KEYS + 1))
	wait_for "$SEARCH"
	for ((i = 0; i < ${#plain}; i++)); do
		ch=${plain:i:1}
		type_text "$ch"
		typed+=$ch
		KEYS=$((KEYS + 1))
		[ "$ch" = " " ] && continue
		wait_for "$SEARCH $typed"
		chosen_line | grep -qF "› $name " && break
	done
	local tabs=0
	until chosen_line | grep -qF "› $name "; do
		[ $tabs -lt 10 ] || fail "$name is never chosen" "$(screen)"
		keys Tab
		KEYS=$((KEYS + 1))
		tabs=$((tabs + 1))
	done
	keys Enter
	KEYS=$((KEYS + 1))
	wait_gone "$SEARCH"
}

# The names the attendance export has present, one a line, sorted.
present_names() {
	NOTULIST_NOW="$NOW" "$NL" -d "$DB" export attendance --meeting 1 |
		/usr/bin/python3 -c '
import csv, sys
rows = csv.DictReader(sys.stdin)
print("\n".join(sorted(r["name"] for r in rows if r["status"] == "present")))'
}

fifteen_arrivals() {
	near_names
	NOTULIST_NOW="$NOW" tui_start "$@"
	wait_for "0 / 12"
	KEYS=0
	local name n=0
	for name in "${ARRIVALS[@]}"; do
		arrive "$name"
		n=$((n + 1))
		wait_for " $n / 12"
	done
	local want
	want=$(printf '%s\n' "${ARRIVALS[@]}" | LC_ALL=C.UTF-8 sort)
	[ "$(present_names | LC_ALL=C.UTF-8 sort)" = "$want" ] ||
		fail "wrong people present" "$(present_names)"
	# At most 5 keys an arrival on average.
	echo "$KEYS" >>"${KEYS_LOG:-/dev/null}"
	[ "$KEYS" -le 75 ] || fail "15 arrivals took $KEYS keys (more than 75)"
}

t_fifteen_arrivals_in_few_keys_and_no_wrong_person() {
	fifteen_arrivals 80 24
}

t_fifteen_arrivals_in_dutch_at_120x40() {
	SEARCH="Zoeken:"
	fifteen_arrivals 120 40 LANGUAGE=nl
}

t_fifteen_arrivals_in_dutch_at_80x24() {
	SEARCH="Zoeken:"
	fifteen_arrivals 80 24 LANGUAGE=nl
}

t_fifteen_arrivals_at_120x40() {
	fifteen_arrivals 120 40
}

# Letters are keys, never the start of a search: "Zoë" typed on the board
# opens no search and changes nothing; / and Ctrl-F do search.
# letters_are_keys COLS ROWS [LANGUAGE=nl]
letters_are_keys() {
	local present="Clients present" search="Search:"
	local letters="Letters are keys on the board: / searches for a name"
	if [ "${3:-}" = LANGUAGE=nl ]; then
		present="Cliënten aanwezig" search="Zoeken:"
		letters="Letters zijn toetsen op het vergaderscherm: met / zoekt u een naam"
	fi
	near_names
	NOTULIST_NOW="$NOW" tui_start "$@"
	wait_for "$present 0 / 12"
	type_text "Zoë"
	wait_for "$letters"
	screen | grep -qF "$search" && fail "a letter started a search" "$(screen)"
	keys C-f
	wait_for "$search"
	keys Escape
	wait_gone "$search"
	keys /
	wait_for "$search"
	keys Escape
	wait_gone "$search"
	run nl status
	expect_out_has "clients present: 0/12"
}

t_letters_never_start_a_search() { letters_are_keys 80 24; }
t_letters_never_start_a_search_at_120x40() { letters_are_keys 120 40; }
t_letters_never_start_a_search_in_dutch() { letters_are_keys 80 24 LANGUAGE=nl; }
t_letters_never_start_a_search_in_dutch_at_120x40() { letters_are_keys 120 40 LANGUAGE=nl; }

# While typing the candidates show, best first, at least five; a space is
# part of the text; Tab and ↓ choose another.
# ranked COLS ROWS [LANGUAGE=nl]
ranked() {
	local present="Clients present" search="Search:"
	local five="5 matches —" one="1 match —"
	if [ "${3:-}" = LANGUAGE=nl ]; then
		present="Cliënten aanwezig" search="Zoeken:"
		five="5 gevonden —" one="1 gevonden —"
	fi
	near_names
	NOTULIST_NOW="$NOW" tui_start "$@"
	wait_for "$present 0 / 12"
	keys /
	type_text "jan"
	wait_for "$search jan"
	wait_for "$five"
	screen | grep -E "^(›| ) " | head -5 >"$T/shown"
	sed 's/^. \(.\{30\}\).*/\1/; s/ *$//' "$T/shown" >"$T/names"
	printf '%s\n' "Jan de Wit" "Janneke Smit" "Dirk-Jan Wouters" \
		"Noël Jansen" "Henk Jansen" >"$T/want"
	diff "$T/want" "$T/names" >/dev/null ||
		fail "not ranked as expected" "$(cat "$T/names")" "$(screen)"
	chosen_line | grep -qF "› Jan de Wit " || fail "Jan is not chosen" "$(screen)"
	keys Tab
	wait_for "› Janneke Smit "
	keys Down
	wait_for "› Dirk-Jan Wouters "
	keys Up Up
	wait_for "› Jan de Wit "
	type_text " "
	type_text "w"
	wait_for "$search jan w"
	wait_for "$one"
	keys BSpace BSpace BSpace BSpace BSpace BSpace
	type_text "ANAIS"
	wait_for "› Anaïs Bakker "
	# Many matches: as many candidates as fit show (at 80×24 more than
	# five, at 120×40 all of them).
	keys BSpace BSpace BSpace BSpace BSpace
	type_text "e"
	wait_for "$search e"
	local n shown
	n=$(screen | grep -oE "── [0-9]+ (matches|gevonden)" | grep -oE "[0-9]+")
	shown=$(screen | grep -cE "^(›| ) [A-Z]")
	[ "${n:-0}" -gt 15 ] || fail "too few matches for e" "$(screen)"
	if [ "$1" = 120 ]; then
		[ "$shown" = "$n" ] || fail "$shown of $n candidates at 120×40" "$(screen)"
	else
		[ "$shown" -gt 5 ] || fail "$shown candidates at 80×24" "$(screen)"
	fi
	keys Escape
	wait_gone "$search"
	run nl status
	expect_out_has "clients present: 0/12"
}

t_candidates_are_ranked_while_typing() { ranked 80 24; }
t_candidates_are_ranked_while_typing_at_120x40() { ranked 120 40; }
t_candidates_are_ranked_in_dutch() { ranked 80 24 LANGUAGE=nl; }
t_candidates_are_ranked_in_dutch_at_120x40() { ranked 120 40 LANGUAGE=nl; }

# Enter on someone present asks before checking out; n (or any key) keeps
# them; Space on the list checks out without asking while the quorum
# holds, and asks when it would be lost.
# present_asks COLS ROWS [LANGUAGE=nl]: the English strings, or the Dutch
# ones when the last argument asks for Dutch.
present_asks() {
	local yes=y present="Clients present" search="Search:"
	local ask_out="Check out Henk Jansen (present since 14:01)? y/n"
	local nothing="Nothing changed" out="Checked out Henk Jansen at 14:05"
	local drops="This drops the quorum to 11/12. Check out? y/n"
	local lost="Quorum lost at 14:05 (11/12)"
	if [ "${3:-}" = LANGUAGE=nl ]; then
		yes=j present="Cliënten aanwezig" search="Zoeken:"
		ask_out="Henk Jansen (aanwezig sinds 14:01) uitchecken? j/n"
		nothing="Niets veranderd" out="Henk Jansen uitgecheckt om 14:05"
		drops="Dit brengt het quorum op 11/12. Uitchecken? j/n"
		lost="Quorum verloren om 14:05 (11/12)"
	fi
	near_names
	local name
	for name in "Zoë de Vries" "Anaïs Bakker" "Noël Jansen" "Joëlle Visser" \
		"Daniël Smit" "René Mulder" "Fatima el Amrani" "Priya Ramdin" \
		"Kees de Graaf" "Marieke Bos" "Ahmed Benali" "Loïs Hendriks" \
		"Henk Jansen"; do
		NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "$name"
	done
	NOTULIST_NOW="$NOW" tui_start "$@"
	wait_for "$present 13 / 12"
	keys /
	type_text "henk j"
	wait_for "$search henk j"
	keys Enter
	wait_for "$ask_out"
	sleep 0.5
	keys n
	wait_for "$nothing"
	run nl status
	expect_out_has "clients present: 13/12"
	# Space: 13 → 12 keeps the quorum, so no question.
	keys Space
	wait_for "$out"
	wait_for "$present 12 / 12"
	keys /
	type_text "zoe"
	keys Right
	wait_gone "$search"
	keys Space
	wait_for "$drops"
	sleep 0.5
	keys $yes
	wait_for "$lost"
	run nl status
	expect_out_has "clients present: 11/12"
}

t_enter_on_someone_present_asks_and_space_asks_for_the_quorum() {
	present_asks 80 24
}

t_enter_and_space_ask_at_120x40() { present_asks 120 40; }
t_enter_and_space_ask_in_dutch() { present_asks 80 24 LANGUAGE=nl; }
t_enter_and_space_ask_in_dutch_at_120x40() { present_asks 120 40 LANGUAGE=nl; }

t_questions_in_dutch() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Henk Jansen"
	NOTULIST_NOW="$NOW" tui_start 80 24 LANGUAGE=nl
	wait_for "Cliënten aanwezig 1 / 12"
	keys C-f
	type_text "henk ja"
	wait_for "Zoeken: henk ja"
	wait_for "› Henk Jansen"
	keys Enter
	wait_for "Henk Jansen (aanwezig sinds 14:01) uitchecken? j/n"
	sleep 0.5
	keys j
	wait_for "Henk Jansen uitgecheckt om 14:05"
	keys u
	wait_for "Uitchecken van Henk Jansen om 14:05 ongedaan maken? j/n"
	keys x
	wait_for "Niets ongedaan gemaakt: de toets kwam voordat de vraag gelezen kon worden"
	keys u
	wait_for "Uitchecken van Henk Jansen om 14:05 ongedaan maken? j/n"
	sleep 0.5
	keys j
	wait_for "Ongedaan gemaakt: uitchecken van Henk Jansen om 14:05"
	run nl status
	expect_out_has "clients present: 1/12"
}

# ---- issue 21: u and x say what they will do and ask ------------------------

# type_slowly TEXT: one key at a time, at typing speed (about 12 keys a
# second): each key arrives on its own, as from a person.
type_slowly() {
	local i
	for ((i = 0; i < ${#1}; i++)); do
		type_text "${1:i:1}"
		sleep 0.08
	done
}

export_attendance() {
	NOTULIST_NOW="$NOW" "$NL" -d "$DB" export attendance >"$T/$1.csv"
}

expect_attendance_unchanged() {
	export_attendance after
	cmp -s "$T/before.csv" "$T/after.csv" ||
		fail "the attendance changed" "$(diff "$T/before.csv" "$T/after.csv")"
}

# A name typed at typing speed on the board, without /, changes nothing in
# the attendance record, whatever the keys did on the screen.
t_a_name_typed_without_slash_changes_nothing() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 2 / 12"
	export_attendance before
	type_slowly "Umut Buys Ruud Xander Huijbregts"
	keys Escape Escape Escape
	expect_attendance_unchanged
}

# Each word of it typed on the board itself (the capital U of "Umut"
# alone is no key, but its m opens the meeting list, where the rest of the
# sentence lands): every word starts from the board, lower case as well,
# so "buys" reaches u and then y.  This fails without the 0.4 s guard.
t_each_word_typed_on_the_board_changes_nothing() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 2 / 12"
	export_attendance before
	local word
	for word in Umut Buys Ruud Xander Huijbregts umut buys ruud xander huijbregts; do
		keys Escape Escape Escape
		wait_for "Clients present 2 / 12"
		type_slowly "$word "
		sleep 0.3
	done
	keys Escape Escape Escape
	expect_attendance_unchanged
}

# In Dutch j answers yes: "Bujs" and "Huijbregts" reach u and then j or i.
t_each_word_typed_on_the_board_changes_nothing_in_dutch() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" tui_start 80 24 LANGUAGE=nl
	wait_for "Cliënten aanwezig 2 / 12"
	export_attendance before
	local word
	for word in umut bujs ruud xander huijbregts uj xj; do
		keys Escape Escape Escape
		wait_for "Cliënten aanwezig 2 / 12"
		type_slowly "$word "
		sleep 0.3
	done
	keys Escape Escape Escape
	expect_attendance_unchanged
}

# The same on the board itself, from the list, where each of the words
# reaches the board's keys: "Ruud de Wit" would otherwise undo, check in
# with its Space, and so on.
t_words_typed_on_the_list_change_nothing() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 1 / 12"
	export_attendance before
	type_slowly "Ruud de Huub Ruijs Dex Duyx "
	keys Escape
	expect_attendance_unchanged
}

t_undo_asks_each_time_and_a_pause_then_y_undoes() {
	near_names
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 1 "Kees de Graaf"
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 2 / 12"
	keys u
	wait_for "Undo the check-in of Kees de Graaf at 14:02? y/n"
	sleep 0.5
	keys n
	wait_for "Nothing undone"
	keys u
	wait_for "Undo the check-in of Kees de Graaf at 14:02? y/n"
	sleep 0.5
	keys y
	wait_for "Undone: check-in of Kees de Graaf at 14:02"
	wait_for "Clients present 1 / 12"
	keys u
	wait_for "Undo the check-in of Zoë de Vries at 14:01? y/n"
	keys y          # at once: typed before the question could be read
	wait_for "Nothing undone: the key came before the question could be read"
	run nl status
	expect_out_has "clients present: 1/12"
	# The CLI's undo does not ask.
	NOTULIST_NOW="$NOW" nl_ok undo 1
	wait_for "Clients present 0 / 12"
}

t_excuse_asks_and_a_pause_then_y_excuses() {
	near_names
	NOTULIST_NOW="$NOW" tui_start 80 24
	wait_for "Clients present 0 / 12"
	keys /
	type_text "ans v"
	keys Right
	wait_gone "Search:"
	keys x
	wait_for "Mark Ans Visser as excused? y/n"
	keys y
	wait_for "Nothing changed: the key came before the question could be read"
	keys x
	wait_for "Mark Ans Visser as excused? y/n"
	sleep 0.5
	keys y
	wait_for "Excused Ans Visser"
	run nl status
	expect_out_has "1 excused"
}

run_tests
