/* test_corrections.c — every refusal of the corrections of issue 14
 * through the core API on a real database, one table row per case:
 * striking, moving and clearing attendance, editing, cancelling, removing
 * and closing a meeting.  Each row starts from a fresh body (clients 1-3,
 * meeting 1 on 2026-03-10 19:00, quorum 2, the clock at 22:00), runs its
 * set-up script and then the one call that must be refused, with the start
 * of the message the user reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agenda.h"
#include "attendance.h"
#include "meetings.h"
#include "members.h"
#include "store.h"

enum op { STRIKE, RETIME, CLEAR, EDIT_DATE, CANCEL, REMOVE, CLOSE_AT };

struct correction_case {
	const char *name;
	/* Words: +P@HH:MM in, -P@HH:MM out, sE strike event E, close@HH:MM,
	 * approve, agenda (adds an item). */
	const char *setup;
	enum op op;
	int64_t target;      /* event or person id */
	const char *at;      /* HH:MM for a retime or a close */
	enum nl_status status;
	const char *message; /* its start */
};

static const struct correction_case cases[] = {
	{"strike: a check-in whose check-out stands", "+1@19:05 -1@20:00",
	 STRIKE, 1, NULL, NL_ERR_REFUSED,
	 "striking event 1 would leave P1's check-out at 20:00 (event 2) "
	 "without a check-in: strike event 2 too, or use attendance clear"},
	{"strike: an event that does not exist", "+1@19:05", STRIKE, 9, NULL,
	 NL_ERR_NOTFOUND, "no attendance event with id 9"},
	{"strike: a correction itself", "+1@19:05 +2@19:06 s2", STRIKE, 3,
	 NULL, NL_ERR_REFUSED, "event 3 is itself a correction"},
	{"strike: an event already struck", "+1@19:05 +2@19:06 s2", STRIKE, 2,
	 NULL, NL_ERR_REFUSED, "event 2 is no longer in force"},
	{"strike: once the minutes are approved",
	 "+1@19:05 close@21:00 approve", STRIKE, 1, NULL, NL_ERR_REFUSED,
	 "the minutes of meeting 1 were approved on"},
	{"retime: after the person's next event", "+1@19:05 -1@20:00", RETIME,
	 1, "20:30", NL_ERR_REFUSED, "event 1 cannot move to 20:30: that is "
	 "after P1's check-out at 20:00 (event 2)"},
	{"retime: before the person's previous event", "+1@19:05 -1@20:00",
	 RETIME, 2, "19:00", NL_ERR_REFUSED, "event 2 cannot move to 19:00: "
	 "that is before P1's check-in at 19:05 (event 1)"},
	{"retime: into the future", "+1@19:05", RETIME, 1, "22:30",
	 NL_ERR_INVALID, "that time is in the future"},
	{"retime: after the close", "+1@19:05 close@21:00", RETIME, 1, "21:30",
	 NL_ERR_REFUSED, "meeting 1 was closed at 21:00"},
	{"retime: once the minutes are approved",
	 "+1@19:05 close@21:00 approve", RETIME, 1, "19:10", NL_ERR_REFUSED,
	 "the minutes of meeting 1 were approved on"},
	{"clear: a person without events", "+1@19:05", CLEAR, 2, NULL,
	 NL_ERR_REFUSED, "P2 has nothing recorded at meeting 1"},
	{"clear: once the minutes are approved",
	 "+1@19:05 close@21:00 approve", CLEAR, 1, NULL, NL_ERR_REFUSED,
	 "the minutes of meeting 1 were approved on"},
	{"edit: the date once attendance is recorded", "+1@19:05", EDIT_DATE,
	 1, NULL, NL_ERR_REFUSED,
	 "attendance is recorded for meeting 1, so its date cannot change"},
	{"cancel: with attendance in force", "+1@19:05", CANCEL, 1, NULL,
	 NL_ERR_REFUSED, "attendance is recorded for meeting 1; a cancelled "
	 "meeting has none"},
	{"remove: with an agenda", "agenda", REMOVE, 1, NULL, NL_ERR_REFUSED,
	 "meeting 1 has 1 agenda item; only a meeting with nothing recorded "
	 "can be removed"},
	{"close: in the future", "+1@19:05", CLOSE_AT, 1, "23:00",
	 NL_ERR_INVALID,
	 "that time is in the future; a meeting is closed when it ends"},
	{"close: before the last event in force", "+1@19:05 -1@21:00",
	 CLOSE_AT, 1, "20:30", NL_ERR_INVALID,
	 "attendance of meeting 1 is recorded up to 21:00; it cannot close "
	 "before that"},
};

static struct {
	char dir[256];
	char path[300];
	struct store *store;
	nl_time now;
} F;

static nl_time at(const char *hhmm)
{
	int minutes;
	assert_true(nl_parse_hhmm(hhmm, &minutes));
	return nl_time_from((struct nl_date){2026, 3, 10}, minutes);
}

static int setup(void **state)
{
	(void)state;
	struct nl_error err = {0};
	struct meeting_input meeting = {{2026, 3, 10}, 19 * 60, NULL, NULL, 2};
	int64_t id;
	snprintf(F.dir, sizeof F.dir, "%s/notulist-corrections-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(F.dir))
		return -1;
	snprintf(F.path, sizeof F.path, "%s/t.db", F.dir);
	F.now = at("22:00");
	if (store_open(F.path, &F.store, NULL, &err) != NL_OK ||
	    municipality_add(F.store, "Aa", 1, F.now, &id, &err) != NL_OK)
		return -1;
	for (int i = 1; i <= 3; i++) {
		char name[8];
		snprintf(name, sizeof name, "P%d", i);
		struct member_input in = {.name = name, .municipality = "Aa",
					  .role = ROLE_CLIENT};
		if (member_add(F.store, &in, F.now, &id, &err) != NL_OK)
			return -1;
	}
	return meeting_add(F.store, &meeting, F.now, &id, &err) == NL_OK ? 0
									 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char side[320];
	store_close(F.store);
	unlink(F.path);
	snprintf(side, sizeof side, "%s-wal", F.path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", F.path);
	unlink(side);
	rmdir(F.dir);
	return 0;
}

static void run_setup(const char *script)
{
	char buf[256], *save = NULL;
	struct nl_error err = {0};
	struct att_outcome out;
	struct meeting m;
	snprintf(buf, sizeof buf, "%s", script);
	for (char *w = strtok_r(buf, " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		enum nl_status status;
		if (*w == '+' || *w == '-') {
			status = attendance_record(
				F.store, 1, strtol(w + 1, NULL, 10),
				*w == '+' ? ATT_IN : ATT_OUT,
				at(strchr(w, '@') + 1), F.now, &out, &err);
		} else if (*w == 's') {
			status = attendance_strike(F.store,
						   strtol(w + 1, NULL, 10),
						   F.now, &out, &err);
		} else if (strncmp(w, "close@", 6) == 0) {
			status = meeting_close(F.store, 1, at(w + 6), F.now, &m,
					       &err);
		} else if (strcmp(w, "approve") == 0) {
			status = meeting_approve_minutes(
				F.store, 1, (struct nl_date){2026, 3, 10},
				F.now, &m, &err);
		} else {
			struct agenda_input in = {"Brieven", TOPIC_OTHER, NULL};
			status = agenda_add(F.store, 1, &in, F.now, NULL, &err);
		}
		if (status != NL_OK)
			fail_msg("set-up %s: %s", w, err.message);
	}
}

static enum nl_status run_op(const struct correction_case *c,
			     struct nl_error *err)
{
	struct att_outcome out;
	struct meeting m;
	struct nl_date day = {2026, 3, 11};
	struct meeting_changes change = {&day, -2, NULL, NULL, 0};
	switch (c->op) {
	case STRIKE:
		return attendance_strike(F.store, c->target, F.now, &out, err);
	case RETIME:
		return attendance_retime(F.store, c->target, at(c->at), F.now,
					 &out, err);
	case CLEAR:
		return attendance_clear(F.store, 1, c->target, false, F.now,
					&out, err);
	case EDIT_DATE:
		return meeting_edit(F.store, c->target, &change, F.now, &m,
				    err);
	case CANCEL:
		return meeting_cancel(F.store, c->target, F.now, &m, err);
	case REMOVE:
		return meeting_remove(F.store, c->target, &m, err);
	case CLOSE_AT:
		return meeting_close(F.store, c->target, at(c->at), F.now, &m,
				     err);
	}
	return NL_OK;
}

static void refusal_case(void **state)
{
	const struct correction_case *c = *state;
	struct nl_error err = {0};
	assert_int_equal(setup(NULL), 0);
	run_setup(c->setup);
	enum nl_status status = run_op(c, &err);
	if (status != c->status ||
	    strncmp(err.message, c->message, strlen(c->message)) != 0)
		print_message("got %d: %s\n", status, err.message);
	assert_int_equal(status, c->status);
	assert_true(strncmp(err.message, c->message, strlen(c->message)) ==
		    0);
	teardown(NULL);
}

#define COUNT(a) (sizeof a / sizeof *a)

int main(void)
{
	struct CMUnitTest tests[COUNT(cases)];
	for (size_t i = 0; i < COUNT(cases); i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test(refusal_case);
		tests[i].name = cases[i].name;
		tests[i].initial_state = (void *)&cases[i];
	}
	return _cmocka_run_group_tests("corrections refused", tests,
				       COUNT(cases), NULL, NULL);
}
