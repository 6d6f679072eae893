#!/usr/bin/env bash
# End-to-end: the documentation tells the truth — every command in --help
# is in the man page and back, every key of the board's tables is in the
# man page and README, the man page is clean mdoc and the README's two
# set-up commands exist.  (`make install`: tests/e2e/tooling.sh.)
. "$(dirname "$0")/../lib/tap.sh"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MAN="$ROOT/man/notulist.1"

# Commands as "word" or "group word", from --help and from the man page's
# COMMANDS section.
help_commands() {
	"$NL" --help | sed -n 's/^  \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\}\( .*\)\{0,1\}$/\1\2/p' |
		sort -u
}
man_commands() {
	sed -n '/^\.Sh COMMANDS/,/^\.Sh /p' "$MAN" |
		sed -n 's/^\.It Cm \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\}\( .*\)\{0,1\}$/\1\2/p' |
		sort -u
}

t_every_help_command_is_in_the_man_page_and_back() {
	local h m
	h=$(help_commands)
	m=$(man_commands)
	[ "$(echo "$h" | wc -l)" -gt 20 ] || fail "too few commands parsed from --help" "$h"
	[ "$h" = "$m" ] || fail "--help and the man page differ:" \
		"$(diff <(echo "$h") <(echo "$m"))"
}

# Whether the pages named in SEE ALSO are installed here (cron's are not on
# a build machine) says nothing about this page: that message is left out.
t_man_page_is_clean_mdoc() {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	run mandoc -Tlint "$MAN"
	out=$(printf '%s\n' "$out" | grep -v 'STYLE: referenced manual not found: Xr ')
	expect_out_eq ""
}

# over_80: the lines of stdin longer than 80 characters, numbered.
over_80() {
	python3 -c 'import sys
for n, line in enumerate(sys.stdin.read().split("\n"), 1):
    if len(line) > 80: print(n, line)'
}

# Source and rendered page: no line over 80 columns (a terminal of 80
# columns shows the page as written).
t_man_page_lines_fit_80_columns() {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	local long
	long=$(over_80 <"$MAN")
	[ -z "$long" ] || fail "source lines over 80 columns:" "$long"
	mandoc -Tutf8 -Owidth=80 "$MAN" | col -bx >"$T/page"
	long=$(over_80 <"$T/page")
	[ -z "$long" ] || fail "rendered lines over 80 columns:" "$long"
}

# What a reader looks for: the global options with --db, HOME among the
# environment, and the tools the page sends them to.
t_man_page_has_options_home_and_see_also() {
	local section
	section=$(sed -n '/^\.Sh SEE ALSO/,/^\.Sh /p' "$MAN")
	for xr in "cp 1" "sqlite3 1" "crontab 5"; do
		printf '%s\n' "$section" | grep -q "^\.Xr $xr" || fail "SEE ALSO lacks $xr"
	done
	sed -n '/^\.Sh ENVIRONMENT/,/^\.Sh /p' "$MAN" | grep -q '^\.It Ev HOME' ||
		fail "ENVIRONMENT lacks HOME"
	grep -q '^\.It Fl d Ar file , Fl -db Ar file' "$MAN" || fail "no -d/--db in the page"
	"$NL" --help | grep -q -- '--db FILE' || fail "--help does not name --db FILE"
}

t_man_page_has_the_required_sections() {
	local section
	for section in SYNOPSIS COMMANDS "THE BOARD" ENVIRONMENT FILES \
		"EXIT STATUS" EXAMPLES "SEE ALSO"; do
		grep -q "^\.Sh $section" "$MAN" || fail "no section $section"
	done
	grep -q "Participatiewet" "$MAN" || fail "no legal context"
}

# The board's keys: every key of every view's table (the no-meeting
# screen's and the record views' shared one included), as the board itself
# holds them (build/tools/keytables), is in that view's list in the man
# page and its rows of the README.
KEYTABLES="$NOTULIST_BUILD/tools/keytables"
DOC_KEYS=(/usr/bin/python3 "$ROOT/tests/lib/doc_keys.py")

t_every_key_of_every_view_is_in_the_man_page_and_readme() {
	[ -x "$KEYTABLES" ] || fail "no $KEYTABLES: run make tests"
	"$KEYTABLES" >"$T/keys" || fail "keytables failed"
	local views
	views=$(cut -d' ' -f1 "$T/keys" | sort -u | tr '\n' ' ')
	[ "$views" = "actions advice agenda board board-empty events meetings record warnings " ] ||
		fail "unexpected views: $views"
	run "${DOC_KEYS[@]}" "$T/keys" "$MAN" "$ROOT/README.md"
	[ "$rc" = 0 ] || fail "keys the documentation does not name:" "$out"
}

# The check fails when a key is added to a table but not to the docs.
t_a_key_missing_from_the_docs_is_reported() {
	[ -x "$KEYTABLES" ] || fail "no $KEYTABLES: run make tests"
	{ "$KEYTABLES"; echo "board-empty Z"; echo "record F"; } >"$T/keys"
	run "${DOC_KEYS[@]}" "$T/keys" "$MAN" "$ROOT/README.md"
	expect_rc 1
	expect_out_has "man page: view board-empty: key Z"
	expect_out_has "README: view record: key F"
}

# The glossary: HACKING.md and the man page say what an active client and
# a counting role are, and README's Development section sends a newcomer to
# HACKING.md.
t_glossary_in_hacking_and_the_man_page() {
	grep -q '^- \*\*Counting role\*\*' "$ROOT/HACKING.md" || fail "HACKING.md: no counting role"
	grep -q '^- \*\*Active client\*\*' "$ROOT/HACKING.md" || fail "HACKING.md: no active client"
	grep -q '^\.Em counting role$' "$MAN" || fail "man page: no counting role"
	grep -q '^\.Em active client$' "$MAN" || fail "man page: no active client"
	sed -n '/^## Development/,/^## /p' "$ROOT/README.md" | grep -q 'HACKING.md' ||
		fail "README's Development section does not point at HACKING.md"
}

t_readme_gives_the_two_setup_commands() {
	grep -q '^make run ' "$ROOT/README.md" || fail "no 'make run'"
	grep -q '^make check ' "$ROOT/README.md" || fail "no 'make check'"
}

run_tests
