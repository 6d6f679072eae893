/* test_attendance_tally.c — the tally a check-in starts from
 * (attendance_tally.h) against replaying the whole log.
 *
 * A random meeting is recorded the way attendance.c records it: each
 * check-in, check-out or excuse is judged by the tally and that person's
 * rows when the tally allows it, otherwise by the whole log, which then
 * writes the tally again; corrections, stand-ins and rows another program
 * wrote are appended beside it, as their writers do.  Every verdict and
 * every quorum the tally gives must be the replay's.  Seed 47, or
 * NOTULIST_SEED. */
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
#include "attendance_rules.h"
#include "attendance_tally.h"
#include "quorum.h"
#include "test_random.h"

#define ROUNDS 300
#define STEPS 120
#define PEOPLE 12
#define BASE 1773169200 /* 2026-03-10 19:00 UTC */

struct meeting_sim {
	struct att_event log[STEPS];
	size_t n;
	nl_time clock;
	role_mask counting;
	int minimum;
	bool has_tally;
	struct att_tally tally;
	/* How often the tally answered, and of those a visit under a
	 * minute taken back: the test must not pass by never using it. */
	int by_tally, voided, by_replay, refused;
};

static enum role role_of(int64_t person)
{
	return person % 4 == 0 ? ROLE_GUEST : ROLE_CLIENT;
}

static struct quorum_state replay_quorum(const struct meeting_sim *m,
					 const struct att_event *log, size_t n)
{
	struct att_event in_force[STEPS + 1];
	struct att_replay r = {0};
	size_t k = att_resolve(log, n, in_force);
	nl_time until = k && in_force[k - 1].at > m->clock ? in_force[k - 1].at
							     : m->clock;
	assert_int_equal(att_replay(in_force, k, m->counting, m->minimum, until,
				    &r, NULL),
			 NL_OK);
	struct quorum_state q = r.quorum;
	att_replay_free(&r);
	return q;
}

static nl_time last_in_force(const struct att_event *log, size_t n)
{
	struct att_event in_force[STEPS + 1];
	size_t k = att_resolve(log, n, in_force);
	return k ? in_force[k - 1].at : 0;
}

static void assert_same_quorum(struct quorum_state got,
			       struct quorum_state want)
{
	assert_int_equal(got.present, want.present);
	assert_int_equal(got.minimum, want.minimum);
	assert_int_equal(got.met, want.met);
	assert_int_equal(got.since, want.since);
}

static size_t rows_of(const struct meeting_sim *m, int64_t person,
		      struct att_event *out)
{
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->log[i].person_id == person)
			out[k++] = m->log[i];
	return k;
}

/* What the tally says of the event, as record_by_tally asks it; false:
 * it cannot say, and the replay judges. */
static bool by_tally(struct meeting_sim *m, const struct att_event *event,
		     enum att_verdict *verdict, nl_time *since,
		     struct quorum_state *before, struct quorum_state *after,
		     struct att_tally *next)
{
	struct att_event mine[STEPS + 1], was[STEPS + 1], now[STEPS + 1];
	if (!m->has_tally || m->n == 0 ||
	    m->tally.last_event_id != m->log[m->n - 1].id ||
	    event->at <= m->tally.last_at)
		return false;
	size_t k = rows_of(m, event->person_id, mine);
	if (!att_tally_fits(mine, k))
		return false;
	size_t n_was = att_resolve(mine, k, was);
	*verdict = att_check(was, n_was, event, since);
	if (*verdict != ATT_ACCEPTED)
		return true;
	mine[k] = *event;
	size_t n_now = att_resolve(mine, k + 1, now);
	return att_tally_next(&m->tally, was, n_was, now, n_now, event, next,
			      before, after);
}

/* After a replay of the whole log, whose newest row was just added: the
 * tally written again where the log allows, as keep_tally does. */
static void tally_from_replay(struct meeting_sim *m,
			      struct quorum_state before,
			      nl_time before_last_at)
{
	m->has_tally = att_tally_fits(m->log, m->n);
	m->tally = (struct att_tally){
		.last_event_id = m->log[m->n - 1].id,
		.last_at = last_in_force(m->log, m->n),
		.counting = m->counting,
		.minimum = m->minimum,
		.quorum = replay_quorum(m, m->log, m->n),
		.known_before = true,
		.before_last_at = before_last_at,
		.before = before,
	};
}

/* One check-in, check-out or excuse of a member, judged both ways. */
static void record_presence(struct meeting_sim *m, int64_t person,
			    enum att_kind kind, nl_time at)
{
	struct att_event in_force[STEPS + 1], event = {
		.id = m->n ? m->log[m->n - 1].id + 1 + next_random() % 3 : 1,
		.person_id = person, .kind = kind, .at = at,
		.recorded_at = m->clock, .role = role_of(person),
	};
	size_t k = att_resolve(m->log, m->n, in_force);
	nl_time want_since = 0, got_since = 0;
	enum att_verdict want = att_check(in_force, k, &event, &want_since),
			 got;
	struct quorum_state before = replay_quorum(m, m->log, m->n), after,
			    tally_before, tally_after;
	struct att_tally next;
	nl_time before_last_at = last_in_force(m->log, m->n);
	bool answered = by_tally(m, &event, &got, &got_since, &tally_before,
				 &tally_after, &next);
	if (answered) {
		assert_int_equal(got, want);
		if (want != ATT_ACCEPTED)
			assert_int_equal(got_since, want_since);
	}
	if (want != ATT_ACCEPTED) {
		m->refused++;
		return;
	}
	m->log[m->n++] = event;
	after = replay_quorum(m, m->log, m->n);
	if (answered) {
		assert_same_quorum(tally_before, before);
		assert_same_quorum(tally_after, after);
		m->tally = next;
		m->by_tally++;
		m->voided += !next.known_before;
		return;
	}
	m->by_replay++;
	tally_from_replay(m, before, before_last_at);
}

/* A row some other writer appends: a correction of the person's own row
 * (attendance_correct.c, undo), now and then one naming someone else's
 * or a stand-in's check-in (a damaged or foreign log).  An undo replays
 * the log and writes the tally, as attendance_undo does. */
static void append_other(struct meeting_sim *m)
{
	struct quorum_state before = replay_quorum(m, m->log, m->n);
	nl_time before_last_at = last_in_force(m->log, m->n);
	struct att_event *e = &m->log[m->n];
	const struct att_event *target = &m->log[next_random() % m->n];
	unsigned r = next_random() % 20;
	memset(e, 0, sizeof *e);
	e->id = m->log[m->n - 1].id + 1;
	e->at = m->clock;
	e->recorded_at = m->clock;
	e->target = target->id;
	e->person_id = target->person_id;
	e->kind = r < 8 ? ATT_UNDO : r < 13 ? ATT_STRIKE : ATT_RETIME;
	if (e->kind == ATT_RETIME)
		e->at = BASE + 30 * (next_random() % 100);
	if (r == 18)
		e->person_id = 1 + next_random() % PEOPLE; /* foreign */
	if (r == 19) {
		*e = (struct att_event){.id = e->id, .kind = ATT_IN,
					.at = m->clock, .recorded_at = m->clock,
					.person_id = 1 + next_random() % PEOPLE,
					.for_person_id = 99,
					.role = ROLE_CLIENT};
	}
	e->role = e->for_person_id ? ROLE_CLIENT : role_of(e->person_id);
	m->n++;
	if (e->kind == ATT_UNDO)
		tally_from_replay(m, before, before_last_at);
}

static void run_meeting(struct meeting_sim *m)
{
	static const enum att_kind kinds[] = {ATT_IN, ATT_IN, ATT_OUT, ATT_OUT,
					      ATT_EXCUSED};
	memset(m, 0, sizeof *m);
	m->clock = BASE;
	m->counting = next_random() % 5 ? ROLE_MASK_DEFAULT
					: ROLE_MASK_DEFAULT | ROLE_BIT(ROLE_GUEST);
	m->minimum = 1 + (int)(next_random() % 4);
	while (m->n < STEPS - 1) {
		unsigned r = next_random() % 100;
		/* Key presses a second apart, minutes apart, or at once. */
		m->clock += r < 30 ? 0 : r < 60 ? 1 + next_random() % 20
						: 30 + next_random() % 120;
		if (m->n > 0 && next_random() % 12 == 0) {
			append_other(m);
			continue;
		}
		if (m->n > 0 && next_random() % 6 == 0) {
			/* A double key press: the last one out again. */
			record_presence(m, m->log[m->n - 1].person_id, ATT_OUT,
					m->clock);
			continue;
		}
		nl_time at = m->clock;
		if (next_random() % 10 == 0) /* a late entry, --at */
			at = BASE + (nl_time)(next_random() %
					      (unsigned)(m->clock - BASE + 1));
		record_presence(m, 1 + next_random() % PEOPLE,
				kinds[next_random() % 5], at);
	}
}

static void the_tally_gives_what_the_replay_gives(void **state)
{
	(void)state;
	struct meeting_sim m;
	int by_tally = 0, voided = 0, by_replay = 0, refused = 0;
	for (int round = 0; round < ROUNDS; round++) {
		run_meeting(&m);
		by_tally += m.by_tally;
		voided += m.voided;
		by_replay += m.by_replay;
		refused += m.refused;
	}
	print_message("by the tally %d (voided visits %d), by the replay %d, "
		      "refused %d\n", by_tally, voided, by_replay, refused);
	/* Each way of answering was taken, many times. */
	assert_true(by_tally > ROUNDS * 10);
	assert_true(voided > ROUNDS / 2);
	assert_true(by_replay > ROUNDS * 5);
	assert_true(refused > ROUNDS);
}

/* A check-in right after the tally's newest row, then its check-out
 * within the minute: the visit is void and the quorum is what it was. */
static void a_visit_under_a_minute_gives_the_quorum_back(void **state)
{
	(void)state;
	struct att_tally t = {
		.last_event_id = 10, .last_at = BASE + 600,
		.counting = ROLE_MASK_DEFAULT, .minimum = 2,
		.quorum = {1, 2, false, 0},
	};
	struct att_event in = {.id = 11, .person_id = 5, .kind = ATT_IN,
			       .at = BASE + 700, .role = ROLE_CLIENT};
	struct att_event out = {.id = 12, .person_id = 5, .kind = ATT_OUT,
				.at = BASE + 730, .role = ROLE_CLIENT};
	struct att_tally after_in, after_out;
	struct quorum_state before, after;
	assert_true(att_tally_next(&t, NULL, 0, &in, 1, &in, &after_in,
				   &before, &after));
	assert_int_equal(after.present, 2);
	assert_true(after.met);
	assert_int_equal(after.since, BASE + 700);
	/* Both rows void: nothing in force for the person. */
	assert_true(att_tally_next(&after_in, &in, 1, NULL, 0, &out,
				   &after_out, &before, &after));
	assert_int_equal(before.present, 2);
	assert_int_equal(after.present, 1);
	assert_false(after.met);
	assert_int_equal(after.since, 0);
	assert_int_equal(after_out.last_at, BASE + 600);
	assert_false(after_out.known_before);
	/* A second void visit cannot go back further: the replay judges. */
	struct att_event in2 = {.id = 13, .person_id = 5, .kind = ATT_IN,
				.at = BASE + 740, .role = ROLE_CLIENT};
	struct att_tally ignored;
	assert_false(att_tally_next(&after_out, &in, 1, NULL, 0, &in2,
				    &ignored, &before, &after));
}

/* The same moment as the last one in force is left to the replay: ties
 * are counted after the whole moment. */
static void an_event_at_the_last_moment_is_left_to_the_replay(void **state)
{
	(void)state;
	struct att_tally t = {.last_event_id = 3, .last_at = BASE + 60,
			      .counting = ROLE_MASK_DEFAULT, .minimum = 1,
			      .quorum = {1, 1, true, BASE + 60}};
	struct att_event e = {.id = 4, .person_id = 2, .kind = ATT_IN,
			      .at = BASE + 60, .role = ROLE_CLIENT};
	struct att_tally next;
	struct quorum_state before, after;
	assert_false(att_tally_next(&t, NULL, 0, &e, 1, &e, &next, &before,
				    &after));
}

static void what_fits_a_tally(void **state)
{
	(void)state;
	struct att_event own[] = {
		{.id = 1, .person_id = 1, .kind = ATT_IN},
		{.id = 2, .person_id = 2, .kind = ATT_IN},
		{.id = 3, .person_id = 1, .kind = ATT_STRIKE, .target = 1},
		{.id = 4, .person_id = 1, .kind = ATT_EXCUSED, .part_of = 3},
	};
	assert_true(att_tally_fits(own, 4));
	assert_true(att_tally_fits(NULL, 0));
	struct att_event foreign[] = {
		{.id = 1, .person_id = 1, .kind = ATT_IN},
		{.id = 2, .person_id = 2, .kind = ATT_UNDO, .target = 1},
	};
	assert_false(att_tally_fits(foreign, 2));
	/* One person's rows: the row named is not among them. */
	assert_false(att_tally_fits(&foreign[1], 1));
	struct att_event seat[] = {
		{.id = 1, .person_id = 1, .kind = ATT_IN, .for_person_id = 7},
	};
	assert_false(att_tally_fits(seat, 1));
	struct att_event unordered[] = {
		{.id = 2, .person_id = 1, .kind = ATT_IN},
		{.id = 1, .person_id = 1, .kind = ATT_OUT},
	};
	assert_false(att_tally_fits(unordered, 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_tally_gives_what_the_replay_gives),
		cmocka_unit_test(a_visit_under_a_minute_gives_the_quorum_back),
		cmocka_unit_test(an_event_at_the_last_moment_is_left_to_the_replay),
		cmocka_unit_test(what_fits_a_tally),
	};
	return cmocka_run_group_tests_name("attendance_tally", tests, seed_random,
					   NULL);
}
