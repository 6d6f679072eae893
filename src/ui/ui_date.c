/*
 * ui_date.c — a date as people read it, in the message language.  The
 * weekday and month abbreviations and the pattern that orders them are
 * translatable strings; nothing here depends on LC_TIME, so the date is in
 * the same language as the words around it.
 */
#include <stdio.h>

#include "i18n.h"
#include "ui_date.h"

static const char *const weekdays[7] = {
	/* TRANSLATORS: abbreviated weekday names, as in "Tue 10 Mar 2026",
	 * the date shown on the board and in the meeting list. */
	N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
	N_("Sat"),
};

static const char *const months[12] = {
	/* TRANSLATORS: abbreviated month names, as in "Tue 10 Mar 2026". */
	N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
	N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

int ui_weekday(struct nl_date date)
{
	/* 1970-01-01 was a Thursday. */
	int64_t r = (nl_days_from_civil(date) + 4) % 7;
	return (int)(r < 0 ? r + 7 : r);
}

void ui_date_format(struct nl_date date, char *out, size_t size)
{
	if (date.month < 1 || date.month > 12) {
		snprintf(out, size, "?");
		return;
	}
	/* TRANSLATORS: a date on screen: weekday, day of the month, month,
	 * year, e.g. "Tue 10 Mar 2026".  Reorder with %1$s %2$d %3$s %4$d
	 * if your language needs another order. */
	snprintf(out, size, _("%s %d %s %d"), _(weekdays[ui_weekday(date)]),
		 date.day, _(months[date.month - 1]), date.year);
}

void ui_date_short_format(struct nl_date date, char *out, size_t size)
{
	if (date.month < 1 || date.month > 12) {
		snprintf(out, size, "?");
		return;
	}
	/* TRANSLATORS: a date in a narrow column, without the weekday: day
	 * of the month, month, year, e.g. "10 Mar 2026".  Reorder with
	 * %1$d %2$s %3$d if your language needs another order. */
	snprintf(out, size, _("%d %s %d"), date.day, _(months[date.month - 1]),
		 date.year);
}

void ui_date_time_format(struct nl_date date, int minute_of_day, char *out,
			 size_t size)
{
	char day[UI_DATE_SIZE];
	ui_date_format(date, day, sizeof day);
	if (minute_of_day < 0)
		snprintf(out, size, "%s", day);
	else
		snprintf(out, size, "%s %02d:%02d", day, minute_of_day / 60,
			 minute_of_day % 60);
}
