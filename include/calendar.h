/*
 * calendar.h — the body's calendar as iCalendar (`notulist export ics`,
 * RFC 5545): every meeting as an event, and the due dates of open actions
 * and of advice awaiting an answer as all-day items.
 *
 * What must hold:
 *  - a meeting's UID never changes (it is made of the meeting's id and the
 *    moment it was entered), so a calendar that imports the file again
 *    updates the event instead of adding a second one; the same for
 *    actions and advice;
 *  - times are instants in UTC (DTSTART/DTEND ending in Z), so every
 *    calendar puts them at the right local hour, summer time or not; a
 *    meeting without a start time is an all-day event;
 *  - DTEND is the close of a closed meeting, else two hours after the
 *    start;
 *  - the text is written by libical, which escapes and folds lines.
 */
#ifndef NOTULIST_CALENDAR_H
#define NOTULIST_CALENDAR_H

#include <stddef.h>
#include <stdio.h>

#include "nl_error.h"
#include "record_model.h"
#include "settings.h"

struct store;

struct calendar_meeting {
	struct meeting meeting;
	struct agenda_item *items;
	size_t n_items;
};

struct calendar {
	struct settings settings;
	struct calendar_meeting *meetings; /* date order */
	size_t n_meetings;
	struct action_item *actions;       /* open, with a due date */
	size_t n_actions;
	struct advice *advice;             /* awaiting an answer */
	size_t n_advice;
};

/* Meetings of `year` (0: all) with their agendas, and the open actions
 * and unanswered advice due that year, in one read transaction. */
enum nl_status calendar_load(struct store *store, int year,
			     struct calendar *out, struct nl_error *err);
void calendar_free(struct calendar *calendar);

/* Writes the VCALENDAR; now is its DTSTAMP.  Fails only when memory runs
 * out. */
enum nl_status calendar_write_ics(FILE *out, const struct calendar *calendar,
				  nl_time now, struct nl_error *err);

#endif
