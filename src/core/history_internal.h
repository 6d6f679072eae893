/*
 * history_internal.h — how history_load condenses each meeting (src/core
 * only; the unit tests of the continuity rules build histories with it).
 */
#ifndef NOTULIST_HISTORY_INTERNAL_H
#define NOTULIST_HISTORY_INTERNAL_H

#include <stddef.h>

#include "history.h"

/* Condenses one meeting (m->meeting set) from its events in force, as
 * history_load does for each meeting; tests of the rules build histories
 * with it.  Free m's arrays with history_meeting_free. */
enum nl_status history_condense(struct meeting_history *m,
				const struct att_event *in_force, size_t n,
				role_mask counting, nl_time now,
				struct nl_error *err);
void history_meeting_free(struct meeting_history *m);

/* Sets each meeting's `attended` from the people of the history. */
void history_count_attended(struct history *history);

#endif
