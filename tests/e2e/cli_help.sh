#!/usr/bin/env bash
# End-to-end: help and the global options.  `COMMAND --help` (and -h, and
# `help COMMAND`) works for every command and every group — `member --help`
# lists the group's commands — and every line of help fits 80 columns in
# English and in Dutch; -d FILE, -dFILE, --db FILE and --db=FILE all name
# the database.
. "$(dirname "$0")/../lib/tap.sh"

# Commands as "word" or "group word", from --help.
commands() {
	"$NL" --help | sed -n 's/^  \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\}\( .*\)\{0,1\}$/\1\2/p' |
		sort -u
}
groups() { commands | awk 'NF == 2 { print $1 }' | sort -u; }

t_every_command_has_help() {
	local c n=0
	while read -r c; do
		n=$((n + 1))
		# shellcheck disable=SC2086
		run "$NL" $c --help
		expect_rc 0
		expect_empty_err
		case "$out" in "usage: notulist [-d FILE] $c"*) ;; *) fail "$c --help: no usage line" ;; esac
		[ "$(printf '%s\n' "$out" | wc -l)" -ge 2 ] || fail "$c --help says nothing about what it does"
		# shellcheck disable=SC2086
		[ "$("$NL" $c -h)" = "$out" ] || fail "$c -h differs from --help"
		# shellcheck disable=SC2086
		[ "$("$NL" help $c)" = "$out" ] || fail "help $c differs from $c --help"
	done < <(commands)
	[ "$n" -gt 40 ] || fail "only $n commands in --help"
}

t_every_group_lists_its_commands() {
	local g n=0 want got
	while read -r g; do
		n=$((n + 1))
		run "$NL" "$g" --help
		expect_rc 0
		expect_empty_err
		expect_out_has "Usage: notulist [-d FILE] $g COMMAND [ARGS]"
		want=$(commands | grep "^$g ")
		got=$(printf '%s\n' "$out" | sed -n "s/^  \\($g [a-z-]*\\).*/\\1/p" | sort -u)
		[ "$got" = "$want" ] || fail "$g --help lists:" "$got" "instead of:" "$want"
		[ "$("$NL" help "$g")" = "$out" ] || fail "help $g differs from $g --help"
		[ "$("$NL" "$g" -h)" = "$out" ] || fail "$g -h differs from $g --help"
	done < <(groups)
	[ "$n" -ge 8 ] || fail "only $n groups"
	run "$NL" member --help
	expect_out_has "  member erase PERSON"
	expect_out_lacks "meeting add"
	# Without --help a bare group is still a usage error.
	run "$NL" member
	expect_rc 2
}

# widest FILE: the widest line in columns (UTF-8 aware).
widest() { LC_ALL=C.UTF-8 wc -L <"$1"; }

t_every_help_line_fits_80_columns_in_english_and_dutch() {
	local lang c g
	for lang in en nl; do
		: >"$T/all"
		"$NL" --lang "$lang" --help >>"$T/all"
		while read -r c; do
			# shellcheck disable=SC2086
			"$NL" --lang "$lang" $c --help >>"$T/all"
		done < <(commands)
		while read -r g; do
			"$NL" --lang "$lang" "$g" --help >>"$T/all"
		done < <(groups)
		[ "$(wc -l <"$T/all")" -gt 200 ] || fail "too little help in $lang"
		[ "$(widest "$T/all")" -le 80 ] ||
			fail "$lang help wider than 80 columns:" \
				"$(grep -E '^.{81}' "$T/all" | head -5)"
	done
	run "$NL" --lang nl member --help
	expect_out_has "Commando's:"
}

t_database_option_in_every_form() {
	run "$NL" -d"$T/a.db" init
	expect_rc 0
	[ -f "$T/a.db" ] || fail "-dFILE did not name the database"
	run "$NL" --db "$T/b.db" init
	expect_rc 0
	[ -f "$T/b.db" ] || fail "--db FILE did not name the database"
	run "$NL" --db="$T/c.db" init
	[ -f "$T/c.db" ] || fail "--db=FILE did not name the database"
	"$NL" -d"$T/a.db" municipality add Zuidplas >/dev/null
	run "$NL" -d "$T/a.db" municipality list
	expect_out_has "Zuidplas"
	run "$NL" -d"$T/a.db" --lang nl municipality list
	expect_out_has "Zuidplas"
	[ ! -e "$T/--lang" ] && [ ! -e "$T/nl" ] || fail "stray files"
	run "$NL" --help
	expect_out_has "-d, --db FILE"
	expect_out_has "-dFILE"
}

run_tests
