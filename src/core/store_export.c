/* store_export.c — SQL for export: the reusable attendance statement. */
#include <stdlib.h>
#include <string.h>

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
	enum nl_status status = store_prepare(store, STORE_ATTENDANCE_SELECT,
					      &r->stmt, err);
	if (status != NL_OK) {
		free(r);
		return status;
	}
	*out = r;
	return NL_OK;
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
		store_read_event(r->stmt, &(*events)[(*n)++]);
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
