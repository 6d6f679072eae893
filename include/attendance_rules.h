/*
 * attendance_rules.h — replaying the attendance log (pure, no I/O).
 *
 * The log is append-only: a check-in, check-out or excuse is never changed,
 * and an undo is a new event that cancels an earlier one.  Events may be
 * entered out of time order (a back-dated --at); replay always runs in time
 * order, ties broken by entry order.
 */
#ifndef NOTULIST_ATTENDANCE_RULES_H
#define NOTULIST_ATTENDANCE_RULES_H

#include <stddef.h>

#include "model.h"

enum presence {
	PRESENCE_NONE,     /* not arrived */
	PRESENCE_PRESENT,
	PRESENCE_LEFT,
	PRESENCE_EXCUSED
};

/* Copies the events that still count — no undo rows, nothing undone — into
 * out (room for n), sorted by time then entry order; returns how many. */
size_t att_effective(const struct att_event *events, size_t n,
		     struct att_event *out);

/* The id of the event an undo would cancel now: the latest-entered event
 * that is neither an undo nor already undone; 0 when there is none. */
int64_t att_undo_target(const struct att_event *events, size_t n);

struct person_attendance {
	int64_t person_id;
	enum presence state;     /* at `until` */
	nl_time since;           /* when the current state began */
	nl_time first_in;        /* 0: never arrived */
	nl_time last_out;        /* 0: never left */
	int64_t seconds_present; /* summed over visits, up to `until` */
	int visits;
};

/* Replays one person's effective events up to and including `until`.
 * Transitions the rules refuse are skipped, so a damaged log still gives
 * an answer. */
void att_replay_person(const struct att_event *effective, size_t n,
		       int64_t person_id, nl_time until,
		       struct person_attendance *out);

/* Replays everyone in the log at once (O(n log n)): one entry per person
 * with events, sorted by person id, into out (room for n).  Returns how
 * many, or (size_t)-1 when out of memory. */
size_t att_replay_all(const struct att_event *effective, size_t n,
		      nl_time until, struct person_attendance *out);

/* Finds a person in att_replay_all's output; NULL when they have no
 * events (never arrived, never excused). */
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

/* Would adding candidate (kind ATT_IN, ATT_OUT or ATT_EXCUSED) to the log
 * keep the person's history consistent?  *conflict_at receives the time of
 * the offending later event for ATT_CONFLICTS_LATER, or the start of the
 * current state otherwise (may be NULL). */
enum att_verdict att_check(const struct att_event *effective, size_t n,
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
