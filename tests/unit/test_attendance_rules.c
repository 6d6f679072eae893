/* test_attendance_rules.c — the attendance state machine, validation of a
 * new event against the log, and which moments a meeting takes events for.
 * Resolving and replaying the log: test_attendance_log.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "attendance_log.h"
#include "attendance_rules.h"
#include "event_script.h"

#define T(hhmm) script_time(hhmm)

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
	size_t n = att_resolve(raw, script_parse(c->log, raw), eff);
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
				       N_OF(check_cases) + N_OF(meeting_cases)];
	size_t n = 0;
	ADD_ROWS(transition_cases, run_transition_case);
	ADD_ROWS(check_cases, run_check_case);
	ADD_ROWS(meeting_cases, run_meeting_case);
	return _cmocka_run_group_tests("attendance_rules", tests, n, NULL, NULL);
}
