/* store_settings.c — SQL for the setting table (key/value text). */
#include <stdlib.h>

#include "i18n.h"
#include "store_internal.h"
#include "store_settings.h"

enum nl_status store_setting_list(struct store *store,
				  struct setting_row **rows, size_t *n,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	size_t capacity = 0;
	*rows = NULL;
	*n = 0;
	enum nl_status status = store_prepare(
		store, "SELECT key, value FROM setting ORDER BY key", &stmt, err);
	if (status != NL_OK)
		return status;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (!store_grow((void **)rows, &capacity, *n, sizeof **rows)) {
			status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
			break;
		}
		store_column_copy(stmt, 0, (*rows)[*n].key, sizeof (*rows)[*n].key);
		store_column_copy(stmt, 1, (*rows)[*n].value,
				  sizeof (*rows)[*n].value);
		(*n)++;
	}
	if (status == NL_OK && rc != SQLITE_DONE)
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	if (status != NL_OK) {
		free(*rows);
		*rows = NULL;
		*n = 0;
	}
	return status;
}

enum nl_status store_setting_put(struct store *store, const char *key,
				 const char *value, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO setting (key, value) VALUES (?1, ?2) "
		"ON CONFLICT (key) DO UPDATE SET value = excluded.value",
		&stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, key);
	store_bind_text(stmt, 2, value);
	return store_step_done(store, stmt, err);
}

enum nl_status store_setting_delete(struct store *store, const char *key,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "DELETE FROM setting WHERE key = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, key);
	return store_step_done(store, stmt, err);
}
