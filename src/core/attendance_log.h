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
 *  - corrections (undo) act on one event entered before them, their
 *    `target`: an undo takes it out of force.  A correction aimed at a
 *    correction, at an event already out of force, at a later entry or at
 *    nothing (a damaged log) does nothing.
 * Resolving the log applies the corrections in entry order and leaves the
 * presence events in force, ordered by time, ties by entry: that is what
 * the replay counts, and what "in force" means everywhere.
 *
 * Adding a kind of event (issue 14's strike and retime are the next):
 *  1. its value in enum att_kind (model.h), before ATT_KIND_COUNT, with its
 *     key and labels in model.c; the schema's CHECK on attendance.kind
 *     takes the key in a migration;
 *  2. its row in the kind table in attendance_log.c.  A presence kind is
 *     marked so and gets its transitions in att_transition
 *     (attendance_rules.c).  A correction names what it does to its target:
 *     a strike would reuse take_out_of_force; a retime would be a function
 *     of two lines that gives the target the correction's own `at` (the
 *     replay then sorts it into its new place);
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

struct att_log {
	struct att_event *raw;       /* every event, in entry order */
	size_t n_raw;
	struct att_event *in_force;  /* presence events in force, by time
				      * then entry */
	size_t n_in_force;
	/* Kept for the next meeting's log: room in the arrays, and the
	 * prepared statement (att_log_open only). */
	size_t raw_capacity, in_force_capacity;
	struct store_event_reader *reader;
};

/* Many meetings' logs, one prepared statement: att_log_open once, then
 * att_log_read for each meeting (the arrays are reused), att_log_free at
 * the end.  Inside the caller's transaction. */
enum nl_status att_log_open(struct store *store, struct att_log *log,
			    struct nl_error *err);
enum nl_status att_log_read(struct att_log *log, int64_t meeting_id,
			    struct nl_error *err);

/* One meeting's log. */
enum nl_status att_log_load(struct store *store, int64_t meeting_id,
			    struct att_log *log, struct nl_error *err);

/* Frees the arrays and the statement; the log is empty afterwards. */
void att_log_free(struct att_log *log);

/* Adds an event just written to the store, as reading the log again would
 * have found it: the write transaction is still the caller's, so nothing
 * else can have been added in between. */
enum nl_status att_log_append(struct att_log *log,
			      const struct att_event *event,
			      struct nl_error *err);

/* The event an undo would take out of force now: the latest entered
 * presence event still in force; NULL when there is none. */
const struct att_event *att_log_undo_target(const struct att_log *log);

/* The latest time of an event in force; 0 when there is none. */
nl_time att_log_last_in_force(const struct att_log *log);

/* Pure: resolves n events (any order) into the presence events in force,
 * by time then entry, in out (room for n); returns how many. */
size_t att_resolve(const struct att_event *raw, size_t n,
		   struct att_event *out);

/* Whether a kind says what happened to a person (check-in, check-out,
 * excused), as opposed to correcting another event. */
bool att_kind_is_presence(enum att_kind kind);

#endif
