/*
 * nltime.h — calendar dates and wall-clock times as plain integers.
 *
 * notulist records local wall-clock time as the secretary sees it on the
 * meeting-room clock.  An nl_time counts seconds since 1970-01-01 00:00:00 of
 * that naive local calendar (no time zone, no leap seconds), so arithmetic
 * is exact and rules stay pure.  Text forms are ISO 8601:
 * "YYYY-MM-DD", "HH:MM" and "YYYY-MM-DD HH:MM:SS".
 */
#ifndef NOTULIST_NLTIME_H
#define NOTULIST_NLTIME_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t nl_time;

#define NL_DATE_LEN 11     /* "YYYY-MM-DD" + NUL */
#define NL_HHMM_LEN 6      /* "HH:MM" + NUL */
#define NL_DATETIME_LEN 20 /* "YYYY-MM-DD HH:MM:SS" + NUL */

struct nl_date {
	int year, month, day;
};

bool nl_is_leap_year(int year);
int nl_days_in_month(int year, int month);

/* Strict parsers: exactly the ISO form, real calendar days, 00:00–23:59. */
bool nl_parse_date(const char *text, struct nl_date *out);
bool nl_parse_hhmm(const char *text, int *minutes_of_day);
bool nl_parse_datetime(const char *text, nl_time *out);

int64_t nl_days_from_civil(struct nl_date date);
struct nl_date nl_civil_from_days(int64_t days);

nl_time nl_time_from(struct nl_date date, int minutes_of_day);
struct nl_date nl_time_date(nl_time t);
int nl_time_minute_of_day(nl_time t);
struct nl_date nl_date_add_days(struct nl_date date, int days);
int nl_date_compare(struct nl_date a, struct nl_date b);

void nl_format_date(struct nl_date date, char out[NL_DATE_LEN]);
void nl_format_hhmm(nl_time t, char out[NL_HHMM_LEN]);
void nl_format_datetime(nl_time t, char out[NL_DATETIME_LEN]);

/* The current local time, or NOTULIST_NOW ("YYYY-MM-DD HH:MM[:SS]") when set,
 * so that tests and demonstrations run on a fixed clock. */
nl_time nl_now(void);

#endif
