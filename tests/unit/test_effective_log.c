/* test_effective_log.c — randomised checks of the one reading of the log:
 * att_resolve against a plain O(n²) reference, appending against resolving
 * whole, and att_replay's people and quorum against replaying one person
 * at a time.
 * Logs are random but reproducible (fixed seed; NOTULIST_SEED to vary),
 * with many events at the same moment, visits of seconds, strikes and
 * retimes, commands of several rows, undos of undos and corrections of
 * rows already out of force — things a damaged or hand-edited log may
 * hold. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_log.h"
#include "attendance_replay.h"
#include "quorum.h"
#include "test_random.h"

#define ROUNDS 400
#define MAX_EVENTS 160
#define PEOPLE 9

static size_t random_log(struct att_event *log)
{
	size_t n = next_random() % MAX_EVENTS;
	nl_time base = 1773169200; /* 2026-03-10 19:00 */
	for (size_t i = 0; i < n; i++) {
		struct att_event *e = &log[i];
		memset(e, 0, sizeof *e);
		e->id = (int64_t)i + 1;
		e->person_id = 1 + next_random() % PEOPLE;
		/* Many ties, and visits of seconds (double key presses). */
		e->at = base + 60 * (next_random() % 12) +
			20 * (next_random() % 2);
		e->role = e->person_id % 4 ? ROLE_CLIENT : ROLE_GUEST;
		e->municipality_id = 1 + e->person_id % 3;
		unsigned r = next_random() % 20;
		if (r < 7 || i == 0)
			e->kind = ATT_IN;
		else if (r < 12)
			e->kind = ATT_OUT;
		else if (r < 14)
			e->kind = ATT_EXCUSED;
		else if (r < 16)
			e->kind = ATT_UNDO;
		else if (r < 18)
			e->kind = ATT_STRIKE;
		else
			e->kind = ATT_RETIME;
		if (att_kind_is_correction(e->kind)) {
			e->target = 1 + next_random() % i;
			e->person_id = log[e->target - 1].person_id;
		}
		/* Now and then a strike written with an earlier one (clear). */
		if (e->kind == ATT_STRIKE && i > 0 && next_random() % 3 == 0 &&
		    log[i - 1].kind == ATT_STRIKE)
			e->part_of = log[i - 1].part_of ? log[i - 1].part_of
						       : log[i - 1].id;
	}
	return n;
}

static const struct att_event *by_id(const struct att_event *log, size_t n,
				     int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (log[i].id == id)
			return &log[i];
	return NULL;
}

/* Whether row i is cancelled by an undo entered after it: the undo names
 * it, or the first row of its command.  The first undo that names a row
 * takes it; an undo naming an undo, or a row already cancelled, does
 * nothing (so a later undo can never bring a row back). */
static bool ref_undone(const struct att_event *log, size_t n, size_t i,
		       int64_t upto);

static bool undo_applies(const struct att_event *log, size_t n, size_t j)
{
	const struct att_event *t = by_id(log, n, log[j].target);
	if (!t || t->id >= log[j].id || t->kind == ATT_UNDO)
		return false;
	return !ref_undone(log, n, (size_t)(t - log), log[j].id);
}

/* Cancelled by an undo entered before `upto`. */
static bool ref_undone(const struct att_event *log, size_t n, size_t i,
		       int64_t upto)
{
	if (log[i].kind == ATT_UNDO)
		return false;
	for (size_t j = 0; j < n; j++) {
		if (log[j].kind != ATT_UNDO || log[j].id >= upto ||
		    log[j].id <= log[i].id)
			continue;
		bool names = log[j].target == log[i].id ||
			     (log[i].part_of && log[j].target == log[i].part_of);
		if (names && undo_applies(log, n, j))
			return true;
	}
	return false;
}

/* Struck by a strike in force (not cancelled) entered after it, and what
 * time the latest retime in force entered before that gave it. */
static bool ref_in_force(const struct att_event *log, size_t n, size_t i,
			 nl_time *at)
{
	int64_t struck_by = 0;
	*at = log[i].at;
	if (log[i].kind == ATT_UNDO || log[i].kind == ATT_STRIKE ||
	    log[i].kind == ATT_RETIME || ref_undone(log, n, i, INT64_MAX))
		return false;
	for (size_t j = 0; j < n && !struck_by; j++)
		if (log[j].kind == ATT_STRIKE && log[j].target == log[i].id &&
		    log[j].id > log[i].id &&
		    !ref_undone(log, n, j, INT64_MAX))
			struck_by = log[j].id;
	for (size_t j = 0; j < n; j++)
		if (log[j].kind == ATT_RETIME && log[j].target == log[i].id &&
		    log[j].id > log[i].id && (!struck_by || log[j].id < struck_by) &&
		    !ref_undone(log, n, j, INT64_MAX))
			*at = log[j].at;
	return !struck_by;
}

/* The plain reading of the rules: what no undo cancelled and no strike
 * took out, at its latest time, in time order (ties in entry order);
 * then every visit under a minute dropped. */
static size_t reference_effective(const struct att_event *log, size_t n,
				  struct att_event *out)
{
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		nl_time at;
		if (ref_in_force(log, n, i, &at)) {
			out[kept] = log[i];
			out[kept++].at = at;
		}
	}
	for (size_t i = 1; i < kept; i++) {
		struct att_event e = out[i];
		size_t j = i;
		while (j > 0 && (out[j - 1].at > e.at ||
				 (out[j - 1].at == e.at && out[j - 1].id > e.id))) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = e;
	}
	bool drop[MAX_EVENTS] = {false};
	for (int64_t p = 1; p <= PEOPLE; p++) {
		enum presence state = PRESENCE_NONE, before = PRESENCE_NONE, next;
		size_t arrival = 0;
		for (size_t i = 0; i < kept; i++) {
			if (out[i].person_id != p ||
			    !att_transition(state, out[i].kind, &next))
				continue;
			if (next == PRESENCE_PRESENT) {
				arrival = i;
				before = state;
			} else if (next == PRESENCE_LEFT &&
				   out[i].at - out[arrival].at < 60) {
				drop[arrival] = drop[i] = true;
				next = before;
			}
			state = next;
		}
	}
	size_t left = 0;
	for (size_t i = 0; i < kept; i++)
		if (!drop[i])
			out[left++] = out[i];
	return left;
}

/* One person's events in time order, up to `until`. */
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

static void resolve_matches_the_reference(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], fast[MAX_EVENTS], slow[MAX_EVENTS];
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = random_log(log);
		size_t a = att_resolve(log, n, fast);
		size_t b = reference_effective(log, n, slow);
		assert_int_equal(a, b);
		for (size_t i = 0; i < a; i++) {
			assert_int_equal(fast[i].id, slow[i].id);
			assert_int_equal(fast[i].at, slow[i].at);
		}
	}
}

static void appending_matches_resolving_whole(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], whole[MAX_EVENTS];
	for (int round = 0; round < ROUNDS / 4; round++) {
		size_t n = random_log(log);
		struct att_log appended = {0};
		for (size_t i = 0; i < n; i++) {
			assert_int_equal(att_log_append(&appended, &log[i], NULL),
					 NL_OK);
			size_t k = att_resolve(log, i + 1, whole);
			assert_int_equal(appended.n_in_force, k);
			for (size_t j = 0; j < k; j++)
				assert_int_equal(appended.in_force[j].id,
						 whole[j].id);
		}
		att_log_free(&appended);
	}
}

static void replay_matches_one_person_at_a_time(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], in_force[MAX_EVENTS];
	struct att_replay r = {0};
	struct person_attendance one;
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = random_log(log);
		size_t k = att_resolve(log, n, in_force);
		nl_time until = 1773169200 + 60 * (next_random() % 14);
		int present = 0;
		/* One struct for every round, as an export reuses it. */
		assert_int_equal(att_replay(in_force, k, ROLE_MASK_DEFAULT, 3,
					    until, &r, NULL),
				 NL_OK);
		for (int64_t p = 1; p <= PEOPLE; p++) {
			const struct person_attendance *found =
				att_find(r.people, r.n_people, p);
			reference_person(in_force, k, p, until, &one);
			present += one.state == PRESENCE_PRESENT && p % 4 != 0;
			if (!found) {
				assert_int_equal(one.visits, 0);
				assert_int_equal(one.state, PRESENCE_NONE);
				continue;
			}
			assert_int_equal(found->state, one.state);
			assert_int_equal(found->since, one.since);
			assert_int_equal(found->first_in, one.first_in);
			assert_int_equal(found->last_out, one.last_out);
			assert_int_equal(found->seconds_present, one.seconds_present);
			assert_int_equal(found->visits, one.visits);
		}
		assert_int_equal(r.quorum.present, present);
		assert_int_equal(r.quorum.met, present >= 3);
		struct quorum_state q = quorum_timeline_at(&r.timeline, until);
		assert_int_equal(q.present, r.quorum.present);
		assert_int_equal(q.met, r.quorum.met);
		assert_int_equal(q.since, r.quorum.since);
	}
	att_replay_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(resolve_matches_the_reference),
		cmocka_unit_test(appending_matches_resolving_whole),
		cmocka_unit_test(replay_matches_one_person_at_a_time),
	};
	return cmocka_run_group_tests_name("effective_log", tests, seed_random,
					   NULL);
}
