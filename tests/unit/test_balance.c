/* test_balance.c — proportional representation of the municipalities. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "balance.h"

#define MAX_ROWS 4
#define EPS 1e-9

struct want_row {
	enum balance_verdict verdict;
	double expected_share, actual_share, expected_count;
};

struct balance_case {
	const char *name;
	size_t n;
	struct balance_input in[MAX_ROWS];
	double tolerance;
	struct want_row want[MAX_ROWS];
	int total_present;
	bool has_overall;
	double overall;
	int flagged;
};

#define OK_ BALANCE_OK
#define UNDER BALANCE_UNDER
#define ABSENT BALANCE_ABSENT
#define NO_POOL BALANCE_NO_POOL
#define THIRD (1.0 / 3.0)

static const struct balance_case cases[] = {
	{"nobody present: absent, except where there is no pool", 3,
	 {{1, 1, 4, 0}, {2, 1, 4, 0}, {3, 1, 0, 0}}, 1,
	 {{ABSENT, 0.5, 0, 0}, {ABSENT, 0.5, 0, 0}, {NO_POOL, 0, 0, 0}},
	 0, false, 0, 2},
	{"the first arrival: a third of a person expected each, no overall", 3,
	 {{1, 1, 4, 1}, {2, 1, 4, 0}, {3, 1, 4, 0}}, 1,
	 {{OK_, THIRD, 1, THIRD}, {ABSENT, THIRD, 0, THIRD},
	  {ABSENT, THIRD, 0, THIRD}},
	 1, false, 0, 2},
	{"two arrivals, weights 2:1:1: one person expected, overall given", 3,
	 {{1, 2, 8, 2}, {2, 1, 4, 0}, {3, 1, 4, 0}}, 1,
	 {{OK_, 0.5, 1, 1}, {ABSENT, 0.25, 0, 0.5}, {ABSENT, 0.25, 0, 0.5}},
	 2, true, 50, 2},
	{"all present from one municipality, weights 1:1:1", 3,
	 {{1, 1, 4, 6}, {2, 1, 4, 0}, {3, 1, 4, 0}}, 1,
	 {{OK_, THIRD, 1, 2}, {ABSENT, THIRD, 0, 2}, {ABSENT, THIRD, 0, 2}},
	 6, true, 100 - (4.0 / 3.0) / 2 * 100, 2},
	{"weights 1:2:5, perfect spread", 3,
	 {{1, 1, 5, 2}, {2, 2, 6, 4}, {3, 5, 12, 10}}, 1,
	 {{OK_, 0.125, 0.125, 2}, {OK_, 0.25, 0.25, 4},
	  {OK_, 0.625, 0.625, 10}},
	 16, true, 100, 0},
	{"weights 2:1:1, off by half a person", 3,
	 {{1, 2, 8, 5}, {2, 1, 4, 3}, {3, 1, 4, 2}}, 1,
	 /* shares .5/.3/.2 against .5/.25/.25: ½·(0 + .05 + .05) = 5 % */
	 {{OK_, 0.5, 0.5, 5}, {OK_, 0.25, 0.3, 2.5}, {OK_, 0.25, 0.2, 2.5}},
	 10, true, 95, 0},
	{"weights 3:1:1, the big one two short", 3,
	 {{1, 3, 10, 7}, {2, 1, 4, 4}, {3, 1, 4, 4}}, 1,
	 /* ½·(2/15 + 1/15 + 1/15) = 2/15 */
	 {{UNDER, 0.6, 7.0 / 15, 9}, {OK_, 0.2, 4.0 / 15, 3},
	  {OK_, 0.2, 4.0 / 15, 3}},
	 15, true, 100 - 200.0 / 15, 1},
	{"pool 0: no share, left out of the others'", 3,
	 {{1, 1, 3, 2}, {2, 1, 0, 0}, {3, 2, 3, 4}}, 1,
	 {{OK_, THIRD, THIRD, 2}, {NO_POOL, 0, 0, 0},
	  {OK_, 2 * THIRD, 2 * THIRD, 4}},
	 6, true, 100, 0},
	{"someone present from a municipality without a pool", 2,
	 {{1, 1, 2, 2}, {2, 1, 0, 1}}, 1,
	 {{OK_, 1, 2.0 / 3, 3}, {NO_POOL, 0, 1.0 / 3, 0}},
	 3, true, 100 - (2.0 / 3) / 2 * 100, 0},
	{"exactly one below at tolerance 1 is fine", 2,
	 {{1, 1, 4, 3}, {2, 1, 4, 1}}, 1,
	 {{OK_, 0.5, 0.75, 2}, {OK_, 0.5, 0.25, 2}},
	 4, true, 75, 0},
	{"at tolerance through float noise (3.0000000000000004 - 2)", 2,
	 {{1, 0.3, 4, 2}, {2, 0.6, 9, 7}}, 1,
	 {{OK_, 0.3 / 0.9, 2.0 / 9, 3}, {OK_, 0.6 / 0.9, 7.0 / 9, 6}},
	 9, true, 100 - (1.0 / 9) / 2 * 100 * 2, 0},
	{"one and a half below at tolerance 1", 2,
	 {{1, 1, 5, 5}, {2, 1, 5, 2}}, 1,
	 {{OK_, 0.5, 5.0 / 7, 3.5}, {UNDER, 0.5, 2.0 / 7, 3.5}},
	 7, true, 100 - (3.0 / 7) / 2 * 100, 1},
	{"an eighth of a person above tolerance 1", 2,
	 {{1, 1, 4, 3}, {2, 7, 20, 12}}, 1,
	 /* 7/8 of 15 is 13.125: 1.125 short */
	 {{OK_, 0.125, 0.2, 1.875}, {UNDER, 0.875, 0.8, 13.125}},
	 15, true, 92.5, 1},
	{"tolerance 0: half a person short is under", 2,
	 {{1, 1, 4, 3}, {2, 1, 4, 2}}, 0,
	 {{OK_, 0.5, 0.6, 2.5}, {UNDER, 0.5, 0.4, 2.5}},
	 5, true, 90, 1},
	{"tolerance 0: a perfect spread is fine", 2,
	 {{1, 2, 4, 4}, {2, 1, 4, 2}}, 0,
	 {{OK_, 2 * THIRD, 2 * THIRD, 4}, {OK_, THIRD, THIRD, 2}},
	 6, true, 100, 0},
	{"tolerance 0: float noise is no shortfall", 2,
	 {{1, 0.3, 4, 3}, {2, 0.6, 9, 6}}, 0,
	 {{OK_, 0.3 / 0.9, THIRD, 3}, {OK_, 0.6 / 0.9, 2 * THIRD, 6}},
	 9, true, 100, 0},
	{"weights need not be whole", 2,
	 {{1, 0.5, 2, 1}, {2, 1.5, 6, 3}}, 1,
	 {{OK_, 0.25, 0.25, 1}, {OK_, 0.75, 0.75, 3}},
	 4, true, 100, 0},
	{"tolerance 0.5: exactly half a person short", 2,
	 {{1, 1, 4, 3}, {2, 1, 4, 2}}, 0.5,
	 {{OK_, 0.5, 0.6, 2.5}, {OK_, 0.5, 0.4, 2.5}},
	 5, true, 90, 0},
	{"absent beats under-represented", 2,
	 {{1, 1, 4, 4}, {2, 1, 4, 0}}, 10,
	 {{OK_, 0.5, 1, 2}, {ABSENT, 0.5, 0, 2}},
	 4, true, 50, 1},
	{"one municipality", 1, {{7, 1, 12, 12}}, 1, {{OK_, 1, 1, 12}}, 12, true,
	 100, 0},
	{"no pool anywhere", 2, {{1, 1, 0, 0}, {2, 3, 0, 0}}, 1,
	 {{NO_POOL, 0, 0, 0}, {NO_POOL, 0, 0, 0}}, 0, false, 0, 0},
	{"zero rows", 0, {{0, 0, 0, 0}}, 1, {{OK_, 0, 0, 0}}, 0, false, 0, 0},
};

static void run_case(void **state)
{
	const struct balance_case *c = *state;
	struct balance_row rows[MAX_ROWS];
	struct balance_report report;
	memset(rows, 0x5A, sizeof rows);
	memset(&report, 0x5A, sizeof report);
	balance_compute(c->in, c->n, c->tolerance, rows, &report);
	for (size_t i = 0; i < c->n; i++) {
		assert_int_equal(rows[i].municipality_id, c->in[i].municipality_id);
		assert_int_equal(rows[i].pool, c->in[i].pool);
		assert_int_equal(rows[i].present, c->in[i].present);
		if (rows[i].verdict != c->want[i].verdict)
			fail_msg("row %zu: %s, want %s", i,
				 balance_verdict_key(rows[i].verdict),
				 balance_verdict_key(c->want[i].verdict));
		assert_float_equal(rows[i].expected_share,
				   c->want[i].expected_share, EPS);
		assert_float_equal(rows[i].actual_share, c->want[i].actual_share,
				   EPS);
		assert_float_equal(rows[i].expected_count,
				   c->want[i].expected_count, EPS);
	}
	assert_int_equal(report.total_present, c->total_present);
	assert_int_equal(report.has_overall, c->has_overall);
	assert_float_equal(report.overall_percent, c->overall, EPS);
	assert_int_equal(report.flagged, c->flagged);
}

static void verdict_keys_and_labels(void **state)
{
	(void)state;
	assert_string_equal(balance_verdict_key(BALANCE_OK), "ok");
	assert_string_equal(balance_verdict_key(BALANCE_UNDER),
			    "under-represented");
	assert_string_equal(balance_verdict_key(BALANCE_ABSENT), "absent");
	assert_string_equal(balance_verdict_key(BALANCE_NO_POOL), "no-clients");
	assert_string_equal(balance_verdict_key((enum balance_verdict)4), "?");
	assert_string_equal(balance_verdict_label(BALANCE_OK), "ok");
	assert_string_equal(balance_verdict_label(BALANCE_UNDER),
			    "under-represented");
	assert_string_equal(balance_verdict_label(BALANCE_ABSENT), "absent");
	assert_string_equal(balance_verdict_label(BALANCE_NO_POOL),
			    "no active clients");
	assert_string_equal(balance_verdict_label((enum balance_verdict)9), "?");
}

/* Whatever the weights and numbers, the expected and actual shares each sum
 * to one when anyone is present, and the overall figure stays in 0..100. */
static void shares_sum_to_one(void **state)
{
	(void)state;
	static const double weights[] = {0.1, 1, 3, 0.3, 2.5, 7};
	int checked = 0;
	for (int a = 0; a < 6; a++) {
		for (int p = 0; p < 40; p++) {
			struct balance_input in[4];
			struct balance_row rows[4];
			struct balance_report r;
			double exp_sum = 0, act_sum = 0;
			for (int i = 0; i < 4; i++)
				in[i] = (struct balance_input){
					i + 1, weights[(a + i) % 6], 1 + (p + i) % 5,
					(p * (i + 3)) % 7};
			balance_compute(in, 4, 1, rows, &r);
			if (!r.has_overall)
				continue;
			for (int i = 0; i < 4; i++) {
				exp_sum += rows[i].expected_share;
				act_sum += rows[i].actual_share;
			}
			assert_float_equal(exp_sum, 1, EPS);
			assert_float_equal(act_sum, 1, EPS);
			assert_true(r.overall_percent >= -EPS &&
				    r.overall_percent <= 100 + EPS);
			checked++;
		}
	}
	assert_true(checked > 200);
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
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(verdict_keys_and_labels);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(shares_sum_to_one);
	return _cmocka_run_group_tests("balance", tests, n, NULL, NULL);
}
