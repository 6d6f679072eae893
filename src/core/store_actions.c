/*
 * store_actions.c — SQL for the action_item table.  An owner is either a
 * person (owner_id) or free text (owner_text), never both (the schema
 * checks it); a person's name is read through the join, so an erased owner
 * shows under their pseudonym.  Open actions have no closed_on, closed ones
 * always have one.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_actions.h"
#include "store_internal.h"

#define ACTION_SELECT                                                        \
	"SELECT a.id, a.meeting_id, m.date, coalesce(m.start_time, ''), "    \
	"coalesce(a.agenda_item_id, 0), coalesce(ai.position, 0), "          \
	"a.description, coalesce(a.owner_id, 0), "                           \
	"coalesce(p.name, a.owner_text, ''), coalesce(a.due, ''), "          \
	"a.status, coalesce(a.closed_on, '') "                               \
	"FROM action_item a JOIN meeting m ON m.id = a.meeting_id "          \
	"LEFT JOIN agenda_item ai ON ai.id = a.agenda_item_id "              \
	"LEFT JOIN person p ON p.id = a.owner_id "

static void column_date(sqlite3_stmt *stmt, int column, struct nl_date *out)
{
	char text[32];
	memset(out, 0, sizeof *out);
	store_column_copy(stmt, column, text, sizeof text);
	nl_parse_date(text, out);
}

static void read_action(sqlite3_stmt *stmt, void *row)
{
	struct action_item *a = row;
	char text[32];
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	a->origin.id = sqlite3_column_int64(stmt, 1);
	column_date(stmt, 2, &a->origin.date);
	store_column_copy(stmt, 3, text, sizeof text);
	if (!nl_parse_hhmm(text, &a->origin.start_minute))
		a->origin.start_minute = -1;
	a->agenda_item_id = sqlite3_column_int64(stmt, 4);
	a->agenda_position = sqlite3_column_int(stmt, 5);
	store_column_copy(stmt, 6, a->description, sizeof a->description);
	a->owner_id = sqlite3_column_int64(stmt, 7);
	store_column_copy(stmt, 8, a->owner, sizeof a->owner);
	column_date(stmt, 9, &a->due);
	store_column_copy(stmt, 10, text, sizeof text);
	if (!action_status_parse(text, &a->status))
		a->status = ACTION_OPEN;
	column_date(stmt, 11, &a->closed_on);
}

static enum nl_status collect_actions(struct store *store, sqlite3_stmt *stmt,
				      struct action_item **out, size_t *n,
				      struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_action,
			     (void **)out, n, err);
}

static void bind_date_or_null(sqlite3_stmt *stmt, int index,
			      struct nl_date date)
{
	char text[NL_DATE_LEN];
	if (!date.year) {
		sqlite3_bind_null(stmt, index);
		return;
	}
	nl_format_date(date, text);
	store_bind_text(stmt, index, text);
}

enum nl_status store_action_insert(struct store *store,
				   const struct action_item *action,
				   const char *created_at, int64_t *id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO action_item (meeting_id, agenda_item_id, "
		"description, owner_id, owner_text, due, created_at) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, action->origin.id);
	if (action->agenda_item_id)
		sqlite3_bind_int64(stmt, 2, action->agenda_item_id);
	store_bind_text(stmt, 3, action->description);
	if (action->owner_id)
		sqlite3_bind_int64(stmt, 4, action->owner_id);
	else
		store_bind_text_or_null(stmt, 5, action->owner);
	bind_date_or_null(stmt, 6, action->due);
	store_bind_text(stmt, 7, created_at);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_action_by_id(struct store *store, int64_t id,
				  struct action_item *out,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, ACTION_SELECT "WHERE a.id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_collect_one(store, stmt, read_action, out, err);
}

enum nl_status store_action_list(struct store *store, bool open_only,
				 struct action_item **out, size_t *n,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		ACTION_SELECT "WHERE ?1 = 0 OR a.status = 'open' ORDER BY a.id",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int(stmt, 1, open_only);
	return collect_actions(store, stmt, out, n, err);
}

enum nl_status store_action_update(struct store *store,
				   const struct action_item *action,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE action_item SET agenda_item_id = ?2, description = ?3, "
		"owner_id = ?4, owner_text = ?5, due = ?6 WHERE id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, action->id);
	if (action->agenda_item_id)
		sqlite3_bind_int64(stmt, 2, action->agenda_item_id);
	store_bind_text(stmt, 3, action->description);
	if (action->owner_id)
		sqlite3_bind_int64(stmt, 4, action->owner_id);
	else
		store_bind_text_or_null(stmt, 5, action->owner);
	bind_date_or_null(stmt, 6, action->due);
	return store_step_done(store, stmt, err);
}

enum nl_status store_action_set_status(struct store *store, int64_t id,
				       enum action_status status,
				       struct nl_date closed_on,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status result = store_prepare(
		store,
		"UPDATE action_item SET status = ?2, closed_on = ?3 WHERE id = ?1",
		&stmt, err);
	if (result != NL_OK)
		return result;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, action_status_key(status));
	bind_date_or_null(stmt, 3, closed_on);
	return store_step_done(store, stmt, err);
}

enum nl_status store_action_delete(struct store *store, int64_t id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "DELETE FROM action_item WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_step_done(store, stmt, err);
}
