#!/usr/bin/env bash
# End-to-end: a hidden year of a body's life (issue 15) — a typo fixed, a
# member moved mid-year, a municipality leaving in September, two terms
# expiring, one stand-in, one guest, one serial absentee — and every figure
# stays true: the balance at each meeting, one row per person in the report,
# no warnings about the municipality that left, `term` warnings for the
# expiring terms and the absentee, minutes with stand-in and guest lines.
. "$(dirname "$0")/../lib/tap.sh"

on() {
	local day=$1 hhmm=$2
	shift 2
	NOTULIST_NOW="$day $hhmm:00" "$@"
}

MEETINGS="2026-02-10 2026-04-14 2026-06-09 2026-09-15 2026-11-10"

# meeting DATE PEOPLE...: everyone named checks in at 14:00; then it closes.
meeting() {
	local day=$1 who
	shift
	for who in "$@"; do
		on "$day" 14:00 nl_ok checkin "$day" "$who"
	done
}
close() { on "$1" 16:00 nl_ok meeting close "$1"; }

# The year is recorded once, then each test starts from a copy.
YEAR_DB="$TEST_TMP_ROOT/year.db"
the_year() {
	if [ -e "$YEAR_DB" ]; then
		cp -- "$YEAR_DB" "$DB" && chmod 600 "$DB"
		return
	fi
	record_the_year
	sqlite3 "$DB" ".backup '$YEAR_DB'" || fail "backup of the year"
}

record_the_year() {
	on 2026-01-05 09:00 nl_ok municipality add Aa --weight 2
	on 2026-01-05 09:00 nl_ok municipality add Bb
	on 2026-01-05 09:00 nl_ok municipality add Krimpen
	on 2026-01-05 09:00 nl_ok config set quorum_min 4
	local p
	for p in "Jan Jansn" Anna Henk Serial; do
		on 2026-01-05 09:00 nl_ok member add "$p" --municipality Aa
	done
	on 2026-01-05 09:00 nl_ok member add "Piet Vos" --municipality Bb
	on 2026-01-05 09:00 nl_ok member add Ria --municipality Bb --term-start 2023-01-01
	on 2026-01-05 09:00 nl_ok member add Bert --municipality Bb --term-start 2022-12-15
	on 2026-01-05 09:00 nl_ok member add Kees --municipality Krimpen
	on 2026-01-05 09:00 nl_ok member add "Jan Smit" --municipality Bb --role stand-in
	for p in $MEETINGS; do
		on 2026-01-05 09:00 nl_ok meeting add "$p" 14:00
	done

	meeting 2026-02-10 "Jan Jansn" Anna Henk "Piet Vos" Ria Bert Kees
	close 2026-02-10

	on 2026-04-14 10:00 nl_ok excuse 2026-04-14 "Piet Vos"
	meeting 2026-04-14 "Jan Jansn" Anna Henk Ria Bert Kees
	on 2026-04-14 14:05 nl_ok checkin 2026-04-14 "Jan Smit" --for "Piet Vos"
	on 2026-04-14 14:10 nl_ok checkin 2026-04-14 --guest "Els de Wit" --organisation GGD
	close 2026-04-14

	on 2026-05-20 09:00 nl_ok member move Henk --municipality Bb --from 2026-06-01

	on 2026-06-09 10:00 nl_ok excuse 2026-06-09 Bert
	meeting 2026-06-09 "Jan Jansn" Anna Serial Henk "Piet Vos" Ria Kees
	close 2026-06-09

	on 2026-07-01 09:00 nl_ok member edit "Jan Jansn" --name "Jan Jansen"
	on 2026-09-02 09:00 nl_ok municipality leave Krimpen --on 2026-09-01

	meeting 2026-09-15 "Jan Jansen" Anna Henk "Piet Vos" Ria Bert
	close 2026-09-15
	meeting 2026-11-10 "Jan Jansen" Anna Henk "Piet Vos" Ria Bert
	close 2026-11-10
}

# minutes_table DATE: the attendance rows of a meeting's minutes.
minutes_table() {
	on 2026-11-20 09:00 nl minutes "$1" | grep '^| [A-Z]' | grep -v Municipality
}

t_balance_at_each_meeting() {
	the_year
	[ "$(minutes_table 2026-02-10)" = "| Aa | 3 | 0 | 1 |
| Bb | 3 | 0 | 0 |
| Krimpen | 1 | 0 | 0 |" ] || fail "February" "$(minutes_table 2026-02-10)"
	[ "$(minutes_table 2026-04-14)" = "| Aa | 3 | 0 | 1 |
| Bb | 3 | 1 | 0 |
| Krimpen | 1 | 0 | 0 |" ] || fail "April" "$(minutes_table 2026-04-14)"
	[ "$(minutes_table 2026-06-09)" = "| Aa | 3 | 0 | 0 |
| Bb | 3 | 1 | 0 |
| Krimpen | 1 | 0 | 0 |" ] || fail "June" "$(minutes_table 2026-06-09)"
	[ "$(minutes_table 2026-09-15)" = "| Aa | 2 | 0 | 1 |
| Bb | 4 | 0 | 0 |" ] || fail "September" "$(minutes_table 2026-09-15)"
	[ "$(minutes_table 2026-11-10)" = "| Aa | 2 | 0 | 1 |
| Bb | 4 | 0 | 0 |" ] || fail "November" "$(minutes_table 2026-11-10)"
	on 2026-11-20 09:00 run nl status 2026-11-10
	expect_out_has "Aa"
	expect_out_lacks "Krimpen"
	on 2026-11-20 09:00 run nl status 2026-02-10
	expect_out_has "Krimpen"
}

t_the_move_counts_henk_where_he_was() {
	the_year
	on 2026-11-20 09:00 run nl export attendance --year 2026
	expect_out_has "2026-04-14,2,3,Henk,Aa,client,present"
	expect_out_has "2026-06-09,3,3,Henk,Bb,client,present"
	on 2026-11-20 09:00 run nl minutes 2026-02-10
	printf '%s\n' "$out" | grep -q '^- Aa: .*Henk' || fail "Henk not under Aa in February" "$out"
}

t_one_row_per_person_and_the_typo_gone() {
	the_year
	on 2026-11-20 09:00 run nl report --year 2026
	expect_rc 0
	[ "$(printf '%s\n' "$out" | grep -c '^| Henk |')" = 1 ] || fail "Henk: not one row" "$out"
	[ "$(printf '%s\n' "$out" | grep -c '^| Jan Jansen |')" = 1 ] || fail "Jan Jansen: not one row" "$out"
	expect_out_lacks "Jansn"
	on 2026-11-20 09:00 run nl minutes 2026-02-10
	expect_out_has "Jan Jansen"
	expect_out_lacks "Jansn"
}

t_warnings_about_terms_and_the_absentee_only() {
	the_year
	on 2026-11-20 09:00 run nl check --format csv
	expect_out_has 'warn,members,term,6,"the term of office of Ria ends on 2026-12-31, in 41 days'
	expect_out_has 'warn,members,term,7,"the term of office of Bert ends on 2026-12-14, in 24 days'
	expect_out_has 'warn,members,term,4,Serial was absent without notice at 4 of the 5 meetings held in 2026'
	expect_out_lacks "Krimpen"
	expect_out_lacks "Kees"
	[ "$(printf '%s\n' "$out" | grep -c ',term,')" = 3 ] || fail "not three term warnings" "$out"
}

t_minutes_with_stand_in_and_guest_lines() {
	the_year
	on 2026-11-20 09:00 run nl minutes 2026-04-14
	expect_out_has "Jan Smit (for Piet Vos)"
	expect_out_has "- Guests: Els de Wit (GGD)"
	on 2026-11-20 09:00 run nl minutes 2026-06-09
	expect_out_lacks "Guests"
	expect_out_lacks "Jan Smit"
}

run_tests
