#!/usr/bin/env bash
# End-to-end: how far back `check` looks.  check, report and the board's
# warnings replay the year and only as many earlier meetings as could
# change a warning (history_load_year); these bodies have the answer in
# meetings well before the year — a streak of absences longer than the
# year, a visit under a minute and a correction at a closed meeting of the
# year before, a last attendance thirteen months ago — so a history cut
# too short says something else than the full two years would.
. "$(dirname "$0")/../lib/tap.sh"

# on DAY HH:MM ARGS...: one notulist command with the clock at that moment.
on() {
	local when="$1 $2:00"
	shift 2
	NOTULIST_NOW="$when" run nl "$@"
	[ "$rc" = 0 ] || fail "notulist $* on $when exited $rc: $err"
}

# hold ID DAY PERSON...: the people check in at 19:30 (entered at 22:00),
# and the meeting closes at 21:30.
hold() {
	local id=$1 day=$2 p
	shift 2
	for p in "$@"; do
		on "$day" 22:00 checkin "$id" "$p" --at 19:30
	done
	on "$day" 22:00 meeting close "$id" --at 21:30
}

DAYS_2025="2025-01-14 2025-02-11 2025-03-11 2025-04-08 2025-05-13 2025-06-10
2025-07-08 2025-08-12 2025-09-09 2025-10-14 2025-11-11 2025-12-09"

# Entered on 2024-12-01: Aa 1 … Aa 4 (Aa), Bb 1 … Bb 3, Cc 1, Cc 2 (Bb,
# Cc).  Meetings 1–12 monthly in 2025, 13 and 14 in 2026, 15 planned.
#  - Aa 1, Aa 2 come every time; Aa 3, Aa 4, Bb 1 never (14 in a row);
#  - Bb 2 comes to 1–12 (12 is cleared below, in one test);
#  - Bb 3 comes to 1–11; at 12 they check in and out in the same minute,
#    a visit under a minute, which counts nowhere;
#  - Cc 1 comes to 2 (2025-02-11, more than a year before 2026-03-10)
#    and sends apologies from 3 on; Cc 2 comes to 3 (2025-03-11, less
#    than a year before) and sends apologies from 4 on.
long_history() {
	export NOTULIST_NOW="2024-12-01 10:00:00"
	nl_ok municipality add Aa --weight 2
	nl_ok municipality add Bb
	nl_ok municipality add Cc
	local p
	for p in "Aa 1:Aa" "Aa 2:Aa" "Aa 3:Aa" "Aa 4:Aa" "Bb 1:Bb" "Bb 2:Bb" \
		"Bb 3:Bb" "Cc 1:Cc" "Cc 2:Cc"; do
		nl_ok member add "${p%%:*}" --municipality "${p##*:}"
	done
	nl_ok config set quorum_min 2
	local id=0 day who
	for day in $DAYS_2025 2026-01-20 2026-02-17; do
		on 2024-12-01 10:00 meeting add "$day" 19:30
	done
	on 2024-12-01 10:00 meeting add 2026-06-09 19:30
	for day in $DAYS_2025 2026-01-20 2026-02-17; do
		id=$((id + 1))
		who=("Aa 1" "Aa 2")
		[ "$id" -le 12 ] && who+=("Bb 2")
		[ "$id" -le 11 ] && who+=("Bb 3")
		[ "$id" = 2 ] && who+=("Cc 1")
		[ "$id" = 3 ] && who+=("Cc 2")
		[ "$id" -ge 3 ] && on "$day" 18:00 excuse "$id" "Cc 1"
		[ "$id" -ge 4 ] && on "$day" 18:00 excuse "$id" "Cc 2"
		if [ "$id" = 12 ]; then
			on "$day" 22:00 checkin "$id" "Bb 3" --at 19:30
			on "$day" 22:00 checkout "$id" "Bb 3" --at 19:30
		fi
		hold "$id" "$day" "${who[@]}"
	done
	export NOTULIST_NOW="2026-03-10 12:00:00"
}

streak() { echo "WARN  members: $1 missed the last $2 meetings without notice: call them?"; }
not_seen() { echo "NOTE  members: $1 has not attended a meeting in 12 months: call them?"; }

check_lines() {
	run nl check "$@"
	expect_empty_err
}

# The streaks run back through 2025 to the first meeting; a visit under a
# minute is none.
t_streaks_reach_back_through_the_year_before() {
	long_history
	local year
	for year in 2026 2027 ""; do
		check_lines ${year:+--year "$year"}
		expect_out_has "$(streak "Aa 3" 14)"
		expect_out_has "$(streak "Bb 1" 14)"
		expect_out_has "$(streak "Bb 3" 3)"
		expect_out_lacks "Bb 2 missed"
		expect_out_lacks "Aa 1 missed"
	done
	# A year ago and before: the members' rule speaks of today only.
	check_lines --year 2025
	expect_out_lacks "missed the last"
}

# Coming 13 months ago is not coming in the last 12; 12 months ago is.
t_not_attended_looks_back_a_year_before_the_year() {
	long_history
	check_lines --year 2026
	expect_out_has "$(not_seen "Cc 1")"
	expect_out_lacks "Cc 2 has not attended"
	expect_out_lacks "Cc 1 missed"
	# A day later Cc 2's meeting is more than a year ago too.
	NOTULIST_NOW="2026-03-12 12:00:00" run nl check --year 2026
	expect_out_has "$(not_seen "Cc 2")"
}

# Aa 1 and Aa 2 come to every meeting; Dd takes no part in 2025 (it left
# on 2025-01-01 and rejoined on 2026-01-01), so Dd 1 is expected at no
# meeting of 2025, yet came to the one of June; they send apologies in
# 2026.  The trend looks at two meetings, so nothing else needs 2025.
expected_nowhere_in_2025() {
	export NOTULIST_NOW="2024-12-01 10:00:00"
	nl_ok municipality add Aa
	nl_ok municipality add Dd
	nl_ok member add "Aa 1" --municipality Aa
	nl_ok member add "Aa 2" --municipality Aa
	nl_ok member add "Dd 1" --municipality Dd
	nl_ok config set quorum_min 2
	nl_ok config set trend_meetings 2
	local day id=0
	for day in 2025-06-10 2025-12-09 2026-01-20 2026-02-17; do
		on 2024-12-01 10:00 meeting add "$day" 19:30
	done
	on 2024-12-02 10:00 municipality leave Dd --on 2025-01-01
	on 2025-12-02 10:00 municipality rejoin Dd --on 2026-01-01
	hold 1 2025-06-10 "Aa 1" "Aa 2" "Dd 1"
	hold 2 2025-12-09 "Aa 1" "Aa 2"
	for day in 2026-01-20 2026-02-17; do
		on "$day" 18:00 excuse "$((id + 3))" "Dd 1"
		hold "$((id + 3))" "$day" "Aa 1" "Aa 2"
		id=$((id + 1))
	done
	export NOTULIST_NOW="2026-03-10 12:00:00"
}

# Coming where one was not expected is coming: Dd 1 attended in the last
# 12 months, at a meeting of 2025 that only their record makes count.
t_a_record_where_not_expected_counts() {
	expected_nowhere_in_2025
	check_lines --year 2026
	expect_out_lacks "Dd 1 has not attended"
	expect_out_lacks "Dd 1 missed"
	on 2026-03-01 10:00 attendance clear 1 "Dd 1"
	check_lines --year 2026
	expect_out_has "$(not_seen "Dd 1")"
}

# Aa 3 sent apologies for the meeting of 20 January 2026 and left on
# 20 December 2025: the year's log names someone who left before it, so
# the people of the year are not enough, and the report still counts the
# excuse.
t_someone_who_left_before_the_year_is_in_its_report() {
	export NOTULIST_NOW="2024-12-01 10:00:00"
	nl_ok municipality add Aa
	local p
	for p in "Aa 1" "Aa 2" "Aa 3"; do
		nl_ok member add "$p" --municipality Aa
	done
	nl_ok config set quorum_min 2
	on 2024-12-01 10:00 meeting add 2025-06-10 19:30
	on 2024-12-01 10:00 meeting add 2026-01-20 19:30
	hold 1 2025-06-10 "Aa 1" "Aa 3"
	on 2025-12-15 10:00 excuse 2 "Aa 3"
	on 2025-12-20 10:00 member deactivate "Aa 3"
	hold 2 2026-01-20 "Aa 1" "Aa 2"
	NOTULIST_NOW="2026-03-10 12:00:00" run nl report --year 2026
	expect_rc 0
	expect_out_has "| Aa 3 | Aa | 0 | 1 | 0 | 0% |"
	expect_out_has "| Aa 2 | Aa | 1 | 0 | 0 | 100% |"
}

# Clearing Bb 2's attendance at the last meeting of 2025, closed months
# ago, makes it an absence: three in a row.
t_a_correction_before_the_year_changes_the_streak() {
	long_history
	check_lines
	expect_out_lacks "Bb 2 missed"
	on 2026-03-01 10:00 attendance clear 12 "Bb 2"
	check_lines
	expect_out_has "$(streak "Bb 2" 3)"
	run nl report --year 2026
	expect_out_has "$(streak "Bb 2" 3 | sed 's/^WARN  members: /- **WARN** members: /')"
}

# The trend looks at the last four meetings: two of them in 2025 (4, 3,
# 2, 2 is no fall: without the first it is flat at the end).
t_trend_reaches_into_the_year_before() {
	long_history
	check_lines --year 2026
	expect_out_lacks "attendance is falling"
	on 2026-03-01 10:00 attendance clear 14 "Aa 2"
	check_lines --year 2026
	expect_out_has "WARN  quorum: attendance is falling: 4, 3, 2, 1 clients at the last 4 meetings"
}

run_tests
