/* test_quorum.c — the quorum rule, case by case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "attendance_rules.h"
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

static void run_case(void **state)
{
	const struct quorum_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	struct quorum_timeline t;
	size_t n = script_parse(c->script, raw);
	size_t k = att_effective(raw, n, eff);
	struct quorum_state q = quorum_at(eff, k, ROLE_MASK_DEFAULT, c->minimum,
					  script_time(c->at));
	assert_int_equal(q.present, c->present);
	assert_int_equal(q.met, c->present >= c->minimum);
	if (c->since)
		assert_int_equal(q.since, strcmp(c->since, "00:00")
						  ? script_time(c->since) : 0);
	assert_int_equal(quorum_timeline_build(eff, k, ROLE_MASK_DEFAULT,
					       c->minimum, script_time(c->at),
					       &t, NULL),
			 NL_OK);
	assert_int_equal(t.first_met, c->first_met ? script_time(c->first_met)
						   : 0);
	expect_lapses(&t, c->lapses);
	assert_int_equal(t.peak, c->peak);
	quorum_timeline_free(&t);
}

static void counting_roles_are_a_setting(void **state)
{
	(void)state;
	struct att_event raw[8], eff[8];
	size_t n = script_parse("19:00 +1 +100 +101", raw);
	size_t k = att_effective(raw, n, eff);
	role_mask both = ROLE_BIT(ROLE_CLIENT) | ROLE_BIT(ROLE_GUEST);
	assert_int_equal(quorum_at(eff, k, both, 3, script_time("20:00")).present,
			 3);
	assert_int_equal(quorum_at(eff, k, ROLE_BIT(ROLE_GUEST), 3,
				   script_time("20:00")).present, 2);
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
	struct CMUnitTest tests[sizeof cases / sizeof *cases + 2];
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
	return _cmocka_run_group_tests("quorum", tests, n, NULL, NULL);
}
