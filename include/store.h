/*
 * store.h — the SQLite database: opening, versioning, transactions.
 *
 * Only src/core/store*.c speaks SQL.  Invariants every caller relies on:
 *  - a file is never modified unless it is a notulist database of this or an
 *    earlier schema version, or an empty file that we are initialising;
 *  - new database files are created mode 0600 (SQLite gives its -wal and
 *    -shm files the same mode), default directories 0700; an existing
 *    database, -wal or -shm of another user is refused, group and other
 *    permissions on ours are taken away (store_notice says so);
 *  - WAL, synchronous=FULL and foreign keys are on for every connection, so
 *    a committed transaction survives kill -9 and power loss;
 *  - secure_delete is on: text that is changed or deleted (an erased name)
 *    is overwritten in the file, not left in free space;
 *  - transactions nest by counting: only the outermost begin/commit touches
 *    SQLite, and a rollback at any depth dooms the whole transaction;
 *  - only a regular file is ever opened, and a write transaction is refused
 *    when the path no longer names the file that was opened (deleted or
 *    replaced underneath a running board).
 */
#ifndef NOTULIST_STORE_H
#define NOTULIST_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"

#define STORE_SCHEMA_VERSION 10
#define STORE_APPLICATION_ID 0x4E4F5455 /* "NOTU" */
#define STORE_BUSY_TIMEOUT_MS 5000

struct store;

/* Resolves the default database path: $XDG_DATA_HOME/notulist/notulist.db,
 * else ~/.local/share/notulist/notulist.db; with make_dirs, creating the
 * directories (0700). */
enum nl_status store_default_path(char *out, size_t size, bool make_dirs,
				  struct nl_error *err);

/* Opens or creates the database at path and brings its schema up to date.
 * *created (may be NULL) tells whether the file was new. */
enum nl_status store_open(const char *path, struct store **out, bool *created,
			  struct nl_error *err);
/* Opens the database at path only if there is one: no file, or an empty
 * one, is NL_ERR_NOTFOUND ("no database at PATH; create one with notulist
 * init") and nothing is created.  For commands that only read. */
enum nl_status store_open_existing(const char *path, struct store **out,
				   struct nl_error *err);
void store_close(struct store *store);

const char *store_path(const struct store *store);

/* What opening the database changed that the user should hear about (the
 * files were narrowed to mode 0600 because other users could read them),
 * as one translated sentence; NULL when nothing. */
const char *store_notice(const struct store *store);

/* From now on error messages leave out the file name: the board shows
 * them on one line, where a long path would push the reason off screen. */
void store_quiet_path(struct store *store);
/* One board per database file: a second one is refused (NL_ERR_BUSY) with
 * a message saying so.  The claim lasts until store_close or the process's
 * end, however it ends. */
enum nl_status store_claim_board(struct store *store, struct nl_error *err);
int store_schema_version(struct store *store);

enum nl_status store_begin_read(struct store *store, struct nl_error *err);
enum nl_status store_begin_write(struct store *store, struct nl_error *err);
/* Each ends a begin (asserted: a commit or rollback without one is a
 * bug, never a quiet success). */
enum nl_status store_commit(struct store *store, struct nl_error *err);
void store_rollback(struct store *store);

/* Ends the current transaction according to how the work in it went:
 * commits when status is NL_OK, rolls back otherwise; returns the status
 * of the whole.  Usage:
 *   status = store_begin_write(store, err);
 *   if (status == NL_OK)
 *           status = store_finish(store, do_work(store, err), err); */
enum nl_status store_finish(struct store *store, enum nl_status status,
			    struct nl_error *err);

/* Changes whenever another connection commits (PRAGMA data_version): the
 * board polls it to show what a second process wrote. */
enum nl_status store_data_version(struct store *store, int64_t *version,
				  struct nl_error *err);

/* Writes a consistent copy of the live database into the file at path
 * (SQLite's online backup: other processes may keep writing), which must
 * exist: the temporary file of an atomic_file, synced and renamed over
 * the real target once the copy is complete, so that the copy appears
 * whole or not at all, mode 0600 like the original.  Messages name
 * target; no file is left beside path. */
enum nl_status store_backup(struct store *store, const char *path,
			    const char *target, struct nl_error *err);

/* Refuses (NL_ERR_REFUSED, a message naming path) an output path that is
 * the database or one of the files SQLite keeps beside it (-wal, -shm,
 * -journal), by name or by device and inode: writing there would destroy
 * the database.  The database file need not be open, nor exist. */
enum nl_status store_refuse_own_files(const char *database, const char *path,
				      struct nl_error *err);

/* Moves everything in the WAL into the database and empties the WAL file,
 * so that overwritten text (an erased name) no longer lingers in it.
 * *complete is false when another process still reads an older state;
 * the rest follows when it lets go. */
enum nl_status store_checkpoint(struct store *store, bool *complete,
				struct nl_error *err);

/* For tests and `make bench`: while fn is set, every statement the store
 * prepares is also run through EXPLAIN QUERY PLAN, and fn gets the
 * statement's SQL and one line per step of its plan ("SEARCH p USING
 * INDEX ...").  NULL stops it.  Costs a second prepare per statement. */
typedef void store_plan_fn(void *data, const char *sql, const char *step);
void store_watch_plans(struct store *store, store_plan_fn *fn, void *data);

/* Runs one of the SQL scripts compiled into the binary (e.g. data/demo.sql)
 * inside the current write transaction. */
enum nl_status store_run_script(struct store *store, const char *name,
				struct nl_error *err);

#endif
