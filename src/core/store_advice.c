/*
 * store_advice.c — SQL for the advice register.  The schema keeps the
 * dates in order (due and answer not before sending) and an answer date
 * and its summary together.  A row is deleted only by advice_remove, for
 * an advice entered by mistake.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_advice.h"
#include "store_internal.h"

#define ADVICE_SELECT                                                        \
	"SELECT id, kind, subject, sent_on, response_due, "                  \
	"coalesce(answered_on, ''), coalesce(answer, ''), "                 \
	"coalesce(meeting_id, 0) FROM advice "

static void column_date(sqlite3_stmt *stmt, int column, struct nl_date *out)
{
	char text[32];
	memset(out, 0, sizeof *out);
	store_column_copy(stmt, column, text, sizeof text);
	nl_parse_date(text, out);
}

static void read_advice(sqlite3_stmt *stmt, void *row)
{
	struct advice *a = row;
	char text[32];
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	store_column_copy(stmt, 1, text, sizeof text);
	if (!advice_kind_parse(text, &a->kind))
		a->kind = ADVICE_UNSOLICITED;
	store_column_copy(stmt, 2, a->subject, sizeof a->subject);
	column_date(stmt, 3, &a->sent_on);
	column_date(stmt, 4, &a->response_due);
	column_date(stmt, 5, &a->answered_on);
	store_column_copy(stmt, 6, a->answer, sizeof a->answer);
	a->meeting_id = sqlite3_column_int64(stmt, 7);
}

static enum nl_status collect_advice(struct store *store, sqlite3_stmt *stmt,
				     struct advice **out, size_t *n,
				     struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_advice,
			     (void **)out, n, err);
}

enum nl_status store_advice_insert(struct store *store,
				   const struct advice *advice,
				   const char *created_at, int64_t *id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char sent[NL_DATE_LEN], due[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO advice (kind, subject, sent_on, response_due, "
		"created_at, meeting_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(advice->sent_on, sent);
	nl_format_date(advice->response_due, due);
	store_bind_text(stmt, 1, advice_kind_key(advice->kind));
	store_bind_text(stmt, 2, advice->subject);
	store_bind_text(stmt, 3, sent);
	store_bind_text(stmt, 4, due);
	store_bind_text(stmt, 5, created_at);
	if (advice->meeting_id)
		sqlite3_bind_int64(stmt, 6, advice->meeting_id);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_advice_by_id(struct store *store, int64_t id,
				  struct advice *out, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, ADVICE_SELECT "WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_collect_one(store, stmt, read_advice, out, err);
}

enum nl_status store_advice_list(struct store *store, bool open_only,
				 struct advice **out, size_t *n,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		ADVICE_SELECT "WHERE ?1 = 0 OR answered_on IS NULL "
		"ORDER BY sent_on, id", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int(stmt, 1, open_only);
	return collect_advice(store, stmt, out, n, err);
}

enum nl_status store_advice_set_answer(struct store *store, int64_t id,
				       struct nl_date answered_on,
				       const char *answer,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store,
		"UPDATE advice SET answered_on = ?2, answer = ?3 WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(answered_on, date);
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, date);
	store_bind_text(stmt, 3, answer);
	return store_step_done(store, stmt, err);
}

enum nl_status store_advice_update(struct store *store,
				   const struct advice *advice,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char sent[NL_DATE_LEN], due[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store,
		"UPDATE advice SET kind = ?2, subject = ?3, sent_on = ?4, "
		"response_due = ?5, meeting_id = ?6 WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(advice->sent_on, sent);
	nl_format_date(advice->response_due, due);
	sqlite3_bind_int64(stmt, 1, advice->id);
	store_bind_text(stmt, 2, advice_kind_key(advice->kind));
	store_bind_text(stmt, 3, advice->subject);
	store_bind_text(stmt, 4, sent);
	store_bind_text(stmt, 5, due);
	if (advice->meeting_id)
		sqlite3_bind_int64(stmt, 6, advice->meeting_id);
	return store_step_done(store, stmt, err);
}

enum nl_status store_advice_delete(struct store *store, int64_t id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "DELETE FROM advice WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_step_done(store, stmt, err);
}
