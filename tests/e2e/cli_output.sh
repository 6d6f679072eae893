#!/usr/bin/env bash
# End-to-end: where documents and exports go.  Every command with -o
# writes standard output for "-o -" (and makes no file called "-"), takes
# a 253-byte file name (the temporary file beside it has a short name of
# its own), and leaves only the file it was asked for.
. "$(dirname "$0")/../lib/tap.sh"

# Every command that has -o, with the arguments it needs on the demo.
# A new document command must be added here: the first test counts.
OUTPUT_COMMANDS=(
	"minutes 1"
	"invite 1"
	"sheet 1"
	"report --year 2026"
	"allowance --year 2026"
	"export attendance"
	"export quorum 1"
	"export actions"
	"export ics --year 2026"
)

demo() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

t_every_command_with_o_is_listed_here() {
	local n
	n=$("$NL" --help | grep -o '\[-o' | wc -l)
	[ "$n" = "${#OUTPUT_COMMANDS[@]}" ] ||
		fail "--help shows $n commands with -o; this test knows ${#OUTPUT_COMMANDS[@]}"
}

t_dash_is_standard_output_for_every_command() {
	demo
	local c expected
	for c in "${OUTPUT_COMMANDS[@]}"; do
		# shellcheck disable=SC2086
		run nl $c
		expect_rc 0
		expected=$out
		# shellcheck disable=SC2086
		run nl $c -o -
		expect_rc 0
		expect_empty_err
		[ -n "$out" ] || fail "$c -o - wrote nothing"
		[ "$out" = "$expected" ] || fail "$c -o - differs from $c"
		[ ! -e "$T/-" ] || fail "$c -o - made a file called -"
	done
}

t_a_253_byte_name_is_written_for_every_command() {
	demo
	local c name
	name=$(printf 'n%.0s' $(seq 1 250)).md
	[ ${#name} = 253 ] || fail "the name is ${#name} bytes"
	for c in "${OUTPUT_COMMANDS[@]}"; do
		rm -f -- "$T/$name"
		# shellcheck disable=SC2086
		run nl $c -o "$T/$name"
		expect_rc 0
		expect_empty_err
		[ -s "$T/$name" ] || fail "$c -o NAME wrote nothing"
		expect_file_mode "$T/$name" 600
	done
	run nl backup "$T/$name.db"
	expect_rc 1   # 256 bytes: too long for the file system itself
	expect_err_line "File name too long"
	run nl backup "$T/${name%.md}.db"
	expect_rc 0
	[ "$(sqlite3 "$T/${name%.md}.db" 'PRAGMA integrity_check')" = ok ] ||
		fail "the copy is not whole"
	[ "$(ls -A "$T" | grep -vc -e '^notulist\.db' -e '^home$' -e '^\.out$' -e '^\.err$')" = 2 ] ||
		fail "files left beside the outputs: $(ls -A "$T")"
}

run_tests
