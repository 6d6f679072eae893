/* test_record_rules.c — the rules of the meeting record, case by case:
 * carry-over of action items, overdue actions and advice around month
 * ends, New Year and leap days, answer deadlines, agenda order, meeting
 * order and the names typed in Dutch or English. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "record_rules.h"

static struct nl_date d(const char *text)
{
	struct nl_date date = {0, 0, 0};
	if (text)
		assert_true(nl_parse_date(text, &date));
	return date;
}

/* ---- action items --------------------------------------------------------- */

struct action_case {
	const char *name;
	const char *origin;     /* date of the meeting that agreed it */
	int origin_id;
	enum action_status status;
	const char *closed_on;
	const char *due;
	const char *meeting;    /* the meeting whose list is asked (place) */
	int meeting_id;
	enum action_place place;
	const char *day;        /* the day overdue is judged on */
	bool overdue;
};

#define OPEN ACTION_OPEN
#define DONE ACTION_DONE
#define DROPPED ACTION_DROPPED

static const struct action_case action_cases[] = {
	{"own meeting lists it as new", "2026-01-12", 1, OPEN, NULL, NULL,
	 "2026-01-12", 1, ACTION_NEW, "2026-01-12", false},
	{"open action carries over", "2026-01-12", 1, OPEN, NULL, NULL,
	 "2026-03-10", 2, ACTION_CARRIED, "2026-03-10", false},
	{"earlier meeting does not list a later action", "2026-03-10", 2, OPEN,
	 NULL, NULL, "2026-01-12", 1, ACTION_NOT_LISTED, "2026-01-12", false},
	{"closed before the meeting: gone", "2026-01-12", 1, DONE,
	 "2026-02-01", NULL, "2026-03-10", 2, ACTION_NOT_LISTED, "2026-03-10",
	 false},
	{"closed on the meeting's day: still heard of", "2026-01-12", 1, DONE,
	 "2026-03-10", NULL, "2026-03-10", 2, ACTION_CARRIED, "2026-03-10",
	 false},
	{"closed after the meeting: open on its day", "2026-01-12", 1, DROPPED,
	 "2026-03-11", NULL, "2026-03-10", 2, ACTION_CARRIED, "2026-03-10",
	 false},
	{"same day, later meeting carries it", "2026-03-10", 1, OPEN, NULL,
	 NULL, "2026-03-10", 2, ACTION_CARRIED, "2026-03-10", false},
	{"closed own meeting still lists it as new", "2026-01-12", 1, DONE,
	 "2026-01-12", NULL, "2026-01-12", 1, ACTION_NEW, "2026-01-12", false},
	{"due yesterday is overdue", "2026-01-12", 1, OPEN, NULL, "2026-03-09",
	 "2026-03-10", 2, ACTION_CARRIED, "2026-03-10", true},
	{"due today is not overdue", "2026-01-12", 1, OPEN, NULL, "2026-03-10",
	 "2026-03-10", 2, ACTION_CARRIED, "2026-03-10", false},
	{"due tomorrow is not overdue", "2026-01-12", 1, OPEN, NULL,
	 "2026-03-11", "2026-03-10", 2, ACTION_CARRIED, "2026-03-10", false},
	{"no due date is never overdue", "2026-01-12", 1, OPEN, NULL, NULL,
	 "2030-01-01", 9, ACTION_CARRIED, "2030-01-01", false},
	{"due 31 January, judged 1 February", "2026-01-12", 1, OPEN, NULL,
	 "2026-01-31", "2026-02-01", 2, ACTION_CARRIED, "2026-02-01", true},
	{"due 30 April, judged 1 May", "2026-04-01", 1, OPEN, NULL,
	 "2026-04-30", "2026-05-01", 2, ACTION_CARRIED, "2026-05-01", true},
	{"due 31 December, judged New Year's Day", "2025-12-01", 1, OPEN, NULL,
	 "2025-12-31", "2026-01-01", 2, ACTION_CARRIED, "2026-01-01", true},
	{"due 28 February 2028, judged on the 29th", "2028-01-10", 1, OPEN,
	 NULL, "2028-02-28", "2028-02-29", 2, ACTION_CARRIED, "2028-02-29",
	 true},
	{"due 29 February 2028, judged that day", "2028-01-10", 1, OPEN, NULL,
	 "2028-02-29", "2028-02-29", 2, ACTION_CARRIED, "2028-02-29", false},
	{"due 29 February 2028, judged 1 March", "2028-01-10", 1, OPEN, NULL,
	 "2028-02-29", "2028-03-01", 2, ACTION_CARRIED, "2028-03-01", true},
	{"due 28 February 2027, judged 1 March (no leap day)", "2027-01-10", 1,
	 OPEN, NULL, "2027-02-28", "2027-03-01", 2, ACTION_CARRIED,
	 "2027-03-01", true},
	{"done after the due date, judged after: not overdue", "2026-01-12", 1,
	 DONE, "2026-03-05", "2026-03-01", "2026-03-10", 2, ACTION_NOT_LISTED,
	 "2026-03-10", false},
	{"done later, judged before it was done: overdue then", "2026-01-12",
	 1, DONE, "2026-03-20", "2026-03-01", "2026-03-10", 2, ACTION_CARRIED,
	 "2026-03-10", true},
	{"dropped on the due date's day after: not overdue that day",
	 "2026-01-12", 1, DROPPED, "2026-03-02", "2026-03-01", "2026-03-02", 2,
	 ACTION_CARRIED, "2026-03-02", false},
};

static void action_case(void **state)
{
	const struct action_case *c = *state;
	struct action_item a;
	memset(&a, 0, sizeof a);
	a.origin = (struct meeting_key){d(c->origin), 19 * 60, c->origin_id};
	a.status = c->status;
	a.closed_on = d(c->closed_on);
	a.due = d(c->due);
	struct meeting_key meeting = {d(c->meeting), 19 * 60, c->meeting_id};
	assert_int_equal(action_place_in(&a, &meeting), c->place);
	assert_int_equal(action_overdue_on(&a, d(c->day)), c->overdue);
}

static void status_on_a_day(void **state)
{
	(void)state;
	struct action_item a;
	memset(&a, 0, sizeof a);
	a.status = ACTION_DONE;
	a.closed_on = d("2026-03-10");
	assert_int_equal(action_status_on(&a, d("2026-03-09")), ACTION_OPEN);
	assert_int_equal(action_status_on(&a, d("2026-03-10")), ACTION_DONE);
	assert_int_equal(action_status_on(&a, d("2026-12-31")), ACTION_DONE);
	a.status = ACTION_OPEN;
	a.closed_on = d(NULL);
	assert_int_equal(action_status_on(&a, d("2026-12-31")), ACTION_OPEN);
}

/* ---- advice ------------------------------------------------------------------ */

struct due_case {
	const char *name;
	const char *sent;
	int weeks;
	const char *due;
};

static const struct due_case due_cases[] = {
	{"six weeks in one month", "2026-03-02", 6, "2026-04-13"},
	{"from 31 January", "2026-01-31", 6, "2026-03-14"},
	{"across New Year", "2025-12-31", 6, "2026-02-11"},
	{"onto 29 February 2028", "2028-01-18", 6, "2028-02-29"},
	{"past February in a leap year", "2028-01-19", 6, "2028-03-01"},
	{"past February in a common year", "2027-01-18", 6, "2027-03-01"},
	{"one week", "2026-02-25", 1, "2026-03-04"},
	{"two years of weeks", "2026-01-01", 104, "2027-12-30"},
};

static void due_case(void **state)
{
	const struct due_case *c = *state;
	char text[NL_DATE_LEN];
	nl_format_date(advice_due_default(d(c->sent), c->weeks), text);
	assert_string_equal(text, c->due);
}

struct advice_case {
	const char *name;
	const char *sent, *due, *answered;
	const char *day;
	bool answered_by, overdue, late;
	int days_late;
};

static const struct advice_case advice_cases[] = {
	{"waiting, not yet due", "2026-01-20", "2026-03-03", NULL, "2026-03-01",
	 false, false, false, 0},
	{"waiting, due today", "2026-01-20", "2026-03-03", NULL, "2026-03-03",
	 false, false, false, 0},
	{"waiting, due yesterday", "2026-01-20", "2026-03-03", NULL,
	 "2026-03-04", false, true, false, 1},
	{"waiting across New Year", "2025-11-03", "2025-12-15", NULL,
	 "2026-03-10", false, true, false, 85},
	{"answered on the due date", "2026-01-20", "2026-03-03", "2026-03-03",
	 "2026-03-10", true, false, false, 0},
	{"answered a day late", "2026-01-20", "2026-03-03", "2026-03-04",
	 "2026-03-10", true, false, true, 1},
	{"answered late, judged before the answer came", "2026-01-20",
	 "2026-03-03", "2026-03-20", "2026-03-10", false, true, true, 7},
	{"leap February: due 28th, answered 1 March", "2028-01-17",
	 "2028-02-28", "2028-03-01", "2028-03-10", true, false, true, 2},
	{"common February: due 28th, answered 1 March", "2027-01-17",
	 "2027-02-28", "2027-03-01", "2027-03-10", true, false, true, 1},
	{"due 31 December, answered 2 January", "2025-11-19", "2025-12-31",
	 "2026-01-02", "2026-01-05", true, false, true, 2},
	{"answered early", "2026-01-20", "2026-03-03", "2026-01-21",
	 "2026-01-22", true, false, false, 0},
};

static void advice_case(void **state)
{
	const struct advice_case *c = *state;
	struct advice a;
	memset(&a, 0, sizeof a);
	a.sent_on = d(c->sent);
	a.response_due = d(c->due);
	a.answered_on = d(c->answered);
	assert_int_equal(advice_answered_by(&a, d(c->day)), c->answered_by);
	assert_int_equal(advice_overdue_on(&a, d(c->day)), c->overdue);
	assert_int_equal(advice_answered_late(&a), c->late);
	assert_int_equal(advice_days_late(&a, d(c->day)), c->days_late);
}

struct period_case {
	const char *name;
	const char *sent, *answered;
	const char *after, *until;
	bool in;
};

static const struct period_case period_cases[] = {
	{"sent between the meetings", "2026-02-01", NULL, "2026-01-12",
	 "2026-03-10", true},
	{"sent on the previous meeting's day belongs to it", "2026-01-12",
	 NULL, "2026-01-12", "2026-03-10", false},
	{"sent on this meeting's day", "2026-03-10", NULL, "2026-01-12",
	 "2026-03-10", true},
	{"sent after the meeting", "2026-03-11", NULL, "2026-01-12",
	 "2026-03-10", false},
	{"sent before, answered between", "2025-11-03", "2026-02-01",
	 "2026-01-12", "2026-03-10", true},
	{"sent and answered before", "2025-11-03", "2025-12-01", "2026-01-12",
	 "2026-03-10", false},
	{"answered after the meeting only", "2025-11-03", "2026-03-11",
	 "2026-01-12", "2026-03-10", false},
	{"no previous meeting: everything so far", "2024-05-01", NULL, NULL,
	 "2026-03-10", true},
};

static void period_case(void **state)
{
	const struct period_case *c = *state;
	struct advice a;
	memset(&a, 0, sizeof a);
	a.sent_on = d(c->sent);
	a.response_due = a.sent_on;
	a.answered_on = d(c->answered);
	assert_int_equal(advice_in_period(&a, d(c->after), d(c->until)), c->in);
}

/* What the minutes of a meeting on `day` show (the previous held meeting
 * on `previous`): what approved minutes freeze. */
struct shown_case {
	const char *name;
	const char *sent, *answered;
	const char *previous, *day;
	bool shown;
};

static const struct shown_case shown_cases[] = {
	{"sent between the meetings", "2026-02-01", NULL, "2026-01-12",
	 "2026-03-10", true},
	{"sent on the meeting's day", "2026-03-10", NULL, "2026-01-12",
	 "2026-03-10", true},
	{"sent on the day of both meetings that day", "2026-03-10", NULL,
	 "2026-03-10", "2026-03-10", true},
	{"sent after the meeting", "2026-03-11", NULL, "2026-01-12",
	 "2026-03-10", false},
	{"sent long before, still awaiting an answer", "2025-06-01", NULL,
	 "2026-01-12", "2026-03-10", true},
	{"sent before, answered between", "2025-11-03", "2026-02-01",
	 "2026-01-12", "2026-03-10", true},
	{"sent and answered before the previous meeting", "2025-11-03",
	 "2025-12-01", "2026-01-12", "2026-03-10", false},
	{"answered only after the meeting: still awaiting then", "2025-11-03",
	 "2026-03-11", "2026-01-12", "2026-03-10", true},
	{"no previous meeting: everything answered so far", "2024-05-01",
	 "2024-06-01", NULL, "2026-03-10", true},
	{"no date sent", NULL, NULL, NULL, "2026-03-10", false},
};

static void shown_case(void **state)
{
	const struct shown_case *c = *state;
	struct advice a;
	memset(&a, 0, sizeof a);
	a.sent_on = d(c->sent);
	a.response_due = a.sent_on;
	a.answered_on = d(c->answered);
	assert_int_equal(advice_shown_in_minutes(&a, d(c->previous),
						 d(c->day)),
			 c->shown);
}

/* ---- agenda order ------------------------------------------------------------- */

struct reorder_case {
	const char *name;
	size_t n, from, to;
	int64_t expect[5];
	bool ok;
};

static const struct reorder_case reorder_cases[] = {
	{"first to last", 4, 0, 3, {2, 3, 4, 1}, true},
	{"last to first", 4, 3, 0, {4, 1, 2, 3}, true},
	{"down one", 4, 1, 2, {1, 3, 2, 4}, true},
	{"up one", 4, 2, 1, {1, 3, 2, 4}, true},
	{"to its own place", 4, 2, 2, {1, 2, 3, 4}, true},
	{"a single item", 1, 0, 0, {1}, true},
	{"target out of range", 4, 0, 4, {0}, false},
	{"source out of range", 4, 5, 0, {0}, false},
};

static void reorder_case(void **state)
{
	const struct reorder_case *c = *state;
	const int64_t ids[5] = {1, 2, 3, 4, 5};
	int64_t out[5] = {0};
	assert_int_equal(agenda_reorder(ids, c->n, c->from, c->to, out), c->ok);
	if (c->ok)
		assert_memory_equal(out, c->expect, c->n * sizeof *out);
}

static void without_closes_up(void **state)
{
	(void)state;
	const int64_t ids[4] = {7, 8, 9, 10};
	int64_t out[4] = {0};
	const int64_t first[3] = {8, 9, 10}, middle[3] = {7, 9, 10},
		      last[3] = {7, 8, 9};
	assert_true(agenda_without(ids, 4, 0, out));
	assert_memory_equal(out, first, sizeof first);
	assert_true(agenda_without(ids, 4, 1, out));
	assert_memory_equal(out, middle, sizeof middle);
	assert_true(agenda_without(ids, 4, 3, out));
	assert_memory_equal(out, last, sizeof last);
	assert_false(agenda_without(ids, 4, 4, out));
	assert_true(agenda_without(ids, 1, 0, out));
}

/* ---- votes ---------------------------------------------------------------------- */

struct votes_case {
	const char *name, *text;
	bool ok;
	int in_favour, against, abstained;
};

static const struct votes_case votes_cases[] = {
	{"votes: for-against-abstained", "9-2-1", true, 9, 2, 1},
	{"votes: none against", "12-0-0", true, 12, 0, 0},
	{"votes: only abstentions", "0-0-3", true, 0, 0, 3},
	{"votes: the largest count", "1000-0-0", true, 1000, 0, 0},
	{"votes: leading zeros", "09-02-01", true, 9, 2, 1},
	{"votes: all zero", "0-0-0", false, 0, 0, 0},
	{"votes: two numbers", "9-2", false, 0, 0, 0},
	{"votes: four numbers", "9-2-1-0", false, 0, 0, 0},
	{"votes: too many", "1001-0-0", false, 0, 0, 0},
	{"votes: five digits", "00009-0-0", false, 0, 0, 0},
	{"votes: a sign", "+9-2-1", false, 0, 0, 0},
	{"votes: blanks", "9 - 2 - 1", false, 0, 0, 0},
	{"votes: trailing dash", "9-2-1-", false, 0, 0, 0},
	{"votes: slashes", "9/2/1", false, 0, 0, 0},
	{"votes: empty", "", false, 0, 0, 0},
	{"votes: words", "negen-twee-een", false, 0, 0, 0},
};

static void votes_case(void **state)
{
	const struct votes_case *c = *state;
	struct agenda_votes v = {false, -1, -1, -1};
	assert_int_equal(agenda_votes_parse(c->text, &v), c->ok);
	if (!c->ok) {
		assert_false(v.counted); /* nothing written */
		return;
	}
	assert_true(v.counted);
	assert_int_equal(v.in_favour, c->in_favour);
	assert_int_equal(v.against, c->against);
	assert_int_equal(v.abstained, c->abstained);
}

/* ---- meeting order and names --------------------------------------------------- */

static void meetings_sort_by_date_time_id(void **state)
{
	(void)state;
	struct meeting_key a = {d("2026-03-10"), 14 * 60, 5};
	struct meeting_key b = {d("2026-03-10"), 19 * 60, 2};
	struct meeting_key none = {d("2026-03-10"), -1, 1};
	struct meeting_key later = {d("2026-03-11"), 9 * 60, 1};
	struct meeting_key twin = {d("2026-03-10"), 14 * 60, 6};
	assert_true(meeting_key_compare(&a, &b) < 0);
	assert_true(meeting_key_compare(&b, &none) < 0);
	assert_true(meeting_key_compare(&none, &later) < 0);
	assert_true(meeting_key_compare(&a, &twin) < 0);
	assert_int_equal(meeting_key_compare(&twin, &twin), 0);
	assert_true(meeting_key_compare(&later, &a) > 0);
}

static void names_in_dutch_and_english(void **state)
{
	(void)state;
	enum agenda_topic topic;
	enum agenda_status status;
	enum action_status action;
	enum advice_kind kind;
	assert_true(agenda_topic_parse("Bejegening", &topic));
	assert_int_equal(topic, TOPIC_TREATMENT);
	assert_true(agenda_topic_parse(" letters/communication ", &topic));
	assert_int_equal(topic, TOPIC_LETTERS);
	assert_true(agenda_topic_parse("keeping agreements", &topic));
	assert_int_equal(topic, TOPIC_AGREEMENTS);
	assert_true(agenda_topic_parse("OVERIG", &topic));
	assert_int_equal(topic, TOPIC_OTHER);
	assert_false(agenda_topic_parse("weer", &topic));
	assert_false(agenda_topic_parse("", &topic));
	assert_true(agenda_status_parse("besproken", &status));
	assert_int_equal(status, AGENDA_DISCUSSED);
	assert_true(action_status_parse("vervallen", &action));
	assert_int_equal(action, ACTION_DROPPED);
	assert_true(advice_kind_parse("Ongevraagd", &kind));
	assert_int_equal(kind, ADVICE_UNSOLICITED);
	assert_false(advice_kind_parse("gevraagd?", &kind));
	assert_string_equal(agenda_topic_key(TOPIC_AGREEMENTS), "agreements");
	assert_string_equal(agenda_topic_label(TOPIC_LETTERS),
			    "letters/communication");
	assert_string_equal(advice_kind_key(ADVICE_SOLICITED), "solicited");
}

#define COUNT(a) (sizeof a / sizeof *a)
#define TABLE(cases, fn)                                                     \
	for (size_t i = 0; i < COUNT(cases); i++, n++) {                     \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = cases[i].name;                               \
		tests[n].initial_state = (void *)&cases[i];                  \
	}

int main(void)
{
	struct CMUnitTest tests[COUNT(action_cases) + COUNT(due_cases) +
			       COUNT(advice_cases) + COUNT(period_cases) +
			       COUNT(shown_cases) +
			       COUNT(reorder_cases) + COUNT(votes_cases) + 4];
	size_t n = 0;
	TABLE(action_cases, action_case)
	TABLE(due_cases, due_case)
	TABLE(advice_cases, advice_case)
	TABLE(period_cases, period_case)
	TABLE(shown_cases, shown_case)
	TABLE(reorder_cases, reorder_case)
	TABLE(votes_cases, votes_case)
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(status_on_a_day);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(without_closes_up);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		meetings_sort_by_date_time_id);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		names_in_dutch_and_english);
	return _cmocka_run_group_tests("record rules", tests, n, NULL, NULL);
}
