/*
 * test_roster.c — who belonged where, and when (roster.h): membership
 * periods, municipalities leaving and rejoining, the end of a term of
 * office, being in office, being expected at a meeting; and the weight of
 * a municipality as people write it (municipality_parse_weight).  Pure
 * functions, one table per rule.
 *
 * The roster of every row: person 1 moved from Aa (1) to Bb (2) on
 * 2026-06-01 and to no municipality on 2026-10-01; person 2 never moved;
 * Krimpen (3) left on 2026-09-01 and rejoined on 2027-01-01, and left
 * again on 2028-01-01; person 5 had terms 2019-01-01 (to 2022-12-31 by
 * term_years 4) and 2024-01-01 to 2025-06-30; person 6 had one term from
 * 2024-02-29.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "members.h"
#include "roster.h"

static const struct membership_period periods[] = {
	{1, 1, "Aa", {0, 0, 0}},
	{1, 2, "Bb", {2026, 6, 1}},
	{1, 0, "", {2026, 10, 1}},
};

static const struct departure departures[] = {
	{3, {2026, 9, 1}, {2027, 1, 1}},
	{3, {2028, 1, 1}, {0, 0, 0}},
};

static const struct term terms[] = {
	{1, 5, {2019, 1, 1}, {0, 0, 0}},
	{2, 5, {2024, 1, 1}, {2025, 6, 30}},
	{3, 6, {2024, 2, 29}, {0, 0, 0}},
};

static struct roster roster(void)
{
	return (struct roster){
		.periods = (struct membership_period *)periods,
		.n_periods = sizeof periods / sizeof *periods,
		.departures = (struct departure *)departures,
		.n_departures = sizeof departures / sizeof *departures,
		.terms = (struct term *)terms,
		.n_terms = sizeof terms / sizeof *terms,
		.term_years = 4,
	};
}

static struct nl_date day(const char *text)
{
	struct nl_date d;
	assert_true(nl_parse_date(text, &d));
	return d;
}

/* ---- membership periods ------------------------------------------------------ */

static const struct {
	int64_t person;
	const char *day;
	int64_t municipality; /* -1: no period (never moved) */
} period_cases[] = {
	{1, "2020-01-01", 1}, {1, "2026-05-31", 1}, {1, "2026-06-01", 2},
	{1, "2026-09-30", 2}, {1, "2026-10-01", 0}, {1, "2030-01-01", 0},
	{2, "2026-06-01", -1}, {9, "2026-06-01", -1},
};

static void period_on_a_day(void **state)
{
	(void)state;
	struct roster r = roster();
	for (size_t i = 0; i < sizeof period_cases / sizeof *period_cases; i++) {
		const struct membership_period *p = roster_period_on(
			&r, period_cases[i].person, day(period_cases[i].day));
		int64_t got = p ? p->municipality_id : -1;
		if (got != period_cases[i].municipality)
			fail_msg("person %lld on %s: %lld, want %lld",
				 (long long)period_cases[i].person,
				 period_cases[i].day, (long long)got,
				 (long long)period_cases[i].municipality);
	}
	assert_true(roster_moved(&r, 1));
	assert_false(roster_moved(&r, 2));
}

static void place_sets_the_municipality_of_the_day(void **state)
{
	(void)state;
	struct roster r = roster();
	struct person p = {.id = 1, .municipality_id = 0};
	roster_place(&r, &p, day("2026-03-10"));
	assert_int_equal(p.municipality_id, 1);
	assert_string_equal(p.municipality, "Aa");
	struct person q = {.id = 2, .municipality_id = 3};
	snprintf(q.municipality, sizeof q.municipality, "Krimpen");
	roster_place(&r, &q, day("2026-03-10"));
	assert_int_equal(q.municipality_id, 3);
	assert_string_equal(q.municipality, "Krimpen");
}

/* ---- municipalities taking part ---------------------------------------------- */

static const struct {
	int64_t municipality;
	const char *day;
	bool takes_part;
} part_cases[] = {
	{3, "2026-08-31", true},  {3, "2026-09-01", false},
	{3, "2026-12-31", false}, {3, "2027-01-01", true},
	{3, "2027-12-31", true},  {3, "2028-01-01", false},
	{3, "2099-01-01", false}, {1, "2026-09-01", true},
};

static void takes_part_on_a_day(void **state)
{
	(void)state;
	struct roster r = roster();
	for (size_t i = 0; i < sizeof part_cases / sizeof *part_cases; i++)
		if (roster_takes_part(&r, part_cases[i].municipality,
				      day(part_cases[i].day)) !=
		    part_cases[i].takes_part)
			fail_msg("municipality %lld on %s",
				 (long long)part_cases[i].municipality,
				 part_cases[i].day);
}

/* ---- terms of office ---------------------------------------------------------- */

static const struct {
	const char *start, *end; /* end NULL: from term_years */
	int years;
	const char *want;
} end_cases[] = {
	{"2022-04-01", NULL, 4, "2026-03-31"},
	{"2023-01-01", NULL, 4, "2026-12-31"},
	{"2024-02-29", NULL, 4, "2028-02-28"},
	{"2024-02-29", NULL, 3, "2027-02-28"},
	{"2024-03-01", NULL, 1, "2025-02-28"},
	{"2022-04-01", "2024-12-31", 4, "2024-12-31"},
	{"9998-01-01", NULL, 20, "9999-12-31"},
};

static void the_end_of_a_term(void **state)
{
	(void)state;
	char got[NL_DATE_LEN];
	for (size_t i = 0; i < sizeof end_cases / sizeof *end_cases; i++) {
		struct term t = {.start = day(end_cases[i].start)};
		if (end_cases[i].end)
			t.end = day(end_cases[i].end);
		nl_format_date(term_end(&t, end_cases[i].years), got);
		if (strcmp(got, end_cases[i].want) != 0)
			fail_msg("%s + %d years: %s, want %s",
				 end_cases[i].start, end_cases[i].years, got,
				 end_cases[i].want);
	}
}

static const struct {
	int64_t person;
	const char *day;
	bool in_office;
} office_cases[] = {
	{5, "2018-12-31", false}, {5, "2019-01-01", true},
	{5, "2022-12-31", true},  {5, "2023-01-01", false},
	{5, "2023-12-31", false}, {5, "2024-01-01", true},
	/* Past the last term's end: still in office until deactivated. */
	{5, "2025-07-01", true},  {6, "2024-02-28", false},
	{6, "2024-02-29", true},  {2, "1990-01-01", true},
};

static void in_office_on_a_day(void **state)
{
	(void)state;
	struct roster r = roster();
	size_t n;
	assert_non_null(roster_terms(&r, 5, &n));
	assert_int_equal(n, 2);
	assert_null(roster_terms(&r, 2, &n));
	assert_int_equal(n, 0);
	for (size_t i = 0; i < sizeof office_cases / sizeof *office_cases; i++)
		if (roster_in_office(&r, office_cases[i].person,
				     day(office_cases[i].day)) !=
		    office_cases[i].in_office)
			fail_msg("person %lld on %s",
				 (long long)office_cases[i].person,
				 office_cases[i].day);
}

/* ---- expected at a meeting ------------------------------------------------------ */

static const struct {
	int64_t person, municipality;
	enum role role;
	const char *date;
	bool expected;
} expected_cases[] = {
	{2, 3, ROLE_CLIENT, "2026-08-31", true},
	{2, 3, ROLE_CLIENT, "2026-09-01", false},   /* Krimpen left */
	{2, 3, ROLE_CLIENT, "2027-02-01", true},    /* and rejoined */
	{1, 3, ROLE_CLIENT, "2026-09-01", true},    /* then of Bb */
	{2, 0, ROLE_CHAIR, "2026-09-01", true},     /* of none */
	{2, 1, ROLE_STAND_IN, "2026-03-10", false}, /* never expected */
	{5, 1, ROLE_CLIENT, "2023-06-01", false},   /* between terms */
	{5, 1, ROLE_CLIENT, "2024-06-01", true},
};

static void expected_at_a_meeting(void **state)
{
	(void)state;
	struct roster r = roster();
	for (size_t i = 0; i < sizeof expected_cases / sizeof *expected_cases;
	     i++) {
		struct person p = {.id = expected_cases[i].person,
				   .municipality_id =
					   expected_cases[i].municipality,
				   .role = expected_cases[i].role,
				   .active = true};
		struct meeting m = {.date = day(expected_cases[i].date)};
		if (roster_expected_at(&r, &p, &m) != expected_cases[i].expected)
			fail_msg("case %zu: person %lld on %s", i,
				 (long long)p.id, expected_cases[i].date);
	}
}

/* ---- a municipality's weight ---------------------------------------------------- */

static const struct {
	const char *text;
	bool ok;
	double want;
} weight_cases[] = {
	{"1", true, 1},       {"3", true, 3},        {"1,5", true, 1.5},
	{"1.5", true, 1.5},   {"0,25", true, 0.25},  {",5", true, 0.5},
	{"2.", true, 2},      {"0", false, 0},       {"0,0", false, 0},
	{"-1", false, 0},     {"1,2,3", false, 0},   {"1.5,0", false, 0},
	{"1e3", false, 0},    {"inf", false, 0},     {"nan", false, 0},
	{" 2", false, 0},     {"2 ", false, 0},      {"", false, 0},
	{",", false, 0},      {"abc", false, 0},
};

static void weight_with_a_decimal_comma(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof weight_cases / sizeof *weight_cases; i++) {
		double w = -7;
		bool ok = municipality_parse_weight(weight_cases[i].text, &w);
		if (ok != weight_cases[i].ok ||
		    (ok && w != weight_cases[i].want))
			fail_msg("\"%s\": %s %g", weight_cases[i].text,
				 ok ? "accepted" : "refused", w);
	}
	assert_false(municipality_parse_weight(NULL, &(double){0}));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(period_on_a_day),
		cmocka_unit_test(place_sets_the_municipality_of_the_day),
		cmocka_unit_test(takes_part_on_a_day),
		cmocka_unit_test(the_end_of_a_term),
		cmocka_unit_test(in_office_on_a_day),
		cmocka_unit_test(expected_at_a_meeting),
		cmocka_unit_test(weight_with_a_decimal_comma),
	};
	return cmocka_run_group_tests_name("roster", tests, NULL, NULL);
}
