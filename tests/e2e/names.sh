#!/usr/bin/env bash
# End-to-end: names that look alike.  One person typed on two keyboards
# (NFC and NFD "Zoë") is one person; case folds in every script; names
# sort by their letters, not their accents ("Émile" among the E's); tables
# line up under LANG=C and with emoji; every way text comes in — arguments,
# the editor, the board's forms, an imported file — is stored in NFC.
# (Names that are refused — invisible, bidi controls, pseudonyms — are rows
# of tests/e2e/faults.sh.)
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

NFC=$'Zo\xc3\xab de Vries'   # ë as one code point
NFD=$'Zoe\xcc\x88 de Vries'  # e + combining diaeresis
FAMILY=$'\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7'

body() {
	nl_ok municipality add Capelle
	nl_ok municipality add Zuidplas
}

# The bytes stored for a name, as hex.
stored_hex() {
	sqlite3 "$DB" "SELECT hex(name) FROM person WHERE id = $1"
}

t_an_nfd_name_is_the_nfc_person() {
	body
	nl_ok member add "$NFC" --municipality Capelle
	run nl member add "$NFD" --municipality Capelle
	expect_rc 1
	expect_err_line "already a member: 1 $NFC (Capelle)"
	nl_ok meeting add 2026-03-10 19:00
	nl_ok checkin 1 "$NFD"
	run nl checkin 1 "$NFC"
	expect_rc 1
	expect_err_line "is already present"
	run nl status
	expect_out_has "clients present: 1/12"
}

t_an_nfd_name_is_stored_as_nfc() {
	body
	nl_ok member add "$NFD" --municipality Capelle
	[ "$(stored_hex 1)" = "$(printf '%s' "$NFC" | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" ] ||
		fail "stored as $(stored_hex 1)"
	nl_ok meeting add 2026-03-10 19:00 --location $'Cafe\xcc\x81 de Zon'
	run sqlite3 "$DB" "SELECT location = 'Café de Zon' FROM meeting"
	expect_out_eq 1
}

t_the_joint_arrangements_name_is_stored_as_nfc() {
	nl_ok config set gr_name $'  GR Zoe\xcc\x88  '
	run nl config get gr_name
	expect_out_eq "GR Zoë"
	run sqlite3 "$DB" "SELECT value = 'GR Zoë' FROM setting WHERE key = 'gr_name'"
	expect_out_eq 1
}

t_case_folds_in_every_script() {
	body
	nl_ok member add "Ștefan Popescu" --municipality Capelle
	nl_ok member add "THỊ NGUYỄN" --municipality Capelle
	nl_ok member add "ŞAHİN YILMAZ" --municipality Zuidplas
	nl_ok member add "Straße" --municipality Zuidplas
	nl_ok member add "ΟΔΥΣΣΕΑΣ" --municipality Zuidplas
	nl_ok meeting add 2026-03-10 19:00
	nl_ok checkin 1 "ștefan popescu"
	nl_ok checkin 1 "Thị Nguyễn"
	nl_ok checkin 1 "şahin yilmaz"
	nl_ok checkin 1 "STRASSE"
	nl_ok checkin 1 "οδυσσεας"
	run nl status
	expect_out_has "clients present: 5/12"
	# Accents still count for who someone is.
	run nl checkin 1 "Stefan Popescu"
	expect_rc 1
	expect_err_line 'no person named "Stefan Popescu"; did you mean: 1 Ștefan Popescu (Capelle)'
	run nl member add "ȘTEFAN POPESCU" --municipality Capelle
	expect_rc 1
	expect_err_line "already a member"
}

t_names_sort_by_their_letters_not_their_accents() {
	body
	local name
	for name in "Zoë" "Émile" "Frank" "Eva" "Øystein" "Ölçer" "Anna"; do
		nl_ok member add "$name" --municipality Capelle
	done
	run nl member list
	[ "$(printf '%s\n' "$out" | sed 1d | awk '{print $2}' | tr '\n' ' ')" = \
		"Anna Émile Eva Frank Ölçer Øystein Zoë " ] ||
		fail "not in alphabetical order"
	nl_ok municipality add "Ede"
	nl_ok municipality add "Élancourt"
	nl_ok municipality add "Assen"
	run nl municipality list
	[ "$(printf '%s\n' "$out" | sed 1d | awk '{print $2}' | tr '\n' ' ')" = \
		"Assen Capelle Ede Élancourt Zuidplas " ] ||
		fail "municipalities not in alphabetical order"
}

# Terminal columns of text before a marker on each line, as tmux 3.3
# draws them: wide characters 2, marks and format characters 0, and emoji
# joined by U+200D one glyph of 2.
WIDTH_PY='
import sys, unicodedata
def width(s):
    w, joined = 0, False
    for ch in s:
        if joined and unicodedata.category(ch) == "So":
            joined = False
            continue
        joined = ch == "\u200d"
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w
marker = sys.argv[1]
for line in sys.stdin.read().splitlines():
    if marker in line:
        print(width(line[:line.index(marker)]))'

# The name column is 28 terminal columns wide: the municipality starts in
# the same column after a name of wide characters, of accents, of a ZWJ
# emoji, with the locale of cron (LANG=C) as with a UTF-8 one.
municipality_column() { /usr/bin/python3 -c "$WIDTH_PY" " Capelle"; }

t_tables_line_up_under_lang_c() {
	body
	nl_ok member add "山田太郎" --municipality Capelle
	nl_ok member add "Zoë Noël" --municipality Capelle
	nl_ok member add "Jan $FAMILY" --municipality Capelle
	nl_ok member add "김민준" --municipality Capelle
	local lang
	for lang in C C.UTF-8; do
		LC_ALL=$lang LANG=$lang run nl member list
		expect_rc 0
		[ "$(printf '%s\n' "$out" | municipality_column | sort -u)" = 34 ] ||
			fail "LANG=$lang: columns do not line up" \
				"$(printf '%s\n' "$out" | municipality_column | tr '\n' ' ')"
	done
}

t_a_zwj_emoji_keeps_its_board_row_in_line() {
	body
	nl_ok member add "Jan $FAMILY Smit" --municipality Capelle
	nl_ok member add "Piet Smit" --municipality Capelle
	nl_ok meeting add 2026-03-10 19:00
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 19:05:00" tui_start 80 24
	wait_for "Piet Smit"
	local rows
	rows=$(screen | grep -E 'Smit' | /usr/bin/python3 -c "$WIDTH_PY" "client")
	[ "$(printf '%s\n' "$rows" | sort -u | wc -l)" = 1 ] ||
		fail "the role column moved:" "$rows" "$(screen)"
	keys q
}

t_editor_text_is_stored_as_nfc() {
	body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok agenda add 1 $'Caf\x65\xcc\x81'
	printf '#!/bin/sh\nprintf "Notulen van Zoe\\314\\210\\n" >"$1"\n' >"$T/editor.sh"
	chmod +x "$T/editor.sh"
	EDITOR="$T/editor.sh" VISUAL= nl_ok agenda note 1 1
	run sqlite3 "$DB" "SELECT notes = 'Notulen van Zoë', title = 'Café' FROM agenda_item"
	expect_out_eq "1|1"
}

t_a_walk_in_typed_in_nfd_on_the_board_is_stored_as_nfc() {
	body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 19:05:00" tui_start 80 24
	wait_for "Clients present 0 / 12"
	keys a
	wait_for "Walk-in: add and check in"
	type_text "$NFD"
	keys Enter Enter
	type_text "C"
	wait_for "< Capelle >"
	keys Enter Enter
	wait_for "Added and checked in $NFC"
	wait_for "Clients present 1 / 12"
	keys q
	tui_exit_status >/dev/null   # the board has let go of the database
	run sqlite3 "$DB" "SELECT count(*) FROM person WHERE name = '$NFC'"
	expect_out_eq 1
}

t_an_imported_nfd_name_is_the_member_already_there() {
	body
	nl_ok member add "$NFC" --municipality Capelle
	printf 'name,municipality\n%s,Capelle\n%s,Zuidplas\n' "$NFD" "$NFD" >"$T/leden.csv"
	run nl import members "$T/leden.csv"
	expect_rc 0
	expect_out_has "1 added, 0 updated, 1 skipped"
	run sqlite3 "$DB" "SELECT count(*) FROM person WHERE name = '$NFC'"
	expect_out_eq 2
}

t_an_imported_name_with_an_override_is_refused() {
	body
	printf 'naam,gemeente\n%s,Zuidplas\nPiet,%s\n' $'Jan \xe2\x80\xaesnesnaJ' \
		$'\xe3\x85\xa4' >"$T/leden.csv"
	run nl import members "$T/leden.csv" --create-municipalities
	expect_rc 1
	expect_err_has "leden.csv:2: name contains a bidirectional control character (such as U+202E)"
	expect_err_has "leden.csv:3: municipality has no visible character"
	run nl member list
	expect_out_lacks "Jan"
	run nl municipality list
	[ "$(printf '%s\n' "$out" | wc -l)" = 3 ] || fail "a municipality was made"
}

run_tests
