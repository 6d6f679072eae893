/*
 * nltime.c — instants, the local calendar and their ISO 8601 text.
 *
 * Parsers are strict on purpose: "2026-02-30", "24:00" and "7pm" are
 * errors, never silently normalised.  The local calendar is handled as
 * "naive" seconds: seconds since 1970-01-01 00:00:00 of the wall clock, as
 * if it were UTC.  localtime_r, and nothing else, says how an instant reads
 * on the wall clock, so every rule about zones and summer time comes from
 * the TZ database; the rest is integer arithmetic.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nltime.h"

#define DAY_SECONDS 86400

bool nl_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int nl_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31};
	if (month < 1 || month > 12)
		return 0;
	return month == 2 && nl_is_leap_year(year) ? 29 : days[month - 1];
}

bool nl_date_in_range(struct nl_date d)
{
	return d.year >= NL_YEAR_MIN && d.year <= NL_YEAR_MAX && d.month >= 1 &&
	       d.month <= 12 && d.day >= 1 &&
	       d.day <= nl_days_in_month(d.year, d.month);
}

/* Reads exactly `width` decimal digits. */
static bool read_digits(const char *s, int width, int *value)
{
	int v = 0;
	for (int i = 0; i < width; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*value = v;
	return true;
}

static bool parse_date_prefix(const char *t, struct nl_date *out)
{
	struct nl_date d;
	if (!read_digits(t, 4, &d.year) || t[4] != '-' ||
	    !read_digits(t + 5, 2, &d.month) || t[7] != '-' ||
	    !read_digits(t + 8, 2, &d.day))
		return false;
	if (!nl_date_in_range(d))
		return false;
	*out = d;
	return true;
}

bool nl_parse_date(const char *text, struct nl_date *out)
{
	return text && strlen(text) == 10 && parse_date_prefix(text, out);
}

static bool parse_hhmm_prefix(const char *t, int *minutes)
{
	int h, m;
	if (!read_digits(t, 2, &h) || t[2] != ':' || !read_digits(t + 3, 2, &m))
		return false;
	if (h > 23 || m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}

bool nl_parse_hhmm(const char *text, int *minutes_of_day)
{
	return text && strlen(text) == 5 && parse_hhmm_prefix(text, minutes_of_day);
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian
 * calendar, no tables, no time zone. */
int64_t nl_days_from_civil(struct nl_date date)
{
	int64_t y = date.year - (date.month <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t mp = (date.month + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct nl_date nl_civil_from_days(int64_t z)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	struct nl_date d;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(yoe + era * 400 + (d.month <= 2));
	return d;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* ---- instants and the local wall clock ------------------------------------ */

/* The wall-clock reading of an instant, as naive seconds.  An instant the
 * C library cannot convert is read as UTC rather than failing. */
static int64_t local_naive(nl_time t)
{
	time_t clock = (time_t)t;
	struct tm tm;
	if ((nl_time)clock != t || !localtime_r(&clock, &tm))
		return t;
	struct nl_date d = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
	/* A leap second (tm_sec 60, "right/" zones) reads as :59. */
	int sec = tm.tm_sec > 59 ? 59 : tm.tm_sec;
	return nl_days_from_civil(d) * DAY_SECONDS + tm.tm_hour * 3600 +
	       tm.tm_min * 60 + sec;
}

static int64_t offset_at(nl_time t)
{
	return local_naive(t) - t;
}

/* The candidates are the offsets in force a day before, at and a day after
 * the naive moment: offsets are below a day, so every instant that can read
 * as that moment lies in that span, and zones change their offset at most
 * once in it. */
enum nl_local nl_local_instant(struct nl_date date, int64_t second_of_day,
			       nl_time *out)
{
	int64_t naive = nl_days_from_civil(date) * DAY_SECONDS + second_of_day;
	int64_t offsets[3] = {offset_at(naive - DAY_SECONDS), offset_at(naive),
			      offset_at(naive + DAY_SECONDS)};
	int found = 0;
	nl_time first = 0;
	for (int i = 0; i < 3; i++) {
		bool seen = false;
		for (int j = 0; j < i; j++)
			seen = seen || offsets[j] == offsets[i];
		nl_time t = naive - offsets[i];
		if (seen || local_naive(t) != naive)
			continue;
		if (found++ == 0 || t < first)
			first = t;
	}
	if (found > 0) {
		*out = first;
		return found > 1 ? NL_LOCAL_TWICE : NL_LOCAL_ONCE;
	}
	*out = naive - offsets[0];
	return NL_LOCAL_SKIPPED;
}

nl_time nl_time_from(struct nl_date date, int minutes_of_day)
{
	nl_time t;
	nl_local_instant(date, (int64_t)minutes_of_day * 60, &t);
	return t;
}

struct nl_date nl_time_date(nl_time t)
{
	return nl_civil_from_days(floor_div(local_naive(t), DAY_SECONDS));
}

static int64_t second_of_naive_day(int64_t naive)
{
	return naive - floor_div(naive, DAY_SECONDS) * DAY_SECONDS;
}

int nl_time_minute_of_day(nl_time t)
{
	return (int)(second_of_naive_day(local_naive(t)) / 60);
}

struct nl_date nl_date_add_days(struct nl_date date, int days)
{
	return nl_civil_from_days(nl_days_from_civil(date) + days);
}

int nl_date_compare(struct nl_date a, struct nl_date b)
{
	int64_t da = nl_days_from_civil(a), db = nl_days_from_civil(b);
	return (da > db) - (da < db);
}

/* ---- text ------------------------------------------------------------------ */

/* "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS" ('T' for the space) at the
 * start of `text`, as a date and second of the day; *used says how many
 * characters that took. */
static bool parse_moment_prefix(const char *text, struct nl_date *d,
				int64_t *second, size_t *used)
{
	size_t len = strlen(text);
	int minutes, seconds = 0;
	if (len < 16 || !parse_date_prefix(text, d) ||
	    (text[10] != ' ' && text[10] != 'T') ||
	    !parse_hhmm_prefix(text + 11, &minutes))
		return false;
	*used = 16;
	if (len >= 17 && text[16] == ':') {
		if (len < 19 || !read_digits(text + 17, 2, &seconds) ||
		    seconds > 59)
			return false;
		*used = 19;
	}
	*second = (int64_t)minutes * 60 + seconds;
	return true;
}

bool nl_parse_local(const char *text, struct nl_date *date,
		    int64_t *second_of_day)
{
	size_t used;
	return text && parse_moment_prefix(text, date, second_of_day, &used) &&
	       text[used] == '\0';
}

bool nl_parse_datetime(const char *text, nl_time *out)
{
	struct nl_date d;
	int64_t second;
	nl_time t;
	if (!nl_parse_local(text, &d, &second) ||
	    nl_local_instant(d, second, &t) == NL_LOCAL_SKIPPED)
		return false;
	*out = t;
	return true;
}

bool nl_parse_instant(const char *text, nl_time *out)
{
	struct nl_date d;
	int64_t second, offset = 0;
	size_t used;
	int oh, om;
	if (!text || !parse_moment_prefix(text, &d, &second, &used))
		return false;
	const char *zone = text + used;
	if (strcmp(zone, "Z") != 0) {
		if ((zone[0] != '+' && zone[0] != '-') || strlen(zone) != 6 ||
		    !read_digits(zone + 1, 2, &oh) || zone[3] != ':' ||
		    !read_digits(zone + 4, 2, &om) || oh > 23 || om > 59)
			return false;
		offset = (zone[0] == '-' ? -1 : 1) * (int64_t)(oh * 3600 + om * 60);
	}
	nl_time t = nl_days_from_civil(d) * DAY_SECONDS + second - offset;
	/* An offset may carry the moment past the years a stamp can hold
	 * ("1900-01-01T00:32:00+01:00" is in 1899): refused, so that every
	 * accepted instant can be written and read back. */
	struct nl_date first = {NL_YEAR_MIN, 1, 1}, last = {NL_YEAR_MAX, 12, 31};
	if (t < nl_days_from_civil(first) * DAY_SECONDS ||
	    t >= (nl_days_from_civil(last) + 1) * DAY_SECONDS)
		return false;
	*out = t;
	return true;
}

bool nl_parse_stamp(const char *text, nl_time *out)
{
	return text && strlen(text) == NL_STAMP_LEN - 1 && text[10] == 'T' &&
	       text[16] == ':' && text[19] == 'Z' && nl_parse_instant(text, out);
}

/* Writes a value as `width` decimal digits (values are in range by
 * construction; the modulo keeps a corrupt one from overflowing). */
static void put_digits(char *out, int value, int width)
{
	unsigned v = (unsigned)(value < 0 ? -value : value);
	for (int i = width - 1; i >= 0; i--, v /= 10)
		out[i] = (char)('0' + v % 10);
}

void nl_format_date(struct nl_date date, char out[NL_DATE_LEN])
{
	put_digits(out, date.year, 4);
	out[4] = '-';
	put_digits(out + 5, date.month, 2);
	out[7] = '-';
	put_digits(out + 8, date.day, 2);
	out[10] = '\0';
}

void nl_format_minutes(int minutes_of_day, char out[NL_HHMM_LEN])
{
	put_digits(out, minutes_of_day / 60, 2);
	out[2] = ':';
	put_digits(out + 3, minutes_of_day % 60, 2);
	out[5] = '\0';
}

void nl_format_hhmm(nl_time t, char out[NL_HHMM_LEN])
{
	nl_format_minutes(nl_time_minute_of_day(t), out);
}

/* "YYYY-MM-DD?HH:MM:SS" of naive seconds, with `sep` between. */
static void format_naive(int64_t naive, char sep, char *out)
{
	int64_t secs = second_of_naive_day(naive);
	nl_format_date(nl_civil_from_days(floor_div(naive, DAY_SECONDS)), out);
	out[10] = sep;
	put_digits(out + 11, (int)(secs / 3600), 2);
	out[13] = ':';
	put_digits(out + 14, (int)(secs / 60 % 60), 2);
	out[16] = ':';
	put_digits(out + 17, (int)(secs % 60), 2);
	out[19] = '\0';
}

void nl_format_datetime(nl_time t, char out[NL_DATETIME_LEN])
{
	format_naive(local_naive(t), ' ', out);
}

void nl_format_stamp(nl_time t, char out[NL_STAMP_LEN])
{
	format_naive(t, 'T', out);
	out[19] = 'Z';
	out[20] = '\0';
}

nl_time nl_now(void)
{
	const char *fixed = getenv("NOTULIST_NOW");
	nl_time t;
	if (fixed && (nl_parse_instant(fixed, &t) ||
		      nl_parse_datetime(fixed, &t)))
		return t;
	return (nl_time)time(NULL);
}
