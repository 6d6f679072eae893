#!/usr/bin/env bash
# End-to-end: privacy — erasure (GDPR art. 17) and private files.
. "$(dirname "$0")/../lib/tap.sh"

demo() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

# Whether the bytes of TEXT occur anywhere in the database's files.
in_files() { cat "$DB" "$DB-wal" 2>/dev/null | grep -aqF -- "$1"; }

t_erasure_removes_name_and_contacts_but_keeps_attendance() {
	demo
	nl_ok member add "Wendelien Oosterbroek" --municipality Zuidplas \
		--email wendelien@example.org --phone 0612345678
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Wendelien Oosterbroek"
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 1 "Zoë de Vries"
	in_files "Wendelien" || fail "test setup: the name is not in the file"
	run nl member erase "Wendelien Oosterbroek" --yes
	expect_rc 0
	expect_out_eq "Erased person 23: name and contact details removed; past attendance kept as client-0023"
	for text in Wendelien Oosterbroek wendelien@example.org 0612345678; do
		in_files "$text" && fail "\"$text\" is still in the database files"
	done
	run nl status 1
	expect_out_has "clients present: 2/12"
	run nl member list --all
	expect_out_has "client-0023"
	expect_out_has "erased"
	run nl member list
	expect_out_lacks "client-0023"
}

t_erased_people_cannot_be_found_or_revived() {
	demo
	nl_ok member erase "Zoë de Vries" --yes
	run nl checkin 1 "Zoë de Vries"
	expect_rc 1
	expect_err_line 'no person named "Zoë de Vries"'
	run nl member erase 1 --yes
	expect_rc 1
	expect_err_line "client-0001 has already been erased"
	run nl member activate 1
	expect_rc 1
	expect_err_line "client-0001 was erased; add the person again as a new member"
}

t_erasure_at_a_terminal_asks_first() {
	demo
	run bash -c "printf 'n\n' | script -qec '$NL -d $DB member erase 1' /dev/null"
	expect_out_has "Erase 1 Zoë de Vries (Capelle aan den IJssel) for good?"
	expect_out_has "Nothing erased."
	run nl member list
	expect_out_has "Zoë de Vries"
	run bash -c "printf 'y\n' | script -qec '$NL -d $DB member erase 1' /dev/null"
	expect_out_has "Erased person 1"
	# Dutch secretaries answer j(a).
	run bash -c "printf 'j\n' | script -qec '$NL -d $DB member erase 2' /dev/null"
	expect_out_has "Erased person 2"
}

t_erasure_while_the_board_holds_the_database() {
	demo
	# A reader holding an old snapshot keeps the WAL from being emptied
	# until it lets go; the erasure itself is done at once.
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Anaïs Bakker"
	{ echo "BEGIN; SELECT count(*) FROM person;"; sleep 3; } |
		sqlite3 "$DB" >/dev/null &
	sleep 0.5
	run nl member erase "Zoë de Vries" --yes
	expect_rc 0
	expect_out_has "kept as client-0001"
	expect_out_has "Another notulist has this database open"
	wait
	run nl member list
	expect_out_lacks "Zoë"
	nl_ok status 1
	in_files "Zoë de Vries" && fail "the old name outlived the reader"
	true
}

t_report_counts_the_erased_under_the_pseudonym() {
	demo
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 16:00:00" nl_ok meeting close 1
	nl_ok member erase "Zoë de Vries" --yes
	run env NOTULIST_NOW="2026-03-11 10:00:00" "$NL" -d "$DB" report
	expect_out_has "client-0001"
	expect_out_lacks "Zoë"
}

t_files_are_private() {
	umask 022
	export XDG_DATA_HOME="$T/xdg"
	run "$NL" init --demo
	expect_file_mode "$T/xdg/notulist" 700
	expect_file_mode "$T/xdg/notulist/notulist.db" 600
	NOTULIST_NOW="2026-03-10 14:00:00" "$NL" checkin 1 "Zoë de Vries" >/dev/null
	for f in "$T"/xdg/notulist/*; do
		expect_file_mode "$f" 600
	done
	"$NL" backup "$T/b.db" >/dev/null
	expect_file_mode "$T/b.db" 600
	"$NL" report -o "$T/r.md" >/dev/null
	expect_file_mode "$T/r.md" 600
	"$NL" minutes 1 -o "$T/m.md" >/dev/null
	expect_file_mode "$T/m.md" 600
}

run_tests
