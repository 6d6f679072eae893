/*
 * attendance_rules.h — which new events the log takes (pure, no I/O;
 * src/core only).  What a person's attendance is: attendance.h.
 *
 * The log is append-only: a check-in, check-out or excuse is never changed,
 * and an undo is a new event that cancels an earlier one.  Events may be
 * entered out of time order (a back-dated --at).  Which events are in force
 * and how they are replayed: src/core/attendance_log.h and
 * attendance_replay.h.
 */
#ifndef NOTULIST_ATTENDANCE_RULES_H
#define NOTULIST_ATTENDANCE_RULES_H

#include <stddef.h>

#include "attendance.h"
#include "model.h"

/* Finds a person in a replay's people (sorted by id); NULL when they have
 * no events in force (never arrived, never excused). */
const struct person_attendance *att_find(const struct person_attendance *all,
					 size_t n, int64_t person_id);

enum att_verdict {
	ATT_ACCEPTED,
	ATT_ALREADY_PRESENT,  /* check-in while present */
	ATT_NOT_PRESENT,      /* check-out while not present */
	ATT_ALREADY_EXCUSED,
	ATT_EXCUSE_ATTENDED,  /* excuse for someone who is or was present */
	ATT_CONFLICTS_LATER   /* fits at its time, but breaks a later event */
};

/* Would adding candidate (kind ATT_IN, ATT_OUT or ATT_EXCUSED) to the
 * events in force (time order) keep the person's history consistent?
 * *conflict_at receives the time of the offending later event for
 * ATT_CONFLICTS_LATER, or the start of the current state otherwise (may
 * be NULL). */
enum att_verdict att_check(const struct att_event *in_force, size_t n,
			   const struct att_event *candidate,
			   nl_time *conflict_at);

/* Whether a meeting still takes an attendance event at moment `at`.
 * Planned and open meetings do.  A closed meeting takes corrections up to
 * its close, and an excuse recorded afterwards counts as of the close
 * (*at_out is moved there); nothing later, or it would be stored yet never
 * counted.  Once the minutes are approved the record is final. */
enum att_meeting_verdict {
	ATT_MEETING_ACCEPTS,
	ATT_MEETING_APPROVED,     /* minutes approved: nothing changes */
	ATT_MEETING_AFTER_CLOSE   /* a moment after the meeting's close */
};
enum att_meeting_verdict att_meeting_accepts(const struct meeting *m,
					     enum att_kind kind, nl_time at,
					     nl_time *at_out);

/* Applies one event to a state; returns false when the rules refuse it. */
bool att_transition(enum presence from, enum att_kind kind,
		    enum presence *to);

#endif
