/*
 * store_attendance.h — SQL for the attendance log (src/core only; the
 * domain reads the log through attendance_log.h, never through this).
 *
 * There is one statement that reads a meeting's log and one function that
 * reads its rows, so every reader of the log sees the same events with the
 * same fields.  A reader is prepared once and reset between meetings: an
 * export or a history of hundreds of meetings costs one prepare.
 */
#ifndef NOTULIST_STORE_ATTENDANCE_H
#define NOTULIST_STORE_ATTENDANCE_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"
#include "attendance_tally.h"

struct store;
struct store_event_reader;

enum nl_status store_event_reader_open(struct store *store,
				       struct store_event_reader **out,
				       struct nl_error *err);
/* The same events without each person's role and municipality (role
 * ROLE_GUEST, municipality 0) and without recorded_at (0): for a reader
 * that replays the log, has the people in memory and fills them in,
 * sparing a lookup in person and a parse for every event. */
enum nl_status store_event_reader_open_bare(struct store *store,
					    struct store_event_reader **out,
					    struct nl_error *err);
/* Reads one person's rows of a meeting's log only (along
 * attendance_by_person), as store_event_reader_open_bare does. */
enum nl_status store_event_reader_open_person(struct store *store,
					      int64_t person_id,
					      struct store_event_reader **out,
					      struct nl_error *err);

/* One meeting's events in entry order, with each person's role and
 * municipality, into *events (room for *capacity; grown as needed, so a
 * caller may hand the same buffer back for the next meeting). */
enum nl_status store_event_reader_load(struct store_event_reader *reader,
				       int64_t meeting_id,
				       struct att_event **events, size_t *n,
				       size_t *capacity, struct nl_error *err);
/* Accepts NULL. */
void store_event_reader_close(struct store_event_reader *reader);

/* Appends one event (its id, role and municipality are not stored: the id
 * comes back in *id, may be NULL). */
enum nl_status store_attendance_insert(struct store *store, int64_t meeting_id,
				       const struct att_event *event,
				       nl_time recorded_at, int64_t *id,
				       struct nl_error *err);

/* The meeting an attendance row belongs to; NL_ERR_NOTFOUND (no message)
 * when there is no such row. */
enum nl_status store_attendance_meeting_of(struct store *store,
					   int64_t event_id,
					   int64_t *meeting_id,
					   struct nl_error *err);

/* Whether any of the n people has an attendance row (any kind, undone
 * or not) in a meeting dated from[i]..to; stops at the first. */
enum nl_status store_attendance_any_between(struct store *store,
					    const int64_t *person_ids,
					    const struct nl_date *from, size_t n,
					    struct nl_date to, bool *found,
					    struct nl_error *err);

/* The tally of a meeting (attendance_tally.h), and the id of the newest
 * row of its log (0: none) to see whether it still describes it;
 * NL_ERR_NOTFOUND (no message) when it has none. */
enum nl_status store_tally_get(struct store *store, int64_t meeting_id,
			       struct att_tally *out, int64_t *newest_row,
			       struct nl_error *err);
/* Writes it over the meeting's old one. */
enum nl_status store_tally_put(struct store *store, const struct att_tally *t,
			       struct nl_error *err);

#endif
