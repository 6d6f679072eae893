/* test_attendance_log.c — which events of the log are in force (undo,
 * damaged corrections, late entries), what undo and close take from it,
 * appending to it, and the one replay of it per person, table by table.
 * The quorum side of the replay: test_quorum.c; random logs against plain
 * reference readings: test_effective_log.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "attendance_log.h"
#include "attendance_replay.h"
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

/* A log as the store would hand it over, built by appending each event of
 * the script in turn, as attendance.c does after writing one. */
static void log_of(const char *script, struct att_log *log)
{
	struct att_event raw[SCRIPT_MAX_EVENTS];
	size_t n = script_parse(script, raw);
	memset(log, 0, sizeof *log);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(att_log_append(log, &raw[i], NULL), NL_OK);
}

/* ---- in force ------------------------------------------------------------- */

struct in_force_case {
	const char *name;
	const char *script;
	bool reversed;      /* hand the events over in reverse entry order */
	int64_t ids[8];     /* expected, 0-terminated */
};

static const struct in_force_case in_force_cases[] = {
	{"in force: empty log", "", false, {0}},
	{"in force: in entry order", "19:00 +1 +2 19:10 -1", false,
	 {1, 2, 3, 0}},
	{"in force: undo row and its target removed", "19:00 +1 +2 u2", false,
	 {1, 0}},
	{"in force: two undos", "19:00 +1 19:10 -1 19:20 +1 u3 u2", false,
	 {1, 0}},
	{"in force: undone, then entered again", "19:00 +1 u1 19:05 +1", false,
	 {3, 0}},
	{"in force: an undone excuse", "18:00 x1 19:00 +2 u1", false, {2, 0}},
	{"in force: an excuse, then arriving anyway", "18:00 x1 19:00 +1",
	 false, {1, 2, 0}},
	{"in force: late entries sorted by time", "20:00 +1 19:30 +2 19:45 +3",
	 false, {2, 3, 1, 0}},
	{"in force: same time sorted by entry", "19:00 +3 +1 +2", false,
	 {1, 2, 3, 0}},
	{"in force: a late entry before an earlier one's time",
	 "19:00 +1 20:00 -1 19:30 +2", false, {1, 3, 2, 0}},
	{"in force: reversed input, same result", "20:00 +1 19:30 +2 u1 +3",
	 true, {2, 4, 0}},
	{"in force: reversed input with ties", "19:00 +3 +1 +2 19:10 -3", true,
	 {1, 2, 3, 4, 0}},
	/* A correction of a correction, of what is already out of force, of
	 * nothing or of a later entry is a damaged log: it does nothing. */
	{"in force: an undo of an undo does nothing", "19:00 +1 +2 u2 u3",
	 false, {1, 0}},
	{"in force: undoing the same event twice", "19:00 +1 +2 u2 u2", false,
	 {1, 0}},
	{"in force: an undo of nothing does nothing", "19:00 +1 u0", false,
	 {1, 0}},
	{"in force: an undo of a later entry does nothing", "19:00 u2 +1",
	 false, {2, 0}},
	/* Issue 14: corrections that leave the later events alone. */
	{"in force: a strike takes one event out", "19:00 +1 +2 +3 21:00 s2",
	 false, {1, 3, 0}},
	{"in force: a strike of a correction does nothing",
	 "19:00 +1 +2 s2 s3", false, {1, 0}},
	{"in force: striking twice is striking once", "19:00 +1 +2 s2 s2",
	 false, {1, 0}},
	{"in force: an undone strike brings the event back",
	 "19:00 +1 +2 s2 u3", false, {1, 2, 0}},
	{"in force: a retime moves the event in time",
	 "19:00 +1 +2 19:30 -1 19:05 t1", false, {2, 1, 3, 0}},
	{"in force: the latest retime counts", "19:00 +1 +2 19:30 t1 18:50 t1",
	 false, {1, 2, 0}},
	{"in force: an undone retime puts it back",
	 "19:00 +1 +2 19:30 t1 u3", false, {1, 2, 0}},
	{"in force: a retime of a struck event does nothing",
	 "19:00 +1 +2 s1 19:30 t1", false, {2, 0}},
	{"in force: a strike of an undone event does nothing",
	 "19:00 +1 +2 u1 s1", false, {2, 0}},
	{"in force: undoing a command undoes all its rows",
	 "19:00 +1 +1 19:30 -1 s1 s3^4 u4", false, {1, 2, 3, 0}},
	{"in force: a command of strikes", "19:00 +1 +2 19:30 -1 s1 s3^4",
	 false, {2, 0}},
	/* A visit under a minute (a double key press) counts nowhere. */
	{"in force: in and out in the same minute is void",
	 "19:00 +1 +2 19:00:20 -1", false, {2, 0}},
	{"in force: a minute's visit counts", "19:00 +1 19:01 -1", false,
	 {1, 2, 0}},
	{"in force: a void visit, then checked in again",
	 "19:25 +1 19:25:05 -1 19:25:10 +1", false, {3, 0}},
	{"in force: only the short second visit is void",
	 "19:00 +1 20:00 -1 20:10 +1 20:10:30 -1", false, {1, 2, 0}},
	{"in force: a retime can make a visit void",
	 "19:00 +1 20:00 -1 19:00:30 t2", false, {0}},
	{"in force: undoing the check-out of a void visit",
	 "19:25 +1 19:25:03 -1 u2", false, {1, 0}},
	/* Issue 18: no qsort (a merge sort of keys, a table per person for
	 * the void visits): people interleaved, entered out of time order. */
	{"in force: interleaved people, two void visits",
	 "20:00 +1 19:00 +2 19:30 +3 19:00:10 -2 20:30 -1 19:10 +4 "
	 "19:10:30 -4 19:05 +5", false, {8, 3, 1, 5, 0}},
	{"in force: interleaved people, reversed input",
	 "20:00 +1 19:00 +2 19:30 +3 19:00:10 -2 20:30 -1 19:10 +4 "
	 "19:10:30 -4 19:05 +5", true, {8, 3, 1, 5, 0}},
};

static void expect_ids(const struct att_event *events, size_t n,
		       const int64_t *ids)
{
	size_t want = 0;
	while (ids[want])
		want++;
	assert_int_equal(n, want);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(events[i].id, ids[i]);
}

static void run_in_force_case(void **state)
{
	const struct in_force_case *c = *state;
	struct att_event raw[SCRIPT_MAX_EVENTS], out[SCRIPT_MAX_EVENTS];
	size_t n = script_parse(c->script, raw);
	if (c->reversed)
		reverse(raw, n);
	expect_ids(out, att_resolve(raw, n, out), c->ids);
}

/* Appending event by event keeps the log as resolving it whole would. */
static void run_append_case(void **state)
{
	const struct in_force_case *c = *state;
	struct att_log log;
	log_of(c->script, &log);
	expect_ids(log.in_force, log.n_in_force, c->ids);
	att_log_free(&log);
}

/* ---- what undo and close take from the log ------------------------------- */

struct log_case {
	const char *name;
	const char *script;
	int64_t undo_target;   /* 0: nothing to undo */
	const char *last;      /* last event in force; NULL: none */
};

static const struct log_case log_cases[] = {
	{"undo/close: nothing recorded", "", 0, NULL},
	{"undo/close: the latest entered", "19:00 +1 +2", 2, "19:00"},
	{"undo: entry order, not time", "20:00 +1 19:00 +2", 2, "20:00"},
	{"undo: one back after an undo", "19:00 +1 19:10 +2 u2", 1, "19:00"},
	{"undo: chain back to nothing", "19:00 +1 +2 u2 u1", 0, NULL},
	{"undo: an older undo does not shield the latest",
	 "19:00 +1 +2 u1 +3", 4, "19:00"},
	{"undo: skips an undone event in the middle", "19:00 +1 +2 +3 u2", 3,
	 "19:00"},
	{"undo: an excuse is undone like the rest", "18:00 x1 19:00 +2 18:30 x3",
	 3, "19:00"},
	/* Issue 13: a meeting closed afterwards ends at its last event in
	 * force, not at a check-in that was undone. */
	{"close: an undone late check-in is not the end",
	 "19:05 +1 23:30 +2 u2", 1, "19:05"},
	{"close: a back-dated check-out is the end",
	 "19:00 +1 +2 21:00 -2 20:40 -1", 4, "21:00"},
	{"close: an excuse counts as recorded", "19:00 +1 21:10 x2", 2,
	 "21:10"},
	/* Issue 14: undo takes back the latest command, corrections too. */
	{"undo: a strike is undone first", "19:00 +1 +2 21:00 s1", 3, "19:00"},
	{"undo: a retime is undone first", "19:00 +1 +2 19:30 t1", 3, "19:30"},
	{"undo: after undoing a strike, the event before it",
	 "19:00 +1 +2 s1 u3", 2, "19:00"},
	{"undo: a command of several rows is undone as one",
	 "19:00 +1 19:30 -1 21:00 s1 s2^3", 3, NULL},
	{"undo: the check-out of a void visit is in force for undo",
	 "19:25 +1 19:25:03 -1", 2, NULL},
	{"close: a retimed event ends the meeting later",
	 "19:00 +1 20:00 -1 21:00 t2", 3, "21:00"},
};

static void run_log_case(void **state)
{
	const struct log_case *c = *state;
	struct att_log log;
	log_of(c->script, &log);
	const struct att_event *target = att_log_undo_target(&log);
	assert_int_equal(target ? target->id : 0, c->undo_target);
	assert_int_equal(att_log_last_in_force(&log), c->last ? T(c->last) : 0);
	att_log_free(&log);
}

/* ---- the replay, one person at a time ------------------------------------- */

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

#define NONE PRESENCE_NONE
#define PRESENT PRESENCE_PRESENT
#define LEFT PRESENCE_LEFT
#define EXCUSED PRESENCE_EXCUSED

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
	{"replay: an undone excuse leaves no record", "18:00 x1 18:05 u1", 1,
	 "21:00", NONE, NULL, NULL, NULL, 0, 0, false},
	{"replay: refused events are skipped",
	 "19:00 +1 19:10 +1 19:20 -1 19:30 -1", 1, "21:00", LEFT, "19:20",
	 "19:00", "19:20", 20, 1, true},
	{"replay: excuse after attending is skipped",
	 "19:00 +1 19:30 -1 19:40 x1", 1, "21:00", LEFT, "19:30", "19:00",
	 "19:30", 30, 1, true},
	{"replay: late entries in time order", "20:00 -1 19:00 +1", 1, "21:00",
	 LEFT, "20:00", "19:00", "20:00", 60, 1, true},
	{"replay: undone check-out", "19:00 +1 20:00 -1 20:01 u2", 1, "21:00",
	 PRESENT, "19:00", "19:00", NULL, 120, 1, true},
	{"replay: other people ignored", "19:00 +1 +2 19:30 -2 +3", 2, "20:00",
	 LEFT, "19:30", "19:00", "19:30", 30, 1, true},
	{"replay: a guest like anyone", "19:00 +100 19:45 -100", 100, "21:00",
	 LEFT, "19:45", "19:00", "19:45", 45, 1, true},
	/* A closed meeting is replayed up to its close: what was recorded
	 * for later moments does not count. */
	{"replay: at the close, still present", "19:00 +1 21:30 -1", 1, "21:00",
	 PRESENT, "19:00", "19:00", NULL, 120, 1, true},
	{"replay: arriving after the close", "21:30 +1", 1, "21:00", NONE,
	 NULL, NULL, NULL, 0, 0, true},
	/* Issue 14: present 19:25–19:25 by a double key press is not
	 * present: excused may follow, nobody counts them. */
	{"replay: a void visit is no visit", "19:25 +1 19:25:02 -1", 1, "21:00",
	 NONE, NULL, NULL, NULL, 0, 0, false},
	{"replay: excused after a void visit", "19:25 +1 19:25:02 -1 19:30 x1",
	 1, "21:00", EXCUSED, "19:30", NULL, NULL, 0, 0, true},
	{"replay: a retimed check-out", "19:00 +1 21:00 -1 21:05 20:30 t2", 1,
	 "22:00", LEFT, "20:30", "19:00", "20:30", 90, 1, true},
	{"replay: a struck check-in with its check-out",
	 "19:00 +1 20:00 -1 21:00 s1 s2^3", 1, "22:00", NONE, NULL, NULL, NULL,
	 0, 0, false},
};

static nl_time t_or_0(const char *hhmm)
{
	return hhmm ? T(hhmm) : 0;
}

/* The plain reading: one person's events in time order, up to `until`. */
static void reference_person(const struct att_event *in_force, size_t n,
			     int64_t person, nl_time until,
			     struct person_attendance *a)
{
	enum presence next;
	att_not_arrived(person, a);
	for (size_t i = 0; i < n; i++) {
		const struct att_event *e = &in_force[i];
		if (e->person_id != person || e->at > until ||
		    !att_transition(a->state, e->kind, &next))
			continue;
		if (next == PRESENCE_PRESENT && a->visits++ == 0)
			a->first_in = e->at;
		if (next == PRESENCE_LEFT) {
			a->seconds_present += e->at - a->since;
			a->last_out = e->at;
		}
		a->state = next;
		a->since = e->at;
	}
	if (a->state == PRESENCE_PRESENT && until > a->since)
		a->seconds_present += until - a->since;
}

static void expect_same(const struct person_attendance *a,
			const struct person_attendance *b)
{
	assert_int_equal(a->person_id, b->person_id);
	assert_int_equal(a->state, b->state);
	assert_int_equal(a->since, b->since);
	assert_int_equal(a->first_in, b->first_in);
	assert_int_equal(a->last_out, b->last_out);
	assert_int_equal(a->seconds_present, b->seconds_present);
	assert_int_equal(a->visits, b->visits);
}

static void run_replay_case(void **state)
{
	const struct replay_case *c = *state;
	struct att_log log;
	struct att_replay r = {0};
	struct person_attendance one;
	log_of(c->script, &log);
	assert_int_equal(att_replay(log.in_force, log.n_in_force,
				    ROLE_MASK_DEFAULT, 3, T(c->until), &r, NULL),
			 NL_OK);
	for (size_t i = 1; i < r.n_people; i++)
		assert_true(r.people[i - 1].person_id < r.people[i].person_id);
	const struct person_attendance *a = att_find(r.people, r.n_people,
						     c->person);
	assert_int_equal(a != NULL, c->has_events);
	if (!a) {
		att_not_arrived(c->person, &one);
		a = &one;
	}
	assert_int_equal(a->person_id, c->person);
	assert_int_equal(a->state, c->state);
	assert_int_equal(a->since, t_or_0(c->since));
	assert_int_equal(a->first_in, t_or_0(c->first_in));
	assert_int_equal(a->last_out, t_or_0(c->last_out));
	assert_int_equal(a->seconds_present, c->minutes * 60);
	assert_int_equal(a->visits, c->visits);
	/* Everyone else agrees with a replay of their own. */
	for (size_t i = 0; i < r.n_people; i++) {
		reference_person(log.in_force, log.n_in_force,
				 r.people[i].person_id, T(c->until), &one);
		expect_same(&r.people[i], &one);
	}
	att_replay_free(&r);
	att_log_free(&log);
}

static void replay_sorts_people_by_id(void **state)
{
	(void)state;
	struct att_log log;
	struct att_replay r = {0};
	log_of("19:00 +42 +7 +100 x13 19:30 -7 +5 u6", &log);
	assert_int_equal(att_replay(log.in_force, log.n_in_force,
				    ROLE_MASK_DEFAULT, 3, T("21:00"), &r, NULL),
			 NL_OK);
	static const int64_t ids[] = {7, 13, 42, 100};
	assert_int_equal(r.n_people, 4); /* 5's only event was undone */
	for (size_t i = 0; i < r.n_people; i++)
		assert_int_equal(r.people[i].person_id, ids[i]);
	assert_null(att_find(r.people, r.n_people, 5));
	assert_null(att_find(r.people, r.n_people, 1));
	assert_null(att_find(r.people, r.n_people, 1000));
	assert_int_equal(att_find(r.people, r.n_people, 13)->state, EXCUSED);
	assert_int_equal(att_find(r.people, r.n_people, 7)->state, LEFT);
	att_replay_free(&r);
	att_log_free(&log);
}

/* A struct replayed again (an export, meeting after meeting) holds only
 * the second log's answer, and a fitted one can be reused too. */
static void replay_reuses_its_arrays(void **state)
{
	(void)state;
	struct att_log big, small;
	struct att_replay r = {0};
	log_of("19:00 +1 +2 +3 +4 +5 19:30 -1 -2 -3", &big);
	log_of("19:00 +9", &small);
	assert_int_equal(att_replay(big.in_force, big.n_in_force,
				    ROLE_MASK_DEFAULT, 3, T("21:00"), &r, NULL),
			 NL_OK);
	assert_int_equal(r.n_people, 5);
	assert_int_equal(r.timeline.n_lapses, 1);
	att_replay_fit(&r);
	assert_int_equal(att_replay(small.in_force, small.n_in_force,
				    ROLE_MASK_DEFAULT, 3, T("21:00"), &r, NULL),
			 NL_OK);
	assert_int_equal(r.n_people, 1);
	assert_int_equal(r.people[0].person_id, 9);
	assert_int_equal(r.timeline.n_changes, 1);
	assert_int_equal(r.timeline.n_lapses, 0);
	assert_int_equal(r.timeline.peak, 1);
	assert_int_equal(r.quorum.present, 1);
	assert_int_equal(att_replay(big.in_force, big.n_in_force,
				    ROLE_MASK_DEFAULT, 3, T("21:00"), &r, NULL),
			 NL_OK);
	assert_int_equal(r.n_people, 5);
	att_replay_free(&r);
	att_log_free(&big);
	att_log_free(&small);
}

static void replay_of_nothing(void **state)
{
	(void)state;
	struct att_replay r = {0};
	assert_int_equal(att_replay(NULL, 0, ROLE_MASK_DEFAULT, 3, T("21:00"),
				    &r, NULL),
			 NL_OK);
	assert_int_equal(r.n_people, 0);
	assert_int_equal(r.timeline.n_changes, 0);
	assert_int_equal(r.quorum.present, 0);
	assert_false(r.quorum.met);
	att_replay_free(&r);
}

static void kinds_are_presence_or_correction(void **state)
{
	(void)state;
	assert_true(att_kind_is_presence(ATT_IN));
	assert_true(att_kind_is_presence(ATT_OUT));
	assert_true(att_kind_is_presence(ATT_EXCUSED));
	assert_false(att_kind_is_presence(ATT_UNDO));
	assert_false(att_kind_is_presence(ATT_STRIKE));
	assert_false(att_kind_is_presence(ATT_RETIME));
	assert_false(att_kind_is_presence(ATT_KIND_COUNT));
	assert_true(att_kind_is_correction(ATT_UNDO));
	assert_true(att_kind_is_correction(ATT_STRIKE));
	assert_true(att_kind_is_correction(ATT_RETIME));
	assert_false(att_kind_is_correction(ATT_IN));
	assert_false(att_kind_is_correction(ATT_KIND_COUNT));
}

/* What became of each row: the `attendance list` reads it. */
static void rows_say_what_became_of_each_event(void **state)
{
	(void)state;
	struct att_log log;
	const struct att_row *row;
	log_of("19:00 +1 +2 19:25 +3 19:25:04 -3 19:40 -1 21:00 s2 "
	       "19:30 t5 21:02 u1 21:03 s99", &log);
	assert_non_null(att_log_find(&log, 1, &row));
	assert_int_equal(row->state, ATT_ROW_UNDONE);
	assert_int_equal(row->ended_by, 8);
	assert_int_equal(row->ended_at, T("21:02"));
	att_log_find(&log, 2, &row);
	assert_int_equal(row->state, ATT_ROW_STRUCK);
	assert_int_equal(row->ended_by, 6);
	assert_int_equal(row->ended_at, T("21:00"));
	att_log_find(&log, 3, &row);
	assert_int_equal(row->state, ATT_ROW_VOID);
	att_log_find(&log, 4, &row);
	assert_int_equal(row->state, ATT_ROW_VOID);
	att_log_find(&log, 5, &row);
	assert_int_equal(row->state, ATT_ROW_IN_FORCE);
	assert_int_equal(row->at, T("19:30"));
	assert_int_equal(row->moved_by, 7);
	assert_int_equal(row->moved_at, T("19:30")); /* scripts enter at `at` */
	att_log_find(&log, 6, &row);
	assert_int_equal(row->state, ATT_ROW_APPLIED);
	att_log_find(&log, 9, &row);
	assert_int_equal(row->state, ATT_ROW_IGNORED);
	assert_null(att_log_find(&log, 10, &row));
	assert_null(row);
	/* Person 1's check-in was undone: their check-out stands alone. */
	assert_int_equal(log.n_in_force, 1);
	assert_int_equal(att_first_misfit(log.in_force, log.n_in_force, 1)->id,
			 5);
	assert_null(att_first_misfit(log.in_force, log.n_in_force, 2));
	assert_int_equal(att_log_command_size(&log, 6), 1);
	att_log_free(&log);
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
	static struct CMUnitTest tests[2 * N_OF(in_force_cases) +
				       N_OF(log_cases) + N_OF(replay_cases) + 8];
	static char append_names[N_OF(in_force_cases)][128];
	size_t n = 0;
	ADD_ROWS(in_force_cases, run_in_force_case);
	for (size_t i = 0; i < N_OF(in_force_cases); i++, n++) {
		snprintf(append_names[i], sizeof append_names[i],
			 "%s (appended)", in_force_cases[i].name);
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_append_case);
		tests[n].name = append_names[i];
		tests[n].initial_state = (void *)&in_force_cases[i];
	}
	ADD_ROWS(log_cases, run_log_case);
	ADD_ROWS(replay_cases, run_replay_case);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		replay_sorts_people_by_id);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(replay_reuses_its_arrays);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(replay_of_nothing);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		kinds_are_presence_or_correction);
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		rows_say_what_became_of_each_event);
	return _cmocka_run_group_tests("attendance_log", tests, n, NULL, NULL);
}
