/* test_history_load.c — which people history_load reads: the members of
 * the period and anyone with a record in one of its meetings, never the
 * people who left before it and had no part in it (an old database is
 * mostly such people, and reading them all cost the board megabytes). */
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
#include "history.h"
#include "meetings.h"
#include "members.h"
#include "store.h"

struct fixture {
	char dir[256];
	char path[300];
	struct store *store;
	struct nl_error err;
};

static nl_time at(const char *text)
{
	nl_time t = 0;
	assert_true(nl_parse_datetime(text, &t));
	return t;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	nl_error_clear(&f->err);
	snprintf(f->dir, sizeof f->dir, "%s/notulist-history-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	if (store_open(f->path, &f->store, NULL, &f->err) != NL_OK)
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

static int64_t add_member(struct fixture *f, const char *name)
{
	struct member_input in = {.name = name, .municipality = "Aa",
				  .role = ROLE_CLIENT};
	int64_t id;
	assert_int_equal(member_add(f->store, &in, at("2020-01-01 10:00"), &id,
				    &f->err), NL_OK);
	return id;
}

static void leave(struct fixture *f, const char *name, const char *when)
{
	struct person out;
	assert_int_equal(member_set_active(f->store, name, false, at(when),
					   &out, &f->err), NL_OK);
}

/* A body of four: one who left years before the period, one who left
 * during it, one still there, and one who sent apologies for the first
 * meeting of the period and left before it began. */
static void body(struct fixture *f, bool excuse)
{
	int64_t id, meeting;
	struct att_outcome out;
	assert_int_equal(municipality_add(f->store, "Aa", 1,
					  at("2020-01-01 09:00"), &id, &f->err),
			 NL_OK);
	add_member(f, "Oud");
	add_member(f, "Tijdig");
	add_member(f, "Actief");
	int64_t excused = add_member(f, "Afgemeld");
	struct meeting_input in = {.date = {2024, 1, 10}, .start_minute = 19 * 60};
	assert_int_equal(meeting_add(f->store, &in, at("2023-11-01 10:00"),
				     &meeting, &f->err), NL_OK);
	if (excuse)
		assert_int_equal(attendance_record(f->store, meeting, excused,
						   ATT_EXCUSED, 0,
						   at("2023-12-15 10:00"), &out,
						   &f->err), NL_OK);
	leave(f, "Oud", "2021-06-01 10:00");
	leave(f, "Afgemeld", "2023-12-20 10:00");
	leave(f, "Tijdig", "2024-03-01 10:00");
}

/* The names in h->people, in its order, joined by spaces. */
static void expect_people(struct fixture *f, const char *want)
{
	struct history h;
	char got[256] = "";
	size_t used = 0;
	assert_int_equal(history_load(f->store, (struct nl_date){2024, 1, 1},
				      (struct nl_date){2027, 12, 31},
				      at("2026-03-10 12:00"), &h, &f->err),
			 NL_OK);
	assert_int_equal(h.n_meetings, 1);
	for (size_t i = 0; i < h.n_people && used < sizeof got - 1; i++) {
		size_t len = strlen(h.people[i].name);
		if (used + len + 2 > sizeof got)
			break;
		if (i)
			got[used++] = ' ';
		memcpy(got + used, h.people[i].name, len + 1);
		used += len;
	}
	history_free(&h);
	assert_string_equal(got, want);
}

static void people_who_left_before_the_period_are_not_read(void **state)
{
	struct fixture *f = *state;
	body(f, false);
	expect_people(f, "Actief Tijdig");
}

static void a_record_in_the_period_brings_them_back(void **state)
{
	struct fixture *f = *state;
	body(f, true);
	expect_people(f, "Actief Afgemeld Oud Tijdig");
}

/* The period is read from the store, not filtered afterwards: its first
 * and last days count, the days just outside do not. */
static void meetings_on_the_edges_of_the_period(void **state)
{
	struct fixture *f = *state;
	static const struct nl_date days[] = {
		{2023, 12, 31}, {2024, 1, 1}, {2027, 12, 31}, {2028, 1, 1},
	};
	struct history h;
	int64_t id;
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		struct meeting_input in = {.date = days[i], .start_minute = -1};
		assert_int_equal(meeting_add(f->store, &in,
					     at("2023-11-01 10:00"), &id,
					     &f->err), NL_OK);
	}
	assert_int_equal(history_load(f->store, (struct nl_date){2024, 1, 1},
				      (struct nl_date){2027, 12, 31},
				      at("2026-03-10 12:00"), &h, &f->err),
			 NL_OK);
	assert_int_equal(h.n_meetings, 2);
	assert_int_equal(nl_date_compare(h.meetings[0].meeting.date, days[1]), 0);
	assert_int_equal(nl_date_compare(h.meetings[1].meeting.date, days[2]), 0);
	history_free(&h);
}

#define TEST(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(people_who_left_before_the_period_are_not_read),
		TEST(a_record_in_the_period_brings_them_back),
		TEST(meetings_on_the_edges_of_the_period),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
