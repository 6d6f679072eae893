/*
 * quorum.h — is the minimum number of counting people present? (pure)
 *
 * Only roles in the counting mask count (clients by default).  A quorum is
 * "lost" only after it was first met: a meeting that fills up slowly is not
 * a lapse, a meeting that empties below the minimum is.  The figures come
 * from the one replay of the attendance log (src/core/attendance_replay.h).
 */
#ifndef NOTULIST_QUORUM_H
#define NOTULIST_QUORUM_H

#include <stddef.h>

#include "model.h"
#include "nl_error.h"

struct quorum_state {
	int present;  /* counting people present */
	int minimum;
	bool met;
	nl_time since; /* when `met` last flipped (a late entry can make this
			* earlier than the event just recorded); 0: never */
};

struct quorum_change {
	nl_time at;
	int present;
	bool met;
};

struct quorum_lapse {
	nl_time lost_at;
	nl_time restored_at;    /* 0: not restored before the end */
	int present_at_loss;
};

struct quorum_timeline {
	int minimum;
	nl_time first_met;      /* 0: never met */
	int peak;               /* highest count seen */
	struct quorum_change *changes; /* one per moment the count changed */
	size_t n_changes;
	struct quorum_lapse *lapses;
	size_t n_lapses;
};

void quorum_timeline_free(struct quorum_timeline *timeline);

/* The state at moment t, read off a timeline that reaches t (the replay,
 * attendance_replay.h, builds timelines). */
struct quorum_state quorum_timeline_at(const struct quorum_timeline *timeline,
				       nl_time t);

/* Seconds the quorum was lost, counting an open lapse up to `until`. */
int64_t quorum_lapse_seconds(const struct quorum_lapse *lapse, nl_time until);

#endif
