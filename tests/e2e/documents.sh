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
	# The members are a real table: one row per member.
	SHAPE table "$T/r.html" 1 >"$T/members"
	[ "$(head -1 "$T/members")" = $'Naam\tGemeente\tAanwezig\tAfgemeld\tAfwezig\tOpkomst' ] ||
		fail "members table header:" "$(head -1 "$T/members")"
	grep -qx $'Sanne Mulder\tNoorderveen\t0\t0\t2\t0%' "$T/members" ||
		fail "members row:" "$(cat "$T/members")"
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

# Both languages, Markdown and HTML, of one document: golden files
# NAME.md, NAME.html, NAME_nl.md, NAME_nl.html.  Runs "$@" with --format
# and --lang added; every page must keep the page rules.
goldens() {
	local name=$1 lang fmt suffix
	shift
	for lang in en nl; do
		for fmt in md html; do
			suffix=$([ "$lang" = nl ] && echo _nl)
			run nl --lang "$lang" "$@" --format "$fmt"
			expect_rc 0
			[ "$fmt" = html ] && html_ok "$lang"
			golden "$name$suffix.$fmt"
		done
	done
}

# The sheet before the meeting: everyone expected, nothing filled in.
t_sign_in_sheet_before_the_meeting() {
	at 09:00 init --demo
	NOTULIST_NOW="2026-03-10 09:00:00" nl sheet 1 --format html -o "$T/s.html" ||
		fail "sheet failed"
	SHAPE check "$T/s.html" >/dev/null || fail "page rules broken"
	SHAPE shape "$T/s.html" | head -1 | grep -qx 'body .sheet' ||
		fail "not laid out as a sheet"
	# Three municipalities, people without one, and the walk-ins.
	SHAPE text "$T/s.html" | grep '^h2: ' >"$T/h2"
	[ "$(cat "$T/h2")" = "$(printf 'h2: %s\n' 'Capelle aan den IJssel' \
		'Krimpen aan den IJssel' Zuidplas 'Without a municipality' \
		'Walk-ins and guests')" ] || fail "groups:" "$(cat "$T/h2")"
	SHAPE table "$T/s.html" 1 >"$T/t1"
	[ "$(head -1 "$T/t1")" = $'Name\tRole\tArrival\tDeparture\tSignature' ] ||
		fail "header:" "$(head -1 "$T/t1")"
	grep -qx $'Zoë de Vries\tclient\t\t\t' "$T/t1" || fail "row:" "$(cat "$T/t1")"
	# Every expected person once; eight empty rows for walk-ins.
	local people=0 i
	for i in 1 2 3 4; do
		people=$((people + $(SHAPE table "$T/s.html" $i | tail -n +2 | wc -l)))
	done
	[ "$people" = "$(nl member list | tail -n +2 | grep -c .)" ] ||
		fail "$people people on the sheet"
	[ "$(SHAPE table "$T/s.html" 5 | tail -n +2 | grep -cx $'\t\t\t\t')" = 8 ] ||
		fail "walk-in rows:" "$(SHAPE table "$T/s.html" 5)"
	# Printed, every table has the same columns, set by the style sheet
	# and not by what is written in them: the empty walk-in rows keep
	# room for a name, and the signature column is wide.
	SHAPE rules "$T/s.html" "body.sheet table" | grep -qx 'table-layout: fixed' ||
		fail "sheet tables size their columns by their content"
	local col widths=""
	for col in 1 2 3 4 5; do
		widths+="$(SHAPE rules "$T/s.html" "body.sheet th:nth-child($col)" |
			sed -n 's/^width: \([0-9]*\)%$/\1/p') "
	done
	/usr/bin/python3 -c 'import sys; w = [int(x) for x in sys.argv[1:]]
assert len(w) == 5 and sum(w) == 100 and w[0] >= 25 and w[4] >= 30, w' \
		$widths || fail "sheet column widths: $widths"
}

# After the meeting: arrival and departure from the record.
t_sign_in_sheet_after_the_meeting_matches_the_golden_files() {
	demo_story
	NOTULIST_NOW="2026-03-20 12:00:00" goldens sheet_demo sheet 1
	run nl sheet 1
	expect_out_has "| Zoë de Vries | client | 14:00 | 15:10 |  |"
	expect_out_has "| Anaïs Bakker | client | 14:00 | 16:05 |  |"
	expect_out_has "| Priya Ramdin | client | excused |  |  |"
	expect_out_has "| Ahmed Benali | client |  |  |  |"
}

# Stand-ins and guests known for the meeting are on the sheet: a stand-in
# with the seat they took, each guest in the walk-ins' table before its
# empty rows, with organisation and arrival.
t_sign_in_sheet_lists_stand_ins_and_guests() {
	nl_ok municipality add Aa
	nl_ok member add "Piet Vos" --municipality Aa
	nl_ok member add "Anna" --municipality Aa
	nl_ok member add "Jan Smit" --municipality Aa --role stand-in
	nl_ok meeting add 2026-03-10 14:00
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok excuse 2026-03-10 "Piet Vos"
	NOTULIST_NOW="2026-03-10 14:00:00" nl_ok checkin 2026-03-10 Anna
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 2026-03-10 "Jan Smit" --for "Piet Vos"
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 2026-03-10 --guest "Els de Wit" --organisation GGD
	NOTULIST_NOW="2026-03-10 14:10:00" nl_ok checkin 2026-03-10 --guest "Kim | Ko"
	NOTULIST_NOW="2026-03-10 14:20:00" run nl sheet 2026-03-10
	expect_rc 0
	expect_out_has "| Jan Smit (for Piet Vos) | stand-in | 14:02 |  |  |"
	expect_out_has "| Piet Vos | client | excused |  |  |"
	expect_out_has "| Els de Wit | GGD | 14:05 |  |  |"
	NOTULIST_NOW="2026-03-10 14:20:00" nl sheet 2026-03-10 --format html \
		-o "$T/s.html" || fail "sheet failed"
	SHAPE check "$T/s.html" >/dev/null || fail "page rules broken"
	SHAPE table "$T/s.html" 1 >"$T/t1"
	grep -qx $'Jan Smit (for Piet Vos)\tstand-in\t14:02\t\t' "$T/t1" ||
		fail "stand-in row:" "$(cat "$T/t1")"
	SHAPE table "$T/s.html" 2 | tail -n +2 >"$T/t2"
	[ "$(head -2 "$T/t2")" = $'Els de Wit\tGGD\t14:05\t\t\nKim | Ko\t\t14:10\t\t' ] ||
		fail "guest rows:" "$(cat "$T/t2")"
	[ "$(grep -cx $'\t\t\t\t' "$T/t2")" = 8 ] ||
		fail "empty rows after the guests:" "$(cat "$T/t2")"
	# Dutch: "voor".
	NOTULIST_NOW="2026-03-10 14:20:00" run nl --lang nl sheet 2026-03-10
	expect_out_has "| Jan Smit (voor Piet Vos) | plaatsvervanger | 14:02 |  |  |"
}

t_invitation_matches_the_golden_files() {
	demo_story
	NOTULIST_NOW="2026-03-01 12:00:00" goldens invite_demo invite 1
	NOTULIST_NOW="2026-03-01 12:00:00" run nl invite 1
	expect_out_has "# Invitation to the client meeting of Tuesday 10 March 2026"
	expect_out_has "Members may put items on the agenda until Tuesday 24 February 2026"
	expect_out_has "4. Terugbelafspraken — put forward by Gülşen Demir (client)"
	expect_out_has "- Navragen hoe de GR brieven laat testen — GR, due 15 February 2026 (**overdue**)"
	expect_out_has "- Wachttijden aan de telefoon (unsolicited, sent 3 November 2025, answer due 15 December 2025) (**overdue**)"
	# Done by the day the invitation is written: not listed.
	NOTULIST_NOW="2026-03-12 12:00:00" run nl invite 1
	expect_out_lacks "Voorbeelden van onduidelijke brieven"
	expect_out_lacks "Brieven in eenvoudige taal"
}

# The allowance: money in cents, the caps, CSV read back by Python's csv.
allowance_story() {
	generated
	nl_ok config set allowance_per_meeting.client 80
	nl_ok config set allowance_per_meeting.chair 120.50
}

t_allowance_csv_for_the_finance_desk() {
	allowance_story
	nl_ok config set allowance_per_meeting.client 110,25
	nl_ok config set allowance_cap_year 200
	NOTULIST_NOW="2026-03-20 12:00:00" nl allowance --year 2025 -o "$T/a.csv" \
		>"$T/out" 2>"$T/err" || fail "allowance failed:" "$(cat "$T/err")"
	grep -qx "Wrote 32 rows to $T/a.csv" "$T/out" || fail "out:" "$(cat "$T/out")"
	/usr/bin/python3 - "$T/a.csv" <<'PY' || fail "the CSV does not add up"
import csv, sys
from decimal import Decimal
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == ["year", "month", "person_id", "name", "municipality",
                   "role", "meetings", "amount", "month_total",
                   "year_total", "over_cap"], rows[0]
rate = {"client": Decimal("110.25"), "chair": Decimal("120.50")}
so_far = {}
for r in rows[1:]:
    d = dict(zip(rows[0], r))
    assert d["year"] == "2025", d
    amount = Decimal(d["amount"])
    assert amount == int(d["meetings"]) * rate[d["role"]], d
    assert d["month_total"] == d["amount"], d
    so_far[d["person_id"]] = so_far.get(d["person_id"], 0) + amount
    assert Decimal(d["year_total"]) == so_far[d["person_id"]], d
    over = Decimal(d["year_total"]) > 200
    assert d["over_cap"] == ("year" if over else "no"), d
    assert "." in d["amount"] and len(d["amount"].split(".")[1]) == 2, d
assert any(r[-1] == "year" for r in rows[1:])
PY
	# One warning line per person the year the cap is passed.
	[ "$(grep -c 'more than the €200.00 a year' "$T/err")" = \
		"$(awk -F, '$NF == "year"' "$T/a.csv" | cut -d, -f3 | sort -u | wc -l)" ] ||
		fail "warnings:" "$(cat "$T/err")"
	grep -q "^notulist: warning: Marleen Hendriks: €241.00 this year up to September 2025, more than the €200.00 a year that is disregarded$" "$T/err" ||
		fail "warning line:" "$(cat "$T/err")"
	# Dutch Excel: semicolons, a BOM, CRLF.
	NOTULIST_NOW="2026-03-20 12:00:00" nl allowance --year 2025 --excel 2>/dev/null >"$T/x.csv"
	head -c 3 "$T/x.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "no BOM"
	head -1 "$T/x.csv" | grep -q $'^\xef\xbb\xbfyear;month;person_id;.*over_cap\r$' ||
		fail "not for Excel:" "$(head -1 "$T/x.csv" | od -c | head -3)"
}

t_allowance_statement_matches_the_golden_files() {
	allowance_story
	nl_ok config set allowance_cap_month 100
	NOTULIST_NOW="2026-03-20 12:00:00" run nl allowance --year 2025
	expect_rc 0
	golden allowance_2025.csv
	NOTULIST_NOW="2026-03-20 12:00:00" goldens allowance_2025 allowance --year 2025
	NOTULIST_NOW="2026-03-20 12:00:00" run nl --lang nl allowance --month 2025-09 --format md
	expect_out_has "# Overzicht vergoedingen september 2025"
	expect_out_has "| Marleen Hendriks |  | voorzitter | 1 | € 120,50 ⚠ | € 241,00 |"
	expect_out_has "- **WAARSCHUWING** Marleen Hendriks: € 120,50 in september 2025, meer dan de € 100,00 per maand die wordt vrijgelaten"
	expect_out_lacks "maart 2025"
}

# Before any allowance is set, the statement says so instead of leaving
# the rates line ending in a colon.
t_allowance_statement_without_rates_says_none_is_set() {
	nl_ok municipality add Zuidplas
	nl_ok member add "Jan de Boer" --municipality Zuidplas
	NOTULIST_NOW="2026-05-01 12:00:00" run nl allowance --year 2026 --format md
	expect_rc 0
	expect_out_has "- Allowance per meeting attended: none set"
	NOTULIST_NOW="2026-05-01 12:00:00" run nl --lang nl allowance --year 2026 --format md
	expect_out_has "- Vergoeding per bijgewoonde vergadering: niet ingesteld"
}

# Present for no time at all is not attending; planned meetings pay nothing.
t_allowance_counts_a_minute_or_more() {
	nl_ok municipality add Zuidplas
	nl_ok member add "Jan de Boer" --municipality Zuidplas
	nl_ok member add "Els Kok" --municipality Zuidplas
	nl_ok config set allowance_per_meeting.client 30
	nl_ok meeting add 2026-03-10 19:00
	nl_ok meeting add 2026-04-14 19:00
	NOTULIST_NOW="2026-03-10 19:05:00" nl_ok checkin 1 "Jan de Boer"
	NOTULIST_NOW="2026-03-10 19:05:00" nl_ok checkin 1 "Els Kok"
	NOTULIST_NOW="2026-03-10 19:05:30" nl_ok checkout 1 "Els Kok"
	NOTULIST_NOW="2026-03-10 21:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-05-01 12:00:00" run nl allowance --year 2026
	expect_rc 0
	expect_out_eq "year,month,person_id,name,municipality,role,meetings,amount,month_total,year_total,over_cap
2026,3,1,Jan de Boer,Zuidplas,client,1,30.00,30.00,30.00,no"
	NOTULIST_NOW="2026-05-01 12:00:00" run nl allowance --month 2026-4
	expect_rc 2
	expect_err_has '--month "2026-4" is not a month YYYY-MM'
	run nl allowance --year 2026 --month 2026-04
	expect_rc 2
	run nl allowance --format pdf
	expect_rc 2
}

# The calendar read back by python3-icalendar, field by field.
t_calendar_read_back_by_a_real_parser() {
	local -x TZ=Europe/Amsterdam
	demo_story
	NOTULIST_NOW="2026-03-20 12:00:00" nl_ok meeting add 2026-06-09 19:30 --location "Raadzaal, 1e etage"
	NOTULIST_NOW="2026-03-20 12:00:00" nl_ok agenda add 3 "Brieven; en \"meer\"" --by "Zoë de Vries"
	local ics="$T/cal.ics"
	NOTULIST_NOW="2026-03-20 12:00:00" nl export ics -o "$ics" ||
		fail "export ics failed"
	expect_file_mode "$ics" 600
	NOTULIST_NOW="2026-03-21 12:00:00" nl export ics --year 2026 >"$T/again.ics"
	/usr/bin/python3 - "$ics" "$T/again.ics" <<'PY' || fail "the calendar is not what was recorded"
import sys, datetime as dt
import icalendar
def events(path):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    assert str(cal["VERSION"]) == "2.0"
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}
one, two = events(sys.argv[1]), events(sys.argv[2])
utc = dt.timezone.utc
meetings = [u for u in one if u.startswith("meeting-")]
assert len(meetings) == 3, sorted(one)
assert set(meetings) <= set(two), "UIDs changed"
by_start = {one[u]["DTSTART"].dt: one[u] for u in meetings}
march = by_start[dt.datetime(2026, 3, 10, 13, 0, tzinfo=utc)]
assert march["DTEND"].dt == dt.datetime(2026, 3, 10, 15, 5, tzinfo=utc)
assert str(march["LOCATION"]) == "Gemeentehuis Capelle aan den IJssel, zaal 2"
desc = str(march["DESCRIPTION"]).split("\n")
assert desc[0] == "Agenda:" and desc[1] == "1. Opening en vaststellen agenda", desc
assert str(march["STATUS"]) == "CONFIRMED"
june = by_start[dt.datetime(2026, 6, 9, 17, 30, tzinfo=utc)]
assert june["DTEND"].dt == dt.datetime(2026, 6, 9, 19, 30, tzinfo=utc)
assert str(june["LOCATION"]) == "Raadzaal, 1e etage"
assert str(june["DESCRIPTION"]) == 'Agenda:\n1. Brieven; en "meer"'
# Open actions and unanswered advice with their due dates, all day.
due = {u: e for u, e in one.items() if not u.startswith("meeting-")}
days = sorted((e["DTSTART"].dt, str(e["SUMMARY"])) for e in due.values())
assert (dt.date(2026, 2, 15), "Action due: Navragen hoe de GR brieven laat testen") in days, days
assert (dt.date(2026, 4, 15), "Action due: Terugbelafspraken navragen bij het klantcontactcentrum") in days, days
assert (dt.date(2025, 12, 15), "Answer to advice due: Wachttijden aan de telefoon") in days, days
assert all(type(e["DTSTART"].dt) is dt.date for e in due.values())
assert all(e["DTEND"].dt - e["DTSTART"].dt == dt.timedelta(days=1) for e in due.values())
# --year 2026 leaves out what is due in 2025.
assert not any(str(e["SUMMARY"]).startswith("Answer to advice due: Wachttijden")
               for u, e in two.items())
PY
	# Lines of at most 75 octets, ending in CRLF (RFC 5545).
	awk '{ if (length($0) > 76) exit 1 }' "$ics" || fail "a line over 75 octets"
	[ "$(grep -c $'\r$' "$ics")" = "$(wc -l <"$ics")" ] || fail "not CRLF"
}

# invite --sent records the day; check warns until it is, and tells the
# deadline for members' agenda items while it is ahead.
t_invitation_sent_and_check() {
	local now="2026-05-20 12:00:00"
	NOTULIST_NOW="$now" nl_ok init
	NOTULIST_NOW="$now" nl_ok meeting add 2026-06-09 19:30
	NOTULIST_NOW="2026-05-20 12:00:00" run nl check --format csv
	expect_out_has "note,meetings,invitation,1,members may put items on the agenda of meeting 1 (2026-06-09) until 2026-05-26"
	expect_out_lacks "has not been sent"
	NOTULIST_NOW="2026-05-30 12:00:00" run nl check --format csv
	expect_out_has "warn,meetings,invitation,1,the invitation to meeting 1 (2026-06-09) has not been sent; it was due on 2026-05-30 (10 days before)"
	expect_out_lacks "members may put items"
	NOTULIST_NOW="2026-05-30 12:00:00" run nl invite 1 --sent --on 2026-05-29
	expect_rc 0
	expect_out_eq "Recorded that the invitation to meeting 1 (2026-06-09 19:30) was sent on 2026-05-29"
	NOTULIST_NOW="2026-05-30 12:00:00" run nl check --format csv
	expect_out_lacks ",invitation,"
	# The settings move the dates.
	nl_ok config set invitation_days 5
	nl_ok config set item_deadline_days 3
	NOTULIST_NOW="2026-05-30 12:00:00" nl_ok meeting add 2026-06-02 19:00
	NOTULIST_NOW="2026-05-30 12:00:00" run nl check --format csv
	expect_out_has "warn,meetings,invitation,2,the invitation to meeting 2 (2026-06-02) has not been sent; it was due on 2026-05-28 (5 days before)"
	expect_out_has "note,meetings,invitation,2,members may put items on the agenda of meeting 2 (2026-06-02) until 2026-05-30"
	# Not after the meeting, not in the future; --on needs --sent.
	NOTULIST_NOW="2026-05-30 12:00:00" run nl invite 2 --sent --on 2026-06-03
	expect_rc 1
	expect_err_line "an invitation to meeting 2 cannot be sent on 2026-06-03, after the meeting itself (2026-06-02)"
	NOTULIST_NOW="2026-05-30 12:00:00" run nl invite 2 --sent --on 2026-05-31
	expect_rc 1
	NOTULIST_NOW="2026-05-30 12:00:00" run nl invite 2 --on 2026-05-29
	expect_rc 2
	NOTULIST_NOW="2026-05-30 12:00:00" run nl invite 2 --sent -o "$T/x.md"
	expect_rc 2
	[ ! -e "$T/x.md" ] || fail "a file was written"
}

# check warns before a planned meeting would take someone over a cap; the
# statement notes who is under 27.
t_allowance_check_and_under_27() {
	nl_ok municipality add Zuidplas
	nl_ok member add "Jan de Boer" --municipality Zuidplas
	nl_ok member add "Sem Kok" --municipality Zuidplas --under-27 yes
	nl_ok config set allowance_per_meeting.client 80
	nl_ok meeting add 2026-03-03 19:00
	nl_ok meeting add 2026-03-24 19:00
	local p
	for p in "Jan de Boer" "Sem Kok"; do
		NOTULIST_NOW="2026-03-03 19:05:00" nl_ok checkin 1 "$p"
	done
	NOTULIST_NOW="2026-03-03 21:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-03-10 12:00:00" run nl check --format csv
	expect_out_lacks ",allowance,"
	nl_ok config set allowance_cap_month 150
	NOTULIST_NOW="2026-03-10 12:00:00" run nl check --format csv
	expect_out_has "warn,members,allowance,1,\"Jan de Boer: attending meeting 2 (2026-03-24) takes the month's allowance to €160.00, over the €150.00 a month that is disregarded\""
	expect_out_has "warn,members,allowance,2,\"Sem Kok: attending"
	NOTULIST_NOW="2026-03-10 12:00:00" run nl --lang nl allowance --format md
	expect_out_has "| Sem Kok ¹ | Zuidplas | cliënt | 1 | € 80,00 | € 80,00 |"
	expect_out_has "¹ Jonger dan 27: vraag de gemeente"
	expect_out_lacks "Jan de Boer ¹"
	run nl member add "X" --municipality Zuidplas --under-27 maybe
	expect_rc 2
	# member edit sets and clears it.
	nl_ok member edit "Jan de Boer" --under-27 ja
	nl_ok member edit "Sem Kok" --under-27 no
	NOTULIST_NOW="2026-03-10 12:00:00" run nl allowance --format md
	expect_out_has "| Jan de Boer ¹ | Zuidplas | client |"
	expect_out_has "| Sem Kok | Zuidplas | client |"
}

run_tests
