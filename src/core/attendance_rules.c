/*
 * attendance_rules.c — the attendance state machine and the checks of a new
 * event against the log.
 *
 * Pure functions over arrays: no I/O, no SQLite, no globals.  The one state
 * machine (att_transition) is shared by validation (att_check) and the
 * replay (attendance_replay.c), so what the program accepts and what it
 * later counts can never disagree.
 */
#include <stddef.h>

#include "attendance_log.h"

#include "attendance_rules.h"

bool att_transition(enum presence from, enum att_kind kind, enum presence *to)
{
	switch (kind) {
	case ATT_IN:
		if (from == PRESENCE_PRESENT)
			return false;
		*to = PRESENCE_PRESENT;
		return true;
	case ATT_OUT:
		if (from != PRESENCE_PRESENT)
			return false;
		*to = PRESENCE_LEFT;
		return true;
	case ATT_EXCUSED:
		if (from != PRESENCE_NONE)
			return false;
		*to = PRESENCE_EXCUSED;
		return true;
	case ATT_UNDO:       /* corrections act on the log, not on people */
	case ATT_STRIKE:
	case ATT_RETIME:
	case ATT_KIND_COUNT:
		break;
	}
	return false;
}

const struct person_attendance *att_find(const struct person_attendance *all,
					 size_t n, int64_t person_id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (all[mid].person_id == person_id)
			return &all[mid];
		if (all[mid].person_id < person_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static enum att_verdict refusal(enum presence state, enum att_kind kind)
{
	switch (kind) {
	case ATT_IN:
		return ATT_ALREADY_PRESENT;
	case ATT_EXCUSED:
		return state == PRESENCE_EXCUSED ? ATT_ALREADY_EXCUSED
						 : ATT_EXCUSE_ATTENDED;
	default:
		return ATT_NOT_PRESENT;
	}
}

enum att_verdict att_check(const struct att_event *in_force, size_t n,
			   const struct att_event *candidate,
			   nl_time *conflict_at)
{
	enum presence state = PRESENCE_NONE, next;
	nl_time since = 0;
	bool placed = false;
	for (size_t i = 0; i <= n; i++) {
		const struct att_event *e = NULL;
		/* The candidate is the newest entry: it goes after every event
		 * at the same moment. */
		if (!placed && (i == n || in_force[i].at > candidate->at)) {
			placed = true;
			if (!att_transition(state, candidate->kind, &next)) {
				if (conflict_at)
					*conflict_at = since;
				return refusal(state, candidate->kind);
			}
			state = next;
			since = candidate->at;
		}
		if (i == n)
			break;
		e = &in_force[i];
		if (e->person_id != candidate->person_id)
			continue;
		if (!att_transition(state, e->kind, &next)) {
			if (!placed)
				continue; /* damage before us is not our fault */
			if (conflict_at)
				*conflict_at = e->at;
			return ATT_CONFLICTS_LATER;
		}
		state = next;
		since = e->at;
	}
	return ATT_ACCEPTED;
}

enum att_meeting_verdict att_meeting_accepts(const struct meeting *m,
					     enum att_kind kind, nl_time at,
					     nl_time *at_out)
{
	*at_out = at;
	if (m->minutes_approved.year)
		return ATT_MEETING_APPROVED;
	/* A correction (an undo) acts on its target whenever it is entered. */
	if (!att_kind_is_presence(kind) || m->status != MEETING_CLOSED || !m->closed_at ||
	    at <= m->closed_at)
		return ATT_MEETING_ACCEPTS;
	if (kind == ATT_EXCUSED) {
		*at_out = m->closed_at;
		return ATT_MEETING_ACCEPTS;
	}
	return ATT_MEETING_AFTER_CLOSE;
}
