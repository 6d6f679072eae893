#!/usr/bin/env bash
# End-to-end: notulist report on the generated three-year history.
. "$(dirname "$0")/../lib/tap.sh"

GEN="$(cd "$(dirname "$0")/.." && pwd)/gen_history.sh"
SHAPE="$(cd "$(dirname "$0")/.." && pwd)/lib/markdown_shape.py"
NOW="2026-03-20 12:00:00"

generated() { NOTULIST_BIN="$NL" bash "$GEN" "$DB" >/dev/null || fail "generator failed"; }
report() { NOTULIST_NOW="$NOW" nl report "$@"; }

t_report_for_this_year() {
	generated
	run report
	expect_rc 0
	expect_empty_err
	expect_out_has "# Client participation 2026"
	expect_out_has "2 held, 2 still planned; the target is 3 a year."
	# 20 January without quorum (11 of 12), 10 March quorate.
	expect_out_has "2026-01-20  "
	expect_out_has " 11 / 12  NO QUORUM"
	expect_out_has "- 2026-03-10: lost 20:45–21:05 (20 min)"
	expect_out_lacks "lost 21:30"
	expect_out_has "## Members"
	expect_out_has "Sanne Mulder"
	expect_out_has "**WARN** quorum: meeting 7 (2026-01-20) was held without quorum"
}

t_report_for_a_past_year() {
	generated
	run report --year 2025
	expect_rc 0
	expect_out_has "# Client participation 2025"
	expect_out_has "2 held, 0 still planned; the target is 3 a year."
	expect_out_has "- 2025-09-16: lost 20:40–20:55 (15 min)"
	expect_out_lacks "2026-01-20  "
}

t_members_attendance_rate() {
	generated
	run report --year 2024
	# Sanne came to all three 2024 meetings; Fatima sent apologies once.
	expect_out_has "| Sanne Mulder | Noorderveen | 3 | 0 | 0 | 100% |"
	expect_out_has "| Fatima Yilmaz | Zuidhaven | 2 | 1 | 0 | 67% |"
}

t_report_is_plain_markdown_without_escapes() {
	generated
	report >"$T/report.md"
	grep -q $'\e' "$T/report.md" && fail "escape codes in the report"
	# Charts are indented code blocks: no fence a name in them could
	# close (tests/e2e/cli_markdown.sh tries); the members are a table.
	/usr/bin/python3 "$SHAPE" shape "$T/report.md" >"$T/shape"
	[ "$(grep -c '^  code_block' "$T/shape")" -ge 2 ] || fail "charts not in code blocks"
	[ "$(grep -c '^  table' "$T/shape")" = 1 ] || fail "members not a table:" "$(cat "$T/shape")"
	true
}

t_report_to_a_file_is_private_and_atomic() {
	generated
	umask 022
	run report -o "$T/jaarverslag.md"
	expect_rc 0
	expect_file_mode "$T/jaarverslag.md" 600
	grep -q "# Client participation 2026" "$T/jaarverslag.md" || fail "empty report"
	run report -o "$T/missing/dir/x.md"
	expect_rc 1
	expect_err_line "$T/missing/dir/x.md"
	run report --year 20266
	expect_rc 2
	expect_err_line 'is not a year YYYY'
	run report -o /dev/full
	expect_rc 1
	expect_err_line "/dev/full is a device, not a file; name a regular file"
	[ -c /dev/full ] || fail "/dev/full is no longer a device"
}

run_tests
