/*
 * quorum.c — counting the people who count, over time.  Pure: arrays in,
 * structs out.  Events must be effective (att_effective): sorted by time,
 * undo rows removed.  Transitions the rules refuse are skipped, exactly as
 * att_replay_person does, so every view of the log agrees.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance_rules.h"
#include "i18n.h"
#include "quorum.h"

struct tally {
	int64_t *ids;          /* distinct person ids, sorted */
	enum presence *states; /* parallel to ids */
	size_t n;
	int present;           /* counting people present */
};

static int compare_ids(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return (a > b) - (a < b);
}

static bool tally_init(struct tally *t, const struct att_event *events,
		       size_t n)
{
	memset(t, 0, sizeof *t);
	t->ids = malloc((n ? n : 1) * sizeof *t->ids);
	t->states = calloc(n ? n : 1, sizeof *t->states);
	if (!t->ids || !t->states) {
		free(t->ids);
		free(t->states);
		return false;
	}
	for (size_t i = 0; i < n; i++)
		t->ids[i] = events[i].person_id;
	qsort(t->ids, n, sizeof *t->ids, compare_ids);
	for (size_t i = 0; i < n; i++)
		if (t->n == 0 || t->ids[t->n - 1] != t->ids[i])
			t->ids[t->n++] = t->ids[i];
	return true;
}

static void tally_free(struct tally *t)
{
	free(t->ids);
	free(t->states);
}

static void tally_apply(struct tally *t, const struct att_event *e,
			role_mask counting)
{
	int64_t *found = t->n ? bsearch(&e->person_id, t->ids, t->n,
					sizeof *t->ids, compare_ids)
			      : NULL;
	if (!found)
		return;
	enum presence *state = &t->states[found - t->ids], next;
	if (!att_transition(*state, e->kind, &next))
		return;
	if (counting & ROLE_BIT(e->role)) {
		t->present += next == PRESENCE_PRESENT;
		t->present -= *state == PRESENCE_PRESENT;
	}
	*state = next;
}

struct quorum_state quorum_at(const struct att_event *effective, size_t n,
			      role_mask counting, int minimum, nl_time t)
{
	struct quorum_state q = {0, minimum, 0 >= minimum, 0};
	struct tally tally;
	if (tally_init(&tally, effective, n)) {
		for (size_t i = 0; i < n && effective[i].at <= t; i++) {
			tally_apply(&tally, &effective[i], counting);
			/* Like the timeline: a swap within one minute is
			 * not a flip. */
			if (i + 1 < n && effective[i + 1].at == effective[i].at)
				continue;
			bool met = tally.present >= minimum;
			if (met != q.met) {
				q.met = met;
				q.since = effective[i].at;
			}
		}
		q.present = tally.present;
		tally_free(&tally);
	}
	q.met = q.present >= minimum;
	return q;
}

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

/* Gives back the unused end of an array; keeps it as it is if the
 * smaller block cannot be had (it still holds everything). */
static void shrink_to_fit(void **items, size_t n, size_t size)
{
	void *fit = realloc(*items, (n ? n : 1) * size);
	if (fit)
		*items = fit;
}

enum nl_status quorum_timeline_build(const struct att_event *effective,
				     size_t n, role_mask counting, int minimum,
				     nl_time until, struct quorum_timeline *out,
				     struct nl_error *err)
{
	struct tally tally;
	memset(out, 0, sizeof *out);
	out->minimum = minimum;
	out->changes = malloc((n + 1) * sizeof *out->changes);
	out->lapses = malloc((n + 1) * sizeof *out->lapses);
	if (!out->changes || !out->lapses || !tally_init(&tally, effective, n)) {
		quorum_timeline_free(out);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n && effective[i].at <= until;) {
		nl_time at = effective[i].at;
		/* Everything at one moment is one change: a swap of two people
		 * in the same minute is not a lapse. */
		for (; i < n && effective[i].at == at; i++)
			tally_apply(&tally, &effective[i], counting);
		note_change(out, at, tally.present);
	}
	tally_free(&tally);
	/* Room was made for a change and a lapse per event; the history of
	 * two years of meetings keeps only what was used. */
	shrink_to_fit((void **)&out->changes, out->n_changes,
		      sizeof *out->changes);
	shrink_to_fit((void **)&out->lapses, out->n_lapses, sizeof *out->lapses);
	return NL_OK;
}

void quorum_timeline_free(struct quorum_timeline *timeline)
{
	free(timeline->changes);
	free(timeline->lapses);
	timeline->changes = NULL;
	timeline->lapses = NULL;
	timeline->n_changes = timeline->n_lapses = 0;
}

int64_t quorum_lapse_seconds(const struct quorum_lapse *lapse, nl_time until)
{
	nl_time end = lapse->restored_at ? lapse->restored_at : until;
	return end > lapse->lost_at ? end - lapse->lost_at : 0;
}
