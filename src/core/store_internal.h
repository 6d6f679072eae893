/*
 * store_internal.h — shared by the store_*.c files and nothing else.
 * Statements are prepared per call with bound parameters only; no SQL text
 * is ever assembled from data.
 */
#ifndef NOTULIST_STORE_INTERNAL_H
#define NOTULIST_STORE_INTERNAL_H

#include <sqlite3.h>

#include "nltime.h"
#include "store.h"

sqlite3 *store_db(struct store *store);

struct stat;
/* At open, with fd open on the database file and st its fstat: refuses a
 * database, -wal or -shm owned by another user; takes group and other
 * permissions away from ours and then writes one sentence saying so into
 * notice (left as it is otherwise).  store_files.c */
enum nl_status store_claim_files(const char *database, int fd,
				 const struct stat *st, char *notice,
				 size_t size, struct nl_error *err);

/* Maps an SQLite result code to a status and a one-line message naming
 * the database file. */
enum nl_status store_fail(struct store *store, struct nl_error *err, int rc);

enum nl_status store_prepare(struct store *store, const char *sql,
			     sqlite3_stmt **stmt, struct nl_error *err);

/* Steps a statement expected to return no rows, then finalizes it. */
enum nl_status store_step_done(struct store *store, sqlite3_stmt *stmt,
			       struct nl_error *err);

/* Binds text, or NULL when text is NULL or empty. */
int store_bind_text_or_null(sqlite3_stmt *stmt, int index, const char *text);
int store_bind_text(sqlite3_stmt *stmt, int index, const char *text);

/* Copies a text column into a fixed buffer ("" for NULL). */
void store_column_copy(sqlite3_stmt *stmt, int column, char *out, size_t size);

/* The one reader and the one writer of instants in the database (UTC
 * stamps, see nltime.h); 0 is NULL. */
nl_time store_column_time(sqlite3_stmt *stmt, int column);
void store_bind_time(sqlite3_stmt *stmt, int index, nl_time t);

/* Grows a heap array by doubling; returns false when out of memory. */
bool store_grow(void **items, size_t *capacity, size_t count, size_t item_size);

/* Steps stmt to its end, reading each row with read_row into a heap array
 * of item_size items, then finalizes stmt.  On failure *items is NULL and
 * *n is 0. */
typedef void store_read_row_fn(sqlite3_stmt *stmt, void *row);
enum nl_status store_collect(struct store *store, sqlite3_stmt *stmt,
			     size_t item_size, store_read_row_fn *read_row,
			     void **items, size_t *n, struct nl_error *err);
/* Reads the first row of stmt into *row (NL_ERR_NOTFOUND without a
 * message when there is none), then finalizes stmt. */
enum nl_status store_collect_one(struct store *store, sqlite3_stmt *stmt,
				 store_read_row_fn *read_row, void *row,
				 struct nl_error *err);

#endif
