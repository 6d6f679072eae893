/*
 * nltime.h — instants, local calendar dates and wall-clock times.
 *
 * An nl_time is an instant: seconds since 1970-01-01 00:00:00 UTC, without
 * leap seconds.  Differences of instants are real elapsed time, also across
 * a change to or from summer time, so rules that subtract them stay pure.
 * Dates (struct nl_date) and minutes of the day are the local calendar the
 * secretary reads on the meeting-room clock; converting between the two
 * uses the TZ database (the TZ variable, else /etc/localtime) and nothing
 * else.
 *
 * Text forms, all ISO 8601:
 *   "YYYY-MM-DD"            a local calendar day
 *   "HH:MM"                 a local wall-clock minute
 *   "YYYY-MM-DD HH:MM:SS"   a local wall-clock moment (what people read)
 *   "YYYY-MM-DDTHH:MM:SSZ"  an instant in UTC: the stored form ("stamp")
 *
 * Local moments that do not exist (the hour skipped when the clocks go
 * forward) are refused by the parsers; a local moment that happens twice
 * (the hour repeated when they go back) is read as its first occurrence.
 *
 * The parse/format contract (fuzz targets rely on it): whatever a parser
 * accepts, the matching formatter writes back as the same text, up to the
 * normalisations listed at the parser (a 'T' for the space, ":00" for
 * missing seconds, UTC for an offset).
 */
#ifndef NOTULIST_NLTIME_H
#define NOTULIST_NLTIME_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t nl_time;

#define NL_DATE_LEN 11     /* "YYYY-MM-DD" + NUL */
#define NL_HHMM_LEN 6      /* "HH:MM" + NUL */
#define NL_DATETIME_LEN 20 /* "YYYY-MM-DD HH:MM:SS" + NUL */
#define NL_STAMP_LEN 21    /* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

/* Dates are kept within the four-digit years the text form can hold. */
#define NL_YEAR_MIN 1900
#define NL_YEAR_MAX 9999

struct nl_date {
	int year, month, day;
};

bool nl_is_leap_year(int year);
int nl_days_in_month(int year, int month);

/* Strict parsers: exactly the ISO form, real calendar days, 00:00–23:59. */
bool nl_parse_date(const char *text, struct nl_date *out);
bool nl_parse_hhmm(const char *text, int *minutes_of_day);
/* A local moment, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS" ('T' may
 * replace the space); false for a moment the local clock skipped.
 * nl_format_datetime writes it back with a space and seconds. */
bool nl_parse_datetime(const char *text, nl_time *out);
/* The local calendar parts of "YYYY-MM-DD HH:MM[:SS]" ('T' for the space)
 * without deciding which instant they are (see nl_local_instant). */
bool nl_parse_local(const char *text, struct nl_date *date,
		    int64_t *second_of_day);
/* An instant with its offset: "YYYY-MM-DD HH:MM[:SS]" ('T' may replace
 * the space) followed by "Z" or "+HH:MM"/"-HH:MM".  nl_format_stamp writes
 * the same instant back in UTC. */
bool nl_parse_instant(const char *text, nl_time *out);
/* The stored form only: exactly what nl_format_stamp writes. */
bool nl_parse_stamp(const char *text, nl_time *out);

/* Whether a date is within NL_YEAR_MIN-01-01 … NL_YEAR_MAX-12-31. */
bool nl_date_in_range(struct nl_date date);

int64_t nl_days_from_civil(struct nl_date date);
struct nl_date nl_civil_from_days(int64_t days);

/* How a local date and time of day maps onto instants. */
enum nl_local {
	NL_LOCAL_ONCE,     /* the usual case: one instant */
	NL_LOCAL_TWICE,    /* the repeated hour: *out is the first occurrence */
	NL_LOCAL_SKIPPED,  /* the skipped hour: *out reads it with the offset
			      in force before the change (02:30 → 03:30) */
};
enum nl_local nl_local_instant(struct nl_date date, int64_t second_of_day,
			       nl_time *out);

/* The instant of a local date and minute (see nl_local_instant for the
 * skipped and repeated hour). */
nl_time nl_time_from(struct nl_date date, int minutes_of_day);
/* The local calendar day and minute of the day of an instant. */
struct nl_date nl_time_date(nl_time t);
int nl_time_minute_of_day(nl_time t);
struct nl_date nl_date_add_days(struct nl_date date, int days);
int nl_date_compare(struct nl_date a, struct nl_date b);

void nl_format_date(struct nl_date date, char out[NL_DATE_LEN]);
/* Local wall-clock forms of an instant. */
void nl_format_hhmm(nl_time t, char out[NL_HHMM_LEN]);
void nl_format_minutes(int minutes_of_day, char out[NL_HHMM_LEN]);
void nl_format_datetime(nl_time t, char out[NL_DATETIME_LEN]);
/* The stored form: UTC, "YYYY-MM-DDTHH:MM:SSZ". */
void nl_format_stamp(nl_time t, char out[NL_STAMP_LEN]);

/* The current instant, or NOTULIST_NOW when set, so that tests and
 * demonstrations run on a fixed clock: a local moment
 * ("YYYY-MM-DD HH:MM[:SS]") or an instant with its offset
 * ("2026-10-25T01:10:00Z", for the second of a repeated hour). */
nl_time nl_now(void);

#endif
