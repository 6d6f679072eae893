#!/usr/bin/env bash
# End-to-end: follow-up in `check` — overdue action items and advice
# answered late or not at all — and the generated three-year history,
# whose minutes are approved with `meeting approve` at the next meeting.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

GEN="$(cd "$(dirname "$0")/.." && pwd)/gen_history.sh"
check() { NOTULIST_NOW="${WHEN:-2026-03-10 19:00:00}" nl check "$@"; }

# Follow-up lines only: the seeded body has warnings of its own.
follow_up() { printf '%s\n' "$out" | grep 'follow-up:' || true; }

t_overdue_action_is_a_warning() {
	seed_body
	nl_ok meeting add 2026-02-10 19:00
	nl_ok action add 1 "Navragen hoe de GR brieven laat testen" --owner GR \
		--due 2026-03-09
	nl_ok action add 1 "Folder maken" --due 2026-03-10
	nl_ok action add 1 "Zonder datum"
	run check
	expect_rc 1
	[ "$(follow_up)" = "WARN  follow-up: action 1 (GR) was due 2026-03-09: Navragen hoe de GR brieven laat testen" ] ||
		fail "follow-up lines:" "$(follow_up)"
	nl_ok action done 1
	run check
	[ -z "$(follow_up)" ] || fail "a done action still warns"
}

t_advice_without_answer_or_answered_late() {
	nl_ok advice add "Wachttijden aan de telefoon" --kind unsolicited \
		--sent 2026-01-20 --due 2026-03-03
	nl_ok advice add "Brieven in eenvoudige taal" --kind solicited \
		--sent 2026-01-20 --due 2026-03-03
	nl_ok advice answer 2 --on 2026-03-04 "Ja"
	nl_ok advice add "Loket" --kind solicited --sent 2026-03-01
	run check
	expect_rc 2 # ALERT: the body has no clients at all
	[ "$(follow_up)" = 'WARN  follow-up: advice 1 "Wachttijden aan de telefoon" has no answer; it was due 2026-03-03
NOTE  follow-up: the answer to advice 2 "Brieven in eenvoudige taal" came 1 day late' ] ||
		fail "follow-up lines:" "$(follow_up)"
	# Last year's check knows nothing of this year's late answer.
	run check --year 2025
	[ -z "$(follow_up)" ] || fail "2025 has follow-up:" "$(follow_up)"
}

t_generated_history_has_the_expected_warnings() {
	NOTULIST_BIN="$NL" bash "$GEN" "$DB" >/dev/null || fail "generator failed"
	WHEN="2026-03-20 12:00:00" run check
	expect_rc 1
	expect_out_eq "WARN  pool: only 14 active clients: 2 cancellations from no quorum
WARN  municipality: Noorderveen has 7 active clients, 8.4 expected by its weight
WARN  quorum: meeting 7 (2026-01-20) was held without quorum (highest 11/12)
WARN  quorum: attendance is falling: 16, 14, 11, 12 clients at the last 4 meetings
WARN  members: Sanne Mulder missed the last 4 meetings without notice: call them?
WARN  members: Sanne Mulder was absent without notice at 2 of the 2 meetings held in 2026 (the limit is 50%): consider a replacement
WARN  members: Mees van Dijk was absent without notice at 1 of the 2 meetings held in 2026 (the limit is 50%): consider a replacement
WARN  follow-up: the minutes of meeting 7 (2026-01-20) were not approved at the next meeting 8 (2026-03-10)
NOTE  quorum: meeting 8 (2026-03-10) lost its quorum 20:45–21:05 (20 min in all)
NOTE  members: Johan Peters has not attended a meeting in 12 months: call them?"
}

# Every 2024 meeting was held, quorate and approved at the next one.
t_generated_history_2024_is_clean() {
	NOTULIST_BIN="$NL" bash "$GEN" "$DB" >/dev/null || fail "generator failed"
	WHEN="2026-03-20 12:00:00" run check --year 2024
	expect_rc 0
	expect_out_eq ""
	run nl meeting approve 1
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were already approved on 2024-06-11"
}

run_tests
