/*
 * attendance.h — recording check-ins, check-outs, excuses and undos.
 *
 * Each call is one transaction that validates against the whole log (see
 * src/core/attendance_rules.h), appends one event and commits before
 * returning, so whatever the caller shows afterwards is already durable.
 */
#ifndef NOTULIST_ATTENDANCE_H
#define NOTULIST_ATTENDANCE_H

#include <stdbool.h>

#include "members.h"
#include "model.h"
#include "nl_error.h"
#include "quorum.h"

struct store;

enum presence {
	PRESENCE_NONE,     /* not arrived */
	PRESENCE_PRESENT,
	PRESENCE_LEFT,
	PRESENCE_EXCUSED
};

/* A person's attendance at a meeting, as the one replay of its log
 * (src/core/attendance_replay.h) finds it at some moment. */
struct person_attendance {
	int64_t person_id;
	enum presence state;     /* at the moment replayed to */
	nl_time since;           /* when the current state began */
	nl_time first_in;        /* 0: never arrived */
	nl_time last_out;        /* 0: never left */
	int64_t seconds_present; /* summed over visits, up to that moment */
	int visits;
	int64_t for_person_id;   /* a stand-in: whose seat they took; else 0 */
	enum role role;          /* the role the attendance counts as (a
				  * stand-in's: the seat's); only meaningful
				  * with events: see attendance_role */
};

/* The role a person's attendance counts as: the seat a stand-in took, else
 * their own (a may be NULL: no record). */
enum role attendance_role(const struct person *person,
			  const struct person_attendance *a);
/* Whether that attendance counts for the quorum: the role it counts as is
 * a counting role (model.h). */
bool attendance_counts(role_mask counting, const struct person *person,
		       const struct person_attendance *a);

struct att_outcome {
	struct person person;       /* a guest (undo): only the name is set */
	bool guest;                 /* the undo took back a one-time guest */
	struct person seat;         /* a stand-in's check-in: whose seat;
				     * id 0: none */
	struct meeting meeting;     /* after the action */
	enum att_kind kind;         /* for an undo: the kind that was undone */
	nl_time at;                 /* when it happened (undo: the undone time;
				     * of a correction: when it was entered) */
	/* An undone correction: the event it acted on, as it is again. */
	int64_t corrected_id;
	enum att_kind corrected_kind;
	nl_time corrected_at;
	size_t rows;                /* an undo: rows the undone command wrote;
				     * a clear: rows struck */
	bool excused;               /* a clear recorded an excuse */
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
/* The same for a meeting and person the caller has just read inside the
 * write transaction it holds (store_begin_write), so that they are not
 * read a second time (issue 18: a check-in resolves both from the
 * command line first). */
enum nl_status attendance_record_read(struct store *store,
				      const struct meeting *meeting,
				      const struct person *person,
				      enum att_kind kind, nl_time at,
				      nl_time now, struct att_outcome *out,
				      struct nl_error *err);

/* Checks a stand-in in on an absent or excused member's seat: the member
 * must be expected at the meeting, of the stand-in's municipality on its
 * day, not present, and not stood in for by someone else; the stand-in
 * takes no other seat at it.  Counts once, as the member's role. */
enum nl_status attendance_stand_in(struct store *store, int64_t meeting_id,
				   int64_t person_id, int64_t member_id,
				   nl_time at, nl_time now,
				   struct att_outcome *out,
				   struct nl_error *err);

/* Cancels the latest attendance action of the meeting that is still in
 * force, a one-time guest's check-in included (repeatable: each undo goes
 * one further back): a check-in, check-out or excuse, or a correction
 * (strike, retime, or all the rows of one `attendance clear`), which
 * brings back what it corrected. */
enum nl_status attendance_undo(struct store *store, int64_t meeting_id,
			       nl_time now, struct att_outcome *out,
			       struct nl_error *err);

/* What attendance_undo would take back now, without taking it back (the
 * board asks first): out as attendance_undo fills it, the same errors. */
enum nl_status attendance_undo_preview(struct store *store,
				       int64_t meeting_id, nl_time now,
				       struct att_outcome *out,
				       struct nl_error *err);
/* attendance_undo, but only when it takes back the action a preview
 * showed (same person, kind and time): an action recorded meanwhile, in
 * another terminal, is refused and nothing is undone. */
enum nl_status attendance_undo_expected(struct store *store,
					int64_t meeting_id, nl_time now,
					const struct att_outcome *expected,
					struct att_outcome *out,
					struct nl_error *err);

/* ---- corrections (issue 14) ------------------------------------------------
 * Each is one transaction that appends to the log (never deletes), writes
 * the change log, and is refused once the meeting's minutes are approved.
 * `undo` takes a correction back like any other action.  The outcome's
 * corrected_* fields name the row acted on (before the correction), `at`
 * its time after it, `rows` how many rows a clear struck. */

/* Takes one check-in, check-out or excuse out of force, leaving later
 * rows alone; refused when the person's remaining record would not make
 * sense (a check-out without its check-in), naming the row to strike too. */
enum nl_status attendance_strike(struct store *store, int64_t event_id,
				 nl_time now, struct att_outcome *out,
				 struct nl_error *err);

/* Moves one row to `at` (read with meeting_time_read); refused when that
 * is out of order with the person's other rows, in the future, after the
 * meeting's close or outside its night. */
enum nl_status attendance_retime(struct store *store, int64_t event_id,
				 nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err);

/* Strikes all of a person's rows at a meeting ("checked in the wrong
 * person"), and with `excuse` records them as excused; one command, so
 * one undo. */
enum nl_status attendance_clear(struct store *store, int64_t meeting_id,
				int64_t person_id, bool excuse, nl_time now,
				struct att_outcome *out,
				struct nl_error *err);

/* What a clear did, as the CLI and the board say it: one translated
 * sentence without a newline ("Cleared the attendance of … (2 events
 * struck)"). */
void attendance_clear_describe(const struct att_outcome *out,
			       int64_t meeting_id, bool excuse, char *buf,
			       size_t size);

/* The meeting a row of the attendance log belongs to (for reading a time
 * the user gave for it); NL_ERR_NOTFOUND with a message when none. */
enum nl_status attendance_event_meeting(struct store *store,
					int64_t event_id,
					struct meeting *out,
					struct nl_error *err);

/* What became of a row of the log, for `attendance list`. */
enum att_entry_state {
	ATT_ENTRY_IN_FORCE,
	ATT_ENTRY_VOID,       /* in force, but half of a visit under a minute */
	ATT_ENTRY_STRUCK,
	ATT_ENTRY_UNDONE,
	ATT_ENTRY_CORRECTION, /* a strike, retime or undo that took effect */
	ATT_ENTRY_NO_EFFECT   /* a correction that found nothing to act on */
};

struct att_entry {
	int64_t id;
	int64_t person_id;
	char person[NL_NAME_SIZE];
	enum att_kind kind;
	nl_time at;          /* in force (a correction: when it was entered) */
	nl_time entered_at;  /* as first entered */
	int64_t target;      /* a correction: the row it acts on */
	enum att_entry_state state;
	int64_t ended_by;    /* struck or undone by this row; 0 */
	nl_time ended_at;
	int64_t moved_by;    /* the retime in force; 0: none */
	nl_time moved_at;
};

/* The meeting's rows: without `all`, the check-ins, check-outs and
 * excuses in force (void ones included), by time; with `all`, every row
 * by time (corrections at the moment they were entered).  person_id 0:
 * everyone.  free() the array. */
enum nl_status attendance_entries(struct store *store, int64_t meeting_id,
				  int64_t person_id, bool all,
				  struct att_entry **out, size_t *n,
				  struct nl_error *err);

/* Adds a person who walked in and checks them in, in one transaction; a
 * stand-in (role ROLE_STAND_IN) takes the seat of member_id (0: none). */
enum nl_status attendance_walk_in(struct store *store, int64_t meeting_id,
				  const struct member_input *person,
				  int64_t member_id, nl_time now,
				  struct att_outcome *out,
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
