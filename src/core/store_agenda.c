/*
 * store_agenda.c — SQL for the agenda_item table.  Each item is read with
 * the person who submitted it and both ends of a deferral: the item it was
 * carried forward from, and the copy it was carried forward to.
 *
 * Invariants kept with the schema's help: positions are 1..n within a
 * meeting after every committed change (renumbering checks it), at most
 * one item per meeting is current, an item is carried forward once.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_agenda.h"
#include "store_internal.h"

/* Renumbering first lifts every position above any real one, so that no
 * intermediate state breaks UNIQUE (meeting_id, position) or the CHECK
 * that positions are at least 1. */
#define RENUMBER_OFFSET 1000000

#define AGENDA_SELECT                                                        \
	"SELECT a.id, a.meeting_id, a.position, a.title, a.topic, "          \
	"coalesce(a.submitted_by_id, 0), coalesce(p.name, ''), "             \
	"coalesce(p.role, ''), a.status, a.is_current, "                     \
	"coalesce(a.notes, ''), coalesce(a.decision, ''), "                  \
	"coalesce(a.deferred_from, 0), coalesce(src.meeting_id, 0), "        \
	"coalesce(srcm.date, ''), coalesce(src.position, 0), "               \
	"coalesce(dst.meeting_id, 0), coalesce(dstm.date, ''), "             \
	"coalesce(dst.position, 0), a.decided_at, "                          \
	"coalesce(a.decided_with_quorum, 1), a.votes_for, a.votes_against, " \
	"a.votes_abstain "                                                   \
	"FROM agenda_item a "                                                \
	"LEFT JOIN person p ON p.id = a.submitted_by_id "                    \
	"LEFT JOIN agenda_item src ON src.id = a.deferred_from "             \
	"LEFT JOIN meeting srcm ON srcm.id = src.meeting_id "                \
	"LEFT JOIN agenda_item dst ON dst.deferred_from = a.id "             \
	"LEFT JOIN meeting dstm ON dstm.id = dst.meeting_id "

static void column_date(sqlite3_stmt *stmt, int column, struct nl_date *out)
{
	char text[32];
	memset(out, 0, sizeof *out);
	store_column_copy(stmt, column, text, sizeof text);
	nl_parse_date(text, out);
}

static void read_item(sqlite3_stmt *stmt, void *row)
{
	struct agenda_item *a = row;
	char text[32];
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	a->meeting_id = sqlite3_column_int64(stmt, 1);
	a->position = sqlite3_column_int(stmt, 2);
	store_column_copy(stmt, 3, a->title, sizeof a->title);
	store_column_copy(stmt, 4, text, sizeof text);
	if (!agenda_topic_parse(text, &a->topic))
		a->topic = TOPIC_OTHER;
	a->submitted_by_id = sqlite3_column_int64(stmt, 5);
	store_column_copy(stmt, 6, a->submitted_by, sizeof a->submitted_by);
	store_column_copy(stmt, 7, text, sizeof text);
	if (!role_parse(text, &a->submitter_role))
		a->submitter_role = ROLE_GUEST;
	store_column_copy(stmt, 8, text, sizeof text);
	if (!agenda_status_parse(text, &a->status))
		a->status = AGENDA_PLANNED;
	a->current = sqlite3_column_int(stmt, 9) != 0;
	store_column_copy(stmt, 10, a->notes, sizeof a->notes);
	store_column_copy(stmt, 11, a->decision, sizeof a->decision);
	a->from_item_id = sqlite3_column_int64(stmt, 12);
	a->from_meeting_id = sqlite3_column_int64(stmt, 13);
	column_date(stmt, 14, &a->from_date);
	a->from_position = sqlite3_column_int(stmt, 15);
	a->moved_to_meeting_id = sqlite3_column_int64(stmt, 16);
	column_date(stmt, 17, &a->moved_to_date);
	a->moved_to_position = sqlite3_column_int(stmt, 18);
	a->decided_at = store_column_time(stmt, 19);
	/* Unknown (recorded before schema 9) reads as with quorum: nothing
	 * is claimed that was never measured. */
	a->decided_without_quorum = sqlite3_column_int(stmt, 20) == 0;
	a->votes.counted = sqlite3_column_type(stmt, 21) != SQLITE_NULL;
	a->votes.in_favour = sqlite3_column_int(stmt, 21);
	a->votes.against = sqlite3_column_int(stmt, 22);
	a->votes.abstained = sqlite3_column_int(stmt, 23);
}

static enum nl_status collect_items(struct store *store, sqlite3_stmt *stmt,
				    struct agenda_item **out, size_t *n,
				    struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_item,
			     (void **)out, n, err);
}

static enum nl_status one_item(struct store *store, sqlite3_stmt *stmt,
			       struct agenda_item *out, struct nl_error *err)
{
	return store_collect_one(store, stmt, read_item, out, err);
}

enum nl_status store_agenda_insert(struct store *store,
				   const struct agenda_item *item,
				   const char *created_at, int64_t *id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO agenda_item (meeting_id, position, title, topic, "
		"submitted_by_id, status, deferred_from, created_at) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, item->meeting_id);
	sqlite3_bind_int(stmt, 2, item->position);
	store_bind_text(stmt, 3, item->title);
	store_bind_text(stmt, 4, agenda_topic_key(item->topic));
	if (item->submitted_by_id)
		sqlite3_bind_int64(stmt, 5, item->submitted_by_id);
	store_bind_text(stmt, 6, agenda_status_key(item->status));
	if (item->from_item_id)
		sqlite3_bind_int64(stmt, 7, item->from_item_id);
	store_bind_text(stmt, 8, created_at);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_agenda_by_id(struct store *store, int64_t id,
				  struct agenda_item *out,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, AGENDA_SELECT "WHERE a.id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return one_item(store, stmt, out, err);
}

enum nl_status store_agenda_by_position(struct store *store,
					int64_t meeting_id, int position,
					struct agenda_item *out,
					struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, AGENDA_SELECT "WHERE a.meeting_id = ?1 AND a.position = ?2",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int(stmt, 2, position);
	return one_item(store, stmt, out, err);
}

enum nl_status store_agenda_list(struct store *store, int64_t meeting_id,
				 struct agenda_item **out, size_t *n,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, AGENDA_SELECT "WHERE a.meeting_id = ?1 ORDER BY a.position",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return collect_items(store, stmt, out, n, err);
}

enum nl_status store_agenda_ids(struct store *store, int64_t meeting_id,
				int64_t **ids, size_t *n, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	size_t capacity = 0;
	int rc;
	*ids = NULL;
	*n = 0;
	enum nl_status status = store_prepare(
		store,
		"SELECT id FROM agenda_item WHERE meeting_id = ?1 "
		"ORDER BY position", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (!store_grow((void **)ids, &capacity, *n, sizeof **ids)) {
			status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
			break;
		}
		(*ids)[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	if (status == NL_OK && rc != SQLITE_DONE)
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	if (status != NL_OK) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return status;
}

enum nl_status store_agenda_update(struct store *store,
				   const struct agenda_item *item,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE agenda_item SET title = ?2, topic = ?3, "
		"submitted_by_id = ?4, status = ?5, notes = ?6, decision = ?7, "
		"decided_at = ?8, decided_with_quorum = ?9, votes_for = ?10, "
		"votes_against = ?11, votes_abstain = ?12 "
		"WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, item->id);
	store_bind_text(stmt, 2, item->title);
	store_bind_text(stmt, 3, agenda_topic_key(item->topic));
	if (item->submitted_by_id)
		sqlite3_bind_int64(stmt, 4, item->submitted_by_id);
	store_bind_text(stmt, 5, agenda_status_key(item->status));
	store_bind_text_or_null(stmt, 6, item->notes);
	store_bind_text_or_null(stmt, 7, item->decision);
	store_bind_time(stmt, 8, item->decided_at);
	if (item->decided_at)
		sqlite3_bind_int(stmt, 9, !item->decided_without_quorum);
	if (item->votes.counted) {
		sqlite3_bind_int(stmt, 10, item->votes.in_favour);
		sqlite3_bind_int(stmt, 11, item->votes.against);
		sqlite3_bind_int(stmt, 12, item->votes.abstained);
	}
	return store_step_done(store, stmt, err);
}

static void read_quorumless(sqlite3_stmt *stmt, void *row)
{
	struct quorumless_decision *d = row;
	d->meeting_id = sqlite3_column_int64(stmt, 0);
	d->position = sqlite3_column_int(stmt, 1);
	d->decided_at = store_column_time(stmt, 2);
}

enum nl_status store_agenda_quorumless(struct store *store,
				       struct nl_date from, struct nl_date to,
				       struct quorumless_decision **out,
				       size_t *n, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char first[NL_DATE_LEN], last[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store,
		"SELECT a.meeting_id, a.position, a.decided_at "
		"FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
		"WHERE a.decided_with_quorum = 0 AND m.date BETWEEN ?1 AND ?2 "
		"ORDER BY m.date, m.id, a.position", &stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(from, first);
	nl_format_date(to, last);
	store_bind_text(stmt, 1, first);
	store_bind_text(stmt, 2, last);
	return store_collect(store, stmt, sizeof **out, read_quorumless,
			     (void **)out, n, err);
}

static enum nl_status run_for_meeting(struct store *store, const char *sql,
				      int64_t meeting_id, int64_t other,
				      struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, sql, &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, other);
	return store_step_done(store, stmt, err);
}

enum nl_status store_agenda_set_current(struct store *store,
					int64_t meeting_id, int64_t item_id,
					struct nl_error *err)
{
	/* SQLite checks a unique index row by row, so the old current item
	 * is cleared before the new one is set, never in one statement. */
	enum nl_status status = run_for_meeting(
		store,
		"UPDATE agenda_item SET is_current = 0 "
		"WHERE meeting_id = ?1 AND is_current = 1 AND id <> ?2",
		meeting_id, item_id, err);
	if (status == NL_OK && item_id)
		status = run_for_meeting(
			store,
			"UPDATE agenda_item SET is_current = 1 "
			"WHERE meeting_id = ?1 AND id = ?2",
			meeting_id, item_id, err);
	return status;
}

static enum nl_status lift_positions(struct store *store, int64_t meeting_id,
				     struct nl_error *err)
{
	return run_for_meeting(store,
			       "UPDATE agenda_item SET position = position + ?2 "
			       "WHERE meeting_id = ?1",
			       meeting_id, RENUMBER_OFFSET, err);
}

/* An id list that missed an item would leave it lifted: refuse to commit
 * an agenda with a hole rather than store it. */
static enum nl_status check_none_lifted(struct store *store, int64_t meeting_id,
					struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT count(*) FROM agenda_item "
		"WHERE meeting_id = ?1 AND position > ?2", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int(stmt, 2, RENUMBER_OFFSET);
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW)
		status = store_fail(store, err, rc);
	else if (sqlite3_column_int64(stmt, 0) != 0)
		status = nl_fail(err, NL_ERR_DB,
				 _("%s: agenda of meeting %lld could not be "
				   "renumbered; nothing was saved"),
				 store_path(store), (long long)meeting_id);
	sqlite3_finalize(stmt);
	return status;
}

enum nl_status store_agenda_renumber(struct store *store, int64_t meeting_id,
				     const int64_t *ids, size_t n,
				     struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = lift_positions(store, meeting_id, err);
	if (status == NL_OK)
		status = store_prepare(
			store,
			"UPDATE agenda_item SET position = ?3 "
			"WHERE id = ?2 AND meeting_id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	for (size_t i = 0; i < n && status == NL_OK; i++) {
		sqlite3_bind_int64(stmt, 1, meeting_id);
		sqlite3_bind_int64(stmt, 2, ids[i]);
		sqlite3_bind_int(stmt, 3, (int)i + 1);
		int rc = sqlite3_step(stmt);
		if (rc != SQLITE_DONE)
			status = store_fail(store, err, rc);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (status == NL_OK)
		status = check_none_lifted(store, meeting_id, err);
	return status;
}

enum nl_status store_agenda_delete(struct store *store, int64_t id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "DELETE FROM agenda_item WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_step_done(store, stmt, err);
}
