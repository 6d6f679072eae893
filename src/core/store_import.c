/*
 * store_import.c — staging and writing imported people (see
 * store_import.h).  Invariants: the staging tables live only inside the
 * caller's write transaction; a person is matched on name_key through the
 * person_by_name_key index (INDEXED BY: SQLite once preferred the
 * municipality index and scanned thousands of people per row), and never
 * to an erased person, whose name is a pseudonym.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_import.h"
#include "store_internal.h"

struct store_import {
	struct store *store;
	sqlite3_stmt *stage, *earlier, *municipality;
};

static enum nl_status run_sql(struct store *store, const char *sql,
			   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, sql, &stmt, err);
	return status == NL_OK ? store_step_done(store, stmt, err) : status;
}

/* Runs a statement and reports how many rows it changed. */
static enum nl_status exec_count(struct store *store, const char *sql,
				 const char *now, size_t *changed,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(store, sql, &stmt, err);
	if (status != NL_OK)
		return status;
	if (now)
		store_bind_text(stmt, 1, now);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK && changed)
		*changed = (size_t)sqlite3_changes(store_db(store));
	return status;
}

/* The staging tables live in SQLite's temporary database, whose page
 * cache is its own (2 MiB by default; the 512 KiB of store.c is the main
 * database's): 256 KiB holds the upper levels of their index, the rest
 * passes through the temporary file once (issue 18: a 100,000-row import
 * peaked at 9.0 MiB, 6.6 MiB with this, in the same CPU time). */
static const char create_sql[] =
	"PRAGMA temp.cache_size=-256;"
	"DROP TABLE IF EXISTS temp.import_row;"
	"DROP TABLE IF EXISTS temp.import_municipality;"
	"CREATE TEMP TABLE import_row ("
	" line INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
	" municipality_id INTEGER, municipality_key TEXT NOT NULL,"
	" role TEXT, email TEXT, phone TEXT, person_id INTEGER,"
	" moved INTEGER NOT NULL DEFAULT 0,"
	" UNIQUE (name_key, municipality_key));"
	"CREATE TEMP TABLE import_municipality ("
	" name_key TEXT PRIMARY KEY, name TEXT NOT NULL, line INTEGER NOT NULL"
	") WITHOUT ROWID;";

enum nl_status store_import_begin(struct store *store,
				  struct store_import **out,
				  struct nl_error *err)
{
	struct store_import *si = calloc(1, sizeof *si);
	if (!si)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	si->store = store;
	int rc = sqlite3_exec(store_db(store), create_sql, NULL, NULL, NULL);
	enum nl_status status = rc == SQLITE_OK ? NL_OK
						: store_fail(store, err, rc);
	if (status == NL_OK)
		status = store_prepare(
			store,
			"INSERT INTO temp.import_row (line, name, name_key, "
			"municipality_id, municipality_key, role, email, phone) "
			"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
			"ON CONFLICT DO NOTHING", &si->stage, err);
	if (status == NL_OK)
		status = store_prepare(
			store,
			"SELECT line FROM temp.import_row "
			"WHERE name_key = ?1 AND municipality_key = ?2",
			&si->earlier, err);
	if (status == NL_OK)
		status = store_prepare(
			store,
			"INSERT INTO temp.import_municipality (name_key, name, "
			"line) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
			&si->municipality, err);
	if (status != NL_OK) {
		store_import_end(si);
		return status;
	}
	*out = si;
	return NL_OK;
}

static enum nl_status step_reset(struct store_import *si, sqlite3_stmt *stmt,
				 struct nl_error *err)
{
	int rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(si->store, err, rc);
	return NL_OK;
}

static enum nl_status find_earlier(struct store_import *si,
				   const struct import_row *row, long *earlier,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt = si->earlier;
	store_bind_text(stmt, 1, row->name_key);
	store_bind_text(stmt, 2, row->municipality_key);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*earlier = (long)sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(si->store, err, rc);
	return NL_OK;
}

enum nl_status store_import_stage(struct store_import *si,
				  const struct import_row *row, long *earlier,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt = si->stage;
	*earlier = 0;
	sqlite3_bind_int64(stmt, 1, row->line);
	store_bind_text(stmt, 2, row->name);
	store_bind_text(stmt, 3, row->name_key);
	if (row->municipality_id)
		sqlite3_bind_int64(stmt, 4, row->municipality_id);
	else
		sqlite3_bind_null(stmt, 4);
	store_bind_text(stmt, 5, row->municipality_key);
	store_bind_text_or_null(stmt, 6, row->role);
	store_bind_text_or_null(stmt, 7, row->email);
	store_bind_text_or_null(stmt, 8, row->phone);
	enum nl_status status = step_reset(si, stmt, err);
	if (status == NL_OK && sqlite3_changes(store_db(si->store)) == 0)
		status = find_earlier(si, row, earlier, err);
	return status;
}

enum nl_status store_import_new_municipality(struct store_import *si,
					     const char *name, const char *key,
					     long line, struct nl_error *err)
{
	sqlite3_stmt *stmt = si->municipality;
	store_bind_text(stmt, 1, key);
	store_bind_text(stmt, 2, name);
	sqlite3_bind_int64(stmt, 3, line);
	return step_reset(si, stmt, err);
}

static const char create_municipalities_sql[] =
	"INSERT INTO municipality (name, name_key, weight, created_at) "
	"SELECT name, name_key, 1, ?1 FROM temp.import_municipality "
	"ORDER BY line";

static const char resolve_municipalities_sql[] =
	"UPDATE temp.import_row SET municipality_id = "
	"(SELECT m.id FROM municipality m "
	" WHERE m.name_key = import_row.municipality_key) "
	"WHERE municipality_id IS NULL AND municipality_key <> ''";

/* The unary + keeps SQLite off the municipality index.  min(), not
 * ORDER BY p.id LIMIT 1: that opened and cleared a sorter for every row
 * of the file (with secure_delete, zeroing its pages each time). */
static const char match_people_sql[] =
	"UPDATE temp.import_row SET person_id = "
	"(SELECT min(p.id) FROM person p INDEXED BY person_by_name_key "
	" WHERE p.name_key = import_row.name_key "
	" AND coalesce(+p.municipality_id, 0) = "
	"     coalesce(import_row.municipality_id, 0) "
	" AND p.erased_at IS NULL)";

/* With --update, a row that matched nobody in its municipality is the
 * one person of that name elsewhere, if there is exactly one and the file
 * names them once: they moved (issue 15), they are no new member. */
static const char match_moved_sql[] =
	"UPDATE temp.import_row SET moved = 1, person_id = "
	"(SELECT min(p.id) FROM person p INDEXED BY person_by_name_key "
	" WHERE p.name_key = import_row.name_key AND p.erased_at IS NULL) "
	"WHERE person_id IS NULL "
	"AND (SELECT count(*) FROM person p INDEXED BY person_by_name_key "
	"     WHERE p.name_key = import_row.name_key "
	"     AND p.erased_at IS NULL) = 1 "
	"AND (SELECT count(*) FROM temp.import_row o "
	"     WHERE o.name_key = import_row.name_key) = 1";

/* A move as `member move` records it, from today: the period before
 * (for someone who never moved), then the new one. */
static const char first_period_sql[] =
	"INSERT INTO membership (person_id, municipality_id, starts_on, "
	"created_at) SELECT p.id, p.municipality_id, NULL, ?1 "
	"FROM person p JOIN temp.import_row r ON r.person_id = p.id "
	"WHERE r.moved = 1 AND NOT EXISTS "
	"(SELECT 1 FROM membership m WHERE m.person_id = p.id)";

static const char new_period_sql[] =
	"INSERT INTO membership (person_id, municipality_id, starts_on, "
	"created_at) SELECT person_id, municipality_id, substr(?1, 1, 10), ?1 "
	"FROM temp.import_row WHERE moved = 1 "
	"ON CONFLICT (person_id, starts_on) DO UPDATE "
	"SET municipality_id = excluded.municipality_id";

static const char set_municipality_sql[] =
	"UPDATE person SET municipality_id = r.municipality_id "
	"FROM temp.import_row r WHERE r.moved = 1 AND r.person_id = person.id";

static const char add_people_sql[] =
	"INSERT INTO person (name, name_key, municipality_id, role, email, "
	"phone, active, active_from, created_at) "
	"SELECT name, name_key, municipality_id, coalesce(role, 'client'), "
	"email, phone, 1, substr(?1, 1, 10), ?1 FROM temp.import_row "
	"WHERE person_id IS NULL ORDER BY line";

/* Only what the file says and differs: an unchanged person is skipped,
 * and an empty cell never erases a stored e-mail or phone number. */
static const char update_people_sql[] =
	"UPDATE person SET name = r.name, role = coalesce(r.role, person.role), "
	"email = coalesce(r.email, person.email), "
	"phone = coalesce(r.phone, person.phone) "
	"FROM temp.import_row r WHERE r.person_id = person.id AND ("
	" r.moved = 1 OR person.name IS NOT r.name"
	" OR person.role IS NOT coalesce(r.role, person.role)"
	" OR person.email IS NOT coalesce(r.email, person.email)"
	" OR person.phone IS NOT coalesce(r.phone, person.phone))";

static enum nl_status count_matched(struct store_import *si, size_t *matched,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		si->store,
		"SELECT count(*) FROM temp.import_row WHERE person_id IS NOT NULL",
		&stmt, err);
	if (status != NL_OK)
		return status;
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*matched = (size_t)sqlite3_column_int64(stmt, 0);
	else
		status = store_fail(si->store, err, rc);
	sqlite3_finalize(stmt);
	return status;
}

enum nl_status store_import_apply(struct store_import *si, bool update,
				  const char *now, struct import_counts *out,
				  struct nl_error *err)
{
	struct store *store = si->store;
	size_t matched = 0;
	memset(out, 0, sizeof *out);
	enum nl_status status = exec_count(store, create_municipalities_sql, now,
					   &out->municipalities, err);
	if (status == NL_OK)
		status = run_sql(store, resolve_municipalities_sql, err);
	if (status == NL_OK)
		status = run_sql(store, match_people_sql, err);
	if (status == NL_OK && update)
		status = run_sql(store, match_moved_sql, err);
	if (status == NL_OK)
		status = count_matched(si, &matched, err);
	if (status == NL_OK)
		status = exec_count(store, add_people_sql, now, &out->added, err);
	if (status == NL_OK && update)
		status = exec_count(store, update_people_sql, NULL,
				    &out->updated, err);
	if (status == NL_OK && update)
		status = exec_count(store, first_period_sql, now, NULL, err);
	if (status == NL_OK && update)
		status = exec_count(store, new_period_sql, now, NULL, err);
	if (status == NL_OK && update)
		status = run_sql(store, set_municipality_sql, err);
	if (status == NL_OK)
		out->skipped = matched - out->updated;
	return status;
}

void store_import_end(struct store_import *si)
{
	if (!si)
		return;
	sqlite3_finalize(si->stage);
	sqlite3_finalize(si->earlier);
	sqlite3_finalize(si->municipality);
	/* Inside a transaction that may still roll back: a failure here
	 * leaves the tables to the rollback. */
	sqlite3_exec(store_db(si->store),
		     "DROP TABLE IF EXISTS temp.import_row;"
		     "DROP TABLE IF EXISTS temp.import_municipality;",
		     NULL, NULL, NULL);
	free(si);
}
