/*
 * attendance_rules.c — replaying the append-only attendance log.
 *
 * Pure functions over arrays: no I/O, no SQLite, no globals.  The one state
 * machine (att_transition) is shared by validation and replay, so what the
 * program accepts and what it later counts can never disagree.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance_rules.h"

bool att_transition(enum presence from, enum att_kind kind, enum presence *to)
{
	switch (kind) {
	case ATT_IN:
		if (from == PRESENCE_PRESENT)
			return false;
		*to = PRESENCE_PRESENT;
		return true;
	case ATT_OUT:
		if (from != PRESENCE_PRESENT)
			return false;
		*to = PRESENCE_LEFT;
		return true;
	case ATT_EXCUSED:
		if (from != PRESENCE_NONE)
			return false;
		*to = PRESENCE_EXCUSED;
		return true;
	case ATT_UNDO:
		break;
	}
	return false;
}

static int compare_time_then_entry(const void *pa, const void *pb)
{
	const struct att_event *a = pa, *b = pb;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

static int compare_ids(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return (a > b) - (a < b);
}

/* The ids cancelled by undo rows, sorted for bsearch (NULL when there are
 * none, or when memory ran out: then nothing counts as undone). */
static int64_t *undone_ids(const struct att_event *events, size_t n,
			   size_t *count)
{
	int64_t *ids = NULL;
	*count = 0;
	for (size_t i = 0; i < n; i++)
		*count += events[i].kind == ATT_UNDO;
	if (*count == 0 || !(ids = malloc(*count * sizeof *ids))) {
		*count = 0;
		return NULL;
	}
	for (size_t i = 0, k = 0; i < n; i++)
		if (events[i].kind == ATT_UNDO)
			ids[k++] = events[i].undoes;
	qsort(ids, *count, sizeof *ids, compare_ids);
	return ids;
}

static bool in_sorted(const int64_t *ids, size_t n, int64_t id)
{
	return n && bsearch(&id, ids, n, sizeof *ids, compare_ids);
}

size_t att_effective(const struct att_event *events, size_t n,
		     struct att_event *out)
{
	size_t n_undone, kept = 0;
	int64_t *undone = undone_ids(events, n, &n_undone);
	for (size_t i = 0; i < n; i++) {
		if (events[i].kind == ATT_UNDO ||
		    in_sorted(undone, n_undone, events[i].id))
			continue;
		out[kept++] = events[i];
	}
	free(undone);
	qsort(out, kept, sizeof *out, compare_time_then_entry);
	return kept;
}

int64_t att_undo_target(const struct att_event *events, size_t n)
{
	size_t n_undone;
	int64_t best = 0, *undone = undone_ids(events, n, &n_undone);
	for (size_t i = 0; i < n; i++) {
		if (events[i].kind == ATT_UNDO || events[i].id <= best ||
		    in_sorted(undone, n_undone, events[i].id))
			continue;
		best = events[i].id;
	}
	free(undone);
	return best;
}

static void replay_step(struct person_attendance *out,
			const struct att_event *e)
{
	enum presence next;
	if (!att_transition(out->state, e->kind, &next))
		return;
	if (next == PRESENCE_PRESENT) {
		if (out->visits++ == 0)
			out->first_in = e->at;
	} else if (next == PRESENCE_LEFT) {
		out->seconds_present += e->at - out->since;
		out->last_out = e->at;
	}
	out->state = next;
	out->since = e->at;
}

static void replay_start(struct person_attendance *out, int64_t person_id)
{
	memset(out, 0, sizeof *out);
	out->person_id = person_id;
	out->state = PRESENCE_NONE;
}

static void replay_finish(struct person_attendance *out, nl_time until)
{
	if (out->state == PRESENCE_PRESENT && until > out->since)
		out->seconds_present += until - out->since;
}

void att_replay_person(const struct att_event *effective, size_t n,
		       int64_t person_id, nl_time until,
		       struct person_attendance *out)
{
	replay_start(out, person_id);
	for (size_t i = 0; i < n; i++) {
		const struct att_event *e = &effective[i];
		if (e->person_id == person_id && e->at <= until)
			replay_step(out, e);
	}
	replay_finish(out, until);
}

static int compare_person_time_entry(const void *pa, const void *pb)
{
	const struct att_event *a = pa, *b = pb;
	if (a->person_id != b->person_id)
		return a->person_id < b->person_id ? -1 : 1;
	return compare_time_then_entry(pa, pb);
}

size_t att_replay_all(const struct att_event *effective, size_t n,
		      nl_time until, struct person_attendance *out)
{
	struct att_event *sorted = malloc((n ? n : 1) * sizeof *sorted);
	size_t people = 0;
	if (!sorted)
		return (size_t)-1;
	if (n)
		memcpy(sorted, effective, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, compare_person_time_entry);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || sorted[i].person_id != sorted[i - 1].person_id) {
			if (people > 0)
				replay_finish(&out[people - 1], until);
			replay_start(&out[people++], sorted[i].person_id);
		}
		if (sorted[i].at <= until)
			replay_step(&out[people - 1], &sorted[i]);
	}
	if (people > 0)
		replay_finish(&out[people - 1], until);
	free(sorted);
	return people;
}

const struct person_attendance *att_find(const struct person_attendance *all,
					 size_t n, int64_t person_id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (all[mid].person_id == person_id)
			return &all[mid];
		if (all[mid].person_id < person_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static enum att_verdict refusal(enum presence state, enum att_kind kind)
{
	switch (kind) {
	case ATT_IN:
		return ATT_ALREADY_PRESENT;
	case ATT_EXCUSED:
		return state == PRESENCE_EXCUSED ? ATT_ALREADY_EXCUSED
						 : ATT_EXCUSE_ATTENDED;
	default:
		return ATT_NOT_PRESENT;
	}
}

enum att_verdict att_check(const struct att_event *effective, size_t n,
			   const struct att_event *candidate,
			   nl_time *conflict_at)
{
	enum presence state = PRESENCE_NONE, next;
	nl_time since = 0;
	bool placed = false;
	for (size_t i = 0; i <= n; i++) {
		const struct att_event *e = NULL;
		/* The candidate is the newest entry: it goes after every event
		 * at the same moment. */
		if (!placed && (i == n || effective[i].at > candidate->at)) {
			placed = true;
			if (!att_transition(state, candidate->kind, &next)) {
				if (conflict_at)
					*conflict_at = since;
				return refusal(state, candidate->kind);
			}
			state = next;
			since = candidate->at;
		}
		if (i == n)
			break;
		e = &effective[i];
		if (e->person_id != candidate->person_id)
			continue;
		if (!att_transition(state, e->kind, &next)) {
			if (!placed)
				continue; /* damage before us is not our fault */
			if (conflict_at)
				*conflict_at = e->at;
			return ATT_CONFLICTS_LATER;
		}
		state = next;
		since = e->at;
	}
	return ATT_ACCEPTED;
}

enum att_meeting_verdict att_meeting_accepts(const struct meeting *m,
					     enum att_kind kind, nl_time at,
					     nl_time *at_out)
{
	*at_out = at;
	if (m->minutes_approved.year)
		return ATT_MEETING_APPROVED;
	/* An undo cancels its target whenever it is entered. */
	if (kind == ATT_UNDO || m->status != MEETING_CLOSED || !m->closed_at ||
	    at <= m->closed_at)
		return ATT_MEETING_ACCEPTS;
	if (kind == ATT_EXCUSED) {
		*at_out = m->closed_at;
		return ATT_MEETING_ACCEPTS;
	}
	return ATT_MEETING_AFTER_CLOSE;
}
