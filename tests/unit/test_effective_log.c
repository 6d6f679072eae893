/* test_effective_log.c — randomised checks of the replay functions the
 * exports lean on: att_effective against a plain O(n²) reference, and
 * att_replay_all and quorum_at against replaying one person at a time.
 * Logs are random but reproducible (fixed seed; NOTULIST_SEED to vary),
 * with many events at the same moment, undos of undos and undos of
 * events already undone — things a damaged or hand-edited log may hold. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_rules.h"
#include "quorum.h"

#define ROUNDS 400
#define MAX_EVENTS 160
#define PEOPLE 9

static unsigned long long rng_state;

static unsigned next_random(void)
{
	/* xorshift64*: the same sequence on every platform, unlike rand(). */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned)((rng_state * 2685821657736338717ULL) >> 33);
}

static int setup(void **state)
{
	const char *seed = getenv("NOTULIST_SEED");
	(void)state;
	rng_state = seed ? strtoull(seed, NULL, 10) : 47;
	if (!rng_state)
		rng_state = 47;
	return 0;
}

static size_t random_log(struct att_event *log)
{
	size_t n = next_random() % MAX_EVENTS;
	nl_time base = 1773169200; /* 2026-03-10 19:00 */
	for (size_t i = 0; i < n; i++) {
		struct att_event *e = &log[i];
		memset(e, 0, sizeof *e);
		e->id = (int64_t)i + 1;
		e->person_id = 1 + next_random() % PEOPLE;
		e->at = base + 60 * (next_random() % 12); /* many ties */
		e->role = e->person_id % 4 ? ROLE_CLIENT : ROLE_GUEST;
		e->municipality_id = 1 + e->person_id % 3;
		unsigned r = next_random() % 10;
		if (r < 4 || i == 0)
			e->kind = ATT_IN;
		else if (r < 7)
			e->kind = ATT_OUT;
		else if (r < 8)
			e->kind = ATT_EXCUSED;
		else {
			e->kind = ATT_UNDO;
			e->undoes = 1 + next_random() % i;
			e->person_id = log[e->undoes - 1].person_id;
		}
	}
	return n;
}

/* The plain reading of the rule: keep what is neither an undo nor undone
 * by any undo, in time order, ties in entry order. */
static size_t reference_effective(const struct att_event *log, size_t n,
				  struct att_event *out)
{
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		bool undone = false;
		for (size_t j = 0; j < n; j++)
			undone |= log[j].kind == ATT_UNDO &&
				  log[j].undoes == log[i].id;
		if (log[i].kind != ATT_UNDO && !undone)
			out[kept++] = log[i];
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
	return kept;
}

static void effective_matches_the_reference(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], fast[MAX_EVENTS], slow[MAX_EVENTS];
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = random_log(log);
		size_t a = att_effective(log, n, fast);
		size_t b = reference_effective(log, n, slow);
		assert_int_equal(a, b);
		for (size_t i = 0; i < a; i++) {
			assert_int_equal(fast[i].id, slow[i].id);
			assert_int_equal(fast[i].at, slow[i].at);
		}
	}
}

static void replay_all_matches_one_person_at_a_time(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], eff[MAX_EVENTS];
	struct person_attendance all[MAX_EVENTS + 1], one;
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = random_log(log);
		size_t k = att_effective(log, n, eff);
		nl_time until = 1773169200 + 60 * (next_random() % 14);
		size_t people = att_replay_all(eff, k, until, all);
		assert_int_not_equal(people, (size_t)-1);
		for (int64_t p = 1; p <= PEOPLE; p++) {
			const struct person_attendance *found =
				att_find(all, people, p);
			att_replay_person(eff, k, p, until, &one);
			if (!found) {
				assert_int_equal(one.visits, 0);
				assert_int_equal(one.state, PRESENCE_NONE);
				continue;
			}
			assert_int_equal(found->state, one.state);
			assert_int_equal(found->first_in, one.first_in);
			assert_int_equal(found->last_out, one.last_out);
			assert_int_equal(found->seconds_present, one.seconds_present);
			assert_int_equal(found->visits, one.visits);
		}
	}
}

static void quorum_counts_the_people_replay_finds_present(void **state)
{
	(void)state;
	struct att_event log[MAX_EVENTS], eff[MAX_EVENTS];
	struct person_attendance one;
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = random_log(log);
		size_t k = att_effective(log, n, eff);
		nl_time until = 1773169200 + 60 * (next_random() % 14);
		int present = 0;
		for (int64_t p = 1; p <= PEOPLE; p++) {
			att_replay_person(eff, k, p, until, &one);
			present += one.state == PRESENCE_PRESENT && p % 4 != 0;
		}
		struct quorum_state q = quorum_at(eff, k, ROLE_MASK_DEFAULT, 3,
						  until);
		assert_int_equal(q.present, present);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(effective_matches_the_reference),
		cmocka_unit_test(replay_all_matches_one_person_at_a_time),
		cmocka_unit_test(quorum_counts_the_people_replay_finds_present),
	};
	return cmocka_run_group_tests_name("effective_log", tests, setup, NULL);
}
