/*
 * test_meeting_time.c — how a time typed for a meeting (--at, the board's
 * time prompt) becomes an instant: HH:MM on the meeting's date or, before
 * 06:00 and before the start, the next morning; a full date and time
 * within the meeting's day and night; the hour skipped when summer time
 * starts refused, the repeated hour read as its first occurrence.  Runs in
 * TZ=Europe/Amsterdam, where both changes happen in 2026.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "meetings.h"

struct time_case {
	const char *name;
	const char *date;    /* the meeting's date */
	const char *start;   /* planned start, or NULL */
	const char *opened;  /* stamp of its opening, or NULL */
	const char *text;    /* what was typed */
	const char *want;    /* the stamp it is read as, or NULL: refused */
	const char *message; /* part of the refusal */
};

static const struct time_case cases[] = {
	{"evening: HH:MM on the day", "2026-03-10", "19:00", NULL, "19:30",
	 "2026-03-10T18:30:00Z", NULL},
	{"evening: an early arrival stays on the day", "2026-03-10", "19:00",
	 NULL, "18:45", "2026-03-10T17:45:00Z", NULL},
	{"evening: 00:20 is after midnight", "2026-03-10", "19:00", NULL,
	 "00:20", "2026-03-10T23:20:00Z", NULL},
	{"evening: 05:59 is still the night", "2026-03-10", "19:00", NULL,
	 "05:59", "2026-03-11T04:59:00Z", NULL},
	{"evening: 06:00 is the meeting's own morning", "2026-03-10", "19:00",
	 NULL, "06:00", "2026-03-10T05:00:00Z", NULL},
	{"evening: the next day in full", "2026-03-10", "19:00", NULL,
	 "2026-03-11T00:20", "2026-03-10T23:20:00Z", NULL},
	{"evening: with a space and seconds", "2026-03-10", "19:00", NULL,
	 "2026-03-10 21:05:30", "2026-03-10T20:05:30Z", NULL},
	{"evening: with an offset", "2026-03-10", "19:00", NULL,
	 "2026-03-10T20:00:00Z", "2026-03-10T20:00:00Z", NULL},
	{"evening: 06:00 next morning is past the night", "2026-03-10", "19:00",
	 NULL, "2026-03-11T06:00", NULL,
	 "is not during meeting 1: give a time from 2026-03-10 00:00 to "
	 "2026-03-11 06:00"},
	{"evening: the day before", "2026-03-10", "19:00", NULL,
	 "2026-03-09T23:59", NULL, "is not during meeting 1"},
	{"evening: 24:00", "2026-03-10", "19:00", NULL, "24:00", NULL,
	 "--at \"24:00\" is not a time HH:MM (00:00-23:59) or "
	 "YYYY-MM-DDTHH:MM"},
	{"evening: a date alone", "2026-03-10", "19:00", NULL, "2026-03-11",
	 NULL, "is not a time HH:MM"},
	{"evening: empty", "2026-03-10", "19:00", NULL, "", NULL,
	 "is not a time HH:MM"},
	{"evening: a long text is quoted shortened", "2026-03-10", "19:00",
	 NULL, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", NULL, "x\xe2\x80\xa6\" is not a time HH:MM"},
	{"morning: 05:30 before a 09:00 start is the next night", "2026-03-10",
	 "09:00", NULL, "05:30", "2026-03-11T04:30:00Z", NULL},
	{"morning: 08:30 before a 09:00 start is the day", "2026-03-10",
	 "09:00", NULL, "08:30", "2026-03-10T07:30:00Z", NULL},
	{"no start, not opened: 00:20 is the day", "2026-03-10", NULL, NULL,
	 "00:20", "2026-03-09T23:20:00Z", NULL},
	{"no start, opened at 19:00: 00:20 is the night", "2026-03-10", NULL,
	 "2026-03-10T18:00:00Z", "00:20", "2026-03-10T23:20:00Z", NULL},
	{"no start, opened the next night: 00:20 is the day", "2026-03-10", NULL,
	 "2026-03-10T23:30:00Z", "00:20", "2026-03-09T23:20:00Z", NULL},
	{"spring: 01:45 winter time", "2026-03-28", "23:00", NULL, "01:45",
	 "2026-03-29T00:45:00Z", NULL},
	{"spring: 03:15 summer time", "2026-03-28", "23:00", NULL, "03:15",
	 "2026-03-29T01:15:00Z", NULL},
	{"spring: 02:30 does not exist", "2026-03-28", "23:00", NULL, "02:30",
	 NULL, "2026-03-29 02:30 does not exist: the clocks were put forward "
	 "that night; did you mean 03:30?"},
	{"spring: nor in full", "2026-03-28", "23:00", NULL,
	 "2026-03-29T02:00", NULL, "2026-03-29 02:00 does not exist"},
	{"autumn: 02:50 is the first, summer time", "2026-10-24", "22:00", NULL,
	 "02:50", "2026-10-25T00:50:00Z", NULL},
	{"autumn: the second 02:10 with its offset", "2026-10-24", "22:00",
	 NULL, "2026-10-25T02:10+01:00", "2026-10-25T01:10:00Z", NULL},
	{"autumn: 03:10 winter time", "2026-10-24", "22:00", NULL, "03:10",
	 "2026-10-25T02:10:00Z", NULL},
};

static void run_case(void **state)
{
	const struct time_case *c = *state;
	struct meeting m;
	struct nl_error err = {0};
	nl_time at = 0, want;
	memset(&m, 0, sizeof m);
	nl_error_clear(&err);
	m.id = 1;
	m.status = MEETING_OPEN;
	assert_true(nl_parse_date(c->date, &m.date));
	m.start_minute = -1;
	if (c->start)
		assert_true(nl_parse_hhmm(c->start, &m.start_minute));
	if (c->opened)
		assert_true(nl_parse_stamp(c->opened, &m.opened_at));
	enum nl_status status = meeting_time_read(&m, "--at", c->text, &at,
						  &err);
	if (!c->want) {
		assert_int_equal(status, NL_ERR_INVALID);
		if (!strstr(err.message, c->message))
			fail_msg("message \"%s\" lacks \"%s\"", err.message,
				 c->message);
		return;
	}
	if (status != NL_OK)
		fail_msg("refused: %s", err.message);
	assert_true(nl_parse_stamp(c->want, &want));
	char got[NL_STAMP_LEN];
	nl_format_stamp(at, got);
	assert_string_equal(got, c->want);
}

/* The night is what "current" means too: "now" is a default time for the
 * meeting from 00:00 on its date until 06:00 the next morning. */
static void the_night_ends_at_six(void **state)
{
	(void)state;
	struct meeting m;
	nl_time t;
	memset(&m, 0, sizeof m);
	m.date = (struct nl_date){2026, 10, 24};
	m.start_minute = 22 * 60;
	assert_true(nl_parse_stamp("2026-10-25T04:59:59Z", &t)); /* 05:59:59 */
	assert_true(meeting_is_current(&m, t));
	assert_true(nl_parse_stamp("2026-10-25T05:00:00Z", &t)); /* 06:00 */
	assert_false(meeting_is_current(&m, t));
	assert_true(nl_parse_stamp("2026-10-23T21:59:59Z", &t)); /* 23:59:59 */
	assert_false(meeting_is_current(&m, t));
	assert_int_equal(meeting_night_end(&m), t + 1 + 31 * 3600);
}

#define N_OF(a) (sizeof(a) / sizeof *(a))

int main(void)
{
	static struct CMUnitTest tests[N_OF(cases) + 1];
	size_t n = 0;
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
	for (size_t i = 0; i < N_OF(cases); i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(the_night_ends_at_six);
	return _cmocka_run_group_tests("meeting time", tests, n, NULL, NULL);
}
