#!/usr/bin/env bash
# End-to-end: bash completion (data/notulist.bash) against the real binary.
. "$(dirname "$0")/../lib/tap.sh"
COMPLETION="$(cd "$(dirname "$0")/../.." && pwd)/data/notulist.bash"

# complete_line WORD...: what bash would offer after those words (the last
# one is being typed), one per line.
complete_line() {
	(
		PATH="$(dirname "$NL"):$PATH"
		. "$COMPLETION"
		COMP_WORDS=(notulist "$@")
		COMP_CWORD=$#
		_notulist
		printf '%s\n' "${COMPREPLY[@]}"
	)
}

t_commands_and_groups() {
	run complete_line ""
	expect_out_has "checkin"
	expect_out_has "meeting"
	[ "$(printf '%s\n' "$out" | grep -c '^meeting$')" = 1 ] ||
		fail "group offered more than once"
	run complete_line me
	expect_out_eq "member
meeting"
}

t_subcommands() {
	run complete_line meeting ""
	expect_out_has "add"
	expect_out_has "close"
	run complete_line meeting o
	expect_out_eq "open"
}

t_person_names_are_quoted_for_the_shell() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	run complete_line -d "$DB" checkin 2026-03-10 zo
	expect_out_eq 'Zoë\ de\ Vries'
}

t_meetings_by_date() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok meeting add 2026-06-01
	run complete_line -d "$DB" status 2026-0
	expect_out_eq "2026-03-10
2026-06-01"
}

t_options_and_their_values() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	run complete_line -d "$DB" member add X --
	expect_out_has "--municipality"
	expect_out_has "--role"
	run complete_line -d "$DB" member add X --role c
	expect_out_eq "client
chair"
	run complete_line -d "$DB" member add X --municipality z
	expect_out_eq "Zuidplas"
	run complete_line -d "$DB" config get quorum
	expect_out_eq "quorum_min"
}

t_export_and_import() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	run complete_line -d "$DB" export ""
	expect_out_eq "attendance
quorum
actions"
	run complete_line -d "$DB" export attendance --delimiter t
	expect_out_eq "tab"
	run complete_line -d "$DB" export quorum 2026-03
	expect_out_eq "2026-03-10"
	: >"$T/leden.csv"
	run complete_line -d "$DB" import members "$T/led"
	expect_out_eq "$T/leden.csv"
}

t_record_commands_complete_their_words() {
	run complete_line agenda de
	expect_out_eq "decide
defer"
	run complete_line agenda add 1 Brieven --topic ""
	expect_out_eq "letters
treatment
agreements
other"
	run complete_line agenda status 1 2 d
	expect_out_eq "discussed"
	run complete_line advice add Loket --kind un
	expect_out_eq "unsolicited"
	run complete_line meeting ap
	expect_out_eq "approve"
	run complete_line minutes 1 -o "$T/no"
	expect_out_eq ""
	: >"$T/notulen.md"
	run complete_line minutes 1 -o "$T/no"
	expect_out_eq "$T/notulen.md"
}

t_database_option_completes_files() {
	: >"$T/some.db"
	run complete_line -d "$T/so"
	expect_out_eq "$T/some.db"
}

t_completion_never_creates_a_database() {
	run complete_line -d "$T/none.db" checkin 1 ""
	expect_out_eq ""
	[ ! -e "$T/none.db" ] || fail "completion created a database"
}

run_tests
