/*
 * store_guests.c — SQL for the guest table.  A guest taken back by undo
 * keeps its row, marked with undone_at, and is read by nothing else.
 */
#include <string.h>

#include "store_guests.h"
#include "store_internal.h"

#define GUEST_SELECT                                                          \
	"SELECT id, meeting_id, name, coalesce(organisation, ''), arrived_at, " \
	"after_event FROM guest "

static void read_guest(sqlite3_stmt *stmt, void *row)
{
	struct meeting_guest *g = row;
	g->id = sqlite3_column_int64(stmt, 0);
	g->meeting_id = sqlite3_column_int64(stmt, 1);
	store_column_copy(stmt, 2, g->name, sizeof g->name);
	store_column_copy(stmt, 3, g->organisation, sizeof g->organisation);
	g->arrived_at = store_column_time(stmt, 4);
	g->after_event = sqlite3_column_int64(stmt, 5);
}

enum nl_status store_guest_insert(struct store *store,
				  struct meeting_guest *g, nl_time recorded_at,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO guest (meeting_id, name, organisation, arrived_at, "
		"after_event, recorded_at) VALUES (?1, ?2, ?3, ?4, "
		"(SELECT coalesce(max(id), 0) FROM attendance), ?5)", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, g->meeting_id);
	store_bind_text(stmt, 2, g->name);
	store_bind_text_or_null(stmt, 3, g->organisation);
	store_bind_time(stmt, 4, g->arrived_at);
	store_bind_time(stmt, 5, recorded_at);
	status = store_step_done(store, stmt, err);
	if (status != NL_OK)
		return status;
	g->id = sqlite3_last_insert_rowid(store_db(store));
	status = store_prepare(store, GUEST_SELECT "WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, g->id);
	return store_collect_one(store, stmt, read_guest, g, err);
}

enum nl_status store_guest_list(struct store *store, int64_t meeting_id,
				struct meeting_guest **out, size_t *n,
				struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		GUEST_SELECT "WHERE meeting_id = ?1 AND undone_at IS NULL "
		"ORDER BY arrived_at, id", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return store_collect(store, stmt, sizeof **out, read_guest,
			     (void **)out, n, err);
}

enum nl_status store_guest_latest(struct store *store, int64_t meeting_id,
				  struct meeting_guest *out,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		GUEST_SELECT "WHERE meeting_id = ?1 AND undone_at IS NULL "
		"ORDER BY id DESC LIMIT 1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return store_collect_one(store, stmt, read_guest, out, err);
}

enum nl_status store_guest_undo(struct store *store, int64_t guest_id,
				nl_time now, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "UPDATE guest SET undone_at = ?2 WHERE id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, guest_id);
	store_bind_time(stmt, 2, now);
	return store_step_done(store, stmt, err);
}
