/*
 * attendance_tally.c — the next tally from one person's events (see
 * attendance_tally.h).
 *
 * Why it is exact: the replay (attendance_replay.c) adds up, event by
 * event, each counting person's change of presence, and a person's events
 * in force are the same whether their rows are resolved alone or inside the
 * whole log (att_tally_fits).  So the count after a new event is the count
 * before it plus that person's own change, summed the replay's way.  The
 * quorum's `since` moves only when `met` flips, and an event later than
 * every moment in force flips it at its own moment.  A visit under a minute
 * takes both of its rows out of force: if its arrival was the newest row,
 * the log is again what it was before that row, whose quorum the tally
 * kept; any other case is left to the replay.
 */

#include "attendance_log.h"
#include "attendance_rules.h"
#include "attendance_tally.h"

static bool names_own_row(const struct att_event *raw, size_t n,
			  const struct att_event *e, int64_t id)
{
	const struct att_event *named = att_event_with_id(raw, n, id);
	return named && named->person_id == e->person_id;
}

bool att_tally_fits(const struct att_event *raw, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct att_event *e = &raw[i];
		if (i > 0 && raw[i - 1].id >= e->id)
			return false; /* not in entry order: cannot search */
		if (e->for_person_id ||
		    (e->target && !names_own_row(raw, n, e, e->target)) ||
		    (e->part_of && !names_own_row(raw, n, e, e->part_of)))
			return false;
	}
	return true;
}

/* What one person adds to the count of the replay: each transition of
 * presence, counted as the role of its event. */
static int person_count(const struct att_event *in_force, size_t n,
			role_mask counting)
{
	enum presence state = PRESENCE_NONE, next;
	int count = 0;
	for (size_t i = 0; i < n; i++) {
		if (!att_transition(state, in_force[i].kind, &next))
			continue;
		if (role_counts(counting, in_force[i].role))
			count += (next == PRESENCE_PRESENT) -
				 (state == PRESENCE_PRESENT);
		state = next;
	}
	return count;
}

static bool same_event(const struct att_event *a, const struct att_event *b)
{
	return a->id == b->id && a->at == b->at && a->kind == b->kind;
}

/* after = before and the event at the end. */
static bool only_added(const struct att_event *before, size_t n_before,
		       const struct att_event *after, size_t n_after,
		       const struct att_event *event)
{
	if (n_after != n_before + 1 || after[n_before].id != event->id)
		return false;
	for (size_t i = 0; i < n_before; i++)
		if (!same_event(&before[i], &after[i]))
			return false;
	return true;
}

/* after = before without the row `gone` (at the last moment in force),
 * and without the event. */
static bool only_removed(const struct att_event *before, size_t n_before,
			 const struct att_event *after, size_t n_after,
			 int64_t gone, nl_time gone_at)
{
	size_t skipped = 0;
	if (n_after + 1 != n_before)
		return false;
	for (size_t i = 0; i < n_before; i++) {
		if (before[i].id == gone && before[i].at == gone_at &&
		    skipped == 0) {
			skipped = 1;
			continue;
		}
		if (!same_event(&before[i], &after[i - skipped]))
			return false;
	}
	return skipped == 1;
}

bool att_tally_next(const struct att_tally *tally,
		    const struct att_event *before, size_t n_before,
		    const struct att_event *after, size_t n_after,
		    const struct att_event *event, struct att_tally *next,
		    struct quorum_state *quorum_before,
		    struct quorum_state *quorum_after)
{
	if (event->at <= tally->last_at || event->id <= tally->last_event_id)
		return false;
	*next = *tally;
	next->last_event_id = event->id;
	if (only_added(before, n_before, after, n_after, event)) {
		struct quorum_state q = tally->quorum;
		q.present += person_count(after, n_after, tally->counting) -
			     person_count(before, n_before, tally->counting);
		q.minimum = tally->minimum;
		bool met = q.present >= tally->minimum;
		if (met != q.met) {
			q.met = met;
			q.since = event->at;
		}
		next->last_at = event->at;
		next->quorum = q;
		next->known_before = true;
		next->before_last_at = tally->last_at;
		next->before = tally->quorum;
	} else if (tally->known_before &&
		   only_removed(before, n_before, after, n_after,
				tally->last_event_id, tally->last_at)) {
		next->last_at = tally->before_last_at;
		next->quorum = tally->before;
		next->known_before = false;
	} else {
		return false;
	}
	*quorum_before = tally->quorum;
	*quorum_after = next->quorum;
	return true;
}
