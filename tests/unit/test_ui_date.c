/* test_ui_date.c — dates for the screen: weekday arithmetic and the English
 * form (no catalogue is loaded here; tests/e2e/i18n.sh checks the Dutch). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ui_date.h"

struct date_case {
	struct nl_date date;
	int minute; /* -1: no time */
	const char *expected;
};

static const struct date_case cases[] = {
	{{2026, 3, 10}, -1, "Tue 10 Mar 2026"},
	{{2026, 3, 1}, 19 * 60, "Sun 1 Mar 2026 19:00"},
	{{1970, 1, 1}, -1, "Thu 1 Jan 1970"},
	{{1969, 12, 31}, -1, "Wed 31 Dec 1969"},
	{{1900, 1, 1}, 0, "Mon 1 Jan 1900 00:00"},
	{{2000, 2, 29}, 23 * 60 + 59, "Tue 29 Feb 2000 23:59"},
	{{2024, 5, 4}, -1, "Sat 4 May 2024"},
	{{2025, 12, 5}, 9 * 60 + 5, "Fri 5 Dec 2025 09:05"},
};

static void formats_every_case(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char out[UI_DATE_SIZE];
		ui_date_time_format(cases[i].date, cases[i].minute, out,
				    sizeof out);
		assert_string_equal(out, cases[i].expected);
	}
}

static void weekdays_cycle_over_four_centuries(void **state)
{
	(void)state;
	struct nl_date d = {1900, 1, 1};
	int expected = 1; /* Monday */
	for (int i = 0; i < 146097; i++) {
		assert_int_equal(ui_weekday(d), expected);
		d = nl_date_add_days(d, 1);
		expected = (expected + 1) % 7;
	}
}

/* Narrow columns: the same day and month, without the weekday. */
static void the_short_form_has_no_weekday(void **state)
{
	(void)state;
	char out[UI_DATE_SIZE];
	ui_date_short_format((struct nl_date){2027, 1, 15}, out, sizeof out);
	assert_string_equal(out, "15 Jan 2027");
	ui_date_short_format((struct nl_date){2026, 3, 1}, out, sizeof out);
	assert_string_equal(out, "1 Mar 2026");
	ui_date_short_format((struct nl_date){2026, 0, 1}, out, sizeof out);
	assert_string_equal(out, "?");
}

static void an_impossible_month_is_not_a_crash(void **state)
{
	(void)state;
	char out[UI_DATE_SIZE];
	ui_date_format((struct nl_date){2026, 13, 1}, out, sizeof out);
	assert_string_equal(out, "?");
	ui_date_format((struct nl_date){0, 0, 0}, out, sizeof out);
	assert_string_equal(out, "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(formats_every_case),
		cmocka_unit_test(weekdays_cycle_over_four_centuries),
		cmocka_unit_test(the_short_form_has_no_weekday),
		cmocka_unit_test(an_impossible_month_is_not_a_crash),
	};
	return cmocka_run_group_tests_name("ui_date", tests, NULL, NULL);
}
