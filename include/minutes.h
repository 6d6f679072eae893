/*
 * minutes.h — the minutes of one meeting (`notulist minutes`): its facts,
 * attendance per municipality, quorum, agenda with notes and decisions,
 * action items and advice, as Markdown that reads as plain text and
 * converts with pandoc.
 *
 * Everything is judged on the meeting's own day, never on today: what was
 * overdue, done or answered is what the meeting could know.  So minutes of
 * a closed meeting do not change when actions are closed or answers come
 * in afterwards.
 */
#ifndef NOTULIST_MINUTES_H
#define NOTULIST_MINUTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "nl_error.h"
#include "record_model.h"
#include "snapshot.h"

struct store;

struct minutes {
	struct meeting_snapshot snapshot; /* the meeting, people, quorum */
	bool has_previous;                /* an earlier meeting was held */
	struct meeting previous;          /* the latest of those */
	struct agenda_item *items;        /* position order */
	size_t n_items;
	struct action_item *actions;      /* new and carried over, by id */
	size_t n_actions;
	struct advice *advice;            /* sent by the meeting's day */
	size_t n_advice;
};

/* Gathers everything in one read transaction.  now only matters for a
 * meeting that is still open (its attendance so far). */
enum nl_status minutes_load(struct store *store, int64_t meeting_id,
			    nl_time now, struct minutes *out,
			    struct nl_error *err);
void minutes_free(struct minutes *minutes);

/* Writes the minutes as Markdown. */
void minutes_write_markdown(FILE *out, const struct minutes *minutes);

#endif
