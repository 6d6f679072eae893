/*
 * document_date.c — dates as documents say them, written out in the
 * message language ("maandag 7 december 2026"): documents go to people,
 * not scripts.  The names and the order come from the catalogue, so they
 * follow --lang and LANGUAGE, not LC_TIME.
 */
#include <stdio.h>

#include "document.h"
#include "i18n.h"

static const char *const weekdays[7] = {
	/* TRANSLATORS: weekday names as documents write them, as in
	 * "Monday 7 December 2026"; Dutch writes them in lower case. */
	N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
	N_("Thursday"), N_("Friday"), N_("Saturday"),
};

static const char *const months[12] = {
	/* TRANSLATORS: month names as documents write them, as in "Monday 7
	 * December 2026"; Dutch writes them in lower case. */
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
	N_("June"), N_("July"), N_("August"), N_("September"),
	N_("October"), N_("November"), N_("December"),
};

static int weekday(struct nl_date date)
{
	/* 1970-01-01 was a Thursday. */
	int64_t r = (nl_days_from_civil(date) + 4) % 7;
	return (int)(r < 0 ? r + 7 : r);
}

void document_date(struct nl_date date, char out[DOC_DATE_SIZE])
{
	if (date.month < 1 || date.month > 12) {
		snprintf(out, DOC_DATE_SIZE, "?");
		return;
	}
	/* TRANSLATORS: a date in a document: weekday, day of the month,
	 * month, year, as in "Monday 7 December 2026".  Reorder with %1$s
	 * %2$d %3$s %4$d if your language needs another order. */
	snprintf(out, DOC_DATE_SIZE, _("%s %d %s %d"),
		 _(weekdays[weekday(date)]), date.day,
		 _(months[date.month - 1]), date.year);
}

void document_date_short(struct nl_date date, char out[DOC_DATE_SIZE])
{
	if (date.month < 1 || date.month > 12) {
		snprintf(out, DOC_DATE_SIZE, "?");
		return;
	}
	/* TRANSLATORS: a date in a document without the weekday, as in "7
	 * December 2026". */
	snprintf(out, DOC_DATE_SIZE, _("%d %s %d"), date.day,
		 _(months[date.month - 1]), date.year);
}

void document_month(int year, int month, char out[DOC_DATE_SIZE])
{
	if (month < 1 || month > 12) {
		snprintf(out, DOC_DATE_SIZE, "%d", year);
		return;
	}
	/* TRANSLATORS: a month in a document, as in "March 2026". */
	snprintf(out, DOC_DATE_SIZE, _("%s %d"), _(months[month - 1]), year);
}
