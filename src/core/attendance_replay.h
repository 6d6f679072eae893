/*
 * attendance_replay.h — the one replay of a meeting's attendance (pure, no
 * I/O; src/core only).
 *
 * From the events in force (attendance_log.h) up to a moment, one pass in
 * time order gives everyone's presence and the quorum: its state at that
 * moment and its timeline ("lost 20:14–20:31").  The board, `status`, the
 * minutes, the exports, the history and the checks before recording all
 * take their figures from here, so they cannot disagree.  Transitions the
 * rules refuse (att_transition) are skipped, so a damaged log still gives
 * an answer; everything that happens at one moment is one change of the
 * count (a swap of two people in the same minute is not a lapse).
 */
#ifndef NOTULIST_ATTENDANCE_REPLAY_H
#define NOTULIST_ATTENDANCE_REPLAY_H

#include <stddef.h>

#include "attendance_rules.h"
#include "model.h"
#include "nl_error.h"
#include "quorum.h"

struct att_replay {
	nl_time until;
	/* Everyone with an event in force, sorted by person id (att_find);
	 * someone whose events all lie after `until` has not arrived. */
	struct person_attendance *people;
	size_t n_people;
	struct quorum_state quorum;      /* at `until` */
	struct quorum_timeline timeline; /* up to and including `until` */
	size_t capacity;                 /* room in the arrays (reuse) */
};

/* Replays n events in force (by time, then entry) up to and including
 * `until`; people whose role is in `counting` count for the quorum of
 * `minimum`.  Start from a zeroed *out; calling again on the same struct
 * reuses its arrays.  Free with att_replay_free, also after a failure. */
enum nl_status att_replay(const struct att_event *in_force, size_t n,
			  role_mask counting, int minimum, nl_time until,
			  struct att_replay *out, struct nl_error *err);

/* Gives back the arrays' unused room, for a replay that is kept (the
 * history holds one per meeting). */
void att_replay_fit(struct att_replay *replay);

void att_replay_free(struct att_replay *replay);

/* The attendance of someone without events in force: not arrived. */
void att_not_arrived(int64_t person_id, struct person_attendance *out);

#endif
