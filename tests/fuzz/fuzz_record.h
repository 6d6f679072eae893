/*
 * fuzz_record.h — the database the markdown and CLI targets start from:
 * the demo body with one meeting that has a record of every kind.  Uses
 * the core as the program does, so the minutes and the report hold every
 * section.  Included by one target at a time.
 */
#ifndef NOTULIST_FUZZ_RECORD_H
#define NOTULIST_FUZZ_RECORD_H

#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "advice.h"
#include "agenda.h"
#include "attendance.h"
#include "demo.h"
#include "fuzz_common.h"
#include "meetings.h"
#include "store.h"

static inline nl_time fuzz_at(int day, int hour, int minute)
{
	return nl_time_from((struct nl_date){2026, 3, day}, hour * 60 + minute);
}

/* The demo body, and its meeting 1 (2026-03-10 14:00) with a record of
 * every kind: attendance, items with notes and decisions, a deferred
 * item, actions, answered and open advice; closed at 16:00. */
static inline void fuzz_record_demo(struct store *store)
{
	struct demo_counts counts;
	struct nl_error err;
	struct att_outcome o;
	struct agenda_item item;
	struct agenda_deferral deferral;
	struct action_item action;
	struct advice advice;
	struct meeting m;
	nl_time now = fuzz_at(10, 15, 30);
	fuzz_must(demo_load(store, &counts, &err), &err);
	static const struct {
		int64_t person;
		enum att_kind kind;
		int hour, minute;
	} events[] = {
		{21, ATT_IN, 14, 1}, {15, ATT_EXCUSED, 14, 2},
		{1, ATT_OUT, 15, 10}, {2, ATT_OUT, 15, 12},
	};
	for (int64_t p = 1; p <= 14; p++)
		fuzz_must(attendance_record(store, 1, p, ATT_IN,
					    fuzz_at(10, 14, 0), now, &o, &err),
			  &err);
	for (size_t i = 0; i < sizeof events / sizeof *events; i++)
		fuzz_must(attendance_record(store, 1, events[i].person,
					    events[i].kind,
					    fuzz_at(10, events[i].hour,
						    events[i].minute),
					    now, &o, &err), &err);
	struct agenda_input items[] = {
		{"Opening", TOPIC_OTHER, "Zoë de Vries"},
		{"Brieven", TOPIC_LETTERS, "Anaïs Bakker"},
		{"Terugbellen", TOPIC_AGREEMENTS, NULL},
	};
	for (size_t i = 0; i < 3; i++)
		fuzz_must(agenda_add(store, 1, &items[i], now, &item, &err),
			  &err);
	fuzz_must(agenda_set_notes(store, 1, "Notities\nregel twee", &item,
				   &err), &err);
	fuzz_must(agenda_set_decision(store, 1, "Besluit", &item, &err),
		  &err);
	fuzz_must(agenda_set_notes(store, 2, "Meer notities", &item, &err),
		  &err);
	fuzz_must(agenda_set_decision(store, 2, "Nog een besluit\nen meer",
				      &item, &err), &err);
	fuzz_must(agenda_defer(store, 3, now, &deferral, &err), &err);
	/* One action due after the meeting, one overdue by the report's
	 * day. */
	struct action_input actions[] = {
		{"Brieven verzamelen", "Zoë de Vries", {2026, 4, 1}, 2},
		{"Navragen", "GR", {2026, 3, 15}, 1},
	};
	for (size_t i = 0; i < 2; i++)
		fuzz_must(action_add(store, 1, &actions[i], now, &action, &err),
			  &err);
	struct advice_input advice_in[] = {
		{ADVICE_SOLICITED, "Kwijtschelding", {2026, 1, 5}, {0, 0, 0}, 0},
		{ADVICE_UNSOLICITED, "Wachttijden", {2026, 2, 1}, {0, 0, 0}, 0},
	};
	fuzz_must(advice_add(store, &advice_in[0], now, &advice, &err), &err);
	fuzz_must(advice_answer(store, advice.id, (struct nl_date){2026, 2, 20},
				"Antwoord\nover twee regels", false, now,
				&advice, &err), &err);
	fuzz_must(advice_add(store, &advice_in[1], now, &advice, &err), &err);
	fuzz_must(meeting_close(store, 1, fuzz_at(10, 16, 0),
				fuzz_at(10, 17, 0), &m, &err), &err);
}

#endif
