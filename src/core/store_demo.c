/* store_demo.c — loading the demo body, all or nothing, into an empty database. */
#include <stdbool.h>
#include <stdlib.h>

#include "demo.h"
#include "i18n.h"
#include "store.h"
#include "store_internal.h"

enum nl_status demo_can_load(struct store *store, bool *empty,
			     struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT (SELECT count(*) FROM municipality) + "
		"(SELECT count(*) FROM person) + (SELECT count(*) FROM meeting)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*empty = sqlite3_column_int64(stmt, 0) == 0;
	else
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	return status;
}

static enum nl_status count_rows(struct store *store, struct demo_counts *c,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT (SELECT count(*) FROM municipality), "
		"(SELECT count(*) FROM person), (SELECT count(*) FROM meeting)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		c->municipalities = (size_t)sqlite3_column_int64(stmt, 0);
		c->people = (size_t)sqlite3_column_int64(stmt, 1);
		c->meetings = (size_t)sqlite3_column_int64(stmt, 2);
	} else {
		status = store_fail(store, err, rc);
	}
	sqlite3_finalize(stmt);
	return status;
}

static enum nl_status load(struct store *store, struct demo_counts *counts,
			   struct nl_error *err)
{
	bool empty = false;
	enum nl_status status = demo_can_load(store, &empty, err);
	if (status != NL_OK)
		return status;
	if (!empty)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s already holds data; the demo is only "
				 "loaded into an empty database (try -d "
				 "demo.db)"), store_path(store));
	status = store_run_script(store, "data/demo.sql", err);
	if (status == NL_OK)
		status = count_rows(store, counts, err);
	return status;
}

enum nl_status demo_load(struct store *store, struct demo_counts *counts,
			 struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, load(store, counts, err), err);
	return status;
}
