#!/usr/bin/env bash
# End-to-end: `notulist check`, the continuity warnings, on bodies built
# through the CLI and on the generated three-year history.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

# on DAY HH:MM ARGS...: one notulist command with the clock at that moment.
on() {
	local when="$1 $2:00"
	shift 2
	NOTULIST_NOW="$when" run nl "$@"
	[ "$rc" = 0 ] || fail "notulist $* on $when exited $rc"
}

# hold ID DAY: every client of seed_body checks in at 19:30 (entered at
# 22:00), and the meeting closes at 21:30.
hold() {
	local id=$1 day=$2 m i n
	for m in Aa Bb Cc; do
		n=4
		[ "$m" = Aa ] && n=8
		for i in $(seq 1 "$n"); do
			on "$day" 22:00 checkin "$id" "$m $i" --at 19:30
		done
	done
}

# The seed body, entered on 1 December 2025: 16 clients in proportion to
# the weights (Aa 2: 8, Bb 1: 4, Cc 1: 4), a chair and a guest.
body_since_december() {
	export NOTULIST_NOW="2025-12-01 10:00:00"
	seed_body
	export NOTULIST_NOW="${TEST_NOW:-2026-03-10 19:00:00}"
}

# A healthy body on 2026-03-10 19:00: one meeting held in January with
# everyone there, two more planned.
healthy_body() {
	body_since_december
	on 2026-01-06 10:00 meeting add 2026-01-20 19:30
	on 2026-01-06 10:00 meeting add 2026-06-09 19:30
	on 2026-01-06 10:00 meeting add 2026-10-13 19:30
	hold 1 2026-01-20
	on 2026-01-20 22:00 meeting close 1 --at 21:30
}

# check ARGS...: runs `notulist check`, which must never write to stderr.
check() {
	run nl check "$@"
	expect_empty_err
}

# The generated history (seed 47 unless given), built once per run and
# copied to $DB.
TESTS_DIR=$(cd "$(dirname "$0")/.." && pwd)
generated() {
	local seed=${1:-47} cache="$TEST_TMP_ROOT/history-$seed.db"
	if [ ! -f "$cache" ]; then
		NOTULIST_BIN="$NL" bash "$TESTS_DIR/gen_history.sh" \
			"$cache.tmp" "$seed" >/dev/null ||
			fail "gen_history.sh $DB $seed failed"
		mv "$cache.tmp" "$cache"
	fi
	cp "$cache" "$DB"
}

# Whether `meeting approve` exists yet; the generator approves minutes only
# when it does.
have_approve() { "$NL" meeting approve --help >/dev/null 2>&1; }

GEN_2026="WARN  pool: only 14 active clients: 2 cancellations from no quorum
WARN  municipality: Noorderveen has 7 active clients, 8.4 expected by its weight
WARN  quorum: meeting 7 (2026-01-20) was held without quorum (highest 11/12)
WARN  quorum: attendance is falling: 16, 14, 11, 12 clients at the last 4 meetings
WARN  members: Sanne Mulder missed the last 4 meetings without notice: call them?
WARN  members: Sanne Mulder was absent without notice at 2 of the 2 meetings held in 2026 (the limit is 50%): consider a replacement
WARN  members: Mees van Dijk was absent without notice at 1 of the 2 meetings held in 2026 (the limit is 50%): consider a replacement
WARN  follow-up: the minutes of meeting 7 (2026-01-20) were not approved at the next meeting 8 (2026-03-10)
NOTE  quorum: meeting 8 (2026-03-10) lost its quorum 20:45–21:05 (20 min in all)
NOTE  members: Johan Peters has not attended a meeting in 12 months: call them?"

t_healthy_body_says_nothing() {
	healthy_body
	check
	expect_rc 0
	expect_out_eq ""
}

# NOTE lines are worth reading but nothing to act on: exit 0.
t_notes_alone_exit_0() {
	healthy_body
	nl_ok meeting add 2026-02-10 19:30
	hold 4 2026-02-10
	local i
	for i in 1 2 3 4 5; do
		on 2026-02-10 22:00 checkout 4 "Aa $i" --at 20:00
		on 2026-02-10 22:00 checkin 4 "Aa $i" --at 20:10
	done
	on 2026-02-10 22:00 meeting close 4 --at 21:30
	nl_ok meeting approve 1 --on 2026-02-10
	check
	expect_rc 0
	expect_out_eq "NOTE  quorum: meeting 4 (2026-02-10) lost its quorum 20:00–20:10 (10 min in all)"
}

# Anything that keeps check from checking is UNKNOWN (3).
t_a_check_that_cannot_run_exits_3() {
	run nl check
	expect_rc 3
	expect_err_line "no database at $DB; create one with notulist init"
	printf 'not a database\n' >"$DB"
	run nl check
	expect_rc 3
	expect_err_line "not a notulist database"
	rm -f "$DB"
	nl_ok init
	nl check >/dev/full 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 3
	expect_err_line "cannot write the output (No space left on device)"
	nl check --format csv >/dev/full 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 3
	expect_err_line "cannot write the output (No space left on device)"
	run nl check --help
	expect_rc 0
	expect_out_has "3 unknown"
	run nl --help
	expect_out_has "3 could not check"
}

t_healthy_body_with_a_meeting_in_progress_tonight() {
	healthy_body
	nl_ok meeting add 2026-03-10 19:00
	local i
	for i in 1 2 3 4 5 6 7 8; do
		nl_ok checkin 2026-03-10 "Aa $i"
	done
	nl_ok checkin 2026-03-10 "Bb 1"
	run nl status 4
	expect_out_has "clients present: 9/12"
	# Not quorate yet, others still to come: nothing to warn about.
	check
	expect_rc 0
	expect_out_eq ""
}

t_thin_pool_and_balance_appear_and_disappear() {
	healthy_body
	nl_ok member deactivate "Aa 1"
	nl_ok member deactivate "Aa 2"
	nl_ok member deactivate "Aa 3"
	check
	expect_rc 1
	expect_out_eq "WARN  pool: only 13 active clients: one cancellation from no quorum
WARN  municipality: Aa has 5 active clients, 6.5 expected by its weight"
	nl_ok member add "Aa 9" --municipality Aa
	check
	expect_rc 1
	expect_out_eq "WARN  pool: only 14 active clients: 2 cancellations from no quorum"
	nl_ok member add "Aa 10" --municipality Aa
	check
	expect_rc 0
	expect_out_eq ""
}

t_no_next_meeting_until_one_is_planned() {
	body_since_december
	nl_ok config set meetings_per_year 1
	on 2026-01-06 10:00 meeting add 2026-01-20 19:30
	hold 1 2026-01-20
	on 2026-01-20 22:00 meeting close 1 --at 21:30
	check
	expect_rc 1
	expect_out_eq "WARN  meetings: no next meeting is planned"
	nl_ok meeting add 2026-06-09 19:30
	check
	expect_rc 0
	expect_out_eq ""
}

t_empty_database() {
	nl_ok init
	check
	expect_rc 2
	expect_out_eq "ALERT pool: only 0 active clients, fewer than the quorum of 12: no meeting can be quorate
WARN  meetings: 0 meetings held or planned in 2026; the target is 3
WARN  meetings: no next meeting is planned"
}

t_past_year_shows_only_its_meeting_rules() {
	body_since_december
	on 2025-12-01 10:00 meeting add 2025-12-09 19:30
	hold 1 2025-12-09
	local i
	for i in 1 2 3 4 5; do
		on 2025-12-09 22:00 checkout 1 "Aa $i" --at 20:00
	done
	on 2025-12-09 22:00 checkin 1 "Aa 1" --at 20:10
	on 2025-12-09 22:00 meeting close 1 --at 21:30
	for d in 2026-03-24 2026-06-09 2026-10-13; do
		nl_ok meeting add "$d" 19:30
	done
	nl_ok member deactivate "Aa 1"
	nl_ok member deactivate "Aa 2"
	nl_ok member deactivate "Aa 3"
	check --year 2025
	expect_rc 1
	expect_out_eq "WARN  meetings: 1 meeting held or planned in 2025; the target is 3
NOTE  quorum: meeting 1 (2025-12-09) lost its quorum 20:00–20:10 (10 min in all)"
	check
	expect_rc 1
	expect_out_eq "WARN  pool: only 13 active clients: one cancellation from no quorum
WARN  municipality: Aa has 5 active clients, 6.5 expected by its weight
NOTE  meetings: members may put items on the agenda of meeting 2 (2026-03-24) until 2026-03-10"
}

t_alerts_first_when_a_municipality_loses_all_its_clients() {
	healthy_body
	local i
	for i in 1 2 3 4; do
		nl_ok member deactivate "Cc $i"
	done
	check
	expect_rc 2
	expect_out_eq "ALERT municipality: Cc has no active clients: it cannot be represented
WARN  pool: only 12 active clients: every one of them must come for a quorum"
	for i in 1 2 3 4; do
		nl_ok member activate "Cc $i"
	done
	check
	expect_rc 0
	expect_out_eq ""
}

t_generated_history_2026() {
	generated
	NOTULIST_NOW="2026-03-20 12:00:00" check
	expect_rc 1
	expect_out_eq "$GEN_2026"
	NOTULIST_NOW="2026-03-20 12:00:00" check --year 2026 --format text
	expect_rc 1
	expect_out_eq "$GEN_2026"
}

# The CSV form carries the same warnings, in the same order, with stable
# codes; Python's csv module must read it back.
t_generated_history_csv() {
	generated
	NOTULIST_NOW="2026-03-20 12:00:00" check --format csv
	expect_rc 1
	printf '%s' "$out" >"$T/check.csv"
	python3 - "$T/check.csv" "$GEN_2026" <<'PY' || fail "CSV differs from the text form"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0] == ['level', 'category', 'code', 'subject_id', 'message'], rows[0]
text = ['%-5s %s: %s' % (r[0].upper(), r[1], r[4]) for r in rows[1:]]
assert text == sys.argv[2].split('\n'), (text, sys.argv[2])
for r in rows[1:]:
    assert len(r) == 5 and r[2] and ' ' not in r[2], r
    assert r[3] == '' or r[3].isdigit(), r
PY
	NOTULIST_NOW="2026-03-20 12:00:00" check --year 2024 --format csv
	if have_approve; then
		expect_rc 0
		expect_out_eq "$(printf 'level,category,code,subject_id,message')"
	fi
}

# The minutes lines depend on whether `meeting approve` exists (the
# generator approves minutes only then); every other line is exact.
t_generated_history_2025() {
	generated
	NOTULIST_NOW="2026-03-20 12:00:00" check --year 2025
	expect_rc 1
	if have_approve; then
		expect_out_eq "WARN  meetings: 2 meetings held or planned in 2025; the target is 3
WARN  members: Sanne Mulder was absent without notice at 2 of the 2 meetings held in 2025 (the limit is 50%): consider a replacement
NOTE  quorum: meeting 6 (2025-09-16) lost its quorum 20:40–20:55 (15 min in all)"
	else
		expect_out_eq "WARN  meetings: 2 meetings held or planned in 2025; the target is 3
WARN  members: Sanne Mulder was absent without notice at 2 of the 2 meetings held in 2025 (the limit is 50%): consider a replacement
WARN  follow-up: the minutes of meeting 4 (2025-03-11) were not approved at the next meeting 6 (2025-09-16)
WARN  follow-up: the minutes of meeting 6 (2025-09-16) were not approved at the next meeting 7 (2026-01-20)
NOTE  quorum: meeting 6 (2025-09-16) lost its quorum 20:40–20:55 (15 min in all)"
	fi
}

t_generated_history_2024() {
	generated
	NOTULIST_NOW="2026-03-20 12:00:00" check --year 2024
	if have_approve; then
		expect_rc 0
		expect_out_eq ""
	else
		expect_rc 1
		expect_out_eq "WARN  follow-up: the minutes of meeting 1 (2024-02-13) were not approved at the next meeting 2 (2024-06-11)
WARN  follow-up: the minutes of meeting 2 (2024-06-11) were not approved at the next meeting 3 (2024-10-08)
WARN  follow-up: the minutes of meeting 3 (2024-10-08) were not approved at the next meeting 4 (2025-03-11)"
	fi
}

# Every line is "LEVEL category: sentence", the level padded to five, and
# the lines are grouped: ALERT, WARN, NOTE, then pool … follow-up.  Three
# clients leave, Zuidhaven's last: two ALERTs come first.
t_grouping_and_padding() {
	generated
	nl_ok member deactivate "Johan Peters"
	nl_ok member deactivate "Lotte Willems"
	nl_ok member deactivate "Mees van Dijk"
	NOTULIST_NOW="2026-03-20 12:00:00" check
	expect_rc 2
	expect_out_has "ALERT pool: only 11 active clients, fewer than the quorum of 12: no meeting can be quorate
ALERT municipality: Zuidhaven has no active clients: it cannot be represented
WARN  quorum: meeting 7 (2026-01-20)"
	printf '%s\n' "$out" | awk '
		BEGIN {
			split("ALERT WARN NOTE", lv, " ")
			for (i in lv) level[lv[i]] = i
			split("pool municipality meetings quorum members follow-up", c, " ")
			for (i in c) cat[c[i]] = i
		}
		!/^(ALERT|WARN |NOTE ) [a-z-]+: [^ ]/ { print "bad line: " $0; bad = 1; next }
		{
			l = level[$1]; k = substr($2, 1, length($2) - 1)
			if (!(k in cat)) { print "unknown category: " k; bad = 1 }
			rank = l * 10 + cat[k]
			if (rank < last) { print "out of order: " $0; bad = 1 }
			last = rank
		}
		END { exit bad }' || fail "lines not grouped as LEVEL category: text"
	[ "$(printf '%s\n' "$out" | wc -l)" = 8 ] || fail "expected 8 lines"
}

t_generator_is_deterministic() {
	generated 48
	NOTULIST_NOW="2026-03-20 12:00:00" check
	expect_rc 1
	expect_out_eq "$GEN_2026"
}

# Monitoring Plugins: a usage error is UNKNOWN (3), never 1 or 2, which
# would read as warnings found.
t_usage_errors_exit_3() {
	nl_ok init
	local args
	for args in "--year 26" "--year 20266" "--year abcd" "--format xml" \
		"--bogus" "extra" "--year"; do
		# shellcheck disable=SC2086
		run nl check $args
		expect_rc 3
		expect_out_eq ""
		expect_err_has "usage: notulist check [--year YYYY] [--format text|csv]"
	done
	run nl check --year 26
	expect_err_line '--year "26" is not a year YYYY'
	run nl check --format xml
	expect_err_line 'unknown format "xml"'
	run nl check --bogus
	expect_err_line 'unknown option --bogus'
	run nl check extra
	expect_err_line 'unexpected argument "extra"'
}

run_tests
