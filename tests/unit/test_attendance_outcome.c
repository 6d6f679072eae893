/*
 * test_attendance_outcome.c — the quorum a check-in, check-out or undo
 * reports afterwards (att_outcome.after) is the one a fresh read of the
 * meeting gives, also for back-dated events and undos: attendance.c keeps
 * the log in memory after its insert instead of reading it again.  And a
 * failure is reported as the first step that failed.
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

#define CLIENTS 14

struct fixture {
	char dir[256];
	char path[300];
	struct store *store;
	int64_t meeting;
	int64_t municipality;
	int64_t people[CLIENTS];
};

static nl_time at(int h, int mi)
{
	return nl_time_from((struct nl_date){2026, 4, 1}, h * 60 + mi);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct nl_error err = {0};
	nl_error_clear(&err);
	struct meeting_input in = {.date = {2026, 4, 1}, .start_minute = 19 * 60};
	if (!f)
		return -1;
	snprintf(f->dir, sizeof f->dir, "%s/notulist-outcome-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	if (store_open(f->path, &f->store, NULL, &err) != NL_OK ||
	    municipality_add(f->store, "Zuidplas", 1, at(9, 0),
			     &f->municipality, &err) != NL_OK ||
	    meeting_add(f->store, &in, at(9, 0), &f->meeting, &err) != NL_OK) {
		fprintf(stderr, "setup: %s\n", err.message);
		return -1;
	}
	for (int i = 0; i < CLIENTS; i++) {
		char name[32];
		snprintf(name, sizeof name, "Client %02d", i);
		struct member_input m = {.name = name, .municipality = "Zuidplas",
					 .role = ROLE_CLIENT};
		if (member_add(f->store, &m, at(9, 0), &f->people[i], &err) !=
		    NL_OK) {
			fprintf(stderr, "setup: %s\n", err.message);
			return -1;
		}
	}
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

/* The outcome's "after" against a fresh snapshot at the same moment. */
static void agrees(struct fixture *f, const struct att_outcome *out,
		   nl_time now, int present)
{
	struct meeting_snapshot snap;
	struct nl_error err = {0};
	assert_int_equal(snapshot_load(f->store, f->meeting, now, &snap, &err),
			 NL_OK);
	assert_int_equal(out->after.present, snap.quorum.present);
	assert_int_equal(out->after.met, snap.quorum.met);
	assert_int_equal(out->after.present, present);
	snapshot_free(&snap);
}

static void record(struct fixture *f, int who, enum att_kind kind,
		   nl_time when, nl_time now, int present)
{
	struct att_outcome out;
	struct nl_error err = {0};
	nl_error_clear(&err);
	if (attendance_record(f->store, f->meeting, f->people[who], kind, when,
			      now, &out, &err) != NL_OK)
		fail_msg("%s", err.message);
	agrees(f, &out, now, present);
}

static void undo(struct fixture *f, nl_time now, int present)
{
	struct att_outcome out;
	struct nl_error err = {0};
	nl_error_clear(&err);
	if (attendance_undo(f->store, f->meeting, now, &out, &err) != NL_OK)
		fail_msg("%s", err.message);
	agrees(f, &out, now, present);
}

static void after_matches_a_fresh_read(void **state)
{
	struct fixture *f = *state;
	nl_time now = at(19, 0);
	for (int i = 0; i < 12; i++)
		record(f, i, ATT_IN, 0, now, i + 1);       /* quorum met at 12 */
	record(f, 0, ATT_OUT, 0, at(19, 30), 11);          /* lost */
	/* Back-dated: a visit of client 12 before the last check-out, and
	 * client 1 leaving earlier than client 0 did. */
	record(f, 12, ATT_IN, at(19, 5), at(19, 40), 12);
	record(f, 1, ATT_OUT, at(19, 10), at(19, 40), 11);
	record(f, 12, ATT_OUT, at(19, 20), at(19, 41), 10);
	undo(f, at(19, 42), 11);                           /* 12's check-out */
	undo(f, at(19, 42), 12);                           /* 1's check-out */
	record(f, 0, ATT_IN, 0, at(19, 45), 13);
	undo(f, at(19, 46), 12);
	record(f, 13, ATT_EXCUSED, 0, at(19, 47), 12);
}

/* The first failure is the one reported: a meeting that does not exist
 * is not a person that does not exist (issue 13). */
static void a_missing_meeting_is_reported_as_such(void **state)
{
	struct fixture *f = *state;
	struct att_outcome out;
	struct nl_error err = {0};
	assert_int_equal(attendance_record(f->store, 999, f->people[0], ATT_IN,
					   0, at(19, 0), &out, &err),
			 NL_ERR_NOTFOUND);
	assert_string_equal(err.message, "no meeting with id 999");
	nl_error_clear(&err);
	assert_int_equal(attendance_record(f->store, f->meeting, 999, ATT_IN,
					   0, at(19, 0), &out, &err),
			 NL_ERR_NOTFOUND);
	assert_string_equal(err.message, "no person with id 999");
	nl_error_clear(&err);
	assert_int_equal(attendance_undo(f->store, 999, at(19, 0), &out, &err),
			 NL_ERR_NOTFOUND);
	assert_string_equal(err.message, "no meeting with id 999");
}

/* The board's walk-in form passes the municipality chosen by its id. */
static void a_walk_in_names_the_municipality_by_id(void **state)
{
	struct fixture *f = *state;
	struct att_outcome out;
	struct nl_error err = {0};
	struct member_input in = {.name = "Nieuwe Gast", .role = ROLE_CLIENT,
				  .municipality_id = f->municipality};
	assert_int_equal(attendance_walk_in(f->store, f->meeting, &in, 0,
					    at(19, 0), &out, &err),
			 NL_OK);
	assert_int_equal(out.person.municipality_id, f->municipality);
	assert_string_equal(out.person.municipality, "Zuidplas");
	in.name = "Nog Een";
	in.municipality_id = 999;
	assert_int_equal(attendance_walk_in(f->store, f->meeting, &in, 0,
					    at(19, 0), &out, &err),
			 NL_ERR_NOTFOUND);
	assert_string_equal(err.message, "no municipality with id 999");
}

/* nl_fail keeps the first failure, status and sentence, whatever follows;
 * cleared, err takes the next one. */
static void the_first_failure_wins(void **state)
{
	(void)state;
	struct nl_error err = {0};
	assert_int_equal(nl_fail(&err, NL_ERR_NOTFOUND, "no meeting %d", 3),
			 NL_ERR_NOTFOUND);
	assert_int_equal(nl_fail(&err, NL_ERR_DB, "later"), NL_ERR_NOTFOUND);
	assert_int_equal(err.status, NL_ERR_NOTFOUND);
	assert_string_equal(err.message, "no meeting 3");
	nl_error_clear(&err);
	assert_int_equal(nl_fail(&err, NL_ERR_DB, "next"), NL_ERR_DB);
	assert_string_equal(err.message, "next");
	assert_int_equal(nl_fail(NULL, NL_ERR_IO, "nowhere"), NL_ERR_IO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(after_matches_a_fresh_read,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			a_missing_meeting_is_reported_as_such, setup, teardown),
		cmocka_unit_test_setup_teardown(
			a_walk_in_names_the_municipality_by_id, setup, teardown),
		cmocka_unit_test(the_first_failure_wins),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
