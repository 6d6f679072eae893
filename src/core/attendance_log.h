/*
 * attendance_log.h — the one reading of a meeting's attendance log
 * (src/core only).
 *
 * Everything that needs to know who was where — the board and `status`
 * (snapshot.c), the minutes, the exports, the history behind `check` and
 * `report`, closing a meeting, and the checks before an event is recorded
 * (attendance.c) — reads the log here and replays what is in force with
 * att_replay (attendance_replay.h).  Nothing else reads the attendance
 * table, and nothing else decides which events count.
 *
 * The log is append-only and its ids rise in entry order.  Events come in
 * two sorts (the kind table in attendance_log.c says which is which):
 *  - presence events (check-in, check-out, excused) say what happened to a
 *    person at their time `at`, which may lie before that of earlier
 *    entries (a back-dated --at);
 *  - corrections act on one row entered before them, their `target`: an
 *    undo cancels it — a presence event or another correction, and with
 *    it every row written by the same command (`part_of` names the first
 *    of them); a strike takes a presence event out of force; a retime
 *    moves it to the retime's own `at`.  A correction aimed at an undo, at
 *    a row already out of force, at a later entry or at nothing (a damaged
 *    log) does nothing.
 * Resolving the log settles the undos, then applies the other corrections
 * in entry order, and leaves the presence events in force, ordered by
 * time, ties by entry.  Last, a visit of less than ATT_MIN_VISIT — in and
 * out by one double key press — is dropped whole: it counts nowhere (not
 * present, not for the quorum, no minutes), and the person is as they were
 * before it.  What remains is what the replay counts, and what "in force"
 * means everywhere.  `rows` keeps what became of every row, for the
 * `attendance list` and for undo.
 *
 * Adding a kind of event:
 *  1. its value in enum att_kind (model.h), before ATT_KIND_COUNT, with its
 *     key and labels in model.c; the schema's CHECK on attendance.kind
 *     takes the key in a migration;
 *  2. its row in the kind table in attendance_log.c.  A presence kind is
 *     marked so and gets its transitions in att_transition
 *     (attendance_rules.c).  A correction names what it does to its target
 *     (strike and retime are two-line functions there);
 *  3. rows in the tables of tests/unit/test_attendance_log.c.
 * Readers, the replay and the store see events, never kinds: they do not
 * change.
 */
#ifndef NOTULIST_ATTENDANCE_LOG_H
#define NOTULIST_ATTENDANCE_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;
struct store_event_reader;

/* A visit shorter than this (seconds) is a double key press: void. */
#define ATT_MIN_VISIT 60

/* What resolving made of one row of the log. */
enum att_row_state {
	ATT_ROW_IN_FORCE, /* a presence event that counts */
	ATT_ROW_VOID,     /* in force, but half of a visit under a minute */
	ATT_ROW_STRUCK,   /* taken out by a strike */
	ATT_ROW_UNDONE,   /* cancelled by an undo (any kind but undo) */
	ATT_ROW_APPLIED,  /* a correction in force */
	ATT_ROW_IGNORED   /* a correction that found nothing to act on */
};

struct att_row {
	enum att_row_state state;
	nl_time at;          /* a presence event: its time, after retimes */
	int64_t ended_by;    /* the strike or undo that took it out; 0 */
	nl_time ended_at;    /* when that was entered */
	int64_t moved_by;    /* the latest retime in force; 0: none */
	nl_time moved_at;    /* when that was entered */
};

struct att_log {
	struct att_event *raw;       /* every event, in entry order */
	struct att_row *rows;        /* what became of each, parallel */
	size_t n_raw;
	struct att_event *in_force;  /* presence events in force, by time
				      * then entry, with their times in force */
	size_t n_in_force;
	/* Kept for the next meeting's log: room in the arrays, and the
	 * prepared statement (att_log_open only). */
	size_t raw_capacity, in_force_capacity, rows_capacity;
	struct att_event *scratch;
	size_t scratch_capacity;
	struct store_event_reader *reader;
	struct att_log_filler *filler; /* att_log_open_bare */
};

/* Many meetings' logs, one prepared statement: att_log_open once, then
 * att_log_read for each meeting (the arrays are reused), att_log_free at
 * the end.  Inside the caller's transaction. */
enum nl_status att_log_open(struct store *store, struct att_log *log,
			    struct nl_error *err);
enum nl_status att_log_read(struct att_log *log, int64_t meeting_id,
			    struct nl_error *err);

/* Many meetings' logs read without the person table: `fill` sets each
 * event's role (a stand-in's check-in: the role of the member whose seat
 * it takes) and municipality from the people the caller holds, and
 * returns NL_ERR_NOTFOUND (no message) for a person it does not know —
 * att_log_read then returns that, unresolved, and the caller may widen
 * its people and read the meeting again.  Such a log is for replaying:
 * its rows do not say when corrections were entered (ended_at and
 * moved_at are 0).  The filler must outlive the
 * log.  For a history of hundreds of meetings this spares two lookups in
 * person per event (issue 18). */
struct att_log_filler {
	enum nl_status (*fill)(void *data, struct att_event *events, size_t n,
			       struct nl_error *err);
	void *data;
};
enum nl_status att_log_open_bare(struct store *store, struct att_log *log,
				 struct att_log_filler *filler,
				 struct nl_error *err);

/* One meeting's log. */
enum nl_status att_log_load(struct store *store, int64_t meeting_id,
			    struct att_log *log, struct nl_error *err);
/* One person's rows of a meeting's log, resolved alone, each counted as
 * the person's role (a stand-in's seat is not looked up): the same as in
 * the whole log only where att_tally_fits says so (attendance_tally.h). */
enum nl_status att_log_load_person(struct store *store, int64_t meeting_id,
				   const struct person *person,
				   struct att_log *log, struct nl_error *err);

/* Frees the arrays and the statement; the log is empty afterwards. */
void att_log_free(struct att_log *log);

/* Adds an event just written to the store, as reading the log again would
 * have found it: the write transaction is still the caller's, so nothing
 * else can have been added in between. */
enum nl_status att_log_append(struct att_log *log,
			      const struct att_event *event,
			      struct nl_error *err);

/* The row an undo would cancel now: the first row of the latest command
 * still in force (a presence event or a correction); NULL when there is
 * none. */
const struct att_event *att_log_undo_target(const struct att_log *log);

/* How many rows the command starting at row `head` wrote. */
size_t att_log_command_size(const struct att_log *log, int64_t head);

/* The event with this id among events[0..n) in entry order (ids
 * ascending); NULL: none. */
const struct att_event *att_event_with_id(const struct att_event *events,
					  size_t n, int64_t id);

/* A row of the log by id, and what became of it (*row may be NULL);
 * NULL when the log has no such row. */
const struct att_event *att_log_find(const struct att_log *log, int64_t id,
				     const struct att_row **row);

/* The latest time of an event in force; 0 when there is none. */
nl_time att_log_last_in_force(const struct att_log *log);

/* Pure: resolves n events (any order) into the presence events in force,
 * by time then entry, in out (room for n); returns how many (0 also when
 * memory ran out). */
size_t att_resolve(const struct att_event *raw, size_t n,
		   struct att_event *out);

/* The same for n events in entry order, without allocating: what became
 * of each goes to rows (room for n); scratch has room for n events. */
size_t att_resolve_rows(const struct att_event *raw, size_t n,
			struct att_event *out, struct att_row *rows,
			struct att_event *scratch);

/* Pure: the first of a person's events in force (time order) that the
 * rules refuse after what came before it; NULL when their record makes
 * sense.  A correction is refused when it would leave one. */
const struct att_event *att_first_misfit(const struct att_event *in_force,
					 size_t n, int64_t person_id);

/* Whether a kind says what happened to a person (check-in, check-out,
 * excused), or corrects another row (undo, strike, retime). */
bool att_kind_is_presence(enum att_kind kind);
bool att_kind_is_correction(enum att_kind kind);

#endif
