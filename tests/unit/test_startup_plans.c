/*
 * test_startup_plans.c — what `status` and the board ask the database at
 * start-up (find the open meeting, load its snapshot) is answered through
 * indexes, so start-up does not grow with the years of history; the
 * people read are the meeting's, with those who left before it only when
 * they have a record in it; and a check-in reads the person's rows, not
 * the meeting's whole log.  The plans come from store_watch_plans
 * (EXPLAIN QUERY PLAN of every statement prepared); times are `make
 * bench`'s business, not this test's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attendance.h"
#include "meetings.h"
#include "members.h"
#include "snapshot.h"
#include "store.h"

struct fixture {
	char dir[256];
	char path[300];
	struct store *store;
	char plans[16384];
};

static nl_time at(int y, int mo, int d, int h, int mi)
{
	return nl_time_from((struct nl_date){y, mo, d}, h * 60 + mi);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct nl_error err = {0};
	if (!f)
		return -1;
	snprintf(f->dir, sizeof f->dir, "%s/notulist-plans-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	nl_error_clear(&err);
	if (store_open(f->path, &f->store, NULL, &err) != NL_OK)
		return -1;
	*state = f;
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

static void record_plan(void *data, const char *sql, const char *step)
{
	struct fixture *f = data;
	size_t used = strlen(f->plans);
	(void)sql;
	snprintf(f->plans + used, sizeof f->plans - used, "%s\n", step);
}

static int64_t add_member(struct fixture *f, const char *name, nl_time when)
{
	struct member_input in = {.name = name, .municipality = "Zuidplas",
				  .role = ROLE_CLIENT};
	struct nl_error err = {0};
	int64_t id;
	assert_int_equal(member_add(f->store, &in, when, &id, &err), NL_OK);
	return id;
}

static void leave(struct fixture *f, const char *name, nl_time when)
{
	struct person out;
	struct nl_error err = {0};
	assert_int_equal(member_set_active(f->store, name, false, when, &out,
					   &err), NL_OK);
}

/* A body with a past: people who came and left, and a meeting today. */
static int64_t body_with_history(struct fixture *f)
{
	struct nl_error err = {0};
	struct meeting_input in = {.date = {2026, 4, 1}, .start_minute = 19 * 60};
	struct att_outcome out;
	int64_t id, municipality, excused;
	assert_int_equal(municipality_add(f->store, "Zuidplas", 1,
					  at(2020, 1, 1, 9, 0), &municipality,
					  &err), NL_OK);
	add_member(f, "Gone Early", at(2020, 1, 2, 9, 0));
	leave(f, "Gone Early", at(2021, 1, 2, 9, 0));
	add_member(f, "Still Here", at(2020, 1, 2, 9, 0));
	excused = add_member(f, "Excused Then Left", at(2020, 1, 2, 9, 0));
	add_member(f, "Left After", at(2020, 1, 2, 9, 0));
	assert_int_equal(meeting_add(f->store, &in, at(2026, 3, 1, 9, 0), &id,
				     &err), NL_OK);
	assert_int_equal(attendance_record(f->store, id, excused, ATT_EXCUSED,
					   0, at(2026, 3, 15, 9, 0), &out,
					   &err), NL_OK);
	leave(f, "Excused Then Left", at(2026, 3, 20, 9, 0));
	leave(f, "Left After", at(2026, 4, 2, 9, 0));
	struct meeting m;
	assert_int_equal(meeting_open(f->store, id, at(2026, 4, 1, 18, 0), &m,
				      &err), NL_OK);
	return id;
}

static void start_up(struct fixture *f, struct meeting_snapshot *snap)
{
	struct nl_error err = {0};
	struct meeting m;
	bool found = false;
	store_watch_plans(f->store, record_plan, f);
	assert_int_equal(meeting_find_open(f->store, &m, &found, &err), NL_OK);
	assert_true(found);
	assert_int_equal(snapshot_load(f->store, m.id, at(2026, 4, 1, 19, 30),
				       snap, &err), NL_OK);
	store_watch_plans(f->store, NULL, NULL);
}

static void start_up_reads_no_table_that_grows_whole(void **state)
{
	struct fixture *f = *state;
	struct meeting_snapshot snap;
	body_with_history(f);
	start_up(f, &snap);
	snapshot_free(&snap);
	/* The aliases of the store's SQL: p person, mt meeting, a attendance. */
	static const char *const full_scans[] = {
		"SCAN p\n", "SCAN p ", "SCAN person", "SCAN mt\n", "SCAN mt ",
		"SCAN meeting", "SCAN a\n", "SCAN a ", "SCAN attendance",
	};
	for (size_t i = 0; i < sizeof full_scans / sizeof *full_scans; i++)
		if (strstr(f->plans, full_scans[i]))
			fail_msg("full scan \"%s\" in:\n%s", full_scans[i],
				 f->plans);
	/* The open meeting is found by its status, the people by when they
	 * left, not by walking every meeting and every person. */
	assert_non_null(strstr(f->plans, "USING INDEX meeting_by_status (status=?)"));
	assert_non_null(strstr(f->plans, "USING INDEX person_by_active_to"));
}

static void start_up_shows_who_left_only_where_they_belong(void **state)
{
	struct fixture *f = *state;
	struct meeting_snapshot snap;
	body_with_history(f);
	start_up(f, &snap);
	/* Still Here and Left After were members on the day; Excused Then
	 * Left has a record in the meeting; Gone Early is not read. */
	assert_int_equal(snap.n_people, 3);
	bool excused_seen = false;
	for (size_t i = 0; i < snap.n_people; i++) {
		assert_string_not_equal(snap.people[i].person.name, "Gone Early");
		if (strcmp(snap.people[i].person.name, "Excused Then Left") == 0)
			excused_seen = snap.people[i].attendance.state ==
				       PRESENCE_EXCUSED;
	}
	assert_true(excused_seen);
	snapshot_free(&snap);
}

static void check_in(struct fixture *f, int64_t meeting, int64_t person,
		     int minute)
{
	struct nl_error err = {0};
	struct att_outcome out;
	f->plans[0] = '\0';
	store_watch_plans(f->store, record_plan, f);
	assert_int_equal(attendance_record(f->store, meeting, person, ATT_IN, 0,
					   at(2026, 4, 1, 19, minute), &out,
					   &err),
			 NL_OK);
	store_watch_plans(f->store, NULL, NULL);
}

/* The first check-in of the evening replays the meeting's log and writes
 * the tally; the next one reads only the person's rows (along
 * attendance_by_person) and the tally (issue 18). */
static void a_check_in_reads_the_persons_rows_not_the_log(void **state)
{
	struct fixture *f = *state;
	int64_t meeting = body_with_history(f);
	int64_t first = add_member(f, "First In", at(2026, 3, 1, 9, 0));
	int64_t second = add_member(f, "Second In", at(2026, 3, 1, 9, 0));
	check_in(f, meeting, first, 0);
	assert_non_null(strstr(f->plans,
			       "SEARCH a USING INDEX attendance_by_meeting"));
	check_in(f, meeting, second, 5);
	if (strstr(f->plans, "SEARCH a USING INDEX attendance_by_meeting") ||
	    strstr(f->plans, "SCAN a") || strstr(f->plans, "SCAN attendance"))
		fail_msg("the check-in read the whole log:\n%s", f->plans);
	assert_non_null(strstr(f->plans, "USING INDEX attendance_by_person"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
			start_up_reads_no_table_that_grows_whole, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			start_up_shows_who_left_only_where_they_belong, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			a_check_in_reads_the_persons_rows_not_the_log, setup,
			teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
