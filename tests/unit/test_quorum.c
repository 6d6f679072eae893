/* test_quorum.c — the quorum rule, case by case: the replay's quorum at a
 * moment and its timeline, and reading the state off a timeline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "attendance_log.h"
#include "attendance_replay.h"
#include "event_script.h"
#include "quorum.h"

struct quorum_case {
	const char *name;
	const char *script;
	int minimum;
	const char *at;          /* moment to judge */
	int present;
	const char *first_met;   /* NULL: never */
	const char *lapses;      /* "HH:MM-HH:MM ..." ("HH:MM-" open) */
	int peak;
	const char *since;       /* when `met` last flipped; NULL: not checked */
};

static const struct quorum_case cases[] = {
	{"empty meeting", "", 3, "21:00", 0, NULL, "", 0, "00:00"},
	{"fills up slowly: no lapse before first met",
	 "19:00 +1 19:05 +2 19:10 +3", 3, "21:00", 3, "19:10", "", 3, NULL},
	{"drops below and returns",
	 "19:00 +1 +2 +3 20:14 -2 20:31 +2", 3, "21:00", 3, "19:00",
	 "20:14-20:31", 3, "20:31"},
	{"still lost at the end", "19:00 +1 +2 +3 20:14 -3", 3, "21:00", 2,
	 "19:00", "20:14-", 3, "20:14"},
	{"judged before the loss", "19:00 +1 +2 +3 20:14 -3", 3, "20:00", 3,
	 "19:00", "", 3, NULL},
	{"guests never count", "19:00 +1 +100 +101 +102", 2, "21:00", 1, NULL,
	 "", 1, NULL},
	{"leaving and returning twice",
	 "19:00 +1 +2 19:30 -1 19:40 +1 20:00 -1 20:10 +1", 2, "21:00", 2,
	 "19:00", "19:30-19:40 20:00-20:10", 2, NULL},
	{"swap in the same minute is not a lapse",
	 "19:00 +1 +2 20:00 -1 +3", 2, "21:00", 2, "19:00", "", 2,
	 "19:00"},
	{"undo of a check-out restores presence",
	 "19:00 +1 +2 20:00 -2 20:01 u3", 2, "21:00", 2, "19:00", "", 2, NULL},
	{"undo chain back to empty", "19:00 +1 +2 20:00 u2 u1", 1, "21:00", 0,
	 NULL, "", 0, NULL},
	{"undoing a check-out, then the check-in, erases the visit",
	 "19:00 +1 +2 +3 19:30 -3 19:31 u4 19:32 u3", 2, "21:00", 2, "19:00",
	 "", 2, NULL},
	{"back-dated check-in sorts by time",
	 "20:00 +1 +2 19:30 +3", 3, "21:00", 3, "20:00", "", 3, "20:00"},
	{"back-dated check-out creates an earlier lapse",
	 "19:00 +1 +2 20:30 +3 20:00 -1", 2, "21:00", 2, "19:00",
	 "20:00-20:30", 2, "20:30"},
	{"refused transitions are ignored (double check-in)",
	 "19:00 +1 +1 +2 19:10 -1 -1", 2, "21:00", 1, "19:00", "19:10-", 2, NULL},
	{"excused people are not present", "19:00 x1 x2 +3", 1, "21:00", 1,
	 "19:00", "", 1, NULL},
	{"excused then arrives anyway", "18:00 x1 19:00 +1 +2", 2, "21:00", 2,
	 "19:00", "", 2, NULL},
	{"minimum of one", "19:00 +5 19:01 -5", 1, "21:00", 0, "19:00",
	 "19:01-", 1, NULL},
};

static void expect_lapses(const struct quorum_timeline *t, const char *spec)
{
	char buf[256], *save = NULL;
	size_t i = 0;
	snprintf(buf, sizeof buf, "%s", spec);
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save), i++) {
		assert_true(i < t->n_lapses);
		char lost[6] = {0}, restored[6] = {0};
		memcpy(lost, tok, 5);
		assert_int_equal(t->lapses[i].lost_at, script_time(lost));
		if (tok[6]) {
			memcpy(restored, tok + 6, 5);
			assert_int_equal(t->lapses[i].restored_at,
					 script_time(restored));
		} else {
			assert_int_equal(t->lapses[i].restored_at, 0);
		}
	}
	assert_int_equal(i, t->n_lapses);
}

/* The replay of a script up to `until`. */
static void replay(const char *script, role_mask counting, int minimum,
		   const char *until, struct att_replay *r)
{
	struct att_event raw[SCRIPT_MAX_EVENTS], in_force[SCRIPT_MAX_EVENTS];
	size_t n = att_resolve(raw, script_parse(script, raw), in_force);
	memset(r, 0, sizeof *r);
	assert_int_equal(att_replay(in_force, n, counting, minimum,
				    script_time(until), r, NULL),
			 NL_OK);
}

static void expect_state(struct quorum_state q, const struct quorum_case *c)
{
	assert_int_equal(q.present, c->present);
	assert_int_equal(q.minimum, c->minimum);
	assert_int_equal(q.met, c->present >= c->minimum);
	if (c->since)
		assert_int_equal(q.since, strcmp(c->since, "00:00")
						  ? script_time(c->since) : 0);
}

static void run_case(void **state)
{
	const struct quorum_case *c = *state;
	struct att_replay r;
	replay(c->script, ROLE_MASK_DEFAULT, c->minimum, c->at, &r);
	expect_state(r.quorum, c);
	/* The same state read off the timeline. */
	expect_state(quorum_timeline_at(&r.timeline, script_time(c->at)), c);
	assert_int_equal(r.timeline.first_met,
			 c->first_met ? script_time(c->first_met) : 0);
	expect_lapses(&r.timeline, c->lapses);
	assert_int_equal(r.timeline.peak, c->peak);
	att_replay_free(&r);
}

static void counting_roles_are_a_setting(void **state)
{
	(void)state;
	struct att_replay r;
	role_mask both = ROLE_BIT(ROLE_CLIENT) | ROLE_BIT(ROLE_GUEST);
	replay("19:00 +1 +100 +101", both, 3, "20:00", &r);
	assert_int_equal(r.quorum.present, 3);
	att_replay_free(&r);
	replay("19:00 +1 +100 +101", ROLE_BIT(ROLE_GUEST), 3, "20:00", &r);
	assert_int_equal(r.quorum.present, 2);
	att_replay_free(&r);
}

/* Reading a timeline at moments between its changes: the minutes count
 * the people present just before the close this way. */
static void timeline_read_between_changes(void **state)
{
	(void)state;
	struct att_replay r;
	replay("19:00 +1 +2 20:00 -2 21:00 -1", ROLE_MASK_DEFAULT, 2, "21:00",
	       &r);
	struct quorum_state q = quorum_timeline_at(&r.timeline,
						   script_time("18:59"));
	assert_int_equal(q.present, 0);
	assert_false(q.met);
	assert_int_equal(q.since, 0);
	q = quorum_timeline_at(&r.timeline, script_time("19:59"));
	assert_int_equal(q.present, 2);
	assert_true(q.met);
	assert_int_equal(q.since, script_time("19:00"));
	q = quorum_timeline_at(&r.timeline, script_time("21:00") - 1);
	assert_int_equal(q.present, 1);
	assert_false(q.met);
	assert_int_equal(q.since, script_time("20:00"));
	att_replay_free(&r);
}

static void open_lapse_duration_runs_to_the_moment(void **state)
{
	(void)state;
	struct quorum_lapse open = {script_time("20:00"), 0, 11};
	struct quorum_lapse closed = {script_time("20:00"), script_time("20:17"),
				      11};
	assert_int_equal(quorum_lapse_seconds(&open, script_time("20:30")),
			 30 * 60);
	assert_int_equal(quorum_lapse_seconds(&closed, script_time("23:00")),
			 17 * 60);
}

int main(void)
{
	struct CMUnitTest tests[sizeof cases / sizeof *cases + 3];
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		counting_roles_are_a_setting);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		open_lapse_duration_runs_to_the_moment);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		timeline_read_between_changes);
	return _cmocka_run_group_tests("quorum", tests, n, NULL, NULL);
}
