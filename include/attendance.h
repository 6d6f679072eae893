/*
 * attendance.h — recording check-ins, check-outs, excuses and undos.
 *
 * Each call is one transaction that validates against the whole log (see
 * attendance_rules.h), appends one event and commits before returning, so
 * whatever the caller shows afterwards is already durable.
 */
#ifndef NOTULIST_ATTENDANCE_H
#define NOTULIST_ATTENDANCE_H

#include <stdbool.h>

#include "members.h"
#include "model.h"
#include "nl_error.h"
#include "quorum.h"

struct store;

struct att_outcome {
	struct person person;
	struct meeting meeting;     /* after the action */
	enum att_kind kind;         /* for an undo: the kind that was undone */
	nl_time at;                 /* when it happened (undo: the undone time) */
	int64_t event_id;
	struct quorum_state before, after; /* at the meeting's current moment */
	bool opened_meeting;        /* a planned meeting was opened by it */
};

/* Records kind (ATT_IN, ATT_OUT or ATT_EXCUSED) for a person.  at = 0 means
 * now, which is only accepted on the meeting's day or night; otherwise the
 * caller must name a time.  "Now" earlier than the last event in force (a
 * clock put back) is taken as that event's moment, so the person checked
 * in a moment ago can still be checked out.  A check-in on a planned
 * meeting opens it. */
enum nl_status attendance_record(struct store *store, int64_t meeting_id,
				 int64_t person_id, enum att_kind kind,
				 nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err);

/* Cancels the latest attendance action of the meeting that is still in
 * force (repeatable: each undo goes one further back). */
enum nl_status attendance_undo(struct store *store, int64_t meeting_id,
			       nl_time now, struct att_outcome *out,
			       struct nl_error *err);

/* Adds a person who walked in and checks them in, in one transaction. */
enum nl_status attendance_walk_in(struct store *store, int64_t meeting_id,
				  const struct member_input *person,
				  nl_time now, struct att_outcome *out,
				  struct nl_error *err);

/* The moment a meeting's state is judged at: its close, or now. */
nl_time attendance_moment(const struct meeting *meeting, nl_time now);

/* The same, knowing the events in force (sorted by time): a clock that was
 * put back (it ran fast, or was set by hand) must not hide what was
 * recorded, so an open meeting is never judged before its last event. */
nl_time attendance_moment_after(const struct meeting *meeting,
				const struct att_event *effective, size_t n,
				nl_time now);

/* Whether a lapse is only people leaving as a closed meeting ended (it
 * starts at the close and never ends): not a loss worth reporting. */
bool attendance_lapse_at_close(const struct meeting *meeting,
			       const struct quorum_lapse *lapse);

#endif
