/* test_nltime.c — dates and times: strict parsing, calendar arithmetic,
 * formatting, instants on a local clock with summer time, and the fixed
 * clock for tests.  Everything runs in TZ=UTC unless a test sets a zone
 * (use_zone), so the plain tables read as they always did. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nltime.h"

#define DAY 86400

/* ---- nl_parse_date --------------------------------------------------------- */

struct date_case {
	const char *name;
	const char *text;
	bool valid;
	struct nl_date want;
};

static const struct date_case date_cases[] = {
	{"date: ordinary day", "2026-03-10", true, {2026, 3, 10}},
	{"date: leap day 2024", "2024-02-29", true, {2024, 2, 29}},
	{"date: leap day 2000 (divisible by 400)", "2000-02-29", true,
	 {2000, 2, 29}},
	{"date: first day of the range", "1900-01-01", true, {1900, 1, 1}},
	{"date: new year's eve", "2026-12-31", true, {2026, 12, 31}},
	{"date: far future", "9999-12-31", true, {9999, 12, 31}},
	{"date: 31 January", "2026-01-31", true, {2026, 1, 31}},
	{"date: 30 April", "2026-04-30", true, {2026, 4, 30}},
	{"date: 29 February 2026 is no day", "2026-02-29", false, {0, 0, 0}},
	{"date: 29 February 1900 is no day", "1900-02-29", false, {0, 0, 0}},
	{"date: 29 February 2100 is no day", "2100-02-29", false, {0, 0, 0}},
	{"date: 30 February", "2026-02-30", false, {0, 0, 0}},
	{"date: 31 April", "2026-04-31", false, {0, 0, 0}},
	{"date: 32 January", "2026-01-32", false, {0, 0, 0}},
	{"date: month 13", "2026-13-01", false, {0, 0, 0}},
	{"date: month 00", "2026-00-10", false, {0, 0, 0}},
	{"date: day 00", "2026-03-00", false, {0, 0, 0}},
	{"date: one-digit month", "2026-1-01", false, {0, 0, 0}},
	{"date: one-digit day", "2026-01-1", false, {0, 0, 0}},
	{"date: two-digit year", "26-01-01", false, {0, 0, 0}},
	{"date: before 1900", "1899-12-31", false, {0, 0, 0}},
	{"date: trailing garbage", "2026-03-10x", false, {0, 0, 0}},
	{"date: trailing space", "2026-03-10 ", false, {0, 0, 0}},
	{"date: leading space", " 2026-03-10", false, {0, 0, 0}},
	{"date: with a time", "2026-03-10 19:00", false, {0, 0, 0}},
	{"date: slashes", "2026/03/10", false, {0, 0, 0}},
	{"date: Dutch order", "10-03-2026", false, {0, 0, 0}},
	{"date: signed month", "2026-+3-10", false, {0, 0, 0}},
	{"date: a word", "tomorrow", false, {0, 0, 0}},
	{"date: empty", "", false, {0, 0, 0}},
	{"date: NULL", NULL, false, {0, 0, 0}},
};

static void run_date_case(void **state)
{
	const struct date_case *c = *state;
	struct nl_date d = {-1, -1, -1};
	assert_int_equal(nl_parse_date(c->text, &d), c->valid);
	if (c->valid) {
		assert_int_equal(d.year, c->want.year);
		assert_int_equal(d.month, c->want.month);
		assert_int_equal(d.day, c->want.day);
	} else {
		/* A refused date leaves the output alone. */
		assert_int_equal(d.year, -1);
		assert_int_equal(d.month, -1);
		assert_int_equal(d.day, -1);
	}
}

/* ---- nl_parse_hhmm --------------------------------------------------------- */

struct hhmm_case {
	const char *name;
	const char *text;
	bool valid;
	int minutes;
};

static const struct hhmm_case hhmm_cases[] = {
	{"hhmm: midnight", "00:00", true, 0},
	{"hhmm: last minute of the day", "23:59", true, 1439},
	{"hhmm: evening", "19:30", true, 1170},
	{"hhmm: leading zero hour", "09:05", true, 545},
	{"hhmm: 24:00 is tomorrow", "24:00", false, 0},
	{"hhmm: 7pm", "7pm", false, 0},
	{"hhmm: minute 60", "19:60", false, 0},
	{"hhmm: one-digit hour", "9:30", false, 0},
	{"hhmm: with seconds", "19:30:00", false, 0},
	{"hhmm: dot separator", "19.30", false, 0},
	{"hhmm: trailing space", "19:30 ", false, 0},
	{"hhmm: signed", "+9:30", false, 0},
	{"hhmm: empty", "", false, 0},
	{"hhmm: NULL", NULL, false, 0},
};

static void run_hhmm_case(void **state)
{
	const struct hhmm_case *c = *state;
	int minutes = -7;
	assert_int_equal(nl_parse_hhmm(c->text, &minutes), c->valid);
	assert_int_equal(minutes, c->valid ? c->minutes : -7);
}

/* ---- nl_parse_datetime ----------------------------------------------------- */

struct datetime_case {
	const char *name;
	const char *text;
	bool valid;
	nl_time want; /* seconds since 1970-01-01 00:00:00 */
};

static const struct datetime_case datetime_cases[] = {
	{"datetime: space, no seconds", "2026-03-10 19:30", true, 1773171000},
	{"datetime: T, no seconds", "2026-03-10T19:30", true, 1773171000},
	{"datetime: space with seconds", "2026-03-10 19:30:45", true,
	 1773171045},
	{"datetime: T with seconds", "2026-03-10T19:30:45", true, 1773171045},
	{"datetime: the epoch", "1970-01-01 00:00:00", true, 0},
	{"datetime: before the epoch", "1969-12-31 23:59:59", true, -1},
	{"datetime: first moment of the range", "1900-01-01 00:00", true,
	 -25567LL * DAY},
	{"datetime: leap day, last second", "2024-02-29 23:59:59", true,
	 1709251199},
	{"datetime: seconds 60", "2026-03-10 19:30:60", false, 0},
	{"datetime: hour 24", "2026-03-10 24:00", false, 0},
	{"datetime: bad day", "2026-02-29 19:30", false, 0},
	{"datetime: other separator", "2026-03-10_19:30", false, 0},
	{"datetime: two separators", "2026-03-10  19:30", false, 0},
	{"datetime: one-digit seconds", "2026-03-10 19:30:5", false, 0},
	{"datetime: trailing Z", "2026-03-10T19:30:00Z", false, 0},
	{"datetime: fraction", "2026-03-10 19:30:00.5", false, 0},
	{"datetime: bad seconds separator", "2026-03-10 19:30.45", false, 0},
	{"datetime: only a date", "2026-03-10", false, 0},
	{"datetime: empty", "", false, 0},
	{"datetime: NULL", NULL, false, 0},
};

static void run_datetime_case(void **state)
{
	const struct datetime_case *c = *state;
	nl_time t = 424242;
	assert_int_equal(nl_parse_datetime(c->text, &t), c->valid);
	assert_int_equal(t, c->valid ? c->want : 424242);
}

/* ---- nl_parse_instant and stamps ------------------------------------------ */

struct instant_case {
	const char *name;
	const char *text;
	bool valid, stamp; /* stamp: also accepted by nl_parse_stamp */
	nl_time want;
};

static const struct instant_case instant_cases[] = {
	{"instant: a stamp", "2026-03-10T19:30:00Z", true, true, 1773171000},
	{"instant: space and Z", "2026-03-10 19:30:00Z", true, false,
	 1773171000},
	{"instant: no seconds", "2026-03-10T19:30Z", true, false, 1773171000},
	{"instant: offset east", "2026-03-10T20:30:00+01:00", true, false,
	 1773171000},
	{"instant: offset west with minutes", "2026-03-10T14:00:45-05:30", true,
	 false, 1773171045},
	{"instant: the second 02:10 of 25 October", "2026-10-25T02:10+01:00",
	 true, false, 1792890600},
	{"instant: before the epoch", "1969-12-31T23:59:59Z", true, true, -1},
	{"instant: no zone is a local time, not an instant",
	 "2026-03-10T19:30:00", false, false, 0},
	{"instant: lower-case z", "2026-03-10T19:30:00z", false, false, 0},
	{"instant: offset without colon", "2026-03-10T19:30:00+0100", false,
	 false, 0},
	{"instant: one-digit offset hour", "2026-03-10T19:30:00+1:00", false,
	 false, 0},
	{"instant: offset minute 60", "2026-03-10T19:30:00+01:60", false, false,
	 0},
	{"instant: trailing space", "2026-03-10T19:30:00Z ", false, false, 0},
	{"instant: bad day", "2026-02-29T19:30:00Z", false, false, 0},
	{"instant: year past 9999", "10000-01-01T00:00:00Z", false, false, 0},
	{"instant: an offset carrying it into 1899", "1900-01-01T00:32:00+01:00",
	 false, false, 0},
	{"instant: an offset carrying it into 10000", "9999-12-31T23:30:00-01:00",
	 false, false, 0},
	{"instant: the first second a stamp holds", "1900-01-01T00:00:00Z", true,
	 true, -2208988800},
	{"instant: empty", "", false, false, 0},
	{"instant: NULL", NULL, false, false, 0},
};

static void run_instant_case(void **state)
{
	const struct instant_case *c = *state;
	nl_time t = 424242;
	assert_int_equal(nl_parse_instant(c->text, &t), c->valid);
	assert_int_equal(t, c->valid ? c->want : 424242);
	t = 424242;
	assert_int_equal(nl_parse_stamp(c->text, &t), c->stamp);
	assert_int_equal(t, c->stamp ? c->want : 424242);
	if (c->valid) {
		/* The stored form of what was read reads back the same. */
		char stamp[NL_STAMP_LEN];
		nl_format_stamp(c->want, stamp);
		assert_true(nl_parse_stamp(stamp, &t));
		assert_int_equal(t, c->want);
	}
}

static void stamps_are_utc_and_sort_as_text(void **state)
{
	(void)state;
	char a[NL_STAMP_LEN], b[NL_STAMP_LEN];
	nl_format_stamp(1773171045, a);
	assert_string_equal(a, "2026-03-10T19:30:45Z");
	nl_format_stamp(-25567LL * DAY, a);
	assert_string_equal(a, "1900-01-01T00:00:00Z");
	/* Text order is time order, whatever the local clock said. */
	nl_format_stamp(1792889400, a); /* 02:50 summer time, 25 October */
	nl_format_stamp(1792890600, b); /* 02:10 winter time, 20 min later */
	assert_true(strcmp(a, b) < 0);
}

/* ---- days from civil and back ---------------------------------------------- */

struct civil_case {
	const char *name;
	struct nl_date date;
	int64_t days;
};

static const struct civil_case civil_cases[] = {
	{"civil: 1899-12-31", {1899, 12, 31}, -25568},
	{"civil: 1900-01-01", {1900, 1, 1}, -25567},
	{"civil: 1900-02-28 (1900 not leap)", {1900, 2, 28}, -25509},
	{"civil: 1900-03-01 follows 02-28", {1900, 3, 1}, -25508},
	{"civil: 1969-12-31", {1969, 12, 31}, -1},
	{"civil: 1970-01-01 is day 0", {1970, 1, 1}, 0},
	{"civil: 2000-01-01", {2000, 1, 1}, 10957},
	{"civil: 2000-02-29 (2000 leap)", {2000, 2, 29}, 11016},
	{"civil: 2000-03-01", {2000, 3, 1}, 11017},
	{"civil: 2024-02-29", {2024, 2, 29}, 19782},
	{"civil: 2024-12-31", {2024, 12, 31}, 20088},
	{"civil: 2026-03-10", {2026, 3, 10}, 20522},
	{"civil: 2100-02-28 (2100 not leap)", {2100, 2, 28}, 47540},
	{"civil: 2100-03-01 follows 02-28", {2100, 3, 1}, 47541},
	{"civil: 2100-12-31", {2100, 12, 31}, 47846},
	{"civil: 2101-01-01", {2101, 1, 1}, 47847},
};

static void run_civil_case(void **state)
{
	const struct civil_case *c = *state;
	assert_int_equal(nl_days_from_civil(c->date), c->days);
	struct nl_date back = nl_civil_from_days(c->days);
	assert_int_equal(back.year, c->date.year);
	assert_int_equal(back.month, c->date.month);
	assert_int_equal(back.day, c->date.day);
	/* The same day as a moment: midnight, and the last minute. */
	struct nl_date d = nl_time_date(nl_time_from(c->date, 1439));
	assert_int_equal(nl_date_compare(d, c->date), 0);
	assert_int_equal(nl_time_minute_of_day(nl_time_from(c->date, 1439)),
			 1439);
	assert_int_equal(nl_time_from(c->date, 0), c->days * DAY);
}

/* An own calendar, walked one day at a time from 1899-12-01 to 2101-01-31,
 * against the library's arithmetic and its parser. */
static int own_days_in_month(int y, int m)
{
	static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	return m == 2 && leap ? 29 : len[m - 1];
}

static void every_day_1899_to_2101(void **state)
{
	(void)state;
	struct nl_date d = {1899, 12, 1};
	int64_t expect = nl_days_from_civil(d);
	assert_int_equal(expect, -25568 - 30);
	long walked = 0;
	while (!(d.year == 2101 && d.month == 2 && d.day == 1)) {
		char text[NL_DATE_LEN], want_text[40];
		struct nl_date parsed;
		if (nl_days_from_civil(d) != expect)
			fail_msg("%04d-%02d-%02d: day %lld, want %lld", d.year,
				 d.month, d.day, (long long)nl_days_from_civil(d),
				 (long long)expect);
		struct nl_date back = nl_civil_from_days(expect);
		if (back.year != d.year || back.month != d.month ||
		    back.day != d.day)
			fail_msg("day %lld gives %d-%d-%d", (long long)expect,
				 back.year, back.month, back.day);
		nl_format_date(d, text);
		snprintf(want_text, sizeof want_text, "%04d-%02d-%02d", d.year,
			 d.month, d.day);
		assert_string_equal(text, want_text);
		assert_int_equal(nl_parse_date(text, &parsed), d.year >= 1900);
		assert_int_equal(nl_days_in_month(d.year, d.month),
				 own_days_in_month(d.year, d.month));
		struct nl_date next = nl_date_add_days(d, 1);
		if (++d.day > own_days_in_month(d.year, d.month)) {
			d.day = 1;
			if (++d.month > 12) {
				d.month = 1;
				d.year++;
			}
		}
		assert_int_equal(nl_date_compare(next, d), 0);
		expect++;
		walked++;
	}
	assert_int_equal(expect, 47847 + 31);
	assert_int_equal(walked, 31 + 201L * 365 + 49 + 31);
}

/* ---- nl_date_add_days ------------------------------------------------------ */

struct add_case {
	const char *name;
	struct nl_date from;
	int days;
	struct nl_date want;
};

static const struct add_case add_cases[] = {
	{"add: zero days", {2026, 3, 10}, 0, {2026, 3, 10}},
	{"add: across a month end", {2026, 1, 31}, 1, {2026, 2, 1}},
	{"add: across the year end", {2025, 12, 31}, 1, {2026, 1, 1}},
	{"add: back across the year end", {2026, 1, 1}, -1, {2025, 12, 31}},
	{"add: onto a leap day", {2024, 2, 28}, 1, {2024, 2, 29}},
	{"add: past a leap day", {2024, 2, 28}, 2, {2024, 3, 1}},
	{"add: no leap day in 2026", {2026, 2, 28}, 1, {2026, 3, 1}},
	{"add: no leap day in 2100", {2100, 2, 28}, 1, {2100, 3, 1}},
	{"add: back from 1 March in a leap year", {2024, 3, 1}, -1,
	 {2024, 2, 29}},
	{"add: a leap year is 366 days", {2024, 1, 1}, 366, {2025, 1, 1}},
	{"add: a common year is 365 days", {2025, 1, 1}, 365, {2026, 1, 1}},
	{"add: six weeks", {2026, 3, 10}, 42, {2026, 4, 21}},
	{"add: minus a year over a leap day", {2025, 3, 1}, -366,
	 {2024, 2, 29}},
	{"add: ten thousand days", {2000, 1, 1}, 10000, {2027, 5, 19}},
};

static void run_add_case(void **state)
{
	const struct add_case *c = *state;
	struct nl_date got = nl_date_add_days(c->from, c->days);
	assert_int_equal(got.year, c->want.year);
	assert_int_equal(got.month, c->want.month);
	assert_int_equal(got.day, c->want.day);
}

/* ---- nl_date_compare ------------------------------------------------------- */

struct compare_case {
	const char *name;
	struct nl_date a, b;
	int want;
};

static const struct compare_case compare_cases[] = {
	{"compare: same day", {2026, 3, 10}, {2026, 3, 10}, 0},
	{"compare: day before", {2026, 3, 9}, {2026, 3, 10}, -1},
	{"compare: day after", {2026, 3, 11}, {2026, 3, 10}, 1},
	{"compare: Dec 31 before Jan 1", {2025, 12, 31}, {2026, 1, 1}, -1},
	{"compare: month outweighs day", {2026, 2, 28}, {2026, 1, 31}, 1},
	{"compare: year outweighs month", {2025, 12, 1}, {2026, 1, 1}, -1},
	{"compare: far apart gives 1, not a distance", {2100, 1, 1},
	 {1900, 1, 1}, 1},
};

static void run_compare_case(void **state)
{
	const struct compare_case *c = *state;
	assert_int_equal(nl_date_compare(c->a, c->b), c->want);
	assert_int_equal(nl_date_compare(c->b, c->a), -c->want);
}

/* ---- leap years and month lengths ------------------------------------------ */

struct month_case {
	const char *name;
	int year, month;
	int days;
	bool leap;
};

static const struct month_case month_cases[] = {
	{"month: February 2024", 2024, 2, 29, true},
	{"month: February 2026", 2026, 2, 28, false},
	{"month: February 2000", 2000, 2, 29, true},
	{"month: February 1900", 1900, 2, 28, false},
	{"month: February 2100", 2100, 2, 28, false},
	{"month: February 2400", 2400, 2, 29, true},
	{"month: January", 2026, 1, 31, false},
	{"month: April", 2026, 4, 30, false},
	{"month: June", 2026, 6, 30, false},
	{"month: September", 2026, 9, 30, false},
	{"month: November", 2026, 11, 30, false},
	{"month: December", 2024, 12, 31, true},
	{"month: 0 has no days", 2026, 0, 0, false},
	{"month: 13 has no days", 2024, 13, 0, true},
};

static void run_month_case(void **state)
{
	const struct month_case *c = *state;
	assert_int_equal(nl_days_in_month(c->year, c->month), c->days);
	assert_int_equal(nl_is_leap_year(c->year), c->leap);
}

/* ---- formatting ------------------------------------------------------------ */

struct format_case {
	const char *name;
	nl_time t;
	const char *datetime, *hhmm;
};

static const struct format_case format_cases[] = {
	{"format: the epoch", 0, "1970-01-01 00:00:00", "00:00"},
	{"format: an evening", 1773171045, "2026-03-10 19:30:45", "19:30"},
	{"format: one second before the epoch", -1, "1969-12-31 23:59:59",
	 "23:59"},
	{"format: one minute before the epoch", -60, "1969-12-31 23:59:00",
	 "23:59"},
	{"format: a day before the epoch", -DAY, "1969-12-31 00:00:00",
	 "00:00"},
	{"format: start of 1900", -25567LL * DAY, "1900-01-01 00:00:00",
	 "00:00"},
	{"format: noon in 1950", -7305LL * DAY + 43200 + 59,
	 "1950-01-01 12:00:59", "12:00"},
	{"format: leap day, last second", 1709251199, "2024-02-29 23:59:59",
	 "23:59"},
	{"format: 2100-03-01", 47541LL * DAY + 61, "2100-03-01 00:01:01",
	 "00:01"},
};

static void run_format_case(void **state)
{
	const struct format_case *c = *state;
	char dt[NL_DATETIME_LEN], hm[NL_HHMM_LEN];
	nl_time back;
	nl_format_datetime(c->t, dt);
	nl_format_hhmm(c->t, hm);
	assert_string_equal(dt, c->datetime);
	assert_string_equal(hm, c->hhmm);
	/* What is written can be read back. */
	assert_true(nl_parse_datetime(dt, &back));
	assert_int_equal(back, c->t);
}

static void format_date_pads_with_zeros(void **state)
{
	(void)state;
	char text[NL_DATE_LEN];
	nl_format_date((struct nl_date){1900, 1, 2}, text);
	assert_string_equal(text, "1900-01-02");
	nl_format_date((struct nl_date){2026, 12, 31}, text);
	assert_string_equal(text, "2026-12-31");
}

static void minute_of_day_before_the_epoch(void **state)
{
	(void)state;
	assert_int_equal(nl_time_minute_of_day(-1), 1439);
	assert_int_equal(nl_time_minute_of_day(-DAY), 0);
	assert_int_equal(nl_time_minute_of_day(-DAY + 60 * 75), 75);
	struct nl_date d = nl_time_date(-1);
	assert_int_equal(d.year, 1969);
	assert_int_equal(d.month, 12);
	assert_int_equal(d.day, 31);
}

/* ---- summer time (TZ=Europe/Amsterdam) ------------------------------------- */

/* Switches the process's zone; localtime_r reads TZ only through tzset. */
static void use_zone(const char *zone)
{
	setenv("TZ", zone, 1);
	tzset();
}

static int amsterdam(void **state)
{
	(void)state;
	use_zone("Europe/Amsterdam");
	return 0;
}

static int back_to_utc(void **state)
{
	(void)state;
	use_zone("UTC");
	return 0;
}

struct local_case {
	const char *name;
	struct nl_date date;
	const char *hhmm;
	enum nl_local kind;
	const char *stamp; /* the instant it is read as */
};

static const struct local_case local_cases[] = {
	{"amsterdam: winter evening", {2026, 3, 10}, "19:30", NL_LOCAL_ONCE,
	 "2026-03-10T18:30:00Z"},
	{"amsterdam: summer evening", {2026, 6, 10}, "19:30", NL_LOCAL_ONCE,
	 "2026-06-10T17:30:00Z"},
	{"amsterdam: 01:59 before the clocks go forward", {2026, 3, 29},
	 "01:59", NL_LOCAL_ONCE, "2026-03-29T00:59:00Z"},
	{"amsterdam: 02:00 is skipped", {2026, 3, 29}, "02:00",
	 NL_LOCAL_SKIPPED, "2026-03-29T01:00:00Z"},
	{"amsterdam: 02:30 is skipped, read as 03:30", {2026, 3, 29}, "02:30",
	 NL_LOCAL_SKIPPED, "2026-03-29T01:30:00Z"},
	{"amsterdam: 03:00 after the change", {2026, 3, 29}, "03:00",
	 NL_LOCAL_ONCE, "2026-03-29T01:00:00Z"},
	{"amsterdam: 01:59 before the clocks go back", {2026, 10, 25}, "01:59",
	 NL_LOCAL_ONCE, "2026-10-24T23:59:00Z"},
	{"amsterdam: 02:00 happens twice, the first", {2026, 10, 25}, "02:00",
	 NL_LOCAL_TWICE, "2026-10-25T00:00:00Z"},
	{"amsterdam: 02:50 happens twice, the first", {2026, 10, 25}, "02:50",
	 NL_LOCAL_TWICE, "2026-10-25T00:50:00Z"},
	{"amsterdam: 03:00 once more", {2026, 10, 25}, "03:00", NL_LOCAL_ONCE,
	 "2026-10-25T02:00:00Z"},
};

static void run_local_case(void **state)
{
	const struct local_case *c = *state;
	int minutes;
	nl_time t, want;
	char stamp[NL_STAMP_LEN];
	amsterdam(NULL);
	assert_true(nl_parse_hhmm(c->hhmm, &minutes));
	assert_int_equal(nl_local_instant(c->date, minutes * 60, &t), c->kind);
	nl_format_stamp(t, stamp);
	assert_string_equal(stamp, c->stamp);
	assert_true(nl_parse_stamp(c->stamp, &want));
	assert_int_equal(nl_time_from(c->date, minutes), want);
	back_to_utc(NULL);
}

/* The case: in at 01:45 winter time, out at 03:15 summer time is
 * half an hour, not ninety minutes. */
static void durations_are_real_elapsed_time(void **state)
{
	(void)state;
	struct nl_date spring = {2026, 3, 29}, autumn = {2026, 10, 25};
	assert_int_equal(nl_time_from(spring, 3 * 60 + 15) -
				 nl_time_from(spring, 60 + 45),
			 30 * 60);
	/* 01:30 to 03:30 on the night the clocks go back is three hours. */
	assert_int_equal(nl_time_from(autumn, 3 * 60 + 30) -
				 nl_time_from(autumn, 60 + 30),
			 3 * 3600);
}

static void skipped_local_times_do_not_parse(void **state)
{
	(void)state;
	nl_time t = 7;
	assert_false(nl_parse_datetime("2026-03-29 02:30", &t));
	assert_false(nl_parse_datetime("2026-03-29T02:00:00", &t));
	assert_int_equal(t, 7);
	assert_true(nl_parse_datetime("2026-03-29 03:00", &t));
	/* The repeated hour reads as its first occurrence (summer time). */
	assert_true(nl_parse_datetime("2026-10-25 02:30:00", &t));
	assert_int_equal(t, 1792888200);
}

static void instants_show_on_the_local_clock(void **state)
{
	(void)state;
	char dt[NL_DATETIME_LEN], hm[NL_HHMM_LEN];
	nl_time first = 1792889400, second = 1792890600; /* 00:50Z, 01:10Z */
	nl_format_datetime(first, dt);
	assert_string_equal(dt, "2026-10-25 02:50:00");
	nl_format_datetime(second, dt);
	assert_string_equal(dt, "2026-10-25 02:10:00");
	/* 23:30 UTC is already the next day in Amsterdam. */
	nl_time late = 1773185400; /* 2026-03-10T23:30:00Z */
	nl_format_hhmm(late, hm);
	assert_string_equal(hm, "00:30");
	struct nl_date d = nl_time_date(late);
	assert_int_equal(d.day, 11);
	assert_int_equal(nl_time_minute_of_day(late), 30);
}

/* What the formatters write, the parsers read back: every quarter of an
 * hour of both nights, on the local clock and as a stamp.  Only the second
 * pass through the repeated hour reads back as the first (its text is the
 * same). */
static void text_round_trips_across_both_changes(void **state)
{
	(void)state;
	static const char *const nights[] = {"2026-03-28T22:00:00Z",
					     "2026-10-24T22:00:00Z"};
	for (size_t n = 0; n < 2; n++) {
		nl_time start;
		assert_true(nl_parse_stamp(nights[n], &start));
		for (nl_time t = start; t < start + 8 * 3600; t += 900) {
			char local[NL_DATETIME_LEN], stamp[NL_STAMP_LEN];
			nl_time back;
			nl_format_datetime(t, local);
			nl_format_stamp(t, stamp);
			assert_true(nl_parse_stamp(stamp, &back));
			assert_int_equal(back, t);
			assert_true(nl_parse_datetime(local, &back));
			if (back != t && !(back == t - 3600 && n == 1))
				fail_msg("%s read back as %lld, not %lld", local,
					 (long long)back, (long long)t);
		}
	}
}

/* ---- nl_now ---------------------------------------------------------------- */

static void now_uses_notulist_now(void **state)
{
	(void)state;
	setenv("NOTULIST_NOW", "2026-03-20 12:00:00", 1);
	assert_int_equal(nl_now(), 1774008000);
	setenv("NOTULIST_NOW", "2026-03-10 19:30", 1);
	assert_int_equal(nl_now(), 1773171000);
	setenv("NOTULIST_NOW", "2026-03-10T19:30:45", 1);
	assert_int_equal(nl_now(), 1773171045);
	setenv("NOTULIST_NOW", "2026-10-25T01:10:00Z", 1);
	assert_int_equal(nl_now(), 1792890600);
	unsetenv("NOTULIST_NOW");
}

/* The system clock, for comparison. */
static nl_time local_clock(void)
{
	return (nl_time)time(NULL);
}

static void assert_near_clock(void)
{
	nl_time before = local_clock();
	nl_time t = nl_now();
	nl_time after = local_clock();
	if (t < before - 1 || t > after + 1)
		fail_msg("nl_now() = %lld, clock %lld..%lld", (long long)t,
			 (long long)before, (long long)after);
}

static void now_falls_back_to_the_clock_when_unset(void **state)
{
	(void)state;
	unsetenv("NOTULIST_NOW");
	assert_near_clock();
}

static void now_falls_back_to_the_clock_when_invalid(void **state)
{
	(void)state;
	static const char *const bad[] = {"", "tomorrow", "2026-02-30 10:00",
					  "2026-03-10", "2026-03-10 24:00",
					  "2026-03-10 19:30 "};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		setenv("NOTULIST_NOW", bad[i], 1);
		assert_near_clock();
	}
	unsetenv("NOTULIST_NOW");
}

/* ---- the table runner ------------------------------------------------------ */

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define ADD_ROWS(table, fn)                                                  \
	for (size_t i = 0; i < N_OF(table); i++, n++) {                      \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = table[i].name;                               \
		tests[n].initial_state = (void *)&table[i];                  \
	}

int main(void)
{
	static struct CMUnitTest tests[N_OF(date_cases) + N_OF(hhmm_cases) +
				       N_OF(datetime_cases) + N_OF(civil_cases) +
				       N_OF(add_cases) + N_OF(compare_cases) +
				       N_OF(month_cases) + N_OF(format_cases) +
				       N_OF(instant_cases) + N_OF(local_cases) +
				       16];
	size_t n = 0;
	use_zone("UTC");
	ADD_ROWS(date_cases, run_date_case);
	ADD_ROWS(hhmm_cases, run_hhmm_case);
	ADD_ROWS(datetime_cases, run_datetime_case);
	ADD_ROWS(civil_cases, run_civil_case);
	ADD_ROWS(add_cases, run_add_case);
	ADD_ROWS(compare_cases, run_compare_case);
	ADD_ROWS(month_cases, run_month_case);
	ADD_ROWS(format_cases, run_format_case);
	ADD_ROWS(instant_cases, run_instant_case);
	ADD_ROWS(local_cases, run_local_case);
	const struct CMUnitTest named[] = {
		cmocka_unit_test(every_day_1899_to_2101),
		cmocka_unit_test(format_date_pads_with_zeros),
		cmocka_unit_test(minute_of_day_before_the_epoch),
		cmocka_unit_test(now_uses_notulist_now),
		cmocka_unit_test(now_falls_back_to_the_clock_when_unset),
		cmocka_unit_test(now_falls_back_to_the_clock_when_invalid),
		cmocka_unit_test(stamps_are_utc_and_sort_as_text),
		cmocka_unit_test_setup_teardown(durations_are_real_elapsed_time,
						amsterdam, back_to_utc),
		cmocka_unit_test_setup_teardown(skipped_local_times_do_not_parse,
						amsterdam, back_to_utc),
		cmocka_unit_test_setup_teardown(instants_show_on_the_local_clock,
						amsterdam, back_to_utc),
		cmocka_unit_test_setup_teardown(
			text_round_trips_across_both_changes, amsterdam,
			back_to_utc),
	};
	for (size_t i = 0; i < N_OF(named); i++)
		tests[n++] = named[i];
	return _cmocka_run_group_tests("nltime", tests, n, NULL, NULL);
}
