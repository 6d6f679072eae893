#!/usr/bin/env bash
# End-to-end: the documents a secretary sends, in Markdown and as HTML
# pages to print — golden files in English and Dutch (UPDATE_GOLDEN=1
# rewrites them), the HTML read back by a real parser
# (tests/lib/html_shape.py: structure, never substrings), the format chosen
# by --format or by -o's extension, and hostile text that stays text.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/demo_story.sh"
TESTS_DIR="$(cd "$(dirname "$0")/.." && pwd)"
GEN="$TESTS_DIR/gen_history.sh"
SHAPE() { /usr/bin/python3 "$TESTS_DIR/lib/html_shape.py" "$@"; }

# golden NAME: $out is tests/golden/NAME.
golden() {
	local file="$TESTS_DIR/golden/$1"
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		printf '%s\n' "$out" >"$file"
		echo "# wrote $file"
	fi
	[ -f "$file" ] || fail "no golden file $file (UPDATE_GOLDEN=1)"
	diff -u "$file" <(printf '%s\n' "$out") >"$T/diff" ||
		fail "$1 differs from the golden file:" "$(head -40 "$T/diff")"
}

# html_ok LANG: $out is a page that keeps document.h's rules, in LANG,
# titled by its own first heading.
html_ok() {
	printf '%s\n' "$out" >"$T/page.html"
	SHAPE check "$T/page.html" >"$T/check" ||
		fail "the page breaks the rules:" "$(cat "$T/check")"
	grep -q "^lang=$1 " "$T/check" || fail "not lang=$1:" "$(cat "$T/check")"
}

minutes() { NOTULIST_NOW="2026-03-20 12:00:00" nl "$@"; }
report() { NOTULIST_NOW="2026-03-20 12:00:00" nl "$@"; }
generated() { NOTULIST_BIN="$NL" bash "$GEN" "$DB" >/dev/null || fail "generator failed"; }

t_minutes_in_english_and_dutch_match_the_golden_files() {
	demo_story
	run minutes minutes 1 --format html
	expect_rc 0
	expect_empty_err
	html_ok en
	golden minutes_demo.html
	run minutes --lang nl minutes 1
	expect_rc 0
	golden minutes_demo_nl.md
	run minutes --lang nl minutes 1 --format html
	expect_rc 0
	html_ok nl
	golden minutes_demo_nl.html
}

t_minutes_page_structure() {
	demo_story
	minutes minutes 1 -o "$T/notulen.html" || fail "minutes failed"
	SHAPE check "$T/notulen.html" >/dev/null || fail "page rules broken"
	# The title block, then one section per heading; a real table.
	SHAPE shape "$T/notulen.html" | grep -E '^  [a-z]' >"$T/top"
	[ "$(head -1 "$T/top")" = "  header" ] || fail "no header first:" "$(cat "$T/top")"
	[ "$(grep -c '^  section$' "$T/top")" -ge 5 ] || fail "sections:" "$(cat "$T/top")"
	SHAPE text "$T/notulen.html" | grep '^h2: ' >"$T/h2"
	[ "$(head -1 "$T/h2")" = "h2: Attendance" ] || fail "first section:" "$(cat "$T/h2")"
	SHAPE table "$T/notulen.html" 1 >"$T/table"
	[ "$(head -1 "$T/table")" = $'Municipality\tAttended\tExcused\tAbsent' ] ||
		fail "attendance table header:" "$(cat "$T/table")"
	grep -qx $'Zuidplas\t2\t1\t1' "$T/table" || fail "attendance row:" "$(cat "$T/table")"
	SHAPE shape "$T/notulen.html" | head -1 | grep -qx 'body .flow' ||
		fail "minutes flow from section to section"
}

t_report_in_english_and_dutch_match_the_golden_files() {
	generated
	run report report --year 2025
	expect_rc 0
	golden report_2025.md
	run report report --year 2025 --format html
	expect_rc 0
	html_ok en
	golden report_2025.html
	run report --lang nl report --year 2025
	expect_rc 0
	golden report_2025_nl.md
	run report --lang nl report --year 2025 --format html
	expect_rc 0
	html_ok nl
	golden report_2025_nl.html
	# Every section on a page of its own when printed.
	printf '%s\n' "$out" >"$T/r.html"
	SHAPE shape "$T/r.html" | head -1 | grep -qx 'body .pages' ||
		fail "report sections do not get their own pages"
}

# --format wins; else -o's extension; else Markdown.
t_format_from_the_option_or_the_extension() {
	nl_ok meeting add 2026-04-14 19:00
	local f
	for f in a.html b.HTM c.htm; do
		minutes minutes 1 -o "$T/$f" || fail "minutes -o $f failed"
		SHAPE check "$T/$f" >/dev/null || fail "$f is no page"
	done
	for f in a.md b.txt c; do
		minutes minutes 1 -o "$T/$f" || fail "minutes -o $f failed"
		head -1 "$T/$f" | grep -q '^# Minutes of the client meeting' ||
			fail "$f is not Markdown:" "$(head -3 "$T/$f")"
	done
	minutes minutes 1 --format md -o "$T/d.html" || fail "--format md failed"
	head -1 "$T/d.html" | grep -q '^# ' || fail "--format md ignored"
	minutes minutes 1 --format html -o - >"$T/e" || fail "-o - failed"
	SHAPE check "$T/e" >/dev/null || fail "--format html -o - is no page"
	run minutes minutes 1 --format pdf
	expect_rc 2
	expect_err_has 'unknown format "pdf"'
	run minutes report --format csv
	expect_rc 2
	expect_err_has 'unknown format "csv"'
	[ ! -e "$T/x.pdf" ] || fail "file made"
}

# Text that looks like HTML, a link or an image stays text on the page: no
# element of it reaches the browser.
t_hostile_text_stays_text_in_html() {
	nl_ok municipality add "Aa|Bb"
	nl_ok member add '<img src=x onerror=alert(1)>' --municipality "Aa|Bb"
	nl_ok meeting add 2026-03-10 19:00 --location '[klik](javascript:alert(1))'
	NOTULIST_NOW="2026-03-10 19:05:00" nl_ok checkin 1 '<img src=x onerror=alert(1)>'
	nl_ok agenda add 1 '<script>alert(1)</script> ![x](http://example.org/x.png)'
	nl_ok agenda note 1 1 '<iframe src="http://example.org"></iframe>'$'\n''[a](http://example.org) <http://example.org>'
	minutes minutes 1 --format html -o "$T/m.html" || fail "minutes failed"
	SHAPE check "$T/m.html" >"$T/check" ||
		fail "hostile text became HTML:" "$(cat "$T/check")"
	SHAPE text "$T/m.html" >"$T/text"
	grep -qF 'h3: 1. <script>alert(1)</script> ![x](http://example.org/x.png)' "$T/text" ||
		fail "the title is not shown as typed:" "$(grep h3 "$T/text")"
	grep -qF 'Place: [klik](javascript:alert(1))' "$T/text" ||
		fail "the place is not shown as typed:" "$(grep Place "$T/text")"
	grep -qF '<img src=x onerror=alert(1)>' "$T/text" ||
		fail "the name is not shown as typed"
}

run_tests
