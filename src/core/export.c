/*
 * export.c — attendance, quorum and action CSV (formats in export.h).
 *
 * Invariants: one read transaction per export; the people are loaded and
 * sorted once, each meeting's log is read with one reused statement into
 * reused buffers (attendance_log.h) and replayed once for everyone
 * (attendance_replay.h), so a meeting of n events costs O(n log n) plus a
 * lookup per person, and memory does not grow with the number of
 * meetings.  The rules deciding who is expected and who was present are
 * the ones snapshot.c uses.
 */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "attendance.h"
#include "attendance_log.h"
#include "attendance_replay.h"
#include "csv_io.h"
#include "export.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "quorum.h"
#include "roster.h"
#include "settings.h"
#include "store.h"
#include "store_meetings.h"
#include "store_members.h"
#include "text.h"

/* for_person_id (schema 7) came last, so that scripts reading the older
 * columns by position keep working. */
static const char *const attendance_columns[] = {
	"meeting_date", "meeting_id", "person_id", "name", "municipality",
	"role", "status", "first_arrival", "last_departure",
	"minutes_present", "counts_for_quorum", "for_person_id",
};

static const char *const quorum_columns[] = {
	"meeting_date", "meeting_id", "changed_at", "clients_present",
	"minimum", "quorum_met",
};

static const char *const action_columns[] = {
	"action_id", "meeting_id", "meeting_date", "description", "owner",
	"due_date", "status", "closed_on",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- one meeting's log, in buffers reused from meeting to meeting ------ */

struct meeting_log {
	struct att_log log;       /* one prepared statement for all meetings */
	struct att_replay replay;
};

static void log_free(struct meeting_log *log)
{
	att_log_free(&log->log);
	att_replay_free(&log->replay);
}

/* Reads a meeting's log and replays it up to the meeting's moment (as
 * snapshot.c: its close, or now but never before its last event). */
static enum nl_status log_replay(struct meeting_log *log,
				 const struct meeting *m,
				 const struct settings *settings,
				 nl_time now, struct nl_error *err)
{
	enum nl_status status = att_log_read(&log->log, m->id, err);
	if (status == NL_OK)
		status = att_replay(log->log.in_force, log->log.n_in_force,
				    settings->counting_roles, m->quorum_min,
				    attendance_moment_after(m, log->log.in_force,
							    log->log.n_in_force,
							    now),
				    &log->replay, err);
	return status;
}

/* ---- the people, in the order of the export ---------------------------- */

/* A person as the export keeps them: a struct person without its two
 * name buffers of NL_NAME_SIZE bytes, which for everyone ever entered
 * (the full export) made most of the memory it needed (issue 18). */
struct export_person {
	int64_t id;
	int64_t municipality_id;
	enum role role;
	bool active, erased, under_27;
	struct nl_date active_from, active_to;
	nl_time created_at;
	const char *name;
	const char *municipality; /* of the meeting's day in `placed` */
};

struct ordered_person {
	const struct export_person *person;
	char *key;
};

struct people {
	struct export_person *all; /* owns the names */
	size_t n, capacity;
	struct ordered_person *order;
};

static void people_free(struct people *p)
{
	for (size_t i = 0; p->order && i < p->n; i++)
		free(p->order[i].key);
	for (size_t i = 0; p->all && i < p->n; i++) {
		free((char *)p->all[i].name);
		free((char *)p->all[i].municipality);
	}
	free(p->order);
	free(p->all);
	memset(p, 0, sizeof *p);
}

/* What the roster and the counting rules read of a person (role, dates,
 * ids: roster_expected_at, attendance_counts), in a struct person; they
 * never read the names, which the view leaves empty. */
static const struct person *person_view(const struct export_person *e,
					struct person *view)
{
	view->id = e->id;
	view->name[0] = '\0';
	view->municipality_id = e->municipality_id;
	view->municipality[0] = '\0';
	view->role = e->role;
	view->active = e->active;
	view->active_from = e->active_from;
	view->active_to = e->active_to;
	view->created_at = e->created_at;
	view->erased = e->erased;
	view->under_27 = e->under_27;
	return view;
}

static enum nl_status keep_person(void *data, const struct person *p,
				  struct nl_error *err)
{
	struct people *people = data;
	if (people->n == people->capacity) {
		size_t wanted = people->capacity ? people->capacity * 2 : 256;
		struct export_person *bigger =
			realloc(people->all, wanted * sizeof *bigger);
		if (!bigger)
			return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
		people->all = bigger;
		people->capacity = wanted;
	}
	struct export_person *e = &people->all[people->n];
	*e = (struct export_person){
		.id = p->id, .municipality_id = p->municipality_id,
		.role = p->role, .active = p->active, .erased = p->erased,
		.under_27 = p->under_27, .active_from = p->active_from,
		.active_to = p->active_to, .created_at = p->created_at,
		.name = strdup(p->name), .municipality = strdup(p->municipality),
	};
	people->n++;
	if (!e->name || !e->municipality)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	return NL_OK;
}

/* The name as the export shows it. */
static const char *shown_name(const struct export_person *p, bool anonymous,
			      char *pseudonym, size_t size)
{
	if (!anonymous)
		return p->name;
	person_pseudonym(p->role, p->id, pseudonym, size);
	return pseudonym;
}

/* Municipality (none last), then name as shown (a pseudonym when
 * anonymous: the real names must not shine through the order): without
 * accents first, so "Ömer" sorts with the O's, then with them, then by
 * id.  '\1' separates the parts; it sorts below every character a
 * cleaned name can hold. */
static char *sort_key(const struct export_person *p, bool anonymous)
{
	char muni_plain[NL_NAME_SIZE * 2], name_plain[NL_NAME_SIZE * 2];
	char muni_case[NL_NAME_SIZE * 2], name_case[NL_NAME_SIZE * 2];
	char pseudonym[64];
	const char *name = shown_name(p, anonymous, pseudonym, sizeof pseudonym);
	text_fold(p->municipality, FOLD_CASE_ACCENT, muni_plain,
		  sizeof muni_plain);
	text_fold(name, FOLD_CASE_ACCENT, name_plain, sizeof name_plain);
	text_fold(p->municipality, FOLD_CASE, muni_case, sizeof muni_case);
	text_fold(name, FOLD_CASE, name_case, sizeof name_case);
	size_t size = strlen(muni_plain) + strlen(name_plain) +
		      strlen(muni_case) + strlen(name_case) + 8;
	char *key = malloc(size);
	if (key)
		snprintf(key, size, "%c%s\1%s\1%s\1%s",
			 p->municipality_id ? '\1' : '\2', muni_plain,
			 name_plain, muni_case, name_case);
	return key;
}

static int compare_ordered(const void *pa, const void *pb)
{
	const struct ordered_person *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);
	if (c)
		return c;
	return (a->person->id > b->person->id) - (a->person->id < b->person->id);
}

/* The dates the export covers ('YYYY-MM-DD'; from "" : since the start). */
struct export_period {
	char from[NL_DATE_LEN], to[NL_DATE_LEN];
};

/* The people who may figure in the meetings exported (the order is made
 * here, so the store needn't sort). */
static enum nl_status people_load(struct store *store, struct people *p,
				  const struct export_period *period,
				  bool anonymous, struct nl_error *err)
{
	memset(p, 0, sizeof *p);
	enum nl_status status = store_person_each_for_period(
		store, period->from[0] ? period->from : NULL, period->to,
		keep_person, p, err);
	if (status != NL_OK) {
		people_free(p);
		return status;
	}
	p->order = calloc(p->n ? p->n : 1, sizeof *p->order);
	if (!p->order) {
		people_free(p);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < p->n; i++) {
		p->order[i].person = &p->all[i];
		if (!(p->order[i].key = sort_key(&p->all[i], anonymous))) {
			people_free(p);
			return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
		}
	}
	qsort(p->order, p->n, sizeof *p->order, compare_ordered);
	return NL_OK;
}

/* ---- rows ---------------------------------------------------------------- */

static void write_time(struct csv_writer *w, nl_time t)
{
	char text[NL_DATETIME_LEN];
	if (!t) {
		csv_write_field(w, "");
		return;
	}
	nl_format_datetime(t, text);
	csv_write_field(w, text);
}

static void write_date(struct csv_writer *w, struct nl_date date)
{
	char text[NL_DATE_LEN];
	nl_format_date(date, text);
	csv_write_field(w, text);
}

/* The words of history_outcome: present at any moment wins over an
 * excuse sent earlier. */
static const char *status_key(const struct person_attendance *a)
{
	if (a->visits > 0)
		return "present";
	if (a->state == PRESENCE_EXCUSED)
		return "excused";
	return "absent";
}

/* Someone still present when a meeting closed left at its close; at an
 * open meeting they have not left yet. */
static nl_time last_departure(const struct meeting *m,
			      const struct person_attendance *a)
{
	if (a->state == PRESENCE_PRESENT)
		return m->status == MEETING_CLOSED ? m->closed_at : 0;
	return a->last_out;
}

static void write_attendance_row(struct csv_writer *w, const struct meeting *m,
				 const struct export_person *p,
				 const struct person_attendance *a,
				 bool counts, bool anonymous)
{
	char pseudonym[64];
	write_date(w, m->date);
	csv_write_int(w, m->id);
	csv_write_int(w, p->id);
	csv_write_text(w, shown_name(p, anonymous, pseudonym, sizeof pseudonym));
	csv_write_text(w, p->municipality);
	csv_write_field(w, role_key(p->role));
	csv_write_field(w, status_key(a));
	write_time(w, a->first_in);
	write_time(w, last_departure(m, a));
	csv_write_int(w, a->seconds_present / 60);
	csv_write_field(w, counts ? "yes" : "no");
	if (a->for_person_id)
		csv_write_int(w, a->for_person_id);
	else
		csv_write_field(w, "");
	csv_end_row(w);
}

/* ---- attendance ---------------------------------------------------------- */

struct attendance_job {
	struct csv_writer writer;
	struct settings settings;
	struct people people;
	struct roster roster;
	struct meeting_log log;
	const struct export_format *format;
	nl_time now;
	size_t rows;
	/* A meeting at which someone belonged to another municipality than
	 * now is written in its own order (rare: reused buffers). */
	struct ordered_person *moved_order;
	struct export_person *placed; /* names borrowed, not owned */
};

static void job_free(struct attendance_job *job)
{
	for (size_t i = 0; job->moved_order && i < job->people.n; i++)
		free(job->moved_order[i].key);
	free(job->moved_order);
	free(job->placed);
	people_free(&job->people);
	roster_free(&job->roster);
	log_free(&job->log);
}

/* Whether someone who moved belonged elsewhere on the meeting's day. */
static bool placed_elsewhere(const struct attendance_job *job,
			     const struct meeting *m)
{
	const struct roster *r = &job->roster;
	for (size_t i = 0; i < r->n_periods; i++) {
		const struct membership_period *then =
			roster_period_on(r, r->periods[i].person_id, m->date);
		const struct membership_period *last = &r->periods[i];
		while (last + 1 < r->periods + r->n_periods &&
		       last[1].person_id == last->person_id)
			last++;
		if (then && then->municipality_id != last->municipality_id)
			return true;
	}
	return false;
}

/* The people in export order with their municipality of the meeting's
 * day; NULL when out of memory. */
static const struct ordered_person *order_for(struct attendance_job *job,
					      const struct meeting *m)
{
	size_t n = job->people.n;
	if (!placed_elsewhere(job, m))
		return job->people.order;
	if (!job->moved_order) {
		job->moved_order = calloc(n ? n : 1, sizeof *job->moved_order);
		job->placed = calloc(n ? n : 1, sizeof *job->placed);
		if (!job->moved_order || !job->placed)
			return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		/* roster_place, for a person without name buffers. */
		struct export_person *placed = &job->placed[i];
		*placed = *job->people.order[i].person;
		const struct membership_period *then =
			roster_period_on(&job->roster, placed->id, m->date);
		if (then) {
			placed->municipality_id = then->municipality_id;
			placed->municipality = then->municipality;
		}
		free(job->moved_order[i].key);
		job->moved_order[i].person = &job->placed[i];
		job->moved_order[i].key = sort_key(&job->placed[i],
						   job->format->anonymous);
		if (!job->moved_order[i].key)
			return NULL;
	}
	qsort(job->moved_order, n, sizeof *job->moved_order, compare_ordered);
	return job->moved_order;
}

/* Everyone expected at the meeting or seen there, as snapshot.c picks
 * them, in export order. */
static enum nl_status export_meeting(struct attendance_job *job,
				     const struct meeting *m,
				     struct nl_error *err)
{
	const struct att_replay *replay = &job->log.replay;
	enum nl_status status = log_replay(&job->log, m, &job->settings,
					   job->now, err);
	if (status != NL_OK)
		return status;
	const struct ordered_person *order = order_for(job, m);
	if (!order)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	struct person view;
	for (size_t i = 0; i < job->people.n; i++) {
		const struct export_person *p = order[i].person;
		const struct person_attendance *seen =
			att_find(replay->people, replay->n_people, p->id);
		struct person_attendance none;
		if (!seen) {
			if (!roster_expected_at(&job->roster,
						person_view(p, &view), m))
				continue;
			att_not_arrived(p->id, &none);
			seen = &none;
		}
		bool counts = attendance_counts(job->settings.counting_roles,
						person_view(p, &view), seen);
		write_attendance_row(&job->writer, m, p, seen, counts,
				     job->format->anonymous);
		job->rows++;
	}
	return NL_OK;
}

static bool selected(const struct export_selection *sel,
		     const struct meeting *m)
{
	if (!meeting_status_held(m->status))
		return false;
	if (sel->from.year && nl_date_compare(m->date, sel->from) < 0)
		return false;
	return !sel->to.year || nl_date_compare(m->date, sel->to) <= 0;
}

/* The meetings exported, in order, and the period they lie in: only those
 * are read, so one year costs the same in a body with decades behind it. */
static enum nl_status meetings_of(struct store *store,
				  const struct export_selection *sel,
				  struct meeting **out, size_t *n,
				  struct export_period *period,
				  struct nl_error *err)
{
	memset(period, 0, sizeof *period);
	if (sel->meeting_id) {
		*n = 0;
		if (!(*out = malloc(sizeof **out)))
			return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
		enum nl_status status = meeting_get(store, sel->meeting_id, *out,
						    err);
		if (status == NL_OK) {
			*n = 1;
			nl_format_date((*out)->date, period->from);
			nl_format_date((*out)->date, period->to);
		}
		return status;
	}
	struct meeting_filter filter = {
		.from = sel->from.year ? &sel->from : NULL,
		.to = sel->to.year ? &sel->to : NULL,
	};
	if (sel->from.year)
		nl_format_date(sel->from, period->from);
	if (sel->to.year)
		nl_format_date(sel->to, period->to);
	else
		snprintf(period->to, sizeof period->to, "9999-99-99");
	enum nl_status status = store_meeting_list(store, &filter, out, n, err);
	size_t kept = 0;
	for (size_t i = 0; status == NL_OK && i < *n; i++)
		if (selected(sel, &(*out)[i]))
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return status;
}

/* The ids of the meetings exported, in order: a struct meeting carries
 * its location and chair in fixed buffers (about 1 KB), and the full
 * export has thousands (issue 18: 2 MB of its peak).  Each is read again
 * by id when its turn comes, inside the same transaction. */
static enum nl_status meeting_ids_of(struct store *store,
				     const struct export_selection *sel,
				     int64_t **ids, size_t *n,
				     struct export_period *period,
				     struct nl_error *err)
{
	struct meeting *meetings = NULL;
	enum nl_status status = meetings_of(store, sel, &meetings, n, period,
					    err);
	*ids = NULL;
	if (status == NL_OK && !(*ids = malloc((*n ? *n : 1) * sizeof **ids)))
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	for (size_t i = 0; status == NL_OK && i < *n; i++)
		(*ids)[i] = meetings[i].id;
	free(meetings);
	return status;
}

static void start_file(struct csv_writer *w, const struct export_format *f,
		       const char *const *columns, size_t n)
{
	w->crlf = f->crlf;
	if (f->bom)
		csv_write_bom(w);
	csv_write_row(w, columns, n);
}

static enum nl_status attendance_in_transaction(
	struct store *store, const struct export_selection *sel,
	struct attendance_job *job, struct nl_error *err)
{
	int64_t *ids = NULL;
	size_t n = 0;
	struct export_period period;
	struct meeting m;
	enum nl_status status = settings_load(store, &job->settings, err);
	if (status == NL_OK)
		status = meeting_ids_of(store, sel, &ids, &n, &period, err);
	if (status == NL_OK)
		status = people_load(store, &job->people, &period,
				     job->format->anonymous, err);
	if (status == NL_OK)
		status = roster_load(store, job->settings.term_years,
				     &job->roster, err);
	if (status == NL_OK)
		status = att_log_open(store, &job->log.log, err);
	if (status == NL_OK)
		start_file(&job->writer, job->format, attendance_columns,
			   COUNT(attendance_columns));
	/* A full disk ends the work: nothing more would arrive anyway. */
	for (size_t i = 0; status == NL_OK && i < n && !job->writer.error; i++)
		if ((status = meeting_get(store, ids[i], &m, err)) == NL_OK)
			status = export_meeting(job, &m, err);
	free(ids);
	return status;
}

enum nl_status export_attendance(struct store *store,
				 const struct export_selection *selection,
				 const struct export_format *format,
				 nl_time now, FILE *out,
				 struct export_result *result,
				 struct nl_error *err)
{
	struct attendance_job job;
	memset(&job, 0, sizeof job);
	memset(result, 0, sizeof *result);
	job.format = format;
	job.now = now;
	csv_writer_init(&job.writer, out, format->delimiter);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      attendance_in_transaction(store, selection,
								&job, err),
				      err);
	result->rows = job.rows;
	result->write_error = job.writer.error;
	csv_writer_free(&job.writer);
	job_free(&job);
	return status;
}

/* ---- quorum -------------------------------------------------------------- */

/* Changes from this moment on are people leaving as the meeting closed
 * (attendance_lapse_at_close): status does not call that a loss, and the
 * export does not show it either.  0: show everything. */
static nl_time closing_cutoff(const struct meeting *m,
			      const struct quorum_timeline *t)
{
	if (t->n_lapses == 0)
		return 0;
	const struct quorum_lapse *last = &t->lapses[t->n_lapses - 1];
	return attendance_lapse_at_close(m, last) ? last->lost_at : 0;
}

static void write_timeline(struct csv_writer *w, const struct meeting *m,
			   const struct quorum_timeline *t, size_t *rows)
{
	nl_time cutoff = closing_cutoff(m, t);
	for (size_t i = 0; i < t->n_changes; i++) {
		const struct quorum_change *c = &t->changes[i];
		if (cutoff && c->at >= cutoff)
			break;
		write_date(w, m->date);
		csv_write_int(w, m->id);
		write_time(w, c->at);
		csv_write_int(w, c->present);
		csv_write_int(w, t->minimum);
		csv_write_field(w, c->met ? "yes" : "no");
		csv_end_row(w);
		(*rows)++;
	}
}

struct quorum_job {
	struct csv_writer writer;
	struct meeting_log log;
	const struct export_format *format;
	nl_time now;
	size_t rows;
};

static enum nl_status quorum_in_transaction(struct store *store,
					    int64_t meeting_id,
					    struct quorum_job *job,
					    struct nl_error *err)
{
	struct meeting m;
	struct settings settings;
	enum nl_status status = meeting_get(store, meeting_id, &m, err);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = att_log_open(store, &job->log.log, err);
	if (status == NL_OK)
		status = log_replay(&job->log, &m, &settings, job->now, err);
	if (status != NL_OK)
		return status;
	start_file(&job->writer, job->format, quorum_columns,
		   COUNT(quorum_columns));
	write_timeline(&job->writer, &m, &job->log.replay.timeline, &job->rows);
	return NL_OK;
}

enum nl_status export_quorum(struct store *store, int64_t meeting_id,
			     const struct export_format *format, nl_time now,
			     FILE *out, struct export_result *result,
			     struct nl_error *err)
{
	struct quorum_job job;
	memset(&job, 0, sizeof job);
	memset(result, 0, sizeof *result);
	job.format = format;
	job.now = now;
	csv_writer_init(&job.writer, out, format->delimiter);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      quorum_in_transaction(store, meeting_id,
							    &job, err),
				      err);
	result->rows = job.rows;
	result->write_error = job.writer.error;
	csv_writer_free(&job.writer);
	log_free(&job.log);
	return status;
}

/* ---- actions -------------------------------------------------------------- */

static void write_optional_date(struct csv_writer *w, struct nl_date date)
{
	if (date.year)
		write_date(w, date);
	else
		csv_write_field(w, "");
}

void export_action_row(struct csv_writer *w, const struct action_item *a,
		       enum role owner_role, bool anonymous)
{
	char pseudonym[64];
	const char *owner = a->owner;
	if (anonymous) {
		pseudonym[0] = '\0';
		if (a->owner_id)
			person_pseudonym(owner_role, a->owner_id, pseudonym,
					 sizeof pseudonym);
		owner = pseudonym;
	}
	csv_write_int(w, a->id);
	csv_write_int(w, a->origin.id);
	write_date(w, a->origin.date);
	csv_write_text(w, a->description);
	csv_write_text(w, owner);
	write_optional_date(w, a->due);
	csv_write_field(w, action_status_key(a->status));
	write_optional_date(w, a->closed_on);
	csv_end_row(w);
}

/* The role behind an owner's pseudonym; only asked when anonymous. */
static enum nl_status owner_role(struct store *store,
				 const struct action_item *a, bool anonymous,
				 enum role *role, struct nl_error *err)
{
	struct person p;
	*role = ROLE_GUEST;
	if (!anonymous || !a->owner_id)
		return NL_OK;
	enum nl_status status = store_person_by_id(store, a->owner_id, &p, err);
	if (status == NL_OK)
		*role = p.role;
	return status == NL_ERR_NOTFOUND ? NL_OK : status;
}

struct action_job {
	struct csv_writer writer;
	const struct export_format *format;
	bool open_only;
	size_t rows;
};

static enum nl_status actions_in_transaction(struct store *store,
					     struct action_job *job,
					     struct nl_error *err)
{
	struct action_item *all;
	size_t n;
	enum role role;
	enum nl_status status = action_list(store, job->open_only, &all, &n,
					    err);
	if (status != NL_OK)
		return status;
	start_file(&job->writer, job->format, action_columns,
		   COUNT(action_columns));
	for (size_t i = 0; status == NL_OK && i < n && !job->writer.error;
	     i++) {
		status = owner_role(store, &all[i], job->format->anonymous,
				    &role, err);
		if (status != NL_OK)
			break;
		export_action_row(&job->writer, &all[i], role,
				  job->format->anonymous);
		job->rows++;
	}
	free(all);
	return status;
}

enum nl_status export_actions(struct store *store, bool open_only,
			      const struct export_format *format, FILE *out,
			      struct export_result *result,
			      struct nl_error *err)
{
	struct action_job job;
	memset(&job, 0, sizeof job);
	memset(result, 0, sizeof *result);
	job.format = format;
	job.open_only = open_only;
	csv_writer_init(&job.writer, out, format->delimiter);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      actions_in_transaction(store, &job, err),
				      err);
	result->rows = job.rows;
	result->write_error = job.writer.error;
	csv_writer_free(&job.writer);
	return status;
}
