/* store_export.c — SQL for export: the reusable attendance statement. */
#include <stdlib.h>

#include "i18n.h"
#include "store_export.h"
#include "store_internal.h"

struct store_event_reader {
	struct store *store;
	sqlite3_stmt *stmt;
};

enum nl_status store_event_reader_open(struct store *store,
				       struct store_event_reader **out,
				       struct nl_error *err)
{
	struct store_event_reader *r = calloc(1, sizeof *r);
	if (!r)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	r->store = store;
	enum nl_status status = store_prepare(
		store,
		"SELECT a.id, a.person_id, a.kind, a.at, coalesce(a.undoes, 0), "
		"p.role, coalesce(p.municipality_id, 0) "
		"FROM attendance a JOIN person p ON p.id = a.person_id "
		"WHERE a.meeting_id = ?1 ORDER BY a.id", &r->stmt, err);
	if (status != NL_OK) {
		free(r);
		return status;
	}
	*out = r;
	return NL_OK;
}

static void read_event(sqlite3_stmt *stmt, struct att_event *e)
{
	char text[32];
	e->id = sqlite3_column_int64(stmt, 0);
	e->person_id = sqlite3_column_int64(stmt, 1);
	store_column_copy(stmt, 2, text, sizeof text);
	if (!att_kind_parse(text, &e->kind))
		e->kind = ATT_UNDO; /* unknown kinds never count */
	e->at = store_column_time(stmt, 3);
	e->undoes = sqlite3_column_int64(stmt, 4);
	store_column_copy(stmt, 5, text, sizeof text);
	if (!role_parse(text, &e->role))
		e->role = ROLE_GUEST;
	e->municipality_id = sqlite3_column_int64(stmt, 6);
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
