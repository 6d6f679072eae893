/*
 * attendance_log.c — reading a meeting's attendance log and resolving which
 * of its events are in force (see attendance_log.h, which also says how a
 * kind of event is added).
 *
 * Invariants: `raw` is the log as stored, in entry order, and `rows` says
 * what resolving made of each raw row; `in_force` is att_resolve(raw) at
 * all times, also after att_log_append.  Undos are settled first, then the
 * other corrections in entry order, each acting only on a row entered
 * before it, so the answer does not depend on how the events are handed
 * over.  Visits under a minute are dropped last, from what is in force.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_log.h"
#include "attendance_rules.h"
#include "i18n.h"
#include "store_attendance.h"

/* ---- what each kind of event does ----------------------------------------- */

/* What a correction in force does to the presence row it targets (its
 * resolution, in rows[]). */
typedef void att_correct_fn(struct att_row *target,
			    const struct att_event *correction);

static void strike(struct att_row *target, const struct att_event *by)
{
	target->state = ATT_ROW_STRUCK;
	target->ended_by = by->id;
	target->ended_at = by->recorded_at;
}

static void retime(struct att_row *target, const struct att_event *by)
{
	target->at = by->at;
	target->moved_by = by->id;
	target->moved_at = by->recorded_at;
}

static const struct att_kind_rule {
	bool presence;           /* changes a person's presence (replayed) */
	bool undo;               /* cancels a row, or a command's rows */
	att_correct_fn *correct; /* another correction: what it does */
} kind_rules[ATT_KIND_COUNT + 1] = {
	[ATT_IN] = {.presence = true},
	[ATT_OUT] = {.presence = true},
	[ATT_EXCUSED] = {.presence = true},
	[ATT_UNDO] = {.undo = true},
	[ATT_STRIKE] = {.correct = strike},
	[ATT_RETIME] = {.correct = retime},
	[ATT_KIND_COUNT] = {0},
};

static const struct att_kind_rule *rule_of(enum att_kind kind)
{
	return &kind_rules[(unsigned)kind <= ATT_KIND_COUNT ? kind
							    : ATT_KIND_COUNT];
}

bool att_kind_is_presence(enum att_kind kind)
{
	return rule_of(kind)->presence;
}

bool att_kind_is_correction(enum att_kind kind)
{
	return rule_of(kind)->undo || rule_of(kind)->correct;
}

/* ---- resolving ---------------------------------------------------------------- */

static int compare_entry(const void *pa, const void *pb)
{
	const struct att_event *a = pa, *b = pb;
	return (a->id > b->id) - (a->id < b->id);
}

/* The order of the events in force: time, then entry (ids are unique,
 * so the order is total).  Sorting these keys of 24 bytes with the
 * comparison inlined, then copying each event once, replaced qsort of
 * the 80-byte events through pointers and a call per comparison, a
 * seventh of a check-in (issue 18). */
struct time_key {
	nl_time at;
	int64_t id;
	size_t row; /* in the raw log */
};
_Static_assert(2 * sizeof(struct time_key) <= sizeof(struct att_event),
	       "the keys and their merge buffer fit in the room of the events");

static bool key_before(const struct time_key *a, const struct time_key *b)
{
	return a->at != b->at ? a->at < b->at : a->id < b->id;
}

/* A bottom-up merge sort of n keys through tmp (room for n). */
static void sort_keys(struct time_key *keys, size_t n, struct time_key *tmp)
{
	struct time_key *from = keys, *to = tmp, *swap;
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = mid + width < n ? mid + width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				to[k++] = key_before(&from[j], &from[i])
						  ? from[j++]
						  : from[i++];
			while (i < mid)
				to[k++] = from[i++];
			while (j < hi)
				to[k++] = from[j++];
		}
		swap = from;
		from = to;
		to = swap;
	}
	if (from != keys)
		memcpy(keys, from, n * sizeof *keys);
}

static bool in_entry_order(const struct att_event *events, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (events[i - 1].id > events[i].id)
			return false;
	return true;
}

/* The row with this id among events[0..n) (entry order); -1: none. */
static ptrdiff_t find_row(const struct att_event *events, size_t n,
			  int64_t id)
{
	struct att_event key = {.id = id};
	const struct att_event *found =
		id ? bsearch(&key, events, n, sizeof *events, compare_entry)
		   : NULL;
	return found ? found - events : -1;
}

static void take_out(struct att_row *row, const struct att_event *by)
{
	row->state = ATT_ROW_UNDONE;
	row->ended_by = by->id;
	row->ended_at = by->recorded_at;
}

/* Undos first: an undo cancels the row it names (a presence row or a
 * correction, not an undo) and every row written with it (part_of); one
 * aimed at an undo, at a row already cancelled, at a later entry or at
 * nothing (a damaged log) does nothing. */
static void settle_undos(const struct att_event *e, size_t n,
			 struct att_row *rows)
{
	for (size_t i = 0; i < n; i++) {
		if (!rule_of(e[i].kind)->undo)
			continue;
		ptrdiff_t t = find_row(e, i, e[i].target);
		if (t < 0 || rule_of(e[t].kind)->undo ||
		    rows[t].state == ATT_ROW_UNDONE) {
			rows[i].state = ATT_ROW_IGNORED;
			continue;
		}
		take_out(&rows[t], &e[i]);
		for (size_t k = (size_t)t + 1; k < i; k++)
			if (e[k].part_of == e[t].id &&
			    rows[k].state != ATT_ROW_UNDONE)
				take_out(&rows[k], &e[i]);
	}
}

/* Then the other corrections in force, in entry order, each on a presence
 * row still in force entered before it. */
static void apply_corrections(const struct att_event *e, size_t n,
			      struct att_row *rows)
{
	for (size_t i = 0; i < n; i++) {
		att_correct_fn *correct = rule_of(e[i].kind)->correct;
		if (!correct || rows[i].state == ATT_ROW_UNDONE)
			continue;
		ptrdiff_t t = find_row(e, i, e[i].target);
		if (t < 0 || !rule_of(e[t].kind)->presence ||
		    rows[t].state != ATT_ROW_IN_FORCE) {
			rows[i].state = ATT_ROW_IGNORED;
			continue;
		}
		correct(&rows[t], &e[i]);
	}
}

/* One person's walk through their events in force (mark_void_visits). */
struct visit_walk {
	int64_t person_id;
	const struct att_event *arrival;
	unsigned char state, before_arrival; /* enum presence */
	bool used;
};

/* The table of walks, in the room of scratch (n events): the largest
 * power of two of slots that fits, which with a walk at most 3/10 of an
 * event is more than 5n/3, so at least n + 1: it never fills. */
static size_t walk_slots(size_t n)
{
	size_t slots = 1;
	while (slots * 2 * sizeof(struct visit_walk) <=
	       n * sizeof(struct att_event))
		slots *= 2;
	return slots;
}
_Static_assert(10 * sizeof(struct visit_walk) <= 3 * sizeof(struct att_event),
	       "the walks of n people fit in the room of n events");

static struct visit_walk *walk_of(struct visit_walk *walks, size_t slots,
				  int64_t person_id)
{
	size_t i = (size_t)((uint64_t)person_id * 0x9E3779B97F4A7C15u >> 32) &
		   (slots - 1);
	while (walks[i].used && walks[i].person_id != person_id)
		i = (i + 1) & (slots - 1);
	if (!walks[i].used)
		walks[i] = (struct visit_walk){.person_id = person_id,
					       .state = PRESENCE_NONE,
					       .before_arrival = PRESENCE_NONE,
					       .used = true};
	return &walks[i];
}

/* A visit shorter than ATT_MIN_VISIT (a check-in and check-out by one
 * double key press) counts nowhere: both rows are marked void, and the
 * person is as they were before it.  in_force is in time order, so each
 * person's events come in their order; scratch has room for n and holds
 * everyone's walk (no sort by person: issue 18).  Returns how many rows
 * were marked. */
static size_t mark_void_visits(const struct att_event *in_force, size_t n,
			       const struct att_event *e, size_t n_rows,
			       struct att_row *rows, struct att_event *scratch)
{
	size_t marked = 0, slots = walk_slots(n);
	struct visit_walk *walks = (struct visit_walk *)(void *)scratch;
	if (n == 0)
		return 0;
	assert(slots > n);
	memset(walks, 0, slots * sizeof *walks);
	for (size_t i = 0; i < n; i++) {
		const struct att_event *x = &in_force[i];
		struct visit_walk *w = walk_of(walks, slots, x->person_id);
		enum presence next;
		if (!att_transition((enum presence)w->state, x->kind, &next))
			continue;
		if (next == PRESENCE_PRESENT) {
			w->arrival = x;
			w->before_arrival = w->state;
		} else if (next == PRESENCE_LEFT && w->arrival &&
			   x->at - w->arrival->at < ATT_MIN_VISIT) {
			rows[find_row(e, n_rows, w->arrival->id)].state =
				ATT_ROW_VOID;
			rows[find_row(e, n_rows, x->id)].state = ATT_ROW_VOID;
			marked += 2;
			next = (enum presence)w->before_arrival;
		}
		w->state = (unsigned char)next;
	}
	return marked;
}

/* The presence rows whose resolution is in force, in time order (ties by
 * entry), with their times in force. */
static size_t collect_in_force(const struct att_event *e, size_t n,
			       const struct att_row *rows,
			       struct att_event *out, struct att_event *scratch)
{
	struct time_key *keys = (struct time_key *)(void *)scratch;
	size_t kept = 0;
	bool sorted = true;
	for (size_t i = 0; i < n; i++)
		if (rule_of(e[i].kind)->presence &&
		    rows[i].state == ATT_ROW_IN_FORCE) {
			keys[kept] = (struct time_key){rows[i].at, e[i].id, i};
			sorted = sorted &&
				 (kept == 0 ||
				  key_before(&keys[kept - 1], &keys[kept]));
			kept++;
		}
	/* Events are mostly entered as they happen, so entry order is
	 * usually time order already: then there is nothing to sort. */
	if (!sorted)
		sort_keys(keys, kept, keys + n);
	for (size_t k = 0; k < kept; k++) {
		out[k] = e[keys[k].row];
		out[k].at = keys[k].at;
	}
	return kept;
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

size_t att_resolve_rows(const struct att_event *raw, size_t n,
			struct att_event *out, struct att_row *rows,
			struct att_event *scratch)
{
	for (size_t i = 0; i < n; i++)
		rows[i] = (struct att_row){
			.state = rule_of(raw[i].kind)->presence
					 ? ATT_ROW_IN_FORCE
					 : ATT_ROW_APPLIED,
			.at = raw[i].at,
		};
	settle_undos(raw, n, rows);
	apply_corrections(raw, n, rows);
	size_t kept = collect_in_force(raw, n, rows, out, scratch);
	if (mark_void_visits(out, kept, raw, n, rows, scratch) > 0)
		kept = collect_in_force(raw, n, rows, out, scratch);
	give_seats(out, kept);
	return kept;
}

size_t att_resolve(const struct att_event *raw, size_t n,
		   struct att_event *out)
{
	if (n == 0)
		return 0;
	struct att_event *work = malloc(2 * n * sizeof *work);
	struct att_row *rows = malloc(n * sizeof *rows);
	size_t kept = 0;
	if (work && rows) {
		memcpy(work, raw, n * sizeof *work);
		if (!in_entry_order(work, n))
			qsort(work, n, sizeof *work, compare_entry);
		kept = att_resolve_rows(work, n, out, rows, work + n);
	}
	free(work);
	free(rows);
	return kept;
}

/* ---- the log of one meeting ------------------------------------------------ */

static bool reserve(void **items, size_t *capacity, size_t n, size_t size)
{
	if (n <= *capacity && *items)
		return true;
	void *bigger = realloc(*items, (n ? n : 1) * size);
	if (!bigger)
		return false;
	*items = bigger;
	*capacity = n;
	return true;
}

static enum nl_status resolve(struct att_log *log, struct nl_error *err)
{
	size_t n = log->n_raw;
	if (!reserve((void **)&log->in_force, &log->in_force_capacity, n,
		     sizeof *log->in_force) ||
	    !reserve((void **)&log->rows, &log->rows_capacity, n,
		     sizeof *log->rows) ||
	    !reserve((void **)&log->scratch, &log->scratch_capacity, n,
		     sizeof *log->scratch))
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	/* The store hands the log over in entry order already. */
	if (!in_entry_order(log->raw, n))
		qsort(log->raw, n, sizeof *log->raw, compare_entry);
	log->n_in_force = att_resolve_rows(log->raw, n, log->in_force,
					   log->rows, log->scratch);
	return NL_OK;
}

enum nl_status att_log_open(struct store *store, struct att_log *log,
			    struct nl_error *err)
{
	memset(log, 0, sizeof *log);
	return store_event_reader_open(store, &log->reader, err);
}

enum nl_status att_log_open_bare(struct store *store, struct att_log *log,
				 struct att_log_filler *filler,
				 struct nl_error *err)
{
	memset(log, 0, sizeof *log);
	log->filler = filler;
	return store_event_reader_open_bare(store, &log->reader, err);
}

enum nl_status att_log_read(struct att_log *log, int64_t meeting_id,
			    struct nl_error *err)
{
	log->n_raw = log->n_in_force = 0;
	enum nl_status status = store_event_reader_load(
		log->reader, meeting_id, &log->raw, &log->n_raw,
		&log->raw_capacity, err);
	if (status == NL_OK && log->filler)
		status = log->filler->fill(log->filler->data, log->raw,
					   log->n_raw, err);
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

/* Every row is the person's own: their role and municipality. */
static enum nl_status fill_person(void *data, struct att_event *events,
				  size_t n, struct nl_error *err)
{
	const struct person *person = data;
	(void)err;
	for (size_t i = 0; i < n; i++) {
		events[i].role = person->role;
		events[i].municipality_id = person->municipality_id;
	}
	return NL_OK;
}

enum nl_status att_log_load_person(struct store *store, int64_t meeting_id,
				   const struct person *person,
				   struct att_log *log, struct nl_error *err)
{
	struct att_log_filler filler = {fill_person, (void *)person};
	memset(log, 0, sizeof *log);
	log->filler = &filler;
	enum nl_status status = store_event_reader_open_person(
		store, person->id, &log->reader, err);
	if (status == NL_OK)
		status = att_log_read(log, meeting_id, err);
	store_event_reader_close(log->reader);
	log->reader = NULL;
	log->filler = NULL;
	return status;
}

void att_log_free(struct att_log *log)
{
	store_event_reader_close(log->reader);
	free(log->raw);
	free(log->in_force);
	free(log->rows);
	free(log->scratch);
	memset(log, 0, sizeof *log);
}

enum nl_status att_log_append(struct att_log *log,
			      const struct att_event *event,
			      struct nl_error *err)
{
	if (!reserve((void **)&log->raw, &log->raw_capacity, log->n_raw + 1,
		     sizeof *log->raw))
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	log->raw[log->n_raw++] = *event;
	return resolve(log, err);
}

const struct att_event *att_event_with_id(const struct att_event *events,
					  size_t n, int64_t id)
{
	ptrdiff_t i = find_row(events, n, id);
	return i >= 0 ? &events[i] : NULL;
}

const struct att_event *att_log_find(const struct att_log *log, int64_t id,
				     const struct att_row **row)
{
	ptrdiff_t i = find_row(log->raw, log->n_raw, id);
	if (row)
		*row = i >= 0 ? &log->rows[i] : NULL;
	return i >= 0 ? &log->raw[i] : NULL;
}

/* A row an undo may still cancel: not an undo, not cancelled, not a
 * correction that found nothing to act on. */
static bool undoable(const struct att_log *log, size_t i)
{
	return !rule_of(log->raw[i].kind)->undo &&
	       log->rows[i].state != ATT_ROW_UNDONE &&
	       log->rows[i].state != ATT_ROW_IGNORED;
}

const struct att_event *att_log_undo_target(const struct att_log *log)
{
	for (size_t i = log->n_raw; i-- > 0;) {
		if (!undoable(log, i))
			continue;
		int64_t head = log->raw[i].part_of ? log->raw[i].part_of
						   : log->raw[i].id;
		return att_log_find(log, head, NULL);
	}
	return NULL;
}

size_t att_log_command_size(const struct att_log *log, int64_t head)
{
	size_t n = 0;
	for (size_t i = 0; i < log->n_raw; i++)
		n += log->raw[i].id == head || log->raw[i].part_of == head;
	return n;
}

nl_time att_log_last_in_force(const struct att_log *log)
{
	return log->n_in_force ? log->in_force[log->n_in_force - 1].at : 0;
}

const struct att_event *att_first_misfit(const struct att_event *in_force,
					 size_t n, int64_t person_id)
{
	enum presence state = PRESENCE_NONE, next;
	for (size_t i = 0; i < n; i++) {
		if (in_force[i].person_id != person_id)
			continue;
		if (!att_transition(state, in_force[i].kind, &next))
			return &in_force[i];
		state = next;
	}
	return NULL;
}
