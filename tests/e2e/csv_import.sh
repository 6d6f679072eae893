#!/usr/bin/env bash
# End-to-end: notulist import members — every kind of error with its line
# number, English and Dutch files, --update, --dry-run,
# --create-municipalities, and all or nothing.
. "$(dirname "$0")/../lib/tap.sh"

# csv NAME LINE...: writes the lines, each ended by CRLF, to $T/NAME.
csv() {
	local name=$1
	shift
	printf '%s\r\n' "$@" >"$T/$name"
}

setup() {
	nl_ok municipality add "Capelle aan den IJssel"
	nl_ok municipality add Zuidplas
}

member_count() { nl member list --all | tail -n +2 | grep -c .; }

t_english_file() {
	setup
	csv in.csv "name,municipality,role,email,phone" \
		"Zoë de Vries,Capelle aan den IJssel,client,zoe@example.org,010-1234567" \
		"Jan Jansen,zuidplas,representative,," \
		"Marleen Hendriks,,chair,,"
	run nl import members "$T/in.csv"
	expect_rc 0
	expect_empty_err
	expect_out_eq "$T/in.csv: 3 added, 0 updated, 0 skipped"
	run nl member list --all
	expect_out_has "Zoë de Vries"
	expect_out_has "Jan Jansen                   Zuidplas                 representative"
	expect_out_has "Marleen Hendriks             -                        chair"
}

t_dutch_excel_file_with_bom_and_semicolons() {
	setup
	printf '\xef\xbb\xbfNaam;Gemeente;Rol;E-mail;Telefoon\r\n"Vries, Zoë de";Capelle aan den IJssel;cliënt;;\r\nÖmer Yıldız;Zuidplas;Vertegenwoordiger;;06 12345678\r\n;;;;\r\n' >"$T/nl.csv"
	run nl import members "$T/nl.csv"
	expect_rc 0
	expect_out_eq "$T/nl.csv: 2 added, 0 updated, 0 skipped"
	run nl member list --all
	expect_out_has "Vries, Zoë de"
	expect_out_has "Ömer Yıldız"
	expect_out_has "representative"
}

# A spreadsheet that took the phone column for numbers: 0612345678 came
# out as 612345678, or as 6,12E+08 in Dutch Excel's scientific notation.
# Such rows are refused with what to do; real numbers in any form pass.
t_a_phone_the_spreadsheet_made_a_number_is_refused() {
	setup
	printf '%s\r\n' "naam;gemeente;telefoon" "Anna;Zuidplas;612345678" \
		"Bob;Zuidplas;6,12E+08" "Carl;Zuidplas;6.12346E+8" \
		"Dirk;Zuidplas;0612345678" "Eva;Zuidplas;+31 6 12345678" \
		"Fien;Zuidplas;010-1234567" "Gijs;Zuidplas;06 12345678" >"$T/nl.csv"
	run nl import members "$T/nl.csv"
	expect_rc 1
	[ "$err" = "$T/nl.csv:2: phone lost its leading 0 — the spreadsheet made it a number; format the column as text
$T/nl.csv:3: phone lost its leading 0 — the spreadsheet made it a number; format the column as text
$T/nl.csv:4: phone lost its leading 0 — the spreadsheet made it a number; format the column as text
notulist: $T/nl.csv: nothing imported (3 errors)" ] || fail "stderr differs:" "$err"
	[ "$(member_count)" = 0 ] || fail "something was imported"
	run env LANGUAGE=nl "$NL" -d "$DB" import members "$T/nl.csv" --dry-run
	expect_rc 1
	expect_err_has "$T/nl.csv:3: telefoonnummer is de 0 aan het begin kwijt"
	sed -i '2,4d' "$T/nl.csv"
	run nl import members "$T/nl.csv"
	expect_rc 0
	expect_out_eq "$T/nl.csv: 4 added, 0 updated, 0 skipped"
}

t_tab_and_a_given_delimiter() {
	setup
	printf 'name\tmunicipality\nAnna\tZuidplas\n' >"$T/tab.csv"
	run nl import members "$T/tab.csv"
	expect_rc 0
	expect_out_has "1 added"
	# The header alone says ",", the rows use ";": --delimiter decides.
	printf 'name;municipality\nBakker, Piet;Zuidplas\n' >"$T/semi.csv"
	run nl import members "$T/semi.csv" --delimiter ';'
	expect_rc 0
	expect_out_has "1 added"
	run nl member list
	expect_out_has "Bakker, Piet"
	run nl import members "$T/semi.csv" --delimiter '|'
	expect_rc 2
	expect_err_line "--delimiter must be ',', ';' or tab"
}

t_every_row_error_with_its_line() {
	setup
	csv bad.csv "name,municipality,role,email" \
		"Goed Persoon,Zuidplas,client," \
		",Zuidplas,client," \
		"Bob,Atlantis,client," \
		"Carl,Zuidplas,emperor," \
		"Dirk,,client," \
		"Eva,Zuidplas,client,$(printf 'e\001mail')" \
		"Frits,Zuidplas,client,,extra"
	printf 'Gr\xffet,Zuidplas,client,\r\n' >>"$T/bad.csv"
	run nl import members "$T/bad.csv"
	expect_rc 1
	expect_out_eq ""
	[ "$err" = "$T/bad.csv:3: name is empty
$T/bad.csv:4: unknown municipality \"Atlantis\" (add it first, or import with --create-municipalities)
$T/bad.csv:5: unknown role \"emperor\" (client, representative, chair, secretary, official, asd, guest, stand-in)
$T/bad.csv:6: a client needs a municipality
$T/bad.csv:7: e-mail contains a control character
$T/bad.csv:8: 5 fields, but the header names 4 columns
$T/bad.csv:9: name is not valid UTF-8
notulist: $T/bad.csv: nothing imported (7 errors); the file is not UTF-8: save it as \"CSV UTF-8\" and import it again" ] || fail "stderr differs:" "$err"
	[ "$(member_count)" = 0 ] || fail "something was imported"
}

# What Dutch-locale Excel writes for "CSV (gescheiden door
# lijstscheidingsteken)": Windows-1252, semicolons, CRLF.  Every accented
# row fails, and the last line says how to save the file right.
t_a_windows_1252_file_says_how_to_save_it() {
	setup
	printf 'Naam;Gemeente;Rol\r\nJo\353l de Vries;Zuidplas;cli\353nt\r\nAnn Bos;Zuidplas;client\r\nRen\351 Smit;Zuidplas;client\r\n' >"$T/excel.csv"
	run nl import members "$T/excel.csv"
	expect_rc 1
	[ "$err" = "$T/excel.csv:2: name is not valid UTF-8; role is not valid UTF-8
$T/excel.csv:4: name is not valid UTF-8
notulist: $T/excel.csv: nothing imported (2 errors); the file is not UTF-8: save it as \"CSV UTF-8\" and import it again" ] || fail "stderr differs:" "$err"
	[ "$(member_count)" = 0 ] || fail "something was imported"
}

t_several_problems_of_one_row_share_a_line() {
	setup
	csv bad.csv "name,municipality,role" "  ,Nergens,boss"
	run nl import members "$T/bad.csv"
	expect_rc 1
	[ "$err" = "$T/bad.csv:2: name is empty; unknown role \"boss\" (client, representative, chair, secretary, official, asd, guest, stand-in); unknown municipality \"Nergens\" (add it first, or import with --create-municipalities)
notulist: $T/bad.csv: nothing imported (1 error)" ] || fail "stderr differs:" "$err"
}

t_quoting_errors_are_reported_and_reading_goes_on() {
	setup
	printf 'name,municipality\nAn"na,Zuidplas\n"Bob"by,Zuidplas\n"Carl\nvan Dijk",Zuidplas\nDirk,Zuidplas\n"Eva,Zuidplas\nFrits,Zuidplas\n' >"$T/q.csv"
	run nl import members "$T/q.csv"
	expect_rc 1
	[ "$err" = "$T/q.csv:2: misplaced quote (a field with a \" in it must be enclosed in quotes, and the \" doubled)
$T/q.csv:3: misplaced quote (a field with a \" in it must be enclosed in quotes, and the \" doubled)
$T/q.csv:4: name contains a control character
$T/q.csv:7: unterminated quote (the field runs on to the end of the file)
notulist: $T/q.csv: nothing imported (4 errors)" ] || fail "stderr differs:" "$err"
}

t_line_numbers_count_every_line_ending() {
	setup
	printf 'name,municipality\r\n\r\nAnna,Zuidplas\rBob,Zuidplas\n,Zuidplas\n' >"$T/mixed.csv"
	run nl import members "$T/mixed.csv"
	expect_rc 1
	expect_err_has "$T/mixed.csv:5: name is empty"
}

t_duplicates_within_the_file() {
	setup
	csv dup.csv "name,municipality" "Anna,Zuidplas" "Bob,Zuidplas" \
		"ANNA,zuidplas" "Anna,Capelle aan den IJssel" "anna ,ZUIDPLAS"
	run nl import members "$T/dup.csv"
	expect_rc 1
	[ "$err" = "$T/dup.csv:4: the same person as on line 2 (same name and municipality)
$T/dup.csv:6: the same person as on line 2 (same name and municipality)
notulist: $T/dup.csv: nothing imported (2 errors)" ] || fail "stderr differs:" "$err"
}

t_all_or_nothing() {
	setup
	nl_ok member add "Bestaand" --municipality Zuidplas
	local before
	before=$(nl member list --all)
	{
		echo "name,municipality"
		for i in $(seq 1 500); do echo "Persoon $i,Zuidplas"; done
		echo ",Zuidplas"
	} >"$T/big.csv"
	run nl import members "$T/big.csv"
	expect_rc 1
	expect_err_has "$T/big.csv:502: name is empty"
	[ "$(nl member list --all)" = "$before" ] || fail "the good rows were written"
	run nl import members "$T/big.csv" --dry-run
	expect_rc 1
}

t_existing_people_are_skipped_or_updated() {
	setup
	nl_ok member add "Jan Jansen" --municipality Zuidplas --email oud@example.org
	nl_ok member add "Jan Jansen" --municipality "Capelle aan den IJssel"
	csv upd.csv "name,municipality,role,email,phone" \
		"jan jansen,Zuidplas,representative,nieuw@example.org," \
		"Jan Jansen,Capelle aan den IJssel,,," \
		"Nieuw Iemand,Zuidplas,,,"
	run nl import members "$T/upd.csv"
	expect_rc 0
	expect_out_eq "$T/upd.csv: 1 added, 0 updated, 2 skipped"
	run nl member list
	expect_out_has "Jan Jansen                   Zuidplas                 client"
	run nl import members "$T/upd.csv" --update
	expect_rc 0
	expect_out_eq "$T/upd.csv: 0 added, 1 updated, 2 skipped"
	run nl member list
	expect_out_has "jan jansen                   Zuidplas                 representative"
	expect_out_has "Jan Jansen                   Capelle aan den IJssel   client"
	# An empty cell keeps what is stored; running again changes nothing.
	run nl import members "$T/upd.csv" --update
	expect_out_eq "$T/upd.csv: 0 added, 0 updated, 3 skipped"
}

t_dry_run_writes_nothing() {
	setup
	csv in.csv "name,municipality" "Anna,Zuidplas" "Bob,Nieuwdorp"
	run nl import members "$T/in.csv" --dry-run --create-municipalities
	expect_rc 0
	expect_out_eq "$T/in.csv: 2 added, 0 updated, 0 skipped, 1 municipality created (dry run: nothing written)"
	[ "$(member_count)" = 0 ] || fail "a dry run wrote people"
	run nl municipality list
	expect_out_lacks "Nieuwdorp"
}

t_create_municipalities() {
	setup
	csv in.csv "name,municipality" "Anna,Nieuwdorp" "Bob,NIEUWDORP" "Carl,Oudstad" "Dirk,Zuidplas"
	run nl import members "$T/in.csv"
	expect_rc 1
	expect_err_has "$T/in.csv:2: unknown municipality \"Nieuwdorp\" (add it first, or import with --create-municipalities)"
	run nl import members "$T/in.csv" --create-municipalities
	expect_rc 0
	expect_out_eq "$T/in.csv: 4 added, 0 updated, 0 skipped, 2 municipalities created"
	run nl municipality list
	expect_out_has "Nieuwdorp                    1       2"
	expect_out_has "Oudstad                      1       1"
}

t_unknown_columns_are_reported_and_ignored() {
	setup
	csv in.csv "name,municipality,Notitie,Geboortedatum,," "Anna,Zuidplas,x,1970-01-01,,"
	run nl import members "$T/in.csv"
	expect_rc 0
	[ "$err" = "$T/in.csv:1: unknown column \"Notitie\" is ignored
$T/in.csv:1: unknown column \"Geboortedatum\" is ignored" ] || fail "stderr differs:" "$err"
	expect_out_eq "$T/in.csv: 1 added, 0 updated, 0 skipped"
}

t_header_problems_are_one_line() {
	setup
	: >"$T/empty.csv"
	run nl import members "$T/empty.csv"
	expect_rc 1
	expect_err_line "notulist: $T/empty.csv: empty file; the first row must name the columns: name, municipality, role, email, phone"
	printf '\n\n  \n' >"$T/blank.csv"
	run nl import members "$T/blank.csv"
	expect_rc 1
	expect_err_line "empty file"
	csv nohead.csv "Anna,Zuidplas" "Bob,Zuidplas"
	run nl import members "$T/nohead.csv"
	expect_rc 1
	expect_err_line "notulist: $T/nohead.csv:1: the header has no \"name\" (or \"naam\") column"
	csv twice.csv "name,Naam,municipality" "Anna,Anna,Zuidplas"
	run nl import members "$T/twice.csv"
	expect_rc 1
	expect_err_line "notulist: $T/twice.csv:1: column \"Naam\" appears twice"
	printf '"name,municipality\n' >"$T/openhead.csv"
	run nl import members "$T/openhead.csv"
	expect_rc 1
	expect_err_line "notulist: $T/openhead.csv:1: unterminated quote"
}

t_unreadable_files() {
	setup
	run nl import members "$T/missing.csv"
	expect_rc 1
	expect_err_line "notulist: cannot read $T/missing.csv: No such file or directory"
	run nl import members "$T"
	expect_rc 1
	expect_err_line "notulist: cannot read $T: Is a directory"
	run nl import members
	expect_rc 2
}

t_standard_input() {
	setup
	printf 'name,municipality\nAnna,Zuidplas\n' | nl import members - >"$T/.out" 2>"$T/.err"
	rc=$?
	out=$(cat "$T/.out")
	expect_rc 0
	expect_out_eq "stdin: 1 added, 0 updated, 0 skipped"
}

t_at_most_ten_problems_are_listed() {
	setup
	{
		echo "name,municipality"
		for i in $(seq 1 25); do echo ",Zuidplas"; done
	} >"$T/many.csv"
	run nl import members "$T/many.csv"
	expect_rc 1
	[ "$(printf '%s\n' "$err" | wc -l)" = 12 ] || fail "expected 10 problems and two more lines"
	[ "$(printf '%s\n' "$err" | sed -n 10p)" = "$T/many.csv:11: name is empty" ] || fail "10th line"
	[ "$(printf '%s\n' "$err" | sed -n 11p)" = "notulist: $T/many.csv: … and 15 more" ] || fail "count line"
	[ "$(printf '%s\n' "$err" | sed -n 12p)" = "notulist: $T/many.csv: nothing imported (25 errors)" ] || fail "last line"
}

# A sheet with a column per day of the year, or worse: 500,000 columns in
# one header.  Ten lines, then how many more — and the one row that is
# wrong is among the ten, not lost under the ignored columns.
t_a_header_of_500000_columns_gives_ten_lines() {
	setup
	/usr/bin/python3 -c "
import sys
sys.stdout.write('name' + ',x' * 500000 + '\n' + 'Anna' + ',' * 500000 + '\n')
" >"$T/wide.csv"
	run nl import members "$T/wide.csv"
	expect_rc 1
	[ "$(printf '%s\n' "$err" | wc -l)" = 12 ] || fail "expected 12 lines, got $(printf '%s\n' "$err" | wc -l)"
	[ "$(printf '%s\n' "$err" | sed -n 1p)" = "$T/wide.csv:2: a client needs a municipality" ] ||
		fail "the row's problem is not first"
	[ "$(printf '%s\n' "$err" | sed -n 2p)" = "$T/wide.csv:1: unknown column \"x\" is ignored" ] ||
		fail "second line"
	[ "$(printf '%s\n' "$err" | sed -n 11p)" = "notulist: $T/wide.csv: … and 499991 more" ] || fail "count line"
	[ "$(printf '%s\n' "$err" | sed -n 12p)" = "notulist: $T/wide.csv: nothing imported (1 error)" ] || fail "last line"
}

# A malformed header of a megabyte: one line saying what is wrong.
t_a_malformed_1mb_header_gives_one_line() {
	setup
	/usr/bin/python3 -c "
import sys
sys.stdout.write('name,' + 'x\"y,' * 200000 + '\n')
" >"$T/quotes.csv"
	run nl import members "$T/quotes.csv"
	expect_rc 1
	[ "$(printf '%s\n' "$err" | wc -l)" -le 12 ] || fail "$(printf '%s\n' "$err" | wc -l) lines"
	/usr/bin/python3 -c "
import sys
sys.stdout.write('name,\"' + 'x' * 1000000 + '\n')
" >"$T/open.csv"
	run nl import members "$T/open.csv"
	expect_rc 1
	expect_err_line "open.csv:1: unterminated quote"
}

t_control_bytes_in_messages_are_escaped() {
	setup
	printf 'name,municipality,role\nAnna,Zuidplas,\033[31mrood\n' >"$T/esc.csv"
	run nl import members "$T/esc.csv"
	expect_rc 1
	expect_err_has 'unknown role "\x1b[31mrood"'
	case "$err" in *$'\033'*) fail "raw escape on the terminal" ;; esac
	printf 'name,municipality\nAn\0na,Zuidplas\n' >"$T/nul.csv"
	run nl import members "$T/nul.csv"
	expect_rc 1
	expect_err_has "$T/nul.csv:2: name contains a control character"
}

t_a_record_over_one_mebibyte_is_not_csv() {
	setup
	{ echo "name,municipality"; head -c 1100000 /dev/zero | tr '\0' 'x'; echo ",Zuidplas"; } >"$T/huge.csv"
	run nl import members "$T/huge.csv"
	expect_rc 1
	expect_err_has "$T/huge.csv:2: a record is longer than 1 MiB; is this a CSV file?"
}

t_imported_people_take_part_in_meetings() {
	setup
	csv in.csv "naam;gemeente" "Anna;Zuidplas" "Bob;Zuidplas"
	nl_ok import members "$T/in.csv"
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	nl_ok checkin 1 Anna
	run nl export attendance
	expect_out_has ",Anna,Zuidplas,client,present,"
	expect_out_has ",Bob,Zuidplas,client,absent,"
}

run_tests
