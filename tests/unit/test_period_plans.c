/*
 * test_period_plans.c — the commands whose work is one year or one meeting
 * (`export attendance --year/--meeting`, `check --year` and `report
 * --year` through history_load, `minutes`) ask the database through
 * indexes: no full scan of person or attendance, so they cost the same in
 * a body with decades behind it (issue 18; `make bench` has the times).
 * The plans come from store_watch_plans (EXPLAIN QUERY PLAN of every
 * statement prepared).  The last test drops the index the period queries
 * stand on and expects the scan to show: this test can fail.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attendance.h"
#include "export.h"
#include "history.h"
#include "meetings.h"
#include "members.h"
#include "minutes.h"
#include "store.h"
#include "store_attendance.h"

struct fixture {
	char dir[256];
	char path[300];
	struct store *store;
	int64_t meeting_2026;
	char plans[65536];
	char scans[4096];    /* full scans of person or attendance */
};

static nl_time at(int y, int mo, int d, int h, int mi)
{
	return nl_time_from((struct nl_date){y, mo, d}, h * 60 + mi);
}

/* Whether a plan step scans a whole table that grows with history: "SCAN
 * X" where X is person or attendance, or the alias the statement gives one
 * of them (the store's SQL writes "person p", "attendance a"; other tables
 * have aliases too, so the alias alone says nothing). */
static bool scans_growing_table(const char *sql, const char *step)
{
	static const char *const tables[] = {"person", "attendance"};
	char alias[64], pattern[96];
	if (sscanf(step, "SCAN %63[A-Za-z_]", alias) != 1)
		return false;
	for (size_t i = 0; i < 2; i++) {
		if (strcmp(alias, tables[i]) == 0)
			return true;
		snprintf(pattern, sizeof pattern, " %s %s ", tables[i], alias);
		if (strstr(sql, pattern))
			return true;
	}
	return false;
}

static void record_plan(void *data, const char *sql, const char *step)
{
	struct fixture *f = data;
	size_t used = strlen(f->plans);
	snprintf(f->plans + used, sizeof f->plans - used, "%s\n", step);
	if (scans_growing_table(sql, step)) {
		used = strlen(f->scans);
		snprintf(f->scans + used, sizeof f->scans - used,
			 "%s\n    in %.300s\n", step, sql);
	}
}

static void add_member(struct fixture *f, const char *name, nl_time when)
{
	struct member_input in = {.name = name, .municipality = "Zuidplas",
				  .role = ROLE_CLIENT};
	struct nl_error err = {0};
	int64_t id;
	assert_int_equal(member_add(f->store, &in, when, &id, &err), NL_OK);
}

static void leave(struct fixture *f, const char *name, nl_time when)
{
	struct person out;
	struct nl_error err = {0};
	assert_int_equal(member_set_active(f->store, name, false, when, &out,
					   &err), NL_OK);
}

/* A held meeting on a day, with one check-in of the first member. */
static int64_t hold(struct fixture *f, int y, int mo, int d)
{
	struct nl_error err = {0};
	struct meeting_input in = {.date = {y, mo, d}, .start_minute = 19 * 60};
	struct att_outcome out;
	struct meeting m;
	int64_t id;
	assert_int_equal(meeting_add(f->store, &in, at(y, mo, d, 9, 0) - 86400,
				     &id, &err), NL_OK);
	assert_int_equal(meeting_open(f->store, id, at(y, mo, d, 18, 0), &m,
				      &err), NL_OK);
	assert_int_equal(attendance_record(f->store, id, 1, ATT_IN, 0,
					   at(y, mo, d, 19, 0), &out, &err),
			 NL_OK);
	assert_int_equal(meeting_close(f->store, id, at(y, mo, d, 21, 0),
				       at(y, mo, d, 21, 0), &m, &err), NL_OK);
	return id;
}

/* Members who came and left years ago, meetings in 2019 and in 2026. */
static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct nl_error err = {0};
	int64_t municipality;
	if (!f)
		return -1;
	snprintf(f->dir, sizeof f->dir, "%s/notulist-plans-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	if (store_open(f->path, &f->store, NULL, &err) != NL_OK)
		return -1;
	*state = f;
	assert_int_equal(municipality_add(f->store, "Zuidplas", 1,
					  at(2018, 1, 1, 9, 0), &municipality,
					  &err), NL_OK);
	add_member(f, "Still Here", at(2018, 1, 2, 9, 0));
	add_member(f, "Gone Early", at(2018, 1, 2, 9, 0));
	hold(f, 2019, 3, 5);
	hold(f, 2019, 9, 5);
	leave(f, "Gone Early", at(2019, 10, 1, 9, 0));
	hold(f, 2026, 2, 3);
	f->meeting_2026 = hold(f, 2026, 3, 3);
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	char name[320];
	store_close(f->store);
	for (size_t i = 0; i < 3; i++) {
		snprintf(name, sizeof name, "%s%s", f->path, suffixes[i]);
		unlink(name);
	}
	int rc = rmdir(f->dir);
	free(f);
	return rc;
}

/* What export attendance --year 2026, --meeting, check/report --year 2026
 * (history_load over 2024–2027, as cli_load_history asks) and the minutes
 * of the 2026 meeting ask. */
static void run_period_commands(struct fixture *f)
{
	struct nl_error err = {0};
	struct export_format format = {.delimiter = ','};
	struct export_selection year = {.from = {2026, 1, 1},
					.to = {2026, 12, 31}};
	struct export_selection one = {.meeting_id = f->meeting_2026};
	struct export_result result;
	struct history history;
	struct minutes minutes;
	nl_time now = at(2026, 3, 10, 12, 0);
	FILE *out = fopen("/dev/null", "w");
	assert_non_null(out);
	f->plans[0] = f->scans[0] = '\0';
	store_watch_plans(f->store, record_plan, f);
	assert_int_equal(export_attendance(f->store, &year, &format, now, out,
					   &result, &err), NL_OK);
	assert_int_equal(result.rows, 2); /* Still Here at both meetings */
	assert_int_equal(export_attendance(f->store, &one, &format, now, out,
					   &result, &err), NL_OK);
	assert_int_equal(history_load(f->store, (struct nl_date){2024, 1, 1},
				      (struct nl_date){2027, 12, 31}, now,
				      &history, &err), NL_OK);
	assert_int_equal(history.n_meetings, 2);
	history_free(&history);
	/* What check and report --year 2026 load now: the year, and whether
	 * the members of the year were seen at the meetings before it. */
	assert_int_equal(history_load_year(f->store, 2026, now, &history, &err),
			 NL_OK);
	assert_int_equal(history.n_meetings, 2);
	history_free(&history);
	int64_t still_here = 1;
	struct nl_date since = {2024, 1, 1};
	bool found = true;
	assert_int_equal(store_attendance_any_between(
				 f->store, &still_here, &since, 1,
				 (struct nl_date){2025, 12, 31}, &found, &err),
			 NL_OK);
	assert_false(found);
	assert_int_equal(minutes_load(f->store, f->meeting_2026, now, &minutes,
				      &err), NL_OK);
	assert_true(minutes.has_previous);
	assert_int_equal(minutes.previous.date.month, 2);
	minutes_free(&minutes);
	store_watch_plans(f->store, NULL, NULL);
	fclose(out);
}

static void period_commands_read_no_table_that_grows_whole(void **state)
{
	struct fixture *f = *state;
	run_period_commands(f);
	if (f->scans[0])
		fail_msg("full scans:\n%s", f->scans);
	/* People by when they left; the previous meeting one step back
	 * along the dates, not every meeting sorted. */
	assert_non_null(strstr(f->plans, "USING INDEX person_by_active_to"));
	assert_non_null(strstr(f->plans,
			       "USING INDEX meeting_by_date (date<?)"));
}

/* Without the index the period's people stand on, the same commands scan
 * person: the check above is not vacuous. */
static void without_the_index_the_scan_shows(void **state)
{
	struct fixture *f = *state;
	char *msg = NULL;
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP INDEX person_by_active_to",
				      NULL, NULL, &msg), SQLITE_OK);
	sqlite3_close(db);
	run_period_commands(f);
	assert_non_null(strstr(f->scans, "SCAN p"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
			period_commands_read_no_table_that_grows_whole, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			without_the_index_the_scan_shows, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
