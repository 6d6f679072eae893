/*
 * quorum.h — is the minimum number of counting people present? (pure)
 *
 * Only roles in the counting mask count (clients by default).  A quorum is
 * "lost" only after it was first met: a meeting that fills up slowly is not
 * a lapse, a meeting that empties below the minimum is.
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

/* The state at moment t, from effective events (see att_effective). */
struct quorum_state quorum_at(const struct att_event *effective, size_t n,
			      role_mask counting, int minimum, nl_time t);

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

/* Builds the timeline of events up to and including `until`.  Free with
 * quorum_timeline_free, also after a failure. */
enum nl_status quorum_timeline_build(const struct att_event *effective,
				     size_t n, role_mask counting, int minimum,
				     nl_time until, struct quorum_timeline *out,
				     struct nl_error *err);
void quorum_timeline_free(struct quorum_timeline *timeline);

/* Seconds the quorum was lost, counting an open lapse up to `until`. */
int64_t quorum_lapse_seconds(const struct quorum_lapse *lapse, nl_time until);

#endif
