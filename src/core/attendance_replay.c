/*
 * attendance_replay.c — one pass over the events in force, in time order,
 * giving everyone's presence and the quorum (see attendance_replay.h).
 *
 * Invariants: a person's state changes only through att_transition, the
 * state machine that also validates new events (attendance_rules.c), so
 * what is accepted and what is counted cannot disagree; the count of
 * people present is changed by exactly the transitions that change a
 * counting person's presence; the timeline gets an entry only when the
 * count differs from the one before.  Arrays have room for n + 1 entries:
 * no more people, changes or lapses than events can arise.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_replay.h"
#include "i18n.h"

void att_not_arrived(int64_t person_id, struct person_attendance *out)
{
	memset(out, 0, sizeof *out);
	out->person_id = person_id;
	out->state = PRESENCE_NONE;
}

static int compare_people(const void *pa, const void *pb)
{
	const struct person_attendance *a = pa, *b = pb;
	return (a->person_id > b->person_id) - (a->person_id < b->person_id);
}

/* Sorting the 8-byte ids, not the records around them (issue 18). */
static int compare_ids(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return (a > b) - (a < b);
}

/* One record per distinct person in the events, sorted by id; ids has
 * room for n. */
static size_t start_people(const struct att_event *events, size_t n,
			   struct person_attendance *people, int64_t *ids)
{
	size_t distinct = 0;
	for (size_t i = 0; i < n; i++)
		ids[i] = events[i].person_id;
	qsort(ids, n, sizeof *ids, compare_ids);
	for (size_t i = 0; i < n; i++)
		if (distinct == 0 ||
		    people[distinct - 1].person_id != ids[i])
			att_not_arrived(ids[i], &people[distinct++]);
	return distinct;
}

static struct person_attendance *person_of(struct att_replay *r, int64_t id)
{
	struct person_attendance key = {.person_id = id};
	struct person_attendance *p = bsearch(&key, r->people, r->n_people,
					      sizeof key, compare_people);
	assert(p); /* every event's person has a record (start_people) */
	return p;
}

/* Applies one event to its person; returns the state before it. */
static enum presence step(struct person_attendance *p,
			  const struct att_event *e)
{
	enum presence before = p->state, next;
	/* Every event of a person carries the same seat (att_resolve). */
	p->for_person_id = e->for_person_id;
	p->role = e->role;
	if (!att_transition(before, e->kind, &next))
		return before;
	if (next == PRESENCE_PRESENT) {
		if (p->visits++ == 0)
			p->first_in = e->at;
	} else if (next == PRESENCE_LEFT) {
		p->seconds_present += e->at - p->since;
		p->last_out = e->at;
	}
	p->state = next;
	p->since = e->at;
	return before;
}

static void finish(struct person_attendance *p, nl_time until)
{
	if (p->state == PRESENCE_PRESENT && until > p->since)
		p->seconds_present += until - p->since;
}

/* The count after everything at moment `at`: a timeline entry when it
 * changed, a lapse when the quorum was lost, its end when regained. */
static void note_change(struct quorum_timeline *tl, nl_time at, int present)
{
	bool met = present >= tl->minimum;
	bool was_met = tl->n_changes > 0 &&
		       tl->changes[tl->n_changes - 1].met;
	int previous = tl->n_changes > 0
			       ? tl->changes[tl->n_changes - 1].present : 0;
	if (present == previous)
		return;
	tl->changes[tl->n_changes++] = (struct quorum_change){at, present, met};
	if (present > tl->peak)
		tl->peak = present;
	if (met && tl->first_met == 0)
		tl->first_met = at;
	if (was_met && !met)
		tl->lapses[tl->n_lapses++] =
			(struct quorum_lapse){at, 0, present};
	else if (!was_met && met && tl->n_lapses > 0)
		tl->lapses[tl->n_lapses - 1].restored_at = at;
}

static bool grow(void **items, size_t n, size_t size)
{
	void *bigger = realloc(*items, n * size);
	if (!bigger)
		return false;
	*items = bigger;
	return true;
}

static bool reserve(struct att_replay *r, size_t n)
{
	if (n <= r->capacity && r->people && r->timeline.changes &&
	    r->timeline.lapses)
		return true;
	if (!grow((void **)&r->people, n, sizeof *r->people) ||
	    !grow((void **)&r->timeline.changes, n,
		  sizeof *r->timeline.changes) ||
	    !grow((void **)&r->timeline.lapses, n, sizeof *r->timeline.lapses))
		return false;
	r->capacity = n;
	return true;
}

static void start(struct att_replay *r, int minimum, nl_time until)
{
	r->until = until;
	r->n_people = 0;
	r->quorum = (struct quorum_state){0, minimum, 0 >= minimum, 0};
	r->timeline.minimum = minimum;
	r->timeline.first_met = 0;
	r->timeline.peak = 0;
	r->timeline.n_changes = r->timeline.n_lapses = 0;
}

enum nl_status att_replay(const struct att_event *in_force, size_t n,
			  role_mask counting, int minimum, nl_time until,
			  struct att_replay *out, struct nl_error *err)
{
	int present = 0;
	int64_t *ids = malloc((n + 1) * sizeof *ids);
	if (!ids || !reserve(out, n + 1)) {
		free(ids);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	start(out, minimum, until);
	out->n_people = start_people(in_force, n, out->people, ids);
	free(ids);
	for (size_t i = 0; i < n && in_force[i].at <= until; i++) {
		const struct att_event *e = &in_force[i];
		struct person_attendance *p = person_of(out, e->person_id);
		enum presence before = step(p, e);
		if (role_counts(counting, e->role))
			present += (p->state == PRESENCE_PRESENT) -
				   (before == PRESENCE_PRESENT);
		if (i + 1 < n && in_force[i + 1].at == e->at)
			continue; /* the rest of this moment first */
		note_change(&out->timeline, e->at, present);
		bool met = present >= minimum;
		if (met != out->quorum.met) {
			out->quorum.met = met;
			out->quorum.since = e->at;
		}
	}
	for (size_t i = 0; i < out->n_people; i++)
		finish(&out->people[i], until);
	out->quorum.present = present;
	assert(out->timeline.n_changes <= n && out->timeline.n_lapses <= n);
	return NL_OK;
}

/* Keeps the block as it is if a smaller one cannot be had. */
static void shrink(void **items, size_t n, size_t size)
{
	void *fit = realloc(*items, (n ? n : 1) * size);
	if (fit)
		*items = fit;
}

void att_replay_fit(struct att_replay *r)
{
	shrink((void **)&r->people, r->n_people, sizeof *r->people);
	shrink((void **)&r->timeline.changes, r->timeline.n_changes,
	       sizeof *r->timeline.changes);
	shrink((void **)&r->timeline.lapses, r->timeline.n_lapses,
	       sizeof *r->timeline.lapses);
	r->capacity = 0; /* the arrays differ in size now: regrow on reuse */
}

void att_replay_free(struct att_replay *r)
{
	free(r->people);
	quorum_timeline_free(&r->timeline);
	memset(r, 0, sizeof *r);
}
