#!/usr/bin/env bash
# End-to-end: the documentation tells the truth — every command in --help
# is in the man page and back, the man page is clean mdoc and the README's
# two set-up commands exist.  (`make install`: tests/e2e/tooling.sh.)
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

t_man_page_is_clean_mdoc() {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	run mandoc -Tlint "$MAN"
	expect_rc 0
	expect_out_eq ""
}

t_man_page_has_the_required_sections() {
	local section
	for section in SYNOPSIS COMMANDS "THE BOARD" ENVIRONMENT FILES \
		"EXIT STATUS" EXAMPLES; do
		grep -q "^\.Sh $section" "$MAN" || fail "no section $section"
	done
	grep -q "Participatiewet" "$MAN" || fail "no legal context"
}

t_readme_gives_the_two_setup_commands() {
	grep -q '^make run ' "$ROOT/README.md" || fail "no 'make run'"
	grep -q '^make check ' "$ROOT/README.md" || fail "no 'make check'"
}

run_tests
