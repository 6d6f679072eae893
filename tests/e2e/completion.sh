#!/usr/bin/env bash
# End-to-end: bash completion (data/notulist.bash) against the real binary,
# called as bash calls it and in a real interactive bash in tmux.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"
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

t_membership_commands_complete_people_and_municipalities() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	run complete_line -d "$DB" member ""
	for word in edit show move reappoint; do
		printf '%s\n' "$out" | grep -qx "$word" || fail "no $word" "$out"
	done
	run complete_line -d "$DB" member show zo
	expect_out_eq 'Zoë\ de\ Vries'
	run complete_line -d "$DB" member move "Zoë de Vries" --municipality z
	expect_out_eq "Zuidplas"
	run complete_line -d "$DB" municipality leave z
	expect_out_eq "Zuidplas"
	run complete_line -d "$DB" checkin 2026-03-10 X --for zo
	expect_out_eq 'Zoë\ de\ Vries'
	run complete_line -d "$DB" checkin 2026-03-10 --
	expect_out_has "--guest"
	expect_out_has "--for"
}

t_export_and_import() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	run complete_line -d "$DB" export ""
	expect_out_eq "attendance
quorum
actions
ics"
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

# People whose names need quoting or fold accents.
seed_names() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	nl_ok member add "Jan de Vries" --municipality Zuidplas
	nl_ok member add "Jan de Bruin" --municipality Zuidplas
	nl_ok member add "Émile Dubois" --municipality Zuidplas
	nl_ok member add "O'Brien Seán" --municipality Zuidplas
}

# bash passes the word as typed: a backslash or an open quote is read the
# way the shell will read it, and the answer fits what was typed.
t_quoted_and_escaped_words() {
	seed_names
	run complete_line -d "$DB" checkin 1 'Jan\ de\ '
	expect_out_eq 'Jan\ de\ Bruin
Jan\ de\ Vries'
	run complete_line -d "$DB" checkin 1 'Jan\ de\ V'
	expect_out_eq 'Jan\ de\ Vries'
	run complete_line -d "$DB" checkin 1 '"Zo'
	expect_out_eq 'Zoë de Vries'
	run complete_line -d "$DB" checkin 1 "'Jan de V"
	expect_out_eq 'Jan de Vries'
	run complete_line -d "$DB" checkin 1 '"O'"'"'B'
	expect_out_eq "O'Brien Seán"
	run complete_line -d "$DB" checkin 1 "'O"
	expect_out_eq "O'\\''Brien Seán"
	run complete_line -d "$DB" checkin 1 'O'
	expect_out_eq "O\\'Brien\\ Seán"
}

t_names_complete_without_regard_to_accents() {
	seed_names
	run complete_line -d "$DB" checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
	run complete_line -d "$DB" checkin 1 emile
	expect_out_eq 'Émile\ Dubois'
	run complete_line -d "$DB" checkin 1 zoe
	expect_out_eq 'Zoë\ de\ Vries'
}

# The database named in a quoted or attached word is the one asked.
t_the_database_word_is_read_as_the_shell_reads_it() {
	seed_names
	mkdir -p "$T/my dir"
	cp "$DB" "$T/my dir/x.db"
	run complete_line -d "\"$T/my dir/x.db\"" checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
	run complete_line -d "$(printf '%q' "$T/my dir/x.db")" checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
	run complete_line "-d$DB" checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
	run complete_line "--db=$DB" checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
	cp "$DB" "$HOME/h.db"
	run complete_line -d '~/h.db' checkin 1 Em
	expect_out_eq 'Émile\ Dubois'
}

# shell_start: an interactive bash in tmux with the completion loaded and
# notulist on its PATH, on the test's database.
shell_start() {
	TMUX_SOCKET="nl-$$-${T##*/}-sh"
	TUI_SOCKETS="${TUI_SOCKETS:-} $TMUX_SOCKET"
	trap tui_cleanup EXIT
	cat >"$T/.bashrc" <<-EOF
	PS1='$ '
	PATH='$(dirname "$NL")':\$PATH
	export NOTULIST_DB='$DB'
	. '$COMPLETION'
	EOF
	tm new-session -d -s t -x 120 -y 10 \
		"env -i HOME='$HOME' TERM=screen LANG=C.UTF-8 bash --noprofile --rcfile '$T/.bashrc' -i"
	wait_for '$'
}

# What a user sees: Tab in a real bash completes the quoted or escaped
# word in place, and closes an open quote.
t_tab_in_a_real_bash() {
	command -v tmux >/dev/null || skip "tmux is not installed"
	seed_names
	shell_start
	type_text 'notulist checkin 1 "Zo'
	keys Tab
	wait_for 'notulist checkin 1 "Zoë de Vries"'
	keys C-u
	type_text 'notulist checkin 1 Jan\ de\ V'
	keys Tab
	wait_for 'notulist checkin 1 Jan\ de\ Vries'
	keys C-u
	type_text 'notulist checkin 1 Em'
	keys Tab
	wait_for 'notulist checkin 1 Émile\ Dubois'
	keys C-u
	type_text "notulist checkin 1 'O"
	keys Tab
	wait_for "notulist checkin 1 'O'\\''Brien Seán'"
}

run_tests
