/* test_attendance_rules.c — the attendance state machine, validation of a
 * new event against the log, undo, and replaying the log. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "attendance_rules.h"
#include "event_script.h"

#define T(hhmm) script_time(hhmm)

static void reverse(struct att_event *events, size_t n)
{
	for (size_t i = 0; i < n / 2; i++) {
		struct att_event tmp = events[i];
		events[i] = events[n - 1 - i];
		events[n - 1 - i] = tmp;
	}
}

/* ---- att_transition: every state × every kind ------------------------------ */

struct transition_case {
	const char *name;
	enum presence from;
	enum att_kind kind;
	bool ok;
	enum presence to;
};

#define NONE PRESENCE_NONE
#define PRESENT PRESENCE_PRESENT
#define LEFT PRESENCE_LEFT
#define EXCUSED PRESENCE_EXCUSED

static const struct transition_case transition_cases[] = {
	{"transition: not arrived, check-in", NONE, ATT_IN, true, PRESENT},
	{"transition: not arrived, check-out refused", NONE, ATT_OUT, false, 0},
	{"transition: not arrived, excuse", NONE, ATT_EXCUSED, true, EXCUSED},
	{"transition: not arrived, undo refused", NONE, ATT_UNDO, false, 0},
	{"transition: present, check-in refused", PRESENT, ATT_IN, false, 0},
	{"transition: present, check-out", PRESENT, ATT_OUT, true, LEFT},
	{"transition: present, excuse refused", PRESENT, ATT_EXCUSED, false, 0},
	{"transition: present, undo refused", PRESENT, ATT_UNDO, false, 0},
	{"transition: left, check-in again", LEFT, ATT_IN, true, PRESENT},
	{"transition: left, check-out refused", LEFT, ATT_OUT, false, 0},
	{"transition: left, excuse refused", LEFT, ATT_EXCUSED, false, 0},
	{"transition: left, undo refused", LEFT, ATT_UNDO, false, 0},
	{"transition: excused, arrives anyway", EXCUSED, ATT_IN, true, PRESENT},
	{"transition: excused, check-out refused", EXCUSED, ATT_OUT, false, 0},
	{"transition: excused, excuse again refused", EXCUSED, ATT_EXCUSED,
	 false, 0},
	{"transition: excused, undo refused", EXCUSED, ATT_UNDO, false, 0},
};

static void run_transition_case(void **state)
{
	const struct transition_case *c = *state;
	enum presence to = (enum presence)99;
	assert_int_equal(att_transition(c->from, c->kind, &to), c->ok);
	assert_int_equal(to, c->ok ? c->to : (enum presence)99);
}

/* ---- att_check --------------------------------------------------------------- */

struct check_case {
	const char *name;
	const char *log;        /* event script */
	char kind;              /* '+', '-', 'x' */
	int64_t person;
	const char *at;
	enum att_verdict verdict;
	const char *conflict_at; /* NULL: 0 (or untouched when accepted) */
};

static const struct check_case check_cases[] = {
	{"check: first check-in", "", '+', 1, "19:00", ATT_ACCEPTED, NULL},
	{"check: others' events do not matter", "19:00 +2 +3 19:30 -2", '+', 1,
	 "19:40", ATT_ACCEPTED, NULL},
	{"check: check-in while present", "19:00 +1", '+', 1, "19:30",
	 ATT_ALREADY_PRESENT, "19:00"},
	{"check: check-in twice in the same minute", "19:00 +1", '+', 1,
	 "19:00", ATT_ALREADY_PRESENT, "19:00"},
	{"check: check-out of someone not arrived", "19:00 +2", '-', 1, "19:30",
	 ATT_NOT_PRESENT, NULL},
	{"check: check-out after leaving", "19:00 +1 19:30 -1", '-', 1, "20:00",
	 ATT_NOT_PRESENT, "19:30"},
	{"check: check-out of the excused", "18:00 x1", '-', 1, "20:00",
	 ATT_NOT_PRESENT, "18:00"},
	{"check: excuse twice", "18:00 x1", 'x', 1, "18:30",
	 ATT_ALREADY_EXCUSED, "18:00"},
	{"check: excuse someone present", "19:00 +1", 'x', 1, "20:00",
	 ATT_EXCUSE_ATTENDED, "19:00"},
	{"check: excuse someone who has left", "19:00 +1 19:30 -1", 'x', 1,
	 "20:00", ATT_EXCUSE_ATTENDED, "19:30"},
	{"check: excuse at the minute of the check-in", "19:00 +1", 'x', 1,
	 "19:00", ATT_EXCUSE_ATTENDED, "19:00"},
	{"check: back-dated excuse before a later check-in is fine", "20:00 +1",
	 'x', 1, "18:00", ATT_ACCEPTED, NULL},
	{"check: back-dated check-in before a later check-in", "20:00 +1", '+',
	 1, "19:30", ATT_CONFLICTS_LATER, "20:00"},
	{"check: back-dated check-out before a later check-out",
	 "19:00 +1 21:00 -1", '-', 1, "20:00", ATT_CONFLICTS_LATER, "21:00"},
	{"check: back-dated check-in between two visits",
	 "19:00 +1 19:30 -1 20:00 +1", '+', 1, "19:45", ATT_CONFLICTS_LATER,
	 "20:00"},
	{"check: back-dated excuse before a later excuse", "18:00 x1", 'x', 1,
	 "17:00", ATT_CONFLICTS_LATER, "18:00"},
	{"check: back-dated check-out while others arrive later",
	 "19:00 +1 20:00 +2", '-', 1, "19:30", ATT_ACCEPTED, NULL},
	{"check: re-entry at the minute of leaving goes after it",
	 "19:00 +1 19:30 -1", '+', 1, "19:30", ATT_ACCEPTED, NULL},
	{"check: damage before the new event is not its fault",
	 "19:00 +1 19:10 +1", '-', 1, "19:30", ATT_ACCEPTED, NULL},
};

static void run_check_case(void **state)
{
	const struct check_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	size_t n = att_effective(raw, script_parse(c->log, raw), eff);
	struct att_event cand = {
		.id = 1000, .person_id = c->person, .at = T(c->at),
		.kind = c->kind == '+' ? ATT_IN
			: c->kind == '-' ? ATT_OUT : ATT_EXCUSED,
		.role = ROLE_CLIENT, .municipality_id = c->person % 3 + 1};
	nl_time conflict = -12345;
	assert_int_equal(att_check(eff, n, &cand, &conflict), c->verdict);
	if (c->verdict == ATT_ACCEPTED)
		assert_int_equal(conflict, -12345);
	else
		assert_int_equal(conflict, c->conflict_at ? T(c->conflict_at) : 0);
	/* conflict_at may be NULL. */
	assert_int_equal(att_check(eff, n, &cand, NULL), c->verdict);
}

/* ---- att_effective ----------------------------------------------------------- */

struct effective_case {
	const char *name;
	const char *script;
	bool reversed;      /* hand the events over in reverse entry order */
	int64_t ids[8];     /* expected, 0-terminated */
};

static const struct effective_case effective_cases[] = {
	{"effective: empty log", "", false, {0}},
	{"effective: in entry order", "19:00 +1 +2 19:10 -1", false, {1, 2, 3, 0}},
	{"effective: undo row and its target removed", "19:00 +1 +2 u2", false,
	 {1, 0}},
	{"effective: two undos", "19:00 +1 19:10 -1 19:20 +1 u3 u2", false,
	 {1, 0}},
	{"effective: undone, then entered again", "19:00 +1 u1 19:05 +1", false,
	 {3, 0}},
	{"effective: sorted by time", "20:00 +1 19:30 +2 19:45 +3", false,
	 {2, 3, 1, 0}},
	{"effective: same time sorted by entry", "19:00 +3 +1 +2", false,
	 {1, 2, 3, 0}},
	{"effective: reversed input, same result", "20:00 +1 19:30 +2 u1 +3",
	 true, {2, 4, 0}},
	{"effective: reversed input with ties", "19:00 +3 +1 +2 19:10 -3", true,
	 {1, 2, 3, 4, 0}},
};

static void run_effective_case(void **state)
{
	const struct effective_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	size_t n = script_parse(c->script, raw), want = 0;
	if (c->reversed)
		reverse(raw, n);
	size_t k = att_effective(raw, n, eff);
	while (c->ids[want])
		want++;
	assert_int_equal(k, want);
	for (size_t i = 0; i < k; i++)
		assert_int_equal(eff[i].id, c->ids[i]);
}

/* ---- att_undo_target ------------------------------------------------------- */

struct undo_case {
	const char *name;
	const char *script;
	bool reversed;
	int64_t target;
};

static const struct undo_case undo_cases[] = {
	{"undo target: nothing to undo", "", false, 0},
	{"undo target: the latest entered", "19:00 +1 +2", false, 2},
	{"undo target: entry order, not time", "20:00 +1 19:00 +2", false, 2},
	{"undo target: one back after an undo", "19:00 +1 +2 u2", false, 1},
	{"undo target: chain back to nothing", "19:00 +1 +2 u2 u1", false, 0},
	{"undo target: an older undo does not shield the latest",
	 "19:00 +1 +2 u1 +3", false, 4},
	{"undo target: skips an undone event in the middle",
	 "19:00 +1 +2 +3 u2", false, 3},
	{"undo target: reversed input", "19:00 +1 +2 +3 u3", true, 2},
	{"undo target: reversed input, chain", "19:00 +1 +2 +3 u3 u2", true, 1},
};

static void run_undo_case(void **state)
{
	const struct undo_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS];
	size_t n = script_parse(c->script, raw);
	if (c->reversed)
		reverse(raw, n);
	assert_int_equal(att_undo_target(raw, n), c->target);
}

/* ---- replaying one person, and everyone at once ---------------------------- */

struct replay_case {
	const char *name;
	const char *script;
	int64_t person;
	const char *until;
	enum presence state;
	const char *since, *first_in, *last_out; /* NULL: 0 */
	int64_t minutes;
	int visits;
	bool has_events;
};

static const struct replay_case replay_cases[] = {
	{"replay: no events", "19:00 +2", 1, "21:00", NONE, NULL, NULL, NULL, 0,
	 0, false},
	{"replay: one visit", "19:00 +1 20:30 -1", 1, "21:00", LEFT, "20:30",
	 "19:00", "20:30", 90, 1, true},
	{"replay: still present counts up to until", "19:00 +1", 1, "21:00",
	 PRESENT, "19:00", "19:00", NULL, 120, 1, true},
	{"replay: until before arrival", "19:00 +1", 1, "18:00", NONE, NULL,
	 NULL, NULL, 0, 0, true},
	{"replay: until at the arrival", "20:00 +1", 1, "20:00", PRESENT,
	 "20:00", "20:00", NULL, 0, 1, true},
	{"replay: until at the departure counts it", "19:00 +1 20:00 -1", 1,
	 "20:00", LEFT, "20:00", "19:00", "20:00", 60, 1, true},
	{"replay: until between two visits",
	 "19:00 +1 20:00 -1 20:30 +1 21:00 -1", 1, "20:15", LEFT, "20:00",
	 "19:00", "20:00", 60, 1, true},
	{"replay: during the second visit",
	 "19:00 +1 20:00 -1 20:30 +1 21:00 -1", 1, "20:45", PRESENT, "20:30",
	 "19:00", "20:00", 75, 2, true},
	{"replay: two visits summed", "19:00 +1 20:00 -1 20:30 +1 21:00 -1", 1,
	 "22:00", LEFT, "21:00", "19:00", "21:00", 90, 2, true},
	{"replay: excused", "18:00 x1", 1, "21:00", EXCUSED, "18:00", NULL, NULL,
	 0, 0, true},
	{"replay: excused, then arrives", "18:00 x1 19:00 +1", 1, "20:00",
	 PRESENT, "19:00", "19:00", NULL, 60, 1, true},
	{"replay: refused events are skipped",
	 "19:00 +1 19:10 +1 19:20 -1 19:30 -1", 1, "21:00", LEFT, "19:20",
	 "19:00", "19:20", 20, 1, true},
	{"replay: excuse after attending is skipped",
	 "19:00 +1 19:30 -1 19:40 x1", 1, "21:00", LEFT, "19:30", "19:00",
	 "19:30", 30, 1, true},
	{"replay: back-dated events in time order", "20:00 -1 19:00 +1", 1,
	 "21:00", LEFT, "20:00", "19:00", "20:00", 60, 1, true},
	{"replay: undone check-out", "19:00 +1 20:00 -1 20:01 u2", 1, "21:00",
	 PRESENT, "19:00", "19:00", NULL, 120, 1, true},
	{"replay: other people ignored", "19:00 +1 +2 19:30 -2 +3", 2, "20:00",
	 LEFT, "19:30", "19:00", "19:30", 30, 1, true},
	{"replay: a guest like anyone", "19:00 +100 19:45 -100", 100, "21:00",
	 LEFT, "19:45", "19:00", "19:45", 45, 1, true},
};

static nl_time t_or_0(const char *hhmm)
{
	return hhmm ? T(hhmm) : 0;
}

static void expect_replay(const struct person_attendance *a,
			  const struct replay_case *c)
{
	assert_int_equal(a->person_id, c->person);
	assert_int_equal(a->state, c->state);
	assert_int_equal(a->since, t_or_0(c->since));
	assert_int_equal(a->first_in, t_or_0(c->first_in));
	assert_int_equal(a->last_out, t_or_0(c->last_out));
	assert_int_equal(a->seconds_present, c->minutes * 60);
	assert_int_equal(a->visits, c->visits);
}

static void run_replay_case(void **state)
{
	const struct replay_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	size_t n = att_effective(raw, script_parse(c->script, raw), eff);
	struct person_attendance a;
	memset(&a, 0x5A, sizeof a);
	att_replay_person(eff, n, c->person, T(c->until), &a);
	expect_replay(&a, c);
}

/* The same row through att_replay_all + att_find. */
static void run_replay_all_case(void **state)
{
	const struct replay_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	struct person_attendance all[SCRIPT_MAX_EVENTS], one;
	size_t n = att_effective(raw, script_parse(c->script, raw), eff);
	size_t people = att_replay_all(eff, n, T(c->until), all);
	assert_true(people <= n);
	for (size_t i = 1; i < people; i++)
		assert_true(all[i - 1].person_id < all[i].person_id);
	const struct person_attendance *found = att_find(all, people, c->person);
	if (!c->has_events) {
		assert_null(found);
		return;
	}
	assert_non_null(found);
	expect_replay(found, c);
	/* And everyone else agrees with a replay of their own. */
	for (size_t i = 0; i < people; i++) {
		att_replay_person(eff, n, all[i].person_id, T(c->until), &one);
		assert_int_equal(all[i].state, one.state);
		assert_int_equal(all[i].since, one.since);
		assert_int_equal(all[i].first_in, one.first_in);
		assert_int_equal(all[i].last_out, one.last_out);
		assert_int_equal(all[i].seconds_present, one.seconds_present);
		assert_int_equal(all[i].visits, one.visits);
	}
}

static void replay_all_sorts_people_by_id(void **state)
{
	(void)state;
	struct att_event raw[SCRIPT_MAX_EVENTS], eff[SCRIPT_MAX_EVENTS];
	struct person_attendance all[SCRIPT_MAX_EVENTS];
	size_t n = att_effective(
		raw, script_parse("19:00 +42 +7 +100 x13 19:30 -7 +5 u6", raw),
		eff);
	size_t people = att_replay_all(eff, n, T("21:00"), all);
	static const int64_t ids[] = {7, 13, 42, 100};
	assert_int_equal(people, 4); /* 5's only event was undone */
	for (size_t i = 0; i < people; i++)
		assert_int_equal(all[i].person_id, ids[i]);
	assert_null(att_find(all, people, 5));
	assert_null(att_find(all, people, 1));
	assert_null(att_find(all, people, 1000));
	assert_int_equal(att_find(all, people, 13)->state, EXCUSED);
	assert_int_equal(att_find(all, people, 7)->state, LEFT);
}

static void replay_all_of_nothing(void **state)
{
	(void)state;
	struct person_attendance all[1];
	assert_int_equal(att_replay_all(NULL, 0, T("21:00"), all), 0);
	assert_null(att_find(all, 0, 1));
}

/* ---- does the meeting still take events? ---------------------------------- */

struct meeting_case {
	const char *name;
	enum meeting_status status;
	const char *closed;       /* HH:MM, NULL: not closed */
	bool approved;
	enum att_kind kind;
	const char *at;
	enum att_meeting_verdict verdict;
	const char *moved_to;     /* where *at_out lands (NULL: at itself) */
};

static const struct meeting_case meeting_cases[] = {
	{"planned meeting takes a check-in", MEETING_PLANNED, NULL, false,
	 ATT_IN, "19:00", ATT_MEETING_ACCEPTS, NULL},
	{"open meeting takes a check-out", MEETING_OPEN, NULL, false, ATT_OUT,
	 "21:00", ATT_MEETING_ACCEPTS, NULL},
	{"closed: a correction before the close", MEETING_CLOSED, "21:00",
	 false, ATT_IN, "20:00", ATT_MEETING_ACCEPTS, NULL},
	{"closed: at the very minute of the close", MEETING_CLOSED, "21:00",
	 false, ATT_OUT, "21:00", ATT_MEETING_ACCEPTS, NULL},
	{"closed: a check-in after the close", MEETING_CLOSED, "21:00", false,
	 ATT_IN, "21:01", ATT_MEETING_AFTER_CLOSE, NULL},
	{"closed: a check-out after the close", MEETING_CLOSED, "21:00", false,
	 ATT_OUT, "22:30", ATT_MEETING_AFTER_CLOSE, NULL},
	{"closed: a late excuse counts as of the close", MEETING_CLOSED,
	 "21:00", false, ATT_EXCUSED, "22:30", ATT_MEETING_ACCEPTS, "21:00"},
	{"closed: an undo after the close", MEETING_CLOSED, "21:00", false,
	 ATT_UNDO, "22:30", ATT_MEETING_ACCEPTS, NULL},
	{"approved: no correction, even before the close", MEETING_CLOSED,
	 "21:00", true, ATT_IN, "20:00", ATT_MEETING_APPROVED, NULL},
	{"approved: no excuse", MEETING_CLOSED, "21:00", true, ATT_EXCUSED,
	 "22:00", ATT_MEETING_APPROVED, NULL},
	{"approved: no undo", MEETING_CLOSED, "21:00", true, ATT_UNDO, "22:00",
	 ATT_MEETING_APPROVED, NULL},
};

static void run_meeting_case(void **state)
{
	const struct meeting_case *c = *state;
	struct meeting m = {.id = 1, .date = {2026, 3, 10}, .status = c->status};
	nl_time moved = 0;
	if (c->closed)
		m.closed_at = T(c->closed);
	if (c->approved)
		m.minutes_approved = (struct nl_date){2026, 6, 2};
	assert_int_equal(att_meeting_accepts(&m, c->kind, T(c->at), &moved),
			 c->verdict);
	assert_int_equal(moved, T(c->moved_to ? c->moved_to : c->at));
}

/* ---- the table runner ------------------------------------------------------ */

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define ADD_ROWS(table, fn)                                                  \
	for (size_t i = 0; i < N_OF(table); i++, n++) {                      \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = table[i].name;                               \
		tests[n].initial_state = (void *)&table[i];                  \
	}

int main(void)
{
	static struct CMUnitTest tests[N_OF(transition_cases) +
				       N_OF(check_cases) +
				       N_OF(effective_cases) + N_OF(undo_cases) +
				       2 * N_OF(replay_cases) +
				       N_OF(meeting_cases) + 8];
	static char all_names[N_OF(replay_cases)][128];
	size_t n = 0;
	ADD_ROWS(transition_cases, run_transition_case);
	ADD_ROWS(check_cases, run_check_case);
	ADD_ROWS(effective_cases, run_effective_case);
	ADD_ROWS(undo_cases, run_undo_case);
	ADD_ROWS(replay_cases, run_replay_case);
	ADD_ROWS(meeting_cases, run_meeting_case);
	for (size_t i = 0; i < N_OF(replay_cases); i++, n++) {
		snprintf(all_names[i], sizeof all_names[i], "%s (replay_all)",
			 replay_cases[i].name);
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_replay_all_case);
		tests[n].name = all_names[i];
		tests[n].initial_state = (void *)&replay_cases[i];
	}
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		replay_all_sorts_people_by_id);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(replay_all_of_nothing);
	return _cmocka_run_group_tests("attendance_rules", tests, n, NULL, NULL);
}
