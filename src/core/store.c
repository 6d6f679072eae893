/*
 * store.c — the database connection: finding, creating, recognising and
 * upgrading the file, and the nested transaction counter.
 *
 * Recognition happens before anything is written: a file that is not SQLite,
 * an SQLite file of another program, or one of a newer schema is refused
 * with the file untouched (journal_mode=WAL rewrites the header, so it is
 * set only after the file has been recognised).  Anything that is not a
 * regular file (a directory, a FIFO, a device) is refused before SQLite
 * sees it: SQLite would block on a FIFO and write a -journal beside a
 * device.
 *
 * The file's identity (device and inode) is remembered at open and checked
 * under the write lock of every write transaction: a board left open on a
 * file that was deleted or replaced meanwhile must refuse to record, not
 * acknowledge check-ins into a file nobody will ever read again.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embedded.h"
#include "files.h"
#include "i18n.h"
#include "nltime.h"
#include "store_internal.h"
#include "text.h"

struct store {
	sqlite3 *db;
	char *path;
	int depth;      /* nesting of begin/commit */
	bool doomed;    /* a nested rollback happened: the outer commit fails */
	int version;
	bool quiet_path; /* messages leave the file name out (the board) */
	bool opening;   /* inside store_open: failures may be the directory's */
	dev_t dev;      /* identity of the file opened, see the top comment */
	ino_t ino;
	store_plan_fn *plan_fn; /* store_watch_plans */
	void *plan_data;
	int board_fd;   /* store_claim_board's descriptor; -1: none */
	char notice[1024]; /* store_notice: what opening changed, or "" */
};

sqlite3 *store_db(struct store *store)
{
	return store->db;
}

const char *store_path(const struct store *store)
{
	return store->path;
}

const char *store_notice(const struct store *store)
{
	return store->notice[0] ? store->notice : NULL;
}

void store_quiet_path(struct store *store)
{
	store->quiet_path = true;
}

/* Error messages start with the file name, unless the front end asked
 * for them without it; fmt is one translated sentence about the file. */
__attribute__((format(printf, 4, 5)))
static enum nl_status store_error(struct store *store, struct nl_error *err,
				  enum nl_status status, const char *fmt, ...)
{
	char reason[sizeof err->message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	if (store && store->quiet_path)
		return nl_fail(err, status, "%s", reason);
	return nl_fail(err, status, "%s: %s", store ? store->path
						   : _("database"), reason);
}

/* The directory holding path ("." when path has no slash). */
static void directory_of(const char *path, char *out, size_t size)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(out, size, ".");
	else if (slash == path)
		snprintf(out, size, "/");
	else
		snprintf(out, size, "%.*s", (int)(slash - path), path);
}

/* SQLite keeps its -wal and -shm files beside the database: a directory
 * we may not write to makes even reading a WAL database impossible, and
 * SQLite's own words for it ("unable to open database file", "attempt to
 * write a readonly database") do not say where the problem is. */
static bool directory_blocks(struct store *store, struct nl_error *err,
			     enum nl_status *status)
{
	char dir[4096];
	directory_of(store->path, dir, sizeof dir);
	if (access(dir, W_OK) == 0)
		return false;
	int saved = errno;
	*status = store_error(store, err, NL_ERR_DB,
			      _("its directory %s is not writable (%s); "
				"notulist keeps the -wal and -shm files there"),
			      dir, strerror(saved));
	return true;
}

int store_schema_version(struct store *store)
{
	return store->version;
}

const struct embedded_file *embedded_find(const char *name)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

/* The operating system's reason behind an SQLite failure, when it kept
 * one: disk full and permission problems come through as I/O errors. */
static int system_errno(const struct store *store)
{
	return store && store->db ? sqlite3_system_errno(store->db) : 0;
}

static bool disk_full(int rc, int sys)
{
	return (rc & 0xff) == SQLITE_FULL || sys == ENOSPC
#ifdef EDQUOT
	       || sys == EDQUOT
#endif
		;
}

enum nl_status store_fail(struct store *store, struct nl_error *err, int rc)
{
	const char *detail = store && store->db ? sqlite3_errmsg(store->db)
						: sqlite3_errstr(rc);
	int sys = system_errno(store);
	enum nl_status status;

	if (disk_full(rc, sys))
		return store_error(store, err, NL_ERR_DB,
				   _("disk or database full; nothing was saved"));
	switch (rc & 0xff) {
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_IOERR:
		if (store && (store->opening || rc == SQLITE_READONLY_DIRECTORY) &&
		    directory_blocks(store, err, &status))
			return status;
		break;
	default:
		break;
	}
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return store_error(store, err, NL_ERR_BUSY,
				   _("database is busy (another program is "
				     "writing to it); try again"));
	case SQLITE_READONLY:
		return store_error(store, err, NL_ERR_DB,
				   _("database is read-only; nothing was "
				     "saved"));
	case SQLITE_NOTADB:
		return store_error(store, err, NL_ERR_DB,
				   _("not a notulist database (not an SQLite "
				     "file)"));
	case SQLITE_CORRUPT:
		return store_error(store, err, NL_ERR_DB,
				   _("database file is corrupt (%s)"), detail);
	case SQLITE_CANTOPEN:
	case SQLITE_IOERR:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		if (sys)
			return store_error(store, err, NL_ERR_DB,
					   _("cannot use database (%s: %s)"),
					   detail, strerror(sys));
		return store_error(store, err, NL_ERR_DB,
				   _("cannot use database (%s)"), detail);
	case SQLITE_NOMEM:
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	default:
		return store_error(store, err, NL_ERR_DB,
				   _("database error: %s"), detail);
	}
}

void store_watch_plans(struct store *store, store_plan_fn *fn, void *data)
{
	store->plan_fn = fn;
	store->plan_data = data;
}

/* The text explained is our own statement, compiled into the binary (every
 * caller passes a literal), never data: the one place SQL is assembled. */
static void explain(struct store *store, const char *sql)
{
	static const char prefix[] = "EXPLAIN QUERY PLAN ";
	size_t len = strlen(sql);
	char *text = malloc(sizeof prefix + len);
	sqlite3_stmt *stmt;
	if (!text)
		return;
	memcpy(text, prefix, sizeof prefix - 1);
	memcpy(text + sizeof prefix - 1, sql, len + 1);
	if (sqlite3_prepare_v2(store->db, text, -1, &stmt, NULL) == SQLITE_OK) {
		while (sqlite3_step(stmt) == SQLITE_ROW)
			store->plan_fn(store->plan_data, sql,
				       (const char *)sqlite3_column_text(stmt, 3));
		sqlite3_finalize(stmt);
	}
	free(text);
}

enum nl_status store_prepare(struct store *store, const char *sql,
			     sqlite3_stmt **stmt, struct nl_error *err)
{
	if (store->plan_fn)
		explain(store, sql);
	int rc = sqlite3_prepare_v2(store->db, sql, -1, stmt, NULL);
	if (rc != SQLITE_OK) {
		*stmt = NULL;
		return store_fail(store, err, rc);
	}
	return NL_OK;
}

enum nl_status store_step_done(struct store *store, sqlite3_stmt *stmt,
			       struct nl_error *err)
{
	int rc = sqlite3_step(stmt);
	enum nl_status status = NL_OK;
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	return status;
}

int store_bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	return sqlite3_bind_text(stmt, index, text, -1, SQLITE_TRANSIENT);
}

int store_bind_text_or_null(sqlite3_stmt *stmt, int index, const char *text)
{
	if (!text || !*text)
		return sqlite3_bind_null(stmt, index);
	return store_bind_text(stmt, index, text);
}

void store_column_copy(sqlite3_stmt *stmt, int column, char *out, size_t size)
{
	const char *text = (const char *)sqlite3_column_text(stmt, column);
	/* What snprintf("%s") did, cut at size - 1 bytes, without its cost
	 * on every column of every row. */
	size_t len = text ? strnlen(text, size - 1) : 0;
	if (len)
		memcpy(out, text, len);
	out[len] = '\0';
}

/* Instants are stored as UTC stamps (schema 5).  Text that is not a stamp
 * is read as older versions wrote it: a local date-time (schema 4 and
 * before; the migration to 5 converts them the same way) or a bare date
 * (local midnight), so a file edited by hand still reads as meant. */
static bool time_of_text(const char *text, nl_time *out)
{
	struct nl_date d;
	int64_t second;
	if (!text)
		return false;
	if (nl_parse_instant(text, out))
		return true;
	if (nl_parse_local(text, &d, &second)) {
		nl_local_instant(d, second, out);
		return true;
	}
	if (nl_parse_date(text, &d)) {
		*out = nl_time_from(d, 0);
		return true;
	}
	return false;
}

nl_time store_column_time(sqlite3_stmt *stmt, int column)
{
	nl_time t;
	return time_of_text((const char *)sqlite3_column_text(stmt, column), &t)
		       ? t
		       : 0;
}

void store_bind_time(sqlite3_stmt *stmt, int index, nl_time t)
{
	char text[NL_STAMP_LEN];
	if (t == 0) {
		sqlite3_bind_null(stmt, index);
		return;
	}
	nl_format_stamp(t, text);
	sqlite3_bind_text(stmt, index, text, -1, SQLITE_TRANSIENT);
}

bool store_grow(void **items, size_t *capacity, size_t count, size_t item_size)
{
	if (count < *capacity)
		return true;
	size_t wanted = *capacity ? *capacity * 2 : 16;
	void *bigger = realloc(*items, wanted * item_size);
	if (!bigger)
		return false;
	*items = bigger;
	*capacity = wanted;
	return true;
}

enum nl_status store_collect(struct store *store, sqlite3_stmt *stmt,
			     size_t item_size, store_read_row_fn *read_row,
			     void **items, size_t *n, struct nl_error *err)
{
	size_t capacity = 0;
	enum nl_status status = NL_OK;
	int rc;
	*items = NULL;
	*n = 0;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (!store_grow(items, &capacity, *n, item_size)) {
			status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
			break;
		}
		read_row(stmt, (char *)*items + (*n)++ * item_size);
	}
	if (status == NL_OK && rc != SQLITE_DONE)
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	if (status != NL_OK) {
		free(*items);
		*items = NULL;
		*n = 0;
	}
	return status;
}

enum nl_status store_collect_one(struct store *store, sqlite3_stmt *stmt,
				 store_read_row_fn *read_row, void *row,
				 struct nl_error *err)
{
	enum nl_status status = NL_OK;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		read_row(stmt, row);
	else if (rc == SQLITE_DONE)
		status = NL_ERR_NOTFOUND;
	else
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	return status;
}

static enum nl_status exec_sql(struct store *store, const char *sql,
			       struct nl_error *err)
{
	int rc = sqlite3_exec(store->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? NL_OK : store_fail(store, err, rc);
}

/* ---- the default location ---------------------------------------------- */

static enum nl_status make_private_dirs(char *path, struct nl_error *err)
{
	for (char *slash = path + 1; ; slash++) {
		bool end = *slash == '\0';
		if (*slash != '/' && !end)
			continue;
		*slash = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST) {
			int saved = errno;
			enum nl_status status = nl_fail(
				err, NL_ERR_IO,
				_("cannot create directory %s: %s"), path,
				strerror(saved));
			if (!end)
				*slash = '/';
			return status;
		}
		if (end)
			return NL_OK;
		*slash = '/';
	}
}

enum nl_status store_default_path(char *out, size_t size, bool make_dirs,
				  struct nl_error *err)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	char dir[4096];
	int n;

	/* The XDG spec says relative values are invalid and must be ignored. */
	if (xdg && xdg[0] == '/')
		n = snprintf(dir, sizeof dir, "%s/notulist", xdg);
	else if (home && home[0])
		n = snprintf(dir, sizeof dir, "%s/.local/share/notulist", home);
	else
		return nl_fail(err, NL_ERR_IO,
			       _("no place for the database: neither "
				 "XDG_DATA_HOME nor HOME is set; use -d FILE "
				 "or NOTULIST_DB"));
	if (n < 0 || (size_t)n >= sizeof dir)
		return nl_fail(err, NL_ERR_IO, _("data directory path too long"));
	enum nl_status status = make_dirs ? make_private_dirs(dir, err) : NL_OK;
	if (status != NL_OK)
		return status;
	n = snprintf(out, size, "%s/notulist.db", dir);
	if (n < 0 || (size_t)n >= size)
		return nl_fail(err, NL_ERR_IO, _("database path too long"));
	return NL_OK;
}

/* ---- opening ------------------------------------------------------------- */

static enum nl_status create_private_file(const char *path, bool *created,
					  struct nl_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return NL_OK;
		return nl_fail(err, NL_ERR_IO, _("cannot create %s: %s"), path,
			       strerror(errno));
	}
	/* umask may have narrowed it already; make sure it is not wider. */
	(void)fchmod(fd, 0600);
	close(fd);
	*created = true;
	return NL_OK;
}

static enum nl_status query_int(struct store *store, const char *sql,
				int64_t *value, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, sql, &stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*value = sqlite3_column_int64(stmt, 0);
	else
		status = store_fail(store, err, rc == SQLITE_DONE ? SQLITE_ERROR
								  : rc);
	sqlite3_finalize(stmt);
	return status;
}

struct identity {
	int64_t application_id;
	int64_t user_version;
	int64_t objects;
};

static enum nl_status read_identity(struct store *store, struct identity *id,
				    struct nl_error *err)
{
	enum nl_status status;
	status = query_int(store, "PRAGMA application_id", &id->application_id,
			   err);
	if (status == NL_OK)
		status = query_int(store, "PRAGMA user_version",
				   &id->user_version, err);
	if (status == NL_OK)
		status = query_int(store, "SELECT count(*) FROM sqlite_master",
				   &id->objects, err);
	return status;
}

static enum nl_status check_identity(struct store *store,
				     const struct identity *id,
				     struct nl_error *err)
{
	bool empty = id->application_id == 0 && id->user_version == 0 &&
		     id->objects == 0;
	if (empty)
		return NL_OK;
	if (id->application_id != STORE_APPLICATION_ID)
		return store_error(store, err, NL_ERR_DB,
				   _("not a notulist database (an SQLite "
				     "database of another program)"));
	if (id->user_version > STORE_SCHEMA_VERSION)
		return store_error(store, err, NL_ERR_VERSION,
				   _("database has schema version %lld, newer "
				     "than this notulist supports (%d); "
				     "upgrade notulist"),
				   (long long)id->user_version,
				   STORE_SCHEMA_VERSION);
	if (id->user_version < 1)
		return store_error(store, err, NL_ERR_DB,
				   _("notulist database without a schema "
				     "version; it is damaged"));
	return NL_OK;
}

static enum nl_status run_embedded(struct store *store, const char *name,
				   struct nl_error *err)
{
	const struct embedded_file *file = embedded_find(name);
	if (!file)
		return nl_fail(err, NL_ERR_DB,
			       _("built-in file %s is missing"), name);
	return exec_sql(store, (const char *)file->data, err);
}

enum nl_status store_run_script(struct store *store, const char *name,
				struct nl_error *err)
{
	return run_embedded(store, name, err);
}

static enum nl_status set_version(struct store *store, struct nl_error *err)
{
	/* PRAGMA arguments cannot be bound; both values are our constants. */
	char sql[96];
	snprintf(sql, sizeof sql,
		 "PRAGMA application_id = %d; PRAGMA user_version = %d",
		 STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
	return exec_sql(store, sql, err);
}

static enum nl_status upgrade(struct store *store, struct nl_error *err)
{
	struct identity id;
	enum nl_status status = read_identity(store, &id, err);
	if (status == NL_OK)
		status = check_identity(store, &id, err);
	if (status != NL_OK)
		return status;
	if (id.objects == 0) {
		status = run_embedded(store, "data/schema.sql", err);
	} else {
		for (int64_t v = id.user_version + 1;
		     status == NL_OK && v <= STORE_SCHEMA_VERSION; v++) {
			char name[64];
			snprintf(name, sizeof name, "data/migrations/%03d.sql",
				 (int)v);
			status = run_embedded(store, name, err);
		}
	}
	if (status == NL_OK)
		status = set_version(store, err);
	return status;
}

/* After the migrations, with foreign keys off: every reference must still
 * hold, or the upgrade is rolled back. */
static enum nl_status check_references(struct store *store,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, "PRAGMA foreign_key_check",
					      &stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return store_error(store, err, NL_ERR_DB,
				   _("upgrading the database broke a "
				     "reference between its tables; nothing "
				     "was changed"));
	return rc == SQLITE_DONE ? NL_OK : store_fail(store, err, rc);
}

/* Brings the schema to STORE_SCHEMA_VERSION inside one write transaction;
 * the version is read again under the lock because another process may
 * have upgraded the file meanwhile.  Foreign keys are off while the
 * migrations run (SQLite ignores the pragma inside a transaction): a
 * migration that rebuilds a table to change a CHECK drops the old one,
 * which other tables refer to (the recipe of SQLite's ALTER TABLE page);
 * check_references then proves nothing was left dangling. */
static enum nl_status ensure_schema(struct store *store,
				    const struct identity *seen,
				    struct nl_error *err)
{
	if (seen->user_version == STORE_SCHEMA_VERSION && seen->objects > 0)
		return NL_OK;
	enum nl_status status = exec_sql(store, "PRAGMA foreign_keys=OFF", err);
	if (status == NL_OK)
		status = store_begin_write(store, err);
	if (status != NL_OK)
		return status;
	status = upgrade(store, err);
	if (status == NL_OK)
		status = check_references(store, err);
	if (status != NL_OK) {
		store_rollback(store);
		exec_sql(store, "PRAGMA foreign_keys=ON", err);
		return status;
	}
	status = store_commit(store, err);
	if (status == NL_OK)
		status = exec_sql(store, "PRAGMA foreign_keys=ON", err);
	return status;
}

static enum nl_status configure(struct store *store, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, "PRAGMA journal_mode=WAL",
					      &stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	const unsigned char *mode = rc == SQLITE_ROW ? sqlite3_column_text(stmt, 0)
						     : NULL;
	bool wal = mode && strcmp((const char *)mode, "wal") == 0;
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return store_fail(store, err, rc);
	if (!wal)
		return store_error(store, err, NL_ERR_DB,
				   _("cannot switch the database to WAL mode "
				     "(is its directory writable?)"));
	/* A page cache of 512 KiB, not SQLite's 2 MiB: it holds the upper
	 * levels of the indexes every command walks; the pages of the log a
	 * history or an export reads pass through once either way, and the
	 * kernel keeps the file.  Issue 18 measured the same CPU time and
	 * 1.4 MiB less peak for `check`, 2.7 MiB less for a 100,000-row
	 * import. */
	return exec_sql(store,
			"PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
			"PRAGMA secure_delete=ON; PRAGMA cache_size=-512;", err);
}

/* SQL functions for the built-in scripts (data/demo.sql, migrations) and
 * the store's queries: the same name folding as the C code; the
 * accent-free key lists are sorted by, so "Émile" comes among the E's;
 * "today" and "now" on the program's clock; and the conversion of schema
 * 4's local times. */
static void sql_fold_with(sqlite3_context *ctx, sqlite3_value *value,
			  enum text_fold mode)
{
	const unsigned char *in = sqlite3_value_text(value);
	if (!in) {
		sqlite3_result_null(ctx);
		return;
	}
	char *key = text_fold_dup((const char *)in, mode);
	if (!key) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, key, -1, free);
}

static void sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	sql_fold_with(ctx, argv[0], FOLD_CASE);
}

/* notulist_sort in an ORDER BY runs for every row, and a list of people
 * sorted by municipality asks for each municipality's key once per
 * person: the connection remembers the last keys (issue 18: `status` on
 * the stress database folded 710 names for 355 people in 50
 * municipalities). */
#define SORT_MEMO_SLOTS 64
struct sort_memo {
	struct {
		char *text;
		char *key;
	} slot[SORT_MEMO_SLOTS];
};

static void sort_memo_free(void *data)
{
	struct sort_memo *memo = data;
	if (!memo)
		return;
	for (size_t i = 0; i < SORT_MEMO_SLOTS; i++) {
		free(memo->slot[i].text);
		free(memo->slot[i].key);
	}
	free(memo);
}

static size_t sort_memo_slot(const char *text)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *text; text++)
		h = (h ^ (unsigned char)*text) * 16777619u;
	return h % SORT_MEMO_SLOTS;
}

static void sql_sort(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	struct sort_memo *memo = sqlite3_user_data(ctx);
	const char *text = (const char *)sqlite3_value_text(argv[0]);
	if (!text || !memo) {
		sql_fold_with(ctx, argv[0], FOLD_CASE_ACCENT);
		return;
	}
	size_t i = sort_memo_slot(text);
	if (!memo->slot[i].text || strcmp(memo->slot[i].text, text) != 0) {
		char *key = text_fold_dup(text, FOLD_CASE_ACCENT);
		char *copy = key ? strdup(text) : NULL;
		if (!copy) {
			free(key);
			sqlite3_result_error_nomem(ctx);
			return;
		}
		free(memo->slot[i].text);
		free(memo->slot[i].key);
		memo->slot[i].text = copy;
		memo->slot[i].key = key;
	}
	sqlite3_result_text(ctx, memo->slot[i].key, -1, SQLITE_TRANSIENT);
}

static void sql_today(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	char date[NL_DATE_LEN];
	nl_format_date(nl_time_date(nl_now()), date);
	sqlite3_result_text(ctx, date, -1, SQLITE_TRANSIENT);
}

static void sql_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	char stamp[NL_STAMP_LEN];
	nl_format_stamp(nl_now(), stamp);
	sqlite3_result_text(ctx, stamp, -1, SQLITE_TRANSIENT);
}

/* Migration 005: a time as schema 4 stored it (local wall-clock text) as
 * the UTC stamp of schema 5, read on this machine's clock now; anything
 * else (NULL, a date, a stamp already) is left as it is. */
static void sql_stamp(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *text = (const char *)sqlite3_value_text(argv[0]);
	struct nl_date d;
	int64_t second;
	nl_time t;
	char stamp[NL_STAMP_LEN];
	if (!text || !nl_parse_local(text, &d, &second)) {
		sqlite3_result_value(ctx, argv[0]);
		return;
	}
	nl_local_instant(d, second, &t);
	nl_format_stamp(t, stamp);
	sqlite3_result_text(ctx, stamp, -1, SQLITE_TRANSIENT);
}

static void register_functions(sqlite3 *db)
{
	sqlite3_create_function(db, "notulist_now", 0, SQLITE_UTF8, NULL,
				sql_now, NULL, NULL);
	sqlite3_create_function(db, "notulist_stamp", 1, SQLITE_UTF8, NULL,
				sql_stamp, NULL, NULL);
	sqlite3_create_function(db, "notulist_fold", 1,
				SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_fold, NULL, NULL);
	/* Without room for the memo, every key is folded anew. */
	sqlite3_create_function_v2(db, "notulist_sort", 1,
				   SQLITE_UTF8 | SQLITE_DETERMINISTIC,
				   calloc(1, sizeof(struct sort_memo)),
				   sql_sort, NULL, NULL, sort_memo_free);
	sqlite3_create_function(db, "notulist_today", 0, SQLITE_UTF8, NULL,
				sql_today, NULL, NULL);
}

/* Checks, before SQLite opens it, that the database is a regular file we
 * may read, and remembers which file it is.  The system's own reason
 * ("Permission denied", "Too many levels of symbolic links") is clearer
 * than SQLite's "unable to open database file". */
static enum nl_status examine_file(struct store *store, struct nl_error *err)
{
	struct stat st;
	if (stat(store->path, &st) != 0)
		return store_error(store, err, NL_ERR_IO, "%s", strerror(errno));
	if (!S_ISREG(st.st_mode))
		return store_error(store, err, NL_ERR_REFUSED,
				   /* TRANSLATORS: follows "PATH: "; %s is "a
				    * directory", "a FIFO"… */
				   _("is %s, not a database file; give the "
				     "name of a file"), file_kind(st.st_mode));
	if (st.st_uid != geteuid()) /* before open: also when unreadable */
		return store_claim_files(store->path, -1, &st, NULL, 0, err);
	int fd = open(store->path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return store_error(store, err, NL_ERR_IO,
				   _("cannot open the database (%s)"),
				   strerror(errno));
	enum nl_status status = NL_OK;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		status = store_error(store, err, NL_ERR_IO,
				     _("the file changed while it was "
				       "opened"));
	else
		status = store_claim_files(store->path, fd, &st, store->notice,
					   sizeof store->notice, err);
	close(fd);
	store->dev = st.st_dev;
	store->ino = st.st_ino;
	return status;
}

/* Under the write lock: is the path still the file we opened? */
static enum nl_status check_same_file(struct store *store, struct nl_error *err)
{
	struct stat st;
	if (stat(store->path, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_dev == store->dev && st.st_ino == store->ino)
		return NL_OK;
	return store_error(store, err, NL_ERR_DB,
			   _("database file deleted or replaced while in use; "
			     "nothing was saved"));
}

static enum nl_status open_connection(struct store *store, struct nl_error *err)
{
	int rc = sqlite3_open_v2(store->path, &store->db,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
				 NULL);
	if (rc != SQLITE_OK)
		return store_fail(store, err, rc);
	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);
	register_functions(store->db);
	return NL_OK;
}

static enum nl_status recognise(struct store *store, struct identity *id,
				struct nl_error *err)
{
	enum nl_status status = read_identity(store, id, err);
	if (status == NL_OK)
		status = check_identity(store, id, err);
	return status;
}

/* Without create, a path with no file, or an empty file with no WAL
 * beside it (a real database has at least its header page), is no
 * database: said so, and nothing is made. */
static enum nl_status find_existing(const char *path, struct nl_error *err)
{
	struct stat st;
	char wal[4200];
	if (stat(path, &st) != 0) {
		if (errno != ENOENT)
			return NL_OK; /* examine_file says why */
	} else {
		/* Another user's empty file is refused as theirs. */
		snprintf(wal, sizeof wal, "%s-wal", path);
		if (!S_ISREG(st.st_mode) || st.st_size > 0 ||
		    st.st_uid != geteuid() || access(wal, F_OK) == 0)
			return NL_OK;
	}
	return nl_fail(err, NL_ERR_NOTFOUND,
		       _("no database at %s; create one with notulist init"),
		       path);
}

static enum nl_status open_store(const char *path, bool create,
				 struct store **out, bool *created,
				 struct nl_error *err)
{
	bool fresh = false;
	struct identity id;
	struct store *store = calloc(1, sizeof *store);
	if (!store || !(store->path = malloc(strlen(path) + 1))) {
		free(store);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	strcpy(store->path, path);
	store->board_fd = -1;
	store->opening = true;
	*out = NULL;

	enum nl_status status = create ? create_private_file(path, &fresh, err)
				       : find_existing(path, err);
	if (status == NL_OK)
		status = examine_file(store, err);
	if (status == NL_OK)
		status = open_connection(store, err);
	if (status == NL_OK)
		status = recognise(store, &id, err);
	if (status == NL_OK)
		status = configure(store, err);
	if (status == NL_OK)
		status = ensure_schema(store, &id, err);
	if (status != NL_OK) {
		store_close(store);
		if (fresh)
			unlink(path);
		return status;
	}
	store->version = STORE_SCHEMA_VERSION;
	store->opening = false;
	if (created)
		*created = fresh;
	*out = store;
	return NL_OK;
}

enum nl_status store_open(const char *path, struct store **out, bool *created,
			  struct nl_error *err)
{
	return open_store(path, true, out, created, err);
}

enum nl_status store_open_existing(const char *path, struct store **out,
				   struct nl_error *err)
{
	return open_store(path, false, out, NULL, err);
}

void store_close(struct store *store)
{
	if (!store)
		return;
	if (store->db)
		sqlite3_close_v2(store->db);
	/* Only now: closing any descriptor of the file drops the process's
	 * POSIX locks, SQLite's included. */
	if (store->board_fd >= 0)
		close(store->board_fd);
	free(store->path);
	free(store);
}

/* Two boards on one meeting would each undo the other's last action, and
 * warnings would ring twice.  flock(2) on the database file itself: on
 * Linux it does not interact with SQLite's fcntl locks, and the kernel
 * drops it when the process ends, even by SIGKILL, so it never goes stale.
 * The descriptor stays open until store_close, also after a refusal. */
enum nl_status store_claim_board(struct store *store, struct nl_error *err)
{
	if (store->board_fd >= 0)
		return NL_OK;
	store->board_fd = open(store->path, O_RDONLY | O_CLOEXEC);
	if (store->board_fd < 0)
		return nl_fail(err, NL_ERR_IO, _("cannot open %s: %s"),
			       store->path, strerror(errno));
	if (flock(store->board_fd, LOCK_EX | LOCK_NB) == 0)
		return NL_OK;
	if (errno == EWOULDBLOCK)
		return nl_fail(err, NL_ERR_BUSY,
			       _("%s is already open on a board in another "
				 "window; use that one (commands work beside "
				 "it)"), store->path);
	return nl_fail(err, NL_ERR_IO, _("cannot lock %s: %s"), store->path,
		       strerror(errno));
}

/* ---- transactions -------------------------------------------------------- */

static enum nl_status begin(struct store *store, bool write,
			    struct nl_error *err)
{
	if (store->depth == 0) {
		/* IMMEDIATE takes the write lock now, so two writers queue on
		 * the busy timeout instead of one failing half-way through
		 * its work. */
		enum nl_status status = exec_sql(
			store, write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", err);
		if (status == NL_OK && write) {
			status = check_same_file(store, err);
			if (status != NL_OK)
				sqlite3_exec(store->db, "ROLLBACK", NULL, NULL,
					     NULL);
		}
		if (status != NL_OK)
			return status;
		store->doomed = false;
	}
	store->depth++;
	return NL_OK;
}

enum nl_status store_begin_read(struct store *store, struct nl_error *err)
{
	return begin(store, false, err);
}

enum nl_status store_begin_write(struct store *store, struct nl_error *err)
{
	return begin(store, true, err);
}

enum nl_status store_commit(struct store *store, struct nl_error *err)
{
	/* A commit without its begin is a caller's bug, not a success. */
	assert(store->depth > 0);
	store->depth--;
	if (store->doomed) {
		if (store->depth == 0)
			store->doomed = false;
		return store_error(store, err, NL_ERR_DB,
				   _("transaction was rolled back"));
	}
	if (store->depth > 0)
		return NL_OK;
	int rc = sqlite3_exec(store->db, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		return NL_OK;
	enum nl_status status = store_fail(store, err, rc);
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
	return status;
}

void store_rollback(struct store *store)
{
	assert(store->depth > 0);
	store->depth--;
	if (!store->doomed) {
		if (!sqlite3_get_autocommit(store->db))
			sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
		store->doomed = true;
	}
	if (store->depth == 0)
		store->doomed = false;
}

enum nl_status store_finish(struct store *store, enum nl_status status,
			    struct nl_error *err)
{
	if (status != NL_OK) {
		store_rollback(store);
		return status;
	}
	return store_commit(store, err);
}

enum nl_status store_data_version(struct store *store, int64_t *version,
				  struct nl_error *err)
{
	return query_int(store, "PRAGMA data_version", version, err);
}

enum nl_status store_checkpoint(struct store *store, bool *complete,
				struct nl_error *err)
{
	int log_frames = 0, done_frames = 0;
	/* TRUNCATE waits for readers on the busy handler; a second is plenty
	 * for a board between two reloads, and nobody should wait longer for
	 * a cleanup that also happens when the last reader closes. */
	sqlite3_busy_timeout(store->db, 1000);
	int rc = sqlite3_wal_checkpoint_v2(store->db, NULL,
					   SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
					   &done_frames);
	sqlite3_busy_timeout(store->db, STORE_BUSY_TIMEOUT_MS);
	*complete = rc == SQLITE_OK;
	if (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY)
		return NL_OK;
	return store_fail(store, err, rc);
}

/* ---- backup ---------------------------------------------------------------- */

/* The copy's own journal (and a WAL while it is switched back to DELETE)
 * lives beside path only while this runs. */
enum nl_status store_backup(struct store *store, const char *path,
			    const char *target, struct nl_error *err)
{
	sqlite3 *dest;
	int rc = sqlite3_open_v2(path, &dest, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_backup *b = sqlite3_backup_init(dest, "main", store->db,
							"main");
		if (b) {
			/* All pages in one step: a consistent snapshot. */
			rc = sqlite3_backup_step(b, -1);
			sqlite3_backup_finish(b);
			if (rc == SQLITE_DONE)
				rc = SQLITE_OK;
		} else {
			rc = sqlite3_errcode(dest);
		}
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", NULL, NULL,
				  NULL);
	enum nl_status status = NL_OK;
	if (rc != SQLITE_OK)
		status = nl_fail(err, (rc & 0xff) == SQLITE_BUSY ? NL_ERR_BUSY
								 : NL_ERR_IO,
				 _("cannot back up to %s: %s"), target,
				 dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
	sqlite3_close_v2(dest);
	return status;
}
