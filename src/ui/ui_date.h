/*
 * ui_date.h — dates for people, in the language of the messages: "Tue 10
 * Mar 2026" in English, "di 10 mrt 2026" in Dutch.  The names and the order
 * come from the catalogue, so they follow --lang and LANGUAGE, not LC_TIME.
 *
 * Only screens use this.  Command output, CSV and report files keep ISO 8601
 * (nltime.h): scripts and spreadsheets read those.  Pure formatting.
 */
#ifndef NOTULIST_UI_DATE_H
#define NOTULIST_UI_DATE_H

#include <stddef.h>

#include "nltime.h"

#define UI_DATE_SIZE 64 /* enough for any date, with or without a time */

/* 0 = Sunday … 6 = Saturday, for any proleptic Gregorian date. */
int ui_weekday(struct nl_date date);

/* "Tue 10 Mar 2026". */
void ui_date_format(struct nl_date date, char *out, size_t size);

/* "10 Mar 2026": for narrow columns (a due date in a list), where the
 * weekday would crowd out the text beside it. */
void ui_date_short_format(struct nl_date date, char *out, size_t size);

/* "Tue 10 Mar 2026 19:00"; without the time when minute_of_day < 0. */
void ui_date_time_format(struct nl_date date, int minute_of_day, char *out,
			 size_t size);

#endif
