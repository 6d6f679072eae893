/*
 * attendance_tally.h — what a check-in keeps of its meeting's log so that
 * the next one need not replay it whole (src/core only; issue 18).
 *
 * A check-in must say whether it is accepted and what the quorum is before
 * and after it.  Replaying the meeting's whole log for that was most of its
 * cost.  The tally (table attendance_tally) holds the quorum after the
 * newest row of the log and before it; a new presence event of a person is
 * then judged by that person's rows alone, and the quorum moves by that
 * person's change.  These are pure functions: attendance.c reads and
 * writes the tally, and replays the whole log whenever they say no.
 */
#ifndef NOTULIST_ATTENDANCE_TALLY_H
#define NOTULIST_ATTENDANCE_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "quorum.h"

struct att_tally {
	int64_t meeting_id;
	int64_t last_event_id;    /* the newest row of the log it describes */
	nl_time last_at;          /* the last moment in force */
	role_mask counting;       /* what it was counted with */
	int minimum;
	struct quorum_state quorum; /* after every row */
	/* The same without the newest row; known_before false: not known. */
	bool known_before;
	nl_time before_last_at;
	struct quorum_state before;
};

/* Whether these rows (entry order: a meeting's whole log, or one person's
 * rows of it) may be tallied: no stand-in among them, and what every
 * correction and every row of a command names is among them and of the
 * same person.  Then one person's rows resolve alone exactly as they do
 * inside the whole log. */
bool att_tally_fits(const struct att_event *raw, size_t n);

/* The next tally after `event` (its id greater than every row's), from the
 * person's events in force without it (`before`) and with it (`after`),
 * both att_resolve of that person's rows alone.  Fills the quorum before
 * and after it as a replay of the whole log would give them.  false: the
 * tally cannot say (the event is not the latest moment, or it voids a
 * visit that was not the newest row); the caller replays the log. */
bool att_tally_next(const struct att_tally *tally,
		    const struct att_event *before, size_t n_before,
		    const struct att_event *after, size_t n_after,
		    const struct att_event *event, struct att_tally *next,
		    struct quorum_state *quorum_before,
		    struct quorum_state *quorum_after);

#endif
