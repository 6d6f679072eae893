/*
 * quorum.c — reading the quorum timeline.  Pure: structs in, structs out.
 * Timelines are built by the one replay of the attendance log
 * (attendance_replay.c); what is here only reads them.
 */
#include <stdlib.h>

#include "quorum.h"

void quorum_timeline_free(struct quorum_timeline *timeline)
{
	free(timeline->changes);
	free(timeline->lapses);
	timeline->changes = NULL;
	timeline->lapses = NULL;
	timeline->n_changes = timeline->n_lapses = 0;
}

/* The count only changes at a timeline entry, and `met` only flips with
 * the count: the state at t is the last entry at or before t. */
struct quorum_state quorum_timeline_at(const struct quorum_timeline *tl,
				       nl_time t)
{
	int minimum = tl->minimum;
	struct quorum_state q = {0, minimum, 0 >= minimum, 0};
	for (size_t i = 0; i < tl->n_changes && tl->changes[i].at <= t; i++) {
		q.present = tl->changes[i].present;
		if (tl->changes[i].met != q.met) {
			q.met = tl->changes[i].met;
			q.since = tl->changes[i].at;
		}
	}
	return q;
}

int64_t quorum_lapse_seconds(const struct quorum_lapse *lapse, nl_time until)
{
	nl_time end = lapse->restored_at ? lapse->restored_at : until;
	return end > lapse->lost_at ? end - lapse->lost_at : 0;
}
