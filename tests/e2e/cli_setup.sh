#!/usr/bin/env bash
# End-to-end: global options, help, database location and recognition.
. "$(dirname "$0")/../lib/tap.sh"

t_help_lists_every_command() {
	run "$NL" --help
	expect_rc 0
	for c in "init" "municipality add" "municipality list" "member add" \
		"member list" "member deactivate" "meeting add" "meeting list" \
		"meeting open" "meeting close" "checkin" "checkout" "excuse" \
		"undo" "status" "Exit status"; do
		expect_out_has "$c"
	done
}

t_version() {
	run "$NL" --version
	expect_rc 0
	expect_out_has "notulist "
}

t_unknown_command_is_a_usage_error() {
	run nl frobnicate
	expect_rc 2
	expect_err_line 'unknown command "frobnicate"'
}

t_unknown_global_option() {
	run "$NL" --frob
	expect_rc 2
	expect_err_line "unknown option --frob"
}

t_missing_argument_shows_usage_in_one_line() {
	run nl meeting add
	expect_rc 2
	expect_err_line "usage: notulist meeting add YYYY-MM-DD"
}

t_too_many_arguments() {
	run nl checkin 1 2 3
	expect_rc 2
	expect_err_line 'unexpected argument "3"'
}

t_unknown_command_option() {
	run nl member list --everyone
	expect_rc 2
	expect_err_line "unknown option --everyone"
}

t_option_without_value() {
	run nl meeting add 2026-03-10 --location
	expect_rc 2
	expect_err_line "option --location needs a value"
}

t_group_without_subcommand() {
	run nl meeting
	expect_rc 2
	expect_err_line "notulist meeting: which one? add, list, open, close"
	run nl meeting frob
	expect_rc 2
	expect_err_line 'unknown subcommand "frob"; one of: add, list'
}

t_control_characters_in_words_stay_on_one_line() {
	run nl "$(printf 'bad\ncommand\033[31m')"
	expect_rc 2
	expect_err_line 'unknown command "bad\ncommand\x1b[31m"'
}

t_command_help() {
	run nl meeting add --help
	expect_rc 0
	expect_out_has "usage: notulist [-d FILE] meeting add YYYY-MM-DD [HH:MM]"
	[ ! -e "$DB" ] || fail "--help created the database"
}

t_empty_database_option() {
	run "$NL" -d "" status
	expect_rc 2
	expect_err_line "-d needs a file"
	run "$NL" --lang fr status
	expect_rc 2
	expect_err_line "--lang needs nl or en"
}

t_init_creates_a_private_database() {
	umask 022
	run nl init
	expect_rc 0
	expect_out_has "Created database $DB"
	expect_file_mode "$DB" 600
	run nl init
	expect_rc 0
	expect_out_has "is ready (schema version"
}

t_default_location_follows_xdg() {
	export XDG_DATA_HOME="$T/xdg"
	run "$NL" init
	expect_rc 0
	[ -f "$T/xdg/notulist/notulist.db" ] || fail "no database under XDG"
	expect_file_mode "$T/xdg/notulist" 700
	expect_file_mode "$T/xdg/notulist/notulist.db" 600
}

t_default_location_falls_back_to_home() {
	unset XDG_DATA_HOME
	run "$NL" init
	expect_rc 0
	[ -f "$HOME/.local/share/notulist/notulist.db" ] || fail "no db in HOME"
}

t_relative_xdg_is_ignored() {
	export XDG_DATA_HOME="relative/dir"
	run "$NL" init
	expect_rc 0
	[ -f "$HOME/.local/share/notulist/notulist.db" ] || fail "no db in HOME"
}

t_notulist_db_overrides_default() {
	export NOTULIST_DB="$T/env.db"
	run "$NL" init
	expect_rc 0
	[ -f "$T/env.db" ] || fail "NOTULIST_DB ignored"
	run "$NL" -d "$T/flag.db" init
	[ -f "$T/flag.db" ] || fail "-d does not beat NOTULIST_DB"
}

t_no_home_and_no_xdg_is_a_clear_error() {
	run env -u HOME -u XDG_DATA_HOME -u NOTULIST_DB "$NL" member list
	expect_rc 1
	expect_err_line "neither XDG_DATA_HOME nor HOME is set"
}

t_missing_directory_for_d() {
	run "$NL" -d "$T/no/such/dir/x.db" init
	expect_rc 1
	expect_err_line "cannot create $T/no/such/dir/x.db"
}

t_foreign_sqlite_file_is_refused_untouched() {
	sqlite3 "$DB" "CREATE TABLE recipes (name TEXT)"
	local before
	before=$(checksum "$DB")
	run nl member list
	expect_rc 1
	expect_err_line "not a notulist database (an SQLite database of another program)"
	[ "$(checksum "$DB")" = "$before" ] || fail "file was changed"
	[ ! -e "$DB-wal" ] || fail "a WAL file was left"
}

t_text_file_is_refused_untouched() {
	printf 'name;gemeente\nZoë;Capelle\n' >"$DB"
	local before
	before=$(checksum "$DB")
	run nl status
	expect_rc 1
	expect_err_line "not a notulist database (not an SQLite file)"
	[ "$(checksum "$DB")" = "$before" ] || fail "file was changed"
}

t_newer_schema_is_refused_untouched() {
	nl_ok init
	sqlite3 "$DB" "PRAGMA user_version = 99"
	local before
	before=$(checksum "$DB")
	run nl member list
	expect_rc 1
	expect_err_line "schema version 99, newer than this notulist supports"
	[ "$(checksum "$DB")" = "$before" ] || fail "file was changed"
}

t_truncated_database_is_an_error() {
	nl_ok init --demo
	head -c 5000 "$DB" >"$T/cut.db" && mv "$T/cut.db" "$DB"
	run nl member list
	expect_rc 1
	expect_err_line "$DB"
}

t_empty_file_becomes_a_database() {
	: >"$DB"
	run nl init
	expect_rc 0
	run nl member list
	expect_rc 0
}

t_output_that_cannot_be_written_fails() {
	nl_ok init --demo
	run sh -c "'$NL' -d '$DB' member list >/dev/full"
	expect_rc 1
	expect_err_line "cannot write the output"
}

t_demo_loads_into_an_empty_database_only() {
	run nl init --demo
	expect_rc 0
	expect_out_has "3 municipalities, 22 people, 1 meeting"
	run nl member list
	expect_out_has "Zoë de Vries"
	expect_out_has "Gülşen Demir"
	run nl init --demo
	expect_rc 1
	expect_err_line "already holds data"
	run nl member list
	[ "$(printf '%s\n' "$out" | grep -c 'Zoë de Vries')" = 1 ] ||
		fail "demo was loaded twice"
}

t_demo_is_refused_next_to_real_data() {
	nl_ok municipality add Echt
	run nl init --demo
	expect_rc 1
	run nl member list
	expect_out_lacks "Zoë"
}

run_tests
