/* test_store.c — opening, recognising, upgrading and transactions. */
/* The invariants the code asserts are checked in every build make makes. */
#ifdef NDEBUG
#error "make check keeps assert() active: build without -DNDEBUG"
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "members.h"
#include "store.h"

struct fixture {
	char dir[256];
	char path[300];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "%s/notulist-store-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf -- '%s'", f->dir);
	int rc = strstr(f->dir, "/notulist-store-") ? system(cmd) : 0;
	free(f);
	return rc == 0 ? 0 : -1;
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static void sql(const char *path, const char *statements)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, statements, NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
}

static char *read_all(const char *path, size_t *size)
{
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	long n = ftell(fp);
	rewind(fp);
	char *buf = malloc((size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	buf[n] = '\0';
	*size = (size_t)n;
	return buf;
}

static void creates_a_private_file(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	struct stat st;
	bool created = false;
	mode_t old = umask(0);
	assert_int_equal(store_open(f->path, &store, &created, &err), NL_OK);
	umask(old);
	assert_true(created);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
	store_close(store);
	assert_int_equal(store_open(f->path, &store, &created, &err), NL_OK);
	assert_false(created);
	store_close(store);
}

/* A refused file must be byte-for-byte what it was. */
static void expect_refused_untouched(const char *path, enum nl_status want,
				     const char *phrase)
{
	size_t before_size, after_size;
	char *before = read_all(path, &before_size);
	struct store *store = NULL;
	struct nl_error err = {0};
	assert_int_equal(store_open(path, &store, NULL, &err), want);
	assert_null(store);
	assert_non_null(strstr(err.message, phrase));
	assert_non_null(strstr(err.message, path));
	char *after = read_all(path, &after_size);
	assert_int_equal(before_size, after_size);
	assert_memory_equal(before, after, before_size);
	free(before);
	free(after);
	char wal[400];
	snprintf(wal, sizeof wal, "%s-wal", path);
	assert_int_not_equal(access(wal, F_OK), 0);
}

static void refuses_a_text_file(void **state)
{
	struct fixture *f = *state;
	write_file(f->path, "naam;gemeente\nZoë;Capelle\n");
	expect_refused_untouched(f->path, NL_ERR_DB, "not an SQLite file");
}

static void refuses_another_programs_database(void **state)
{
	struct fixture *f = *state;
	sql(f->path, "CREATE TABLE recipe (name TEXT); INSERT INTO recipe "
		     "VALUES ('stamppot')");
	expect_refused_untouched(f->path, NL_ERR_DB, "another program");
}

static void refuses_a_newer_schema(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	store_close(store);
	sql(f->path, "PRAGMA user_version = 999");
	expect_refused_untouched(f->path, NL_ERR_VERSION, "newer");
}

static void refuses_ours_without_a_version(void **state)
{
	struct fixture *f = *state;
	char text[200];
	snprintf(text, sizeof text,
		 "PRAGMA application_id = %d; CREATE TABLE x (a)",
		 STORE_APPLICATION_ID);
	sql(f->path, text);
	expect_refused_untouched(f->path, NL_ERR_DB, "damaged");
}

/* SQL text without layout: whitespace runs become one space, none around
 * parentheses and before commas.  ALTER TABLE … ADD COLUMN rewrites a
 * table's text with its own layout, so only the words may be compared. */
static void normalise_sql(char *s)
{
	char *out = s;
	bool space = false;
	for (const char *in = s; *in; in++) {
		if (*in == ' ' || *in == '\t' || *in == '\n' || *in == '\r') {
			space = true;
			continue;
		}
		bool tight = *in == ',' || *in == ')' ||
			     (out > s && out[-1] == '(');
		if (space && !tight && out > s)
			*out++ = ' ';
		space = false;
		*out++ = *in;
	}
	*out = '\0';
}

/* The schema of a database, one line per object, for comparisons. */
static char *schema_of(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	size_t size = 1, used = 0;
	char *out = calloc(1, 1);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db,
		"SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
		"FROM sqlite_master ORDER BY type, name", -1, &stmt, NULL),
		SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		char *line = strdup((const char *)sqlite3_column_text(stmt, 0));
		normalise_sql(line);
		size += strlen(line) + 1;
		out = realloc(out, size);
		used += (size_t)sprintf(out + used, "%s\n", line);
		free(line);
	}
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return out;
}

/* Every older schema in tests/fixtures is upgraded to exactly what a new
 * database gets; the fixture of the current version equals schema.sql, so
 * changing the schema without a migration fails here. */
static void every_old_version_migrates_to_the_current_schema(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	char fresh[320];
	snprintf(fresh, sizeof fresh, "%s/fresh.db", f->dir);
	assert_int_equal(store_open(fresh, &store, NULL, &err), NL_OK);
	store_close(store);
	char *want = schema_of(fresh);
	for (int v = 1; v <= STORE_SCHEMA_VERSION; v++) {
		char fixture[128], old[320], *text, setup_sql[160];
		size_t size;
		snprintf(fixture, sizeof fixture, "tests/fixtures/schema_v%d.sql",
			 v);
		snprintf(old, sizeof old, "%s/v%d.db", f->dir, v);
		text = read_all(fixture, &size);
		sql(old, text);
		snprintf(setup_sql, sizeof setup_sql,
			 "PRAGMA application_id = %d; PRAGMA user_version = %d; "
			 "INSERT INTO municipality (name, name_key, created_at) "
			 "VALUES ('Oud', 'oud', '2020-01-01')",
			 STORE_APPLICATION_ID, v);
		sql(old, setup_sql);
		free(text);
		assert_int_equal(store_open(old, &store, NULL, &err), NL_OK);
		struct municipality m;
		assert_int_equal(municipality_resolve(store, "oud", &m, &err),
				 NL_OK);
		store_close(store);
		char *got = schema_of(old);
		assert_string_equal(got, want);
		free(got);
	}
	free(want);
}

/* Version 4 folded names with tables for Latin scripts: an NFD "Zoë",
 * "STRAßE" and "ĲSSEL" had keys that today's folding never computes, and
 * two municipalities could differ only by NFC and NFD.  Opening the file
 * computes every key again; both municipalities stay, reachable by id. */
static void version_4_name_keys_are_folded_again(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	struct municipality m;
	struct person p;
	size_t size;
	char *text = read_all("tests/fixtures/schema_v4.sql", &size);
	sql(f->path, text);
	free(text);
	char setup_sql[1024];
	snprintf(setup_sql, sizeof setup_sql,
		 "PRAGMA application_id = %d; PRAGMA user_version = 4; "
		 "INSERT INTO municipality (name, name_key, created_at) VALUES "
		 "('ĲSSEL', 'ĳssel', 'x'), ('Zoë', 'zoë', 'x'), "
		 "('Zoe\xCC\x88', 'zoe\xCC\x88', 'x');"
		 "INSERT INTO person (name, name_key, municipality_id, "
		 "created_at) VALUES ('STRAßE', 'straße', 1, 'x'), "
		 "('Zoe\xCC\x88 de Vries', 'zoe\xCC\x88 de vries', 1, 'x'), "
		 "('ŞAHİN', 'şahin', 1, 'x')",
		 STORE_APPLICATION_ID);
	sql(f->path, setup_sql);
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	assert_int_equal(store_schema_version(store), STORE_SCHEMA_VERSION);
	assert_int_equal(municipality_resolve(store, "IJssel", &m, &err), NL_OK);
	assert_int_equal(m.id, 1);
	assert_int_equal(municipality_resolve(store, "ZOË", &m, &err), NL_OK);
	assert_int_equal(m.id, 2);
	assert_int_equal(municipality_resolve(store, "3", &m, &err), NL_OK);
	assert_int_equal(member_resolve(store, "strasse", &p, &err), NL_OK);
	assert_int_equal(p.id, 1);
	assert_int_equal(member_resolve(store, "Zoë de Vries", &p, &err), NL_OK);
	assert_int_equal(p.id, 2);
	assert_int_equal(member_resolve(store, "şahin", &p, &err), NL_OK);
	assert_int_equal(p.id, 3);
	store_close(store);
}

static void nested_rollback_dooms_the_outer_transaction(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	struct municipality *all;
	size_t n;
	int64_t id;
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	assert_int_equal(store_begin_write(store, &err), NL_OK);
	assert_int_equal(municipality_add(store, "Aa", 1, 0, &id, &err), NL_OK);
	assert_int_equal(store_begin_write(store, &err), NL_OK);
	store_rollback(store);
	nl_error_clear(&err);
	assert_int_not_equal(store_commit(store, &err), NL_OK);
	assert_int_equal(municipality_list(store, &all, &n, &err), NL_OK);
	assert_int_equal(n, 0);
	free(all);
	/* and the connection is usable again afterwards */
	assert_int_equal(municipality_add(store, "Bb", 1, 0, &id, &err), NL_OK);
	assert_int_equal(municipality_list(store, &all, &n, &err), NL_OK);
	assert_int_equal(n, 1);
	free(all);
	store_close(store);
}

static void failed_action_leaves_nothing_behind(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	struct person *people;
	size_t n;
	int64_t id;
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	struct member_input bad = {.name = "Zoë", .municipality = "Nowhere",
				   .role = ROLE_CLIENT};
	nl_error_clear(&err);
	assert_int_equal(member_add(store, &bad, 0, &id, &err),
			 NL_ERR_NOTFOUND);
	assert_int_equal(member_list(store, true, &people, &n, &err), NL_OK);
	assert_int_equal(n, 0);
	free(people);
	store_close(store);
}

static void attendance_rows_are_append_only(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	store_close(store);
	sql(f->path,
	    "INSERT INTO municipality (name, name_key, created_at) VALUES "
	    "('A', 'a', 'x'); INSERT INTO person (name, name_key, "
	    "municipality_id, created_at) VALUES ('P', 'p', 1, 'x'); "
	    "INSERT INTO meeting (date, created_at) VALUES ('2026-03-10', 'x');"
	    "INSERT INTO attendance (meeting_id, person_id, kind, at, "
	    "recorded_at) VALUES (1, 1, 'in', '2026-03-10 19:00:00', 'x')");
	sqlite3 *db;
	char *msg = NULL;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE attendance SET kind='out'",
					  NULL, NULL, &msg), SQLITE_OK);
	assert_non_null(strstr(msg, "append-only"));
	sqlite3_free(msg);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM attendance", NULL,
					  NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void connection_settings(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	store_close(store);
	sqlite3 *db;
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1,
					    &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "wal");
	sqlite3_finalize(stmt);
	sqlite3_close(db);
}

static void busy_database_is_reported_as_busy(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	int64_t id;
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	sqlite3 *other;
	assert_int_equal(sqlite3_open(f->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
				      NULL), SQLITE_OK);
	/* store_open sets a 5 s busy timeout; this test waits for it once. */
	nl_error_clear(&err);
	assert_int_equal(municipality_add(store, "Aa", 1, 0, &id, &err),
			 NL_ERR_BUSY);
	assert_non_null(strstr(err.message, "busy"));
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	assert_int_equal(municipality_add(store, "Aa", 1, 0, &id, &err), NL_OK);
	store_close(store);
}

static void refuses_what_is_not_a_file(void **state)
{
	struct fixture *f = *state;
	struct store *store = NULL;
	struct nl_error err = {0};
	char fifo[320], wal[330];
	nl_error_clear(&err);
	assert_int_equal(store_open(f->dir, &store, NULL, &err),
			 NL_ERR_REFUSED);
	assert_null(store);
	assert_non_null(strstr(err.message, "is a directory"));
	snprintf(fifo, sizeof fifo, "%s/fifo", f->dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	/* SQLite itself would block on opening a FIFO. */
	nl_error_clear(&err);
	assert_int_equal(store_open(fifo, &store, NULL, &err), NL_ERR_REFUSED);
	assert_non_null(strstr(err.message, "is a FIFO"));
	snprintf(wal, sizeof wal, "%s-journal", fifo);
	assert_int_not_equal(access(wal, F_OK), 0);
}

/* Another file put in place of the open one (or the file removed) is
 * noticed at the next write, which is refused; reading still works. */
static void refuses_to_write_a_replaced_file(void **state)
{
	struct fixture *f = *state;
	struct store *store, *other;
	struct nl_error err = {0};
	char copy[320];
	int64_t id;
	snprintf(copy, sizeof copy, "%s/copy.db", f->dir);
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	assert_int_equal(store_open(copy, &other, NULL, &err), NL_OK);
	store_close(other);
	assert_int_equal(municipality_add(store, "Aa", 1, 0, &id, &err), NL_OK);
	assert_int_equal(rename(copy, f->path), 0);
	nl_error_clear(&err);
	assert_int_equal(municipality_add(store, "Bb", 1, 0, &id, &err),
			 NL_ERR_DB);
	assert_non_null(strstr(err.message, "deleted or replaced while in use; "
					    "nothing was saved"));
	assert_non_null(strstr(err.message, f->path));
	assert_int_equal(unlink(f->path), 0);
	nl_error_clear(&err);
	assert_int_equal(municipality_add(store, "Cc", 1, 0, &id, &err),
			 NL_ERR_DB);
	store_close(store);
}

/* The board asks for messages without the path. */
static void quiet_path_leaves_the_file_name_out(void **state)
{
	struct fixture *f = *state;
	struct store *store;
	struct nl_error err = {0};
	int64_t id;
	assert_int_equal(store_open(f->path, &store, NULL, &err), NL_OK);
	store_quiet_path(store);
	assert_int_equal(unlink(f->path), 0);
	nl_error_clear(&err);
	assert_int_equal(municipality_add(store, "Aa", 1, 0, &id, &err),
			 NL_ERR_DB);
	assert_string_equal(err.message, "database file deleted or replaced "
					 "while in use; nothing was saved");
	store_close(store);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(creates_a_private_file, setup,
						teardown),
		cmocka_unit_test_setup_teardown(refuses_a_text_file, setup,
						teardown),
		cmocka_unit_test_setup_teardown(refuses_another_programs_database,
						setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_a_newer_schema, setup,
						teardown),
		cmocka_unit_test_setup_teardown(refuses_ours_without_a_version,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			every_old_version_migrates_to_the_current_schema, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			version_4_name_keys_are_folded_again, setup, teardown),
		cmocka_unit_test_setup_teardown(
			nested_rollback_dooms_the_outer_transaction, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			failed_action_leaves_nothing_behind, setup, teardown),
		cmocka_unit_test_setup_teardown(attendance_rows_are_append_only,
						setup, teardown),
		cmocka_unit_test_setup_teardown(connection_settings, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			busy_database_is_reported_as_busy, setup, teardown),
		cmocka_unit_test_setup_teardown(refuses_what_is_not_a_file,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			refuses_to_write_a_replaced_file, setup, teardown),
		cmocka_unit_test_setup_teardown(
			quiet_path_leaves_the_file_name_out, setup, teardown),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
