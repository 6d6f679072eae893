/*
 * attendance_log.c — reading a meeting's attendance log and resolving which
 * of its events are in force (see attendance_log.h, which also says how a
 * kind of event is added).
 *
 * Invariants: `raw` is the log as stored, in entry order; `in_force` is
 * att_resolve(raw) at all times, also after att_log_append.  Corrections act
 * only on events entered before them, so applying them in entry order
 * gives the same answer however the events are handed over.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance_log.h"
#include "i18n.h"
#include "store_attendance.h"

/* ---- what each kind of event does ----------------------------------------- */

/* An event taken out of force is marked with this kind in resolve's working
 * copy: no row of the table is a presence or a correction for it, so later
 * corrections pass it by and it is dropped at the end. */
#define OUT_OF_FORCE ATT_KIND_COUNT

/* What a correction does to the presence event it targets (in resolve's
 * working copy of the log). */
typedef void att_correct_fn(struct att_event *target,
			    const struct att_event *correction);

static void take_out_of_force(struct att_event *target,
			      const struct att_event *correction)
{
	(void)correction;
	target->kind = OUT_OF_FORCE;
}

static const struct att_kind_rule {
	bool presence;           /* changes a person's presence (replayed) */
	att_correct_fn *correct; /* a correction: what it does; else NULL */
} kind_rules[ATT_KIND_COUNT + 1] = {
	[ATT_IN] = {.presence = true},
	[ATT_OUT] = {.presence = true},
	[ATT_EXCUSED] = {.presence = true},
	[ATT_UNDO] = {.correct = take_out_of_force},
	[OUT_OF_FORCE] = {0},
};

static const struct att_kind_rule *rule_of(enum att_kind kind)
{
	return &kind_rules[(unsigned)kind <= OUT_OF_FORCE ? kind : OUT_OF_FORCE];
}

bool att_kind_is_presence(enum att_kind kind)
{
	return rule_of(kind)->presence;
}

/* ---- resolving ---------------------------------------------------------------- */

static int compare_entry(const void *pa, const void *pb)
{
	const struct att_event *a = pa, *b = pb;
	return (a->id > b->id) - (a->id < b->id);
}

static int compare_time_then_entry(const void *pa, const void *pb)
{
	const struct att_event *a = pa, *b = pb;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	return compare_entry(pa, pb);
}

static bool in_entry_order(const struct att_event *events, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (events[i - 1].id > events[i].id)
			return false;
	return true;
}

/* Applies the correction events[i] to its target among the events entered
 * before it (events[0..i), in entry order). */
static void apply_correction(struct att_event *events, size_t i)
{
	const struct att_event *by = &events[i];
	struct att_event key = {.id = by->target};
	struct att_event *target =
		by->target ? bsearch(&key, events, i, sizeof *events,
				     compare_entry)
			   : NULL;
	if (target && rule_of(target->kind)->presence)
		rule_of(by->kind)->correct(target, by);
}

/* A stand-in's check-in names the member whose seat it takes and counts
 * as that member's role; the stand-in's other events at the meeting (a
 * check-out, a second check-in) take the same seat, so that the replay
 * counts them in and out alike.  The latest seat in force wins (the rules
 * allow one per meeting).  Seats are few: one pass per seat. */
static void give_seats(struct att_event *events, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct att_event *seat = &events[i];
		if (!seat->for_person_id)
			continue;
		bool later = false;
		for (size_t k = 0; k < n && !later; k++)
			later = events[k].person_id == seat->person_id &&
				events[k].for_person_id &&
				events[k].id > seat->id;
		if (later)
			continue;
		for (size_t k = 0; k < n; k++) {
			if (events[k].person_id != seat->person_id)
				continue;
			events[k].for_person_id = seat->for_person_id;
			events[k].role = seat->role;
		}
	}
}

size_t att_resolve(const struct att_event *raw, size_t n,
		   struct att_event *out)
{
	size_t kept = 0;
	if (n == 0)
		return 0;
	memcpy(out, raw, n * sizeof *out);
	/* The store hands the log over in entry order already. */
	if (!in_entry_order(out, n))
		qsort(out, n, sizeof *out, compare_entry);
	for (size_t i = 0; i < n; i++)
		if (rule_of(out[i].kind)->correct)
			apply_correction(out, i);
	for (size_t i = 0; i < n; i++)
		if (rule_of(out[i].kind)->presence)
			out[kept++] = out[i];
	qsort(out, kept, sizeof *out, compare_time_then_entry);
	give_seats(out, kept);
	return kept;
}

/* ---- the log of one meeting ------------------------------------------------ */

static bool reserve(struct att_event **items, size_t *capacity, size_t n)
{
	if (n <= *capacity)
		return true;
	struct att_event *bigger = realloc(*items, n * sizeof *bigger);
	if (!bigger)
		return false;
	*items = bigger;
	*capacity = n;
	return true;
}

static enum nl_status resolve(struct att_log *log, struct nl_error *err)
{
	if (!reserve(&log->in_force, &log->in_force_capacity, log->n_raw + 1))
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	log->n_in_force = att_resolve(log->raw, log->n_raw, log->in_force);
	return NL_OK;
}

enum nl_status att_log_open(struct store *store, struct att_log *log,
			    struct nl_error *err)
{
	memset(log, 0, sizeof *log);
	return store_event_reader_open(store, &log->reader, err);
}

enum nl_status att_log_read(struct att_log *log, int64_t meeting_id,
			    struct nl_error *err)
{
	log->n_raw = log->n_in_force = 0;
	enum nl_status status = store_event_reader_load(
		log->reader, meeting_id, &log->raw, &log->n_raw,
		&log->raw_capacity, err);
	if (status == NL_OK)
		status = resolve(log, err);
	return status;
}

enum nl_status att_log_load(struct store *store, int64_t meeting_id,
			    struct att_log *log, struct nl_error *err)
{
	enum nl_status status = att_log_open(store, log, err);
	if (status == NL_OK)
		status = att_log_read(log, meeting_id, err);
	/* Read once: the statement is not needed any more. */
	store_event_reader_close(log->reader);
	log->reader = NULL;
	return status;
}

void att_log_free(struct att_log *log)
{
	store_event_reader_close(log->reader);
	free(log->raw);
	free(log->in_force);
	memset(log, 0, sizeof *log);
}

enum nl_status att_log_append(struct att_log *log,
			      const struct att_event *event,
			      struct nl_error *err)
{
	if (!reserve(&log->raw, &log->raw_capacity, log->n_raw + 1) ||
	    !reserve(&log->in_force, &log->in_force_capacity, log->n_raw + 2))
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	log->raw[log->n_raw++] = *event;
	if (!rule_of(event->kind)->presence)
		return resolve(log, err);
	/* A presence event, the newest entry, goes after every event at or
	 * before its time: what resolving again would give, without sorting
	 * the whole log on every check-in. */
	struct att_event *in = log->in_force;
	size_t i = log->n_in_force;
	while (i > 0 && in[i - 1].at > event->at)
		i--;
	memmove(&in[i + 1], &in[i], (log->n_in_force - i) * sizeof *in);
	in[i] = *event;
	log->n_in_force++;
	give_seats(log->in_force, log->n_in_force);
	return NL_OK;
}

const struct att_event *att_log_undo_target(const struct att_log *log)
{
	const struct att_event *latest = NULL;
	for (size_t i = 0; i < log->n_in_force; i++)
		if (!latest || log->in_force[i].id > latest->id)
			latest = &log->in_force[i];
	return latest;
}

nl_time att_log_last_in_force(const struct att_log *log)
{
	return log->n_in_force ? log->in_force[log->n_in_force - 1].at : 0;
}
