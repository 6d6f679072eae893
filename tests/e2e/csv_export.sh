#!/usr/bin/env bash
# End-to-end: notulist export attendance|quorum — golden files byte for
# byte, Python's csv module as the independent reader, formula injection,
# the selection options, and where the output goes when writing fails.
#
# UPDATE_GOLDEN=1 rewrites tests/golden/ from the current output; review
# the diff before committing it.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

GOLDEN="$(cd "$(dirname "$0")/.." && pwd)/golden"
GEN="$(cd "$(dirname "$0")/.." && pwd)/gen_history.sh"
generated() { NOTULIST_BIN="$NL" bash "$GEN" "$DB" >/dev/null || fail "generator failed"; }

expect_golden() {
	local got=$1 name=$2
	[ "${UPDATE_GOLDEN:-}" = 1 ] && cp "$got" "$GOLDEN/$name"
	cmp -s "$got" "$GOLDEN/$name" ||
		fail "output differs from tests/golden/$name:" \
			"$(diff <(cat -A "$GOLDEN/$name") <(cat -A "$got") | head -20)"
}

# The body of seed_body plus three names that test the order (accents
# count only after everything else), a client with contact details, and
# one meeting (quorum 5):
#   19:00 Aa 1, Aa 2, Bb 1, Cc 1, Ömer and the chair arrive; Aa 3 excused
#   19:10 Zoë arrives                            6 clients
#   20:00 Aa 1 and Aa 2 leave                    4: quorum lost
#   20:15 Aa 2 is back                           5: restored
#   21:00 Bb 1 and Cc 1 leave as it closes       (not a loss: the close)
# and a meeting in June that is only planned.
seed_meeting() {
	seed_body
	nl_ok member add "Zoë Ñúñez" --municipality Aa
	nl_ok member add "Ömer Öztürk" --municipality Aa
	nl_ok member add "Anna Achterberg" --municipality Aa
	nl_ok member add "Zuster Privé" --municipality Bb \
		--email zuster@example.org --phone 0612345678
	nl_ok meeting add 2026-03-10 19:00 --quorum 5
	local who
	for who in "Aa 1" "Aa 2" "Bb 1" "Cc 1" "Voorzitter Een" "Ömer Öztürk"; do
		at 19:00 nl_ok checkin 1 "$who"
	done
	at 19:00 nl_ok excuse 1 "Aa 3"
	at 19:10 nl_ok checkin 1 "Zoë Ñúñez"
	at 20:00 nl_ok checkout 1 "Aa 1"
	at 20:00 nl_ok checkout 1 "Aa 2"
	at 20:15 nl_ok checkin 1 "Aa 2"
	at 21:00 nl_ok checkout 1 "Bb 1"
	at 21:00 nl_ok checkout 1 "Cc 1"
	at 21:00 nl_ok meeting close 1
	nl_ok meeting add 2026-06-09 19:00
}

t_attendance_matches_the_golden_file() {
	seed_meeting
	run nl export attendance
	expect_rc 0
	expect_empty_err
	nl export attendance >"$T/got.csv"
	expect_golden "$T/got.csv" attendance.csv
}

# --excel is short for --delimiter ';' --bom --crlf: Excel with Dutch
# settings opens it right with a double click.
t_dutch_excel_format_matches_the_golden_file() {
	seed_meeting
	nl export attendance --excel >"$T/got.csv"
	expect_golden "$T/got.csv" attendance_nl_excel.csv
	[ "$(head -c 3 "$T/got.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
		fail "no BOM"
	nl export attendance --delimiter ';' --bom --crlf >"$T/long.csv"
	cmp -s "$T/got.csv" "$T/long.csv" || fail "--excel is not --delimiter ';' --bom --crlf"
	nl export attendance --excel --delimiter tab >"$T/tab.csv"
	[ "$(head -1 "$T/tab.csv" | cut -f2)" = meeting_id ] ||
		fail "--excel --delimiter tab is not tab-separated"
	local what
	for what in "quorum 1" "actions"; do
		# shellcheck disable=SC2086
		nl export $what --excel >"$T/a.csv"
		# shellcheck disable=SC2086
		nl export $what --delimiter ';' --bom --crlf >"$T/b.csv"
		cmp -s "$T/a.csv" "$T/b.csv" || fail "export $what --excel differs"
		[ "$(head -c 3 "$T/a.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
			fail "export $what --excel has no BOM"
	done
}

# Lines end in LF, so grep, awk and wc see plain lines; --crlf gives the
# CRLF of RFC 4180 on every line, in every export.
t_lines_end_in_lf_unless_crlf_is_asked_for() {
	seed_actions
	local what lines
	for what in "attendance" "quorum 1" "actions"; do
		# shellcheck disable=SC2086
		nl export $what >"$T/lf.csv"
		! grep -q $'\r' "$T/lf.csv" || fail "export $what writes a CR"
		# shellcheck disable=SC2086
		nl export $what --crlf -o "$T/crlf.csv" >/dev/null
		lines=$(wc -l <"$T/crlf.csv")
		[ "$lines" -gt 1 ] && [ "$(grep -c $'\r$' "$T/crlf.csv")" = "$lines" ] ||
			fail "export $what --crlf: not every line ends in CRLF"
		[ "$(tr -d '\r' <"$T/crlf.csv")" = "$(cat "$T/lf.csv")" ] ||
			fail "export $what --crlf differs in more than line ends"
	done
	nl export attendance >"$T/lf.csv"
	[ "$(grep -c ',yes,$' "$T/lf.csv")" = 20 ] ||
		fail "grep -c ',yes,\$' counts $(grep -c ',yes,$' "$T/lf.csv"), not 20"
	run nl check --format csv
	! printf '%s' "$out" | grep -q $'\r' || fail "check --format csv writes a CR"
}

t_quorum_timeline_matches_the_golden_file_and_status() {
	seed_meeting
	nl export quorum 2026-03-10 >"$T/got.csv"
	expect_golden "$T/got.csv" quorum.csv
	# status says the same: lost 20:00–20:15, nothing at the close.
	run nl status 1
	expect_out_has "lost 20:00–20:15 (15 min)"
	expect_out_lacks "lost 21:00"
	grep -q "21:00:00" "$T/got.csv" && fail "the close is shown as a loss"
	true
}

t_anonymous_export_has_no_names() {
	seed_meeting
	nl export attendance --anonymous >"$T/got.csv"
	expect_golden "$T/got.csv" attendance_anonymous.csv
	grep -qE 'Aa 1|Zoë|Ömer|Voorzitter' "$T/got.csv" && fail "a name leaked"
	grep -q ',client-0001,' "$T/got.csv" || fail "no pseudonym client-0001"
	grep -q ',chair-0017,' "$T/got.csv" || fail "no pseudonym chair-0017"
}

t_contact_details_are_never_exported() {
	seed_meeting
	run nl export attendance
	expect_out_has "Zuster Privé"
	expect_out_lacks "example.org"
	expect_out_lacks "0612345678"
}

t_order_is_date_municipality_name_ignoring_accents_first() {
	seed_meeting
	run nl export attendance
	local names
	names=$(printf '%s\n' "$out" | awk -F, '$5 == "Aa" { print $4 }' | tr '\n' '|')
	[ "$names" = "Aa 1|Aa 2|Aa 3|Aa 4|Aa 5|Aa 6|Aa 7|Aa 8|Anna Achterberg|Ömer Öztürk|Zoë Ñúñez|" ] ||
		fail "order in Aa: $names"
	# People without a municipality come last.
	[ "$(printf '%s\n' "$out" | tail -1 | cut -d, -f4)" = "Voorzitter Een" ] ||
		[ "$(printf '%s\n' "$out" | tail -1 | cut -d, -f4)" = "Gast Twee" ] ||
		fail "no municipality is not last"
}

# Issue 18: the export keeps its people without their name buffers and
# reads each meeting again by id; the order must not move.  Namesakes go
# by id, a name without accents before the same with them, and someone
# who moved sorts with the municipality of each meeting's day (the two
# meetings have different orders), in the full export and in one year.
t_namesakes_accents_and_a_move_keep_their_order() {
	seed_body
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok member add "Émile Bos" --municipality Aa
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok member add "Emile Bos" --municipality Aa
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok member add "Jan Smit" --municipality Bb
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok member add "Jan Smit" --municipality Aa
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok member add "Zus" --municipality Cc
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok meeting add 2026-03-10 19:00
	NOTULIST_NOW="2026-01-05 09:00:00" nl_ok meeting add 2026-07-07 19:00
	at 19:00 nl_ok checkin 1 "Zus"
	at 19:05 nl_ok checkin 1 "Émile Bos"
	at 21:00 nl_ok meeting close 1
	NOTULIST_NOW="2026-06-01 09:00:00" nl_ok member move Zus --municipality Aa
	NOTULIST_NOW="2026-07-07 19:00:00" nl_ok checkin 2 "Zus"
	NOTULIST_NOW="2026-07-07 21:00:00" nl_ok meeting close 2
	local all year
	NOTULIST_NOW="2026-07-08 09:00:00" run nl export attendance
	expect_rc 0
	all=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1 "," $4 "," $5 }' |
		grep -v ',[ABC][abc] [0-9]*,')
	[ "$all" = "2026-03-10,Emile Bos,Aa
2026-03-10,Émile Bos,Aa
2026-03-10,Jan Smit,Aa
2026-03-10,Jan Smit,Bb
2026-03-10,Zus,Cc
2026-03-10,Gast Twee,
2026-03-10,Voorzitter Een,
2026-07-07,Emile Bos,Aa
2026-07-07,Émile Bos,Aa
2026-07-07,Jan Smit,Aa
2026-07-07,Zus,Aa
2026-07-07,Jan Smit,Bb
2026-07-07,Gast Twee,
2026-07-07,Voorzitter Een," ] || fail "order:" "$all"
	NOTULIST_NOW="2026-07-08 09:00:00" run nl export attendance --year 2026
	year=$(printf '%s\n' "$out" | awk -F, 'NR > 1 { print $1 "," $4 "," $5 }' |
		grep -v ',[ABC][abc] [0-9]*,')
	[ "$year" = "$all" ] || fail "one year differs:" "$year"
	# Namesakes by id: the Jan Smit of Bb was entered first.
	printf '%s\n' "$out" | grep -q '^2026-07-07,2,[0-9]*,Jan Smit,Bb,' ||
		fail "no Jan Smit of Bb" "$out"
}

# The independent reader: Python's csv module must get back exactly the
# fields we meant, whatever is in the names.
python_fields() {
	python3 - "$@" <<'EOF'
import csv, sys
path, delimiter, encoding = sys.argv[1], sys.argv[2], sys.argv[3]
with open(path, newline='', encoding=encoding) as f:
    for row in csv.reader(f, delimiter=delimiter):
        print('\x1f'.join(row))
EOF
}

t_round_trip_through_python_csv() {
	command -v python3 >/dev/null || skip "no python3"
	nl_ok municipality add 'Zuid; "De Plas"'
	nl_ok municipality add 'Capelle, aan den IJssel'
	local names=('Jan "de Kat" Jansen' 'Bakker; Piet' 'Zoë Ŝĳ Ëlçin' \
		"O'Brien, Seán" 'Ærøskøbing ß' '“Quoted” – dash')
	local n
	for n in "${names[@]}"; do
		nl_ok member add "$n" --municipality 'Zuid; "De Plas"'
	done
	nl_ok member add "Lisa" --municipality 'Capelle, aan den IJssel'
	nl_ok meeting add 2026-03-10 19:00 --quorum 1
	at 19:00 nl_ok checkin 1 'Bakker; Piet'
	at 20:00 nl_ok meeting close 1
	local d
	for d in ',' ';' 'tab'; do
		nl_ok export attendance -o "$T/out.csv" --delimiter "$d"
		local sep=$d
		[ "$d" = tab ] && sep=$'\t'
		python_fields "$T/out.csv" "$sep" utf-8 >"$T/fields"
		[ "$(head -1 "$T/fields")" = "$(printf 'meeting_date\x1fmeeting_id\x1fperson_id\x1fname\x1fmunicipality\x1frole\x1fstatus\x1ffirst_arrival\x1flast_departure\x1fminutes_present\x1fcounts_for_quorum\x1ffor_person_id')" ] ||
			fail "header ($d)"
		for n in "${names[@]}"; do
			grep -qF "$(printf '\x1f%s\x1fZuid; "De Plas"\x1fclient\x1f' "$n")" "$T/fields" ||
				fail "name did not survive ($d): $n"
		done
		grep -qF "$(printf '\x1fLisa\x1fCapelle, aan den IJssel\x1f')" "$T/fields" ||
			fail "municipality with a comma ($d)"
		grep -qF "$(printf 'Bakker; Piet\x1fZuid; "De Plas"\x1fclient\x1fpresent\x1f2026-03-10 19:00:00\x1f2026-03-10 20:00:00\x1f60\x1fyes')" "$T/fields" ||
			fail "times and minutes ($d)"
		[ "$(awk -F'\x1f' 'NF != 12' "$T/fields" | wc -l)" = 0 ] ||
			fail "a row without 12 fields ($d)"
	done
	nl_ok export attendance -o "$T/excel.csv" --excel
	python_fields "$T/excel.csv" ';' utf-8-sig >"$T/fields"
	grep -q "^meeting_date" "$T/fields" || fail "the BOM is not a BOM"
	grep -qF 'Zoë Ŝĳ Ëlçin' "$T/fields" || fail "accents (BOM file)"
}

t_formulas_are_neutralised() {
	nl_ok municipality add Aa
	local evil=('=HYPERLINK("http://x","klik")' '+31 6 12345678' '-1+2' '@SUM(A1)')
	local n
	for n in "${evil[@]}"; do
		nl_ok member add --municipality Aa -- "$n"
	done
	nl_ok meeting add 2026-03-10 19:00
	at 19:00 nl_ok checkin 1 1
	nl export attendance >"$T/out.csv"
	grep -q ",'=HYPERLINK" "$T/out.csv" || grep -q ",\"'=HYPERLINK" "$T/out.csv" ||
		fail "= not neutralised" "$(cat "$T/out.csv")"
	grep -q ",'+31 6 12345678," "$T/out.csv" || fail "+ not neutralised"
	grep -q ",'-1+2," "$T/out.csv" || fail "- not neutralised"
	grep -q ",'@SUM(A1)," "$T/out.csv" || fail "@ not neutralised"
	command -v python3 >/dev/null || return 0
	python_fields "$T/out.csv" , utf-8 >"$T/fields"
	grep -qF "$(printf "\x1f'=HYPERLINK(\"http://x\",\"klik\")\x1fAa\x1f")" "$T/fields" ||
		fail "python does not read the neutralised formula back"
}

t_output_file_is_private_atomic_and_announced() {
	seed_meeting
	umask 022
	run nl export attendance -o "$T/aanwezigheid.csv"
	expect_rc 0
	expect_empty_err
	expect_out_eq "Wrote 22 rows to $T/aanwezigheid.csv"
	expect_file_mode "$T/aanwezigheid.csv" 600
	nl export attendance >"$T/stdout.csv"
	cmp -s "$T/stdout.csv" "$T/aanwezigheid.csv" || fail "file and stdout differ"
	run nl export quorum 1 -o "$T/quorum.csv"
	expect_out_eq "Wrote 4 rows to $T/quorum.csv"
	# "-" is stdout.
	run nl export quorum 1 -o -
	expect_out_has "meeting_date,meeting_id,changed_at"
	[ -e "$T/-" ] && fail "wrote a file called -"
	true
}

t_unwritable_targets_fail_cleanly() {
	seed_meeting
	run nl export attendance -o "$T/no/such/dir/x.csv"
	expect_rc 1
	expect_err_line "notulist: cannot write $T/no/such/dir/x.csv: No such file or directory"
	expect_out_eq ""
	run nl export attendance -o /dev/full
	expect_rc 1
	expect_err_line "notulist: /dev/full is a device, not a file; name a regular file"
	[ -c /dev/full ] || fail "/dev/full is no longer a device"
	run nl export quorum 1 -o /dev/full
	expect_rc 1
	expect_err_line "/dev/full is a device"
	# Standard output on a full disk.
	nl export attendance >/dev/full 2>"$T/err"
	rc=$?
	err=$(cat "$T/err")
	expect_rc 1
	expect_err_line "notulist: cannot write the output (No space left on device)"
	# A directory we may not write to (root may write anywhere).
	if [ "$(id -u)" != 0 ]; then
		mkdir "$T/ro"
		echo "old" >"$T/ro/keep.csv"
		chmod 500 "$T/ro"
		run nl export attendance -o "$T/ro/keep.csv"
		chmod 700 "$T/ro"
		expect_rc 1
		expect_err_line "cannot write $T/ro/keep.csv: Permission denied"
		[ "$(cat "$T/ro/keep.csv")" = old ] || fail "the old file was damaged"
	fi
	[ -z "$(find "$T" -name '.keep.csv.*')" ] || fail "temporary file left"
}

# ulimit -f stops every write past the limit, the database's own files
# included: the export (3000 rows, some 200 KB) must outgrow a limit that
# the database's shared-memory file (32 KB) stays under.
t_a_file_size_limit_leaves_no_partial_file() {
	nl_ok municipality add Aa
	seq 1 3000 | awk 'BEGIN { print "name,municipality" } { print "Persoon " $1 ",Aa" }' >"$T/many.csv"
	nl_ok import members "$T/many.csv"
	nl_ok meeting add 2026-03-10 19:00
	run bash -c "ulimit -f 100; \"$NL\" -d \"$DB\" export attendance --meeting 1 -o \"$T/big.csv\""
	expect_rc 1
	expect_err_line "notulist: cannot write $T/big.csv: File too large"
	[ -e "$T/big.csv" ] && fail "a partial file was left"
	[ -z "$(find "$T" -name '.big.csv.*')" ] || fail "temporary file left"
	nl_ok export attendance --meeting 1 -o "$T/big.csv"
	[ "$(wc -c <"$T/big.csv")" -gt 102400 ] || fail "the file is too small to hit the limit"
}

t_which_meetings() {
	seed_meeting
	# A meeting of 2025, held.
	nl_ok meeting add 2025-11-04 19:00 --quorum 1
	nl_ok checkin 2025-11-04 "Aa 5" --at 19:30
	nl_ok meeting close 2025-11-04 --at 21:00
	run nl export attendance
	expect_out_has "2025-11-04,3,5,Aa 5,Aa,client,present,2025-11-04 19:30:00,2025-11-04 21:00:00,90,yes"
	expect_out_lacks "2026-06-09"   # planned, not held
	run nl export attendance --year 2025
	expect_out_lacks "2026-03-10"
	expect_out_has "2025-11-04"
	run nl export attendance --from 2026-01-01
	expect_out_lacks "2025-11-04"
	expect_out_has "2026-03-10"
	run nl export attendance --to 2025-12-31
	expect_out_lacks "2026-03-10"
	run nl export attendance --from 2026-03-10 --to 2026-03-10
	expect_out_has "2026-03-10"
	# A meeting named outright is exported even when only planned.
	run nl export attendance --meeting 2026-06-09
	expect_rc 0
	expect_out_has "2026-06-09,2,1,Aa 1,Aa,client,absent,,,0,yes"
	run nl export attendance --meeting 2026-06-10
	expect_rc 1
	expect_err_line "2026-06-10"
}

t_selection_and_format_usage_errors() {
	seed_meeting
	run nl export attendance --meeting 1 --year 2026
	expect_rc 2
	expect_err_line "--meeting cannot be combined"
	run nl export attendance --year 2026 --from 2026-01-01
	expect_rc 2
	run nl export attendance --year 26
	expect_rc 2
	expect_err_line 'is not a year YYYY'
	run nl export attendance --from 2026-02-30
	expect_rc 2
	expect_err_line 'is not a date YYYY-MM-DD'
	run nl export attendance --from 2026-03-01 --to 2026-02-01
	expect_rc 2
	expect_err_line "--from is after --to"
	run nl export attendance --delimiter '|'
	expect_rc 2
	expect_err_line "--delimiter must be ',', ';' or tab"
	run nl export quorum
	expect_rc 2
	run nl export quorum 99
	expect_rc 1
	expect_err_line "no meeting"
}

t_export_agrees_with_status() {
	generated
	local id present excused s_present s_left s_excused
	for id in 7 8; do
		run env NOTULIST_NOW="2026-03-20 12:00:00" "$NL" -d "$DB" export attendance --meeting "$id"
		present=$(printf '%s\n' "$out" | grep -c ',present,')
		excused=$(printf '%s\n' "$out" | grep -c ',excused,')
		run env NOTULIST_NOW="2026-03-20 12:00:00" "$NL" -d "$DB" status "$id"
		s_present=$(printf '%s\n' "$out" | sed -n 's/^People: \([0-9]*\) present, \([0-9]*\) left, \([0-9]*\) excused.*/\1/p')
		s_left=$(printf '%s\n' "$out" | sed -n 's/^People: \([0-9]*\) present, \([0-9]*\) left, \([0-9]*\) excused.*/\2/p')
		s_excused=$(printf '%s\n' "$out" | sed -n 's/^People: \([0-9]*\) present, \([0-9]*\) left, \([0-9]*\) excused.*/\3/p')
		[ "$present" = $((s_present + s_left)) ] ||
			fail "meeting $id: export says $present present, status $s_present + $s_left"
		[ "$excused" = "$s_excused" ] || fail "meeting $id: excused $excused vs $s_excused"
	done
	run env NOTULIST_NOW="2026-03-20 12:00:00" "$NL" -d "$DB" export quorum 2026-03-10
	expect_out_has "2026-03-10,8,2026-03-10 20:45:00,11,12,no"
	expect_out_has "2026-03-10,8,2026-03-10 21:05:00,12,12,yes"
	expect_out_lacks "21:30:00"
}

# seed_meeting, and four action items agreed at it: one for the GR (free
# text), one for Zoë (done on the 17th), one for Aa 1 that looks like a
# formula, one for nobody (dropped on the 18th).
seed_actions() {
	seed_meeting
	nl_ok action add 1 "Navragen bij de GR" --owner GR --due 2026-04-01
	nl_ok action add 1 'Brief herschrijven; in "eenvoudige" taal' --owner "Zoë Ñúñez"
	nl_ok action add 1 "=Opvolgen, met +31 bellen" --owner "Aa 1" --due 2026-06-01
	nl_ok action add 1 "Vervalt"
	NOTULIST_NOW="2026-03-17 10:00:00" nl_ok action done 2
	NOTULIST_NOW="2026-03-18 10:00:00" nl_ok action drop 4
}

t_actions_match_the_golden_file() {
	seed_actions
	nl export actions >"$T/got.csv"
	expect_golden "$T/got.csv" actions.csv
	run nl export actions --open
	expect_rc 0
	expect_out_has "Navragen bij de GR"
	expect_out_lacks ",done,"
	expect_out_lacks ",dropped,"
	run nl export actions --open -o "$T/open.csv" --delimiter ';' --bom
	expect_out_eq "Wrote 2 rows to $T/open.csv"
	command -v python3 >/dev/null || return 0
	python_fields "$T/open.csv" ';' utf-8-sig >"$T/fields"
	grep -qF "$(printf "3\x1f1\x1f2026-03-10\x1f'=Opvolgen, met +31 bellen\x1fAa 1\x1f2026-06-01\x1fopen\x1f")" "$T/fields" ||
		fail "python reads the action back differently" "$(cat "$T/fields")"
}

t_anonymous_actions_name_nobody() {
	seed_actions
	run nl export actions --anonymous
	expect_rc 0
	expect_out_has "2,1,2026-03-10,\"Brief herschrijven; in \"\"eenvoudige\"\" taal\",client-0019,,done,2026-03-17"
	expect_out_has "1,1,2026-03-10,Navragen bij de GR,,2026-04-01,open,"
	expect_out_lacks "Zoë"
	expect_out_lacks ",GR,"
	expect_out_lacks "Aa 1"
}

t_stdout_holds_only_the_csv() {
	seed_meeting
	run nl export attendance
	[ "$(printf '%s\n' "$out" | head -1)" = "meeting_date,meeting_id,person_id,name,municipality,role,status,first_arrival,last_departure,minutes_present,counts_for_quorum,for_person_id" ] ||
		fail "first line is not the header"
	[ "$(printf '%s' "$out" | wc -l)" = 22 ] || fail "expected 23 lines"
	nl export attendance | head -1 >/dev/null # a closed pipe is no error message
	true
}

run_tests
