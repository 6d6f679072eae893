#!/usr/bin/env bash
# End-to-end: notulist backup.
. "$(dirname "$0")/../lib/tap.sh"

t_backup_is_a_private_complete_copy() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	NOTULIST_NOW="2026-03-10 14:01:00" nl_ok checkin 1 "Zoë de Vries"
	umask 022
	run nl backup "$T/copy.db"
	expect_rc 0
	expect_out_eq "Backed up $DB to $T/copy.db"
	expect_file_mode "$T/copy.db" 600
	[ "$(sqlite3 "$T/copy.db" 'PRAGMA integrity_check')" = ok ] ||
		fail "copy is not intact"
	run "$NL" -d "$T/copy.db" status 1
	expect_out_has "clients present: 1/12"
	ls "$T" | grep -q 'copy.db.' && fail "temporary file left behind"
	true
}

t_backup_while_another_process_writes() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	sqlite3 "$DB" "BEGIN IMMEDIATE; SELECT 1;" >/dev/null &
	run nl backup "$T/copy.db"
	wait
	expect_rc 0
}

t_backup_refuses_the_database_itself() {
	nl_ok init
	local before
	before=$(checksum "$DB")
	run nl backup "$DB"
	expect_rc 1
	expect_err_line "is the database itself"
	[ "$(checksum "$DB")" = "$before" ] || fail "database changed"
}

t_backup_to_a_missing_directory_leaves_nothing() {
	nl_ok init
	run nl backup "$T/no/such/dir/copy.db"
	expect_rc 1
	expect_err_line "$T/no/such/dir/copy.db: No such file or directory"
}

t_backup_replaces_an_older_copy() {
	nl_ok init
	echo old >"$T/copy.db"
	nl_ok backup "$T/copy.db"
	[ "$(sqlite3 "$T/copy.db" 'PRAGMA integrity_check')" = ok ] ||
		fail "old copy not replaced"
}

run_tests
