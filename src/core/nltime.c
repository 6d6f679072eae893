/*
 * nltime.c — ISO 8601 dates and times on a naive local calendar.
 * Parsers are strict on purpose: "2026-02-30", "24:00" and "7pm" are errors,
 * never silently normalised.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nltime.h"

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
	if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 ||
	    d.day > nl_days_in_month(d.year, d.month))
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

bool nl_parse_datetime(const char *text, nl_time *out)
{
	struct nl_date d;
	int minutes, seconds = 0;
	size_t len = text ? strlen(text) : 0;
	if ((len != 16 && len != 19) || !parse_date_prefix(text, &d) ||
	    (text[10] != ' ' && text[10] != 'T') ||
	    !parse_hhmm_prefix(text + 11, &minutes))
		return false;
	if (len == 19 && (text[16] != ':' || !read_digits(text + 17, 2, &seconds) ||
			  seconds > 59))
		return false;
	*out = nl_time_from(d, minutes) + seconds;
	return true;
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

nl_time nl_time_from(struct nl_date date, int minutes_of_day)
{
	return nl_days_from_civil(date) * 86400 + (int64_t)minutes_of_day * 60;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

struct nl_date nl_time_date(nl_time t)
{
	return nl_civil_from_days(floor_div(t, 86400));
}

int nl_time_minute_of_day(nl_time t)
{
	return (int)((t - floor_div(t, 86400) * 86400) / 60);
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

void nl_format_hhmm(nl_time t, char out[NL_HHMM_LEN])
{
	int m = nl_time_minute_of_day(t);
	put_digits(out, m / 60, 2);
	out[2] = ':';
	put_digits(out + 3, m % 60, 2);
	out[5] = '\0';
}

void nl_format_datetime(nl_time t, char out[NL_DATETIME_LEN])
{
	int64_t secs = t - floor_div(t, 86400) * 86400;
	nl_format_date(nl_time_date(t), out);
	out[10] = ' ';
	put_digits(out + 11, (int)(secs / 3600), 2);
	out[13] = ':';
	put_digits(out + 14, (int)(secs / 60 % 60), 2);
	out[16] = ':';
	put_digits(out + 17, (int)(secs % 60), 2);
	out[19] = '\0';
}

nl_time nl_now(void)
{
	const char *fixed = getenv("NOTULIST_NOW");
	nl_time t;
	if (fixed && nl_parse_datetime(fixed, &t))
		return t;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	struct nl_date d = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
	return nl_time_from(d, tm.tm_hour * 60 + tm.tm_min) + tm.tm_sec % 60;
}
