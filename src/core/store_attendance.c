/*
 * store_attendance.c — SQL for the attendance table: the one statement
 * that reads a meeting's log, the one row reader, and the insert.  The
 * table is append-only (the schema's triggers refuse UPDATE and DELETE).
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_attendance.h"
#include "store_internal.h"

struct store_event_reader {
	struct store *store;
	sqlite3_stmt *stmt;
};

/* One meeting's attendance log (?1) in entry order, joined with what the
 * rules need to know of each person: a stand-in's check-in counts as the
 * role of the member whose seat it takes (att_resolve gives the seat to
 * the stand-in's other events too). */
#define ATTENDANCE_SELECT                                                     \
	"SELECT a.id, a.person_id, a.kind, a.at, coalesce(a.corrects, 0), "   \
	"coalesce(f.role, p.role), coalesce(p.municipality_id, 0), "          \
	"coalesce(a.part_of, 0), a.recorded_at, "                             \
	"coalesce(a.for_person_id, 0) "                                       \
	"FROM attendance a JOIN person p ON p.id = a.person_id "              \
	"LEFT JOIN person f ON f.id = a.for_person_id "                       \
	"WHERE a.meeting_id = ?1 ORDER BY a.id"

/* The same rows without the person: role NULL (read as ROLE_GUEST) and
 * municipality 0, for a reader that fills them in from the people it has
 * in memory (store_event_reader_open_bare); and without recorded_at
 * (read as 0), which only says when a correction was entered — for the
 * attendance list, not for a replay — and cost a parse per event. */
#define ATTENDANCE_SELECT_BARE                                                \
	"SELECT a.id, a.person_id, a.kind, a.at, coalesce(a.corrects, 0), "   \
	"NULL, 0, coalesce(a.part_of, 0), NULL, "                             \
	"coalesce(a.for_person_id, 0) "                                       \
	"FROM attendance a WHERE a.meeting_id = ?1 ORDER BY a.id"

/* One person's rows of a meeting's log (?1, ?2), as ATTENDANCE_SELECT_BARE
 * reads them (the caller has the person); along attendance_by_person. */
#define ATTENDANCE_SELECT_PERSON                                              \
	"SELECT a.id, a.person_id, a.kind, a.at, coalesce(a.corrects, 0), "   \
	"NULL, 0, coalesce(a.part_of, 0), NULL, "                             \
	"coalesce(a.for_person_id, 0) "                                       \
	"FROM attendance a WHERE a.person_id = ?2 AND a.meeting_id = ?1 "     \
	"ORDER BY a.id"

/* The stored keys are compared as they are: role_parse and att_kind_parse
 * fold case and try Dutch too, which cost more than the rest of reading a
 * row when an export reads a million of them. */
static enum role column_role(sqlite3_stmt *stmt, int column)
{
	const char *text = (const char *)sqlite3_column_text(stmt, column);
	enum role role;
	for (int r = 0; text && r < ROLE_COUNT; r++)
		if (strcmp(text, role_key((enum role)r)) == 0)
			return (enum role)r;
	return text && role_parse(text, &role) ? role : ROLE_GUEST;
}

/* An unknown kind must never count: it is read as an undo of nothing
 * (target 0), which the log ignores. */
static enum att_kind column_kind(sqlite3_stmt *stmt, int column)
{
	const char *text = (const char *)sqlite3_column_text(stmt, column);
	enum att_kind kind;
	for (int k = 0; text && k < ATT_KIND_COUNT; k++)
		if (strcmp(text, att_kind_key((enum att_kind)k)) == 0)
			return (enum att_kind)k;
	return text && att_kind_parse(text, &kind) ? kind : ATT_UNDO;
}

static void read_event(sqlite3_stmt *stmt, struct att_event *e)
{
	e->id = sqlite3_column_int64(stmt, 0);
	e->person_id = sqlite3_column_int64(stmt, 1);
	e->kind = column_kind(stmt, 2);
	e->at = store_column_time(stmt, 3);
	e->target = sqlite3_column_int64(stmt, 4);
	e->role = column_role(stmt, 5);
	e->municipality_id = sqlite3_column_int64(stmt, 6);
	e->part_of = sqlite3_column_int64(stmt, 7);
	e->recorded_at = store_column_time(stmt, 8);
	e->for_person_id = sqlite3_column_int64(stmt, 9);
}

static enum nl_status reader_open(struct store *store, const char *sql,
				  struct store_event_reader **out,
				  struct nl_error *err)
{
	struct store_event_reader *r = calloc(1, sizeof *r);
	*out = NULL;
	if (!r)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	r->store = store;
	enum nl_status status = store_prepare(store, sql, &r->stmt, err);
	if (status != NL_OK) {
		free(r);
		return status;
	}
	*out = r;
	return NL_OK;
}

enum nl_status store_event_reader_open(struct store *store,
				       struct store_event_reader **out,
				       struct nl_error *err)
{
	return reader_open(store, ATTENDANCE_SELECT, out, err);
}

enum nl_status store_event_reader_open_bare(struct store *store,
					    struct store_event_reader **out,
					    struct nl_error *err)
{
	return reader_open(store, ATTENDANCE_SELECT_BARE, out, err);
}

enum nl_status store_event_reader_open_person(struct store *store,
					      int64_t person_id,
					      struct store_event_reader **out,
					      struct nl_error *err)
{
	enum nl_status status =
		reader_open(store, ATTENDANCE_SELECT_PERSON, out, err);
	if (status == NL_OK)
		sqlite3_bind_int64((*out)->stmt, 2, person_id);
	return status;
}

enum nl_status store_event_reader_load(struct store_event_reader *r,
				       int64_t meeting_id,
				       struct att_event **events, size_t *n,
				       size_t *capacity, struct nl_error *err)
{
	enum nl_status status = NL_OK;
	int rc;
	*n = 0;
	sqlite3_reset(r->stmt);
	sqlite3_bind_int64(r->stmt, 1, meeting_id);
	while ((rc = sqlite3_step(r->stmt)) == SQLITE_ROW) {
		if (!store_grow((void **)events, capacity, *n, sizeof **events)) {
			status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
			break;
		}
		read_event(r->stmt, &(*events)[(*n)++]);
	}
	if (status == NL_OK && rc != SQLITE_DONE)
		status = store_fail(r->store, err, rc);
	sqlite3_reset(r->stmt);
	return status;
}

void store_event_reader_close(struct store_event_reader *r)
{
	if (!r)
		return;
	sqlite3_finalize(r->stmt);
	free(r);
}

enum nl_status store_attendance_insert(struct store *store, int64_t meeting_id,
				       const struct att_event *event,
				       nl_time recorded_at, int64_t *id,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO attendance (meeting_id, person_id, kind, at, corrects, "
		"recorded_at, part_of, for_person_id) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, event->person_id);
	store_bind_text(stmt, 3, att_kind_key(event->kind));
	store_bind_time(stmt, 4, event->at);
	/* Only a correction names another event (the schema checks it). */
	if (event->target)
		sqlite3_bind_int64(stmt, 5, event->target);
	store_bind_time(stmt, 6, recorded_at);
	if (event->part_of)
		sqlite3_bind_int64(stmt, 7, event->part_of);
	if (event->for_person_id)
		sqlite3_bind_int64(stmt, 8, event->for_person_id);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK && id)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_attendance_meeting_of(struct store *store,
					   int64_t event_id,
					   int64_t *meeting_id,
					   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "SELECT meeting_id FROM attendance WHERE id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, event_id);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*meeting_id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return NL_OK;
	return rc == SQLITE_DONE ? NL_ERR_NOTFOUND : store_fail(store, err, rc);
}

/* Whether any of the people has a row, of any kind, in a meeting dated
 * from their day (from[i]) to `to`: one statement along
 * attendance_by_person, stepped once per person. */
enum nl_status store_attendance_any_between(struct store *store,
					    const int64_t *person_ids,
					    const struct nl_date *from, size_t n,
					    struct nl_date to, bool *found,
					    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char first[NL_DATE_LEN], last[NL_DATE_LEN];
	*found = false;
	if (n == 0)
		return NL_OK;
	enum nl_status status = store_prepare(
		store,
		"SELECT EXISTS (SELECT 1 FROM attendance a "
		"JOIN meeting m ON m.id = a.meeting_id WHERE a.person_id = ?1 "
		"AND m.date >= ?2 AND m.date <= ?3)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(to, last);
	for (size_t i = 0; i < n && !*found && status == NL_OK; i++) {
		nl_format_date(from[i], first);
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, person_ids[i]);
		sqlite3_bind_text(stmt, 2, first, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(stmt, 3, last, -1, SQLITE_TRANSIENT);
		int rc = sqlite3_step(stmt);
		if (rc == SQLITE_ROW)
			*found = sqlite3_column_int(stmt, 0) != 0;
		else
			status = store_fail(store, err, rc);
	}
	sqlite3_finalize(stmt);
	return status;
}

/* ---- the tally (attendance_tally.h) ------------------------------------- */

static struct quorum_state tally_quorum(sqlite3_stmt *stmt, int column,
					int minimum)
{
	return (struct quorum_state){
		.present = sqlite3_column_int(stmt, column),
		.minimum = minimum,
		.met = sqlite3_column_int(stmt, column + 1) != 0,
		.since = sqlite3_column_int64(stmt, column + 2),
	};
}

enum nl_status store_tally_get(struct store *store, int64_t meeting_id,
			       struct att_tally *out, int64_t *newest_row,
			       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT (SELECT max(id) FROM attendance WHERE meeting_id = ?1), "
		"last_event_id, last_at, counting_roles, minimum, present, met, "
		"since, before_last_at IS NOT NULL, before_last_at, "
		"before_present, before_met, before_since "
		"FROM attendance_tally WHERE meeting_id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		int minimum = sqlite3_column_int(stmt, 4);
		*newest_row = sqlite3_column_int64(stmt, 0);
		*out = (struct att_tally){
			.meeting_id = meeting_id,
			.last_event_id = sqlite3_column_int64(stmt, 1),
			.last_at = sqlite3_column_int64(stmt, 2),
			.counting = (role_mask)sqlite3_column_int64(stmt, 3),
			.minimum = minimum,
			.quorum = tally_quorum(stmt, 5, minimum),
			.known_before = sqlite3_column_int(stmt, 8) != 0,
			.before_last_at = sqlite3_column_int64(stmt, 9),
			.before = tally_quorum(stmt, 10, minimum),
		};
		status = NL_OK;
	} else {
		status = rc == SQLITE_DONE ? NL_ERR_NOTFOUND
					   : store_fail(store, err, rc);
	}
	sqlite3_finalize(stmt);
	return status;
}

enum nl_status store_tally_put(struct store *store, const struct att_tally *t,
			       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT OR REPLACE INTO attendance_tally (meeting_id, "
		"last_event_id, last_at, counting_roles, minimum, present, met, "
		"since, before_last_at, before_present, before_met, "
		"before_since) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
		"?11, ?12)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, t->meeting_id);
	sqlite3_bind_int64(stmt, 2, t->last_event_id);
	sqlite3_bind_int64(stmt, 3, t->last_at);
	sqlite3_bind_int64(stmt, 4, (sqlite3_int64)t->counting);
	sqlite3_bind_int(stmt, 5, t->minimum);
	sqlite3_bind_int(stmt, 6, t->quorum.present);
	sqlite3_bind_int(stmt, 7, t->quorum.met);
	sqlite3_bind_int64(stmt, 8, t->quorum.since);
	if (t->known_before) {
		sqlite3_bind_int64(stmt, 9, t->before_last_at);
		sqlite3_bind_int(stmt, 10, t->before.present);
		sqlite3_bind_int(stmt, 11, t->before.met);
		sqlite3_bind_int64(stmt, 12, t->before.since);
	}
	return store_step_done(store, stmt, err);
}
