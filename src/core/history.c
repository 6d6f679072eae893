/*
 * history.c — condensing meetings for the continuity rules and the report.
 * Each meeting's log is read with one prepared statement (attendance_log.h)
 * and replayed once for everyone (attendance_replay.h), so a body of
 * thousands over hundreds of meetings loads in O(n log n) of its events.
 */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "advice.h"
#include "attendance.h"
#include "attendance_log.h"
#include "attendance_replay.h"
#include "continuity_internal.h"
#include "history.h"
#include "history_internal.h"
#include "i18n.h"
#include "store.h"
#include "store_agenda.h"
#include "store_attendance.h"
#include "meetings.h"
#include "store_meetings.h"
#include "store_members.h"

enum attendance_outcome history_outcome(const struct history *h,
					const struct meeting_history *m,
					const struct person *person)
{
	const struct person_attendance *a =
		att_find(m->attendance, m->n_attendance, person->id);
	if (a && a->visits > 0)
		return OUTCOME_PRESENT;
	if (a && a->state == PRESENCE_EXCUSED)
		return OUTCOME_EXCUSED;
	if (!roster_expected_at(&h->roster, person, &m->meeting))
		return OUTCOME_NOT_EXPECTED;
	return OUTCOME_ABSENT;
}

bool history_counts(const struct history *h, const struct meeting_history *m,
		    const struct person *person)
{
	const struct person_attendance *a =
		att_find(m->attendance, m->n_attendance, person->id);
	return attendance_counts(h->settings.counting_roles, person, a);
}

int64_t history_municipality_on(const struct history *h,
				const struct person *person,
				struct nl_date day)
{
	const struct membership_period *p =
		roster_period_on(&h->roster, person->id, day);
	return p ? p->municipality_id : person->municipality_id;
}

static int count_attended(const struct history *h,
			  const struct meeting_history *m)
{
	int attended = 0;
	for (size_t i = 0; i < h->n_people; i++) {
		/* history_counts, with the one lookup kept for the visits */
		const struct person_attendance *a =
			att_find(m->attendance, m->n_attendance,
				 h->people[i].id);
		attended += a && a->visits > 0 &&
			    attendance_counts(h->settings.counting_roles,
					      &h->people[i], a);
	}
	return attended;
}

void history_count_attended(struct history *h)
{
	for (size_t i = 0; i < h->n_meetings; i++)
		h->meetings[i].attended = count_attended(h, &h->meetings[i]);
}

enum nl_status history_condense(struct meeting_history *m,
				const struct att_event *in_force, size_t n,
				role_mask counting, nl_time now,
				struct nl_error *err)
{
	struct att_replay replay = {0};
	m->held = meeting_status_held(m->meeting.status);
	m->moment = attendance_moment_after(&m->meeting, in_force, n, now);
	enum nl_status status = att_replay(in_force, n, counting,
					   m->meeting.quorum_min, m->moment,
					   &replay, err);
	if (status != NL_OK) {
		att_replay_free(&replay);
		return status;
	}
	/* One per meeting of the period is kept: only the room used. */
	att_replay_fit(&replay);
	m->attendance = replay.people;
	m->n_attendance = replay.n_people;
	m->quorum = replay.quorum;
	m->timeline = replay.timeline;
	return NL_OK;
}

void history_meeting_free(struct meeting_history *m)
{
	quorum_timeline_free(&m->timeline);
	free(m->attendance);
	m->attendance = NULL;
	m->n_attendance = 0;
}

/* ---- the people, and what the log needs of them --------------------------- */

/* What an event needs of its person, by id (sorted): the log is read
 * without the person table and filled in from here. */
struct known_person {
	int64_t id;
	int64_t municipality_id;
	enum role role;
};

struct known {
	struct known_person *people;
	size_t n;
	/* history_load_year: h->people are those of the year only; the
	 * window's begin on `window_from`. */
	bool narrow;
	struct nl_date window_from;
};

static int compare_known(const void *pa, const void *pb)
{
	const struct known_person *a = pa, *b = pb;
	return (a->id > b->id) - (a->id < b->id);
}

static enum nl_status know(struct known *k, const struct history *h,
			   struct nl_error *err)
{
	free(k->people);
	k->n = 0;
	k->people = malloc((h->n_people ? h->n_people : 1) * sizeof *k->people);
	if (!k->people)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	for (size_t i = 0; i < h->n_people; i++)
		k->people[k->n++] = (struct known_person){
			h->people[i].id, h->people[i].municipality_id,
			h->people[i].role};
	qsort(k->people, k->n, sizeof *k->people, compare_known);
	return NL_OK;
}

static const struct known_person *known_find(const struct known *k,
					     int64_t id)
{
	struct known_person key = {.id = id};
	return bsearch(&key, k->people, k->n, sizeof *k->people,
		       compare_known);
}

/* As the log's SQL did with the person table: the person's municipality,
 * and the role of the seat taken (a stand-in's check-in) or their own. */
static enum nl_status fill_people(void *data, struct att_event *events,
				  size_t n, struct nl_error *err)
{
	const struct known *k = data;
	(void)err;
	for (size_t i = 0; i < n; i++) {
		const struct known_person *p = known_find(k, events[i].person_id);
		const struct known_person *seat =
			events[i].for_person_id
				? known_find(k, events[i].for_person_id)
				: p;
		if (!p || !seat)
			return NL_ERR_NOTFOUND;
		events[i].municipality_id = p->municipality_id;
		events[i].role = seat->role;
	}
	return NL_OK;
}

/* The people of the period: whoever was still a member when it began.
 * Those who left before it are most of an old database, and change no
 * rule's outcome (history_outcome: not expected); reading them all cost
 * the board's warnings line megabytes.  Someone among them with a record
 * in the period (an excuse sent before leaving) makes load_meetings read
 * everyone (load_everyone), as before. */
static enum nl_status load_people(struct store *store, struct history *h,
				  struct nl_date from, struct known *known,
				  struct nl_error *err)
{
	char date[NL_DATE_LEN];
	nl_format_date(from, date);
	free(h->people);
	h->people = NULL;
	h->n_people = 0;
	enum nl_status status = store_person_list_since(store, date,
							&h->people,
							&h->n_people, err);
	return status == NL_OK ? know(known, h, err) : status;
}

static enum nl_status load_everyone(struct store *store, struct history *h,
				    struct known *known, struct nl_error *err)
{
	free(h->people);
	h->people = NULL;
	h->n_people = 0;
	enum nl_status status = store_person_list(store, true, &h->people,
						  &h->n_people, err);
	known->narrow = false;
	return status == NL_OK ? know(known, h, err) : status;
}

/* One meeting's log, filled from the people known; read again with
 * everyone if it names someone else. */
static enum nl_status read_log(struct store *store, struct history *h,
			       struct known *known, struct att_log *log,
			       int64_t meeting_id, struct nl_error *err)
{
	enum nl_status status = att_log_read(log, meeting_id, err);
	if (status == NL_ERR_NOTFOUND && known->narrow) {
		/* Someone who left before the year: the window's people, as
		 * history_load reads them, before everyone. */
		status = load_people(store, h, known->window_from, known, err);
		known->narrow = false;
		if (status == NL_OK)
			status = att_log_read(log, meeting_id, err);
	}
	if (status != NL_ERR_NOTFOUND)
		return status;
	status = load_everyone(store, h, known, err);
	if (status == NL_OK)
		status = att_log_read(log, meeting_id, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, NL_ERR_DB,
			       _("the attendance of meeting %lld names a "
				 "person who is not in the database"),
			       (long long)meeting_id);
	return status;
}

/* Condenses all[lo..hi) into slots[lo..hi). */
static enum nl_status condense_range(struct store *store, struct history *h,
				     struct known *known, struct att_log *log,
				     const struct meeting *all,
				     struct meeting_history *slots, size_t lo,
				     size_t hi, nl_time now,
				     struct nl_error *err)
{
	enum nl_status status = NL_OK;
	for (size_t i = lo; i < hi && status == NL_OK; i++) {
		struct meeting_history *m = &slots[i];
		m->meeting = all[i];
		status = read_log(store, h, known, log, m->meeting.id, err);
		if (status == NL_OK)
			status = history_condense(m, log->in_force,
						  log->n_in_force,
						  h->settings.counting_roles,
						  now, err);
	}
	return status;
}

/* The period's meetings, as listed (not condensed). */
static enum nl_status list_meetings(struct store *store, struct nl_date from,
				    struct nl_date to, struct meeting **all,
				    size_t *n_all, struct meeting_history **slots,
				    struct nl_error *err)
{
	/* Only the period's meetings: years of history must not be read,
	 * nor held in memory while each meeting is condensed. */
	struct meeting_filter period = {.from = &from, .to = &to};
	enum nl_status status = store_meeting_list(store, &period, all, n_all,
						   err);
	if (status != NL_OK)
		return status;
	*slots = calloc(*n_all ? *n_all : 1, sizeof **slots);
	if (!*slots) {
		free(*all);
		*all = NULL;
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	return NL_OK;
}

static enum nl_status load_meetings(struct store *store, struct history *h,
				    struct nl_date from, struct nl_date to,
				    nl_time now, struct known *known,
				    struct nl_error *err)
{
	struct meeting *all;
	size_t n_all;
	enum nl_status status = list_meetings(store, from, to, &all, &n_all,
					      &h->meetings, err);
	if (status != NL_OK)
		return status;
	struct att_log_filler filler = {fill_people, known};
	struct att_log log;
	status = att_log_open_bare(store, &log, &filler, err);
	h->n_meetings = n_all; /* the slots not reached stay empty */
	if (status == NL_OK)
		status = condense_range(store, h, known, &log, all, h->meetings,
					0, n_all, now, err);
	att_log_free(&log);
	free(all);
	return status;
}

/* What follows the meetings: who attended each, and the follow-up. */
static enum nl_status assemble_rest(struct store *store, struct nl_date from,
				    struct nl_date to, struct history *h,
				    struct nl_error *err)
{
	history_count_attended(h);
	enum nl_status status = action_list(store, false, &h->actions,
					    &h->n_actions, err);
	if (status == NL_OK)
		status = advice_list(store, false, &h->advice, &h->n_advice,
				     err);
	if (status == NL_OK)
		status = store_agenda_quorumless(store, from, to,
						 &h->quorumless,
						 &h->n_quorumless, err);
	return status;
}

static enum nl_status assemble(struct store *store, struct nl_date from,
			       struct nl_date to, nl_time now,
			       struct history *h, struct nl_error *err)
{
	enum nl_status status = settings_load(store, &h->settings, err);
	if (status == NL_OK)
		status = store_municipality_list(store, &h->municipalities,
						 &h->n_municipalities, err);
	if (status == NL_OK)
		status = roster_load(store, h->settings.term_years, &h->roster,
				     err);
	struct known known = {0};
	if (status == NL_OK)
		status = load_people(store, h, from, &known, err);
	if (status == NL_OK)
		status = load_meetings(store, h, from, to, now, &known, err);
	free(known.people);
	return status == NL_OK ? assemble_rest(store, from, to, h, err)
			       : status;
}

/* ---- the history a year is judged on ---------------------------------------- */

/* The window the rules may look into for `year`: two years back (absence
 * streaks cross New Year) — from this year when the year asked is still
 * to come — and one year ahead (is the next meeting planned?). */
static void year_window(int year, nl_time now, struct nl_date *from,
			struct nl_date *to, struct nl_date *full_from)
{
	int this_year = nl_time_date(now).year;
	int first = year < this_year ? year : this_year;
	*from = (struct nl_date){first - 2, 1, 1};
	*to = (struct nl_date){year + 1, 12, 31};
	*full_from = (struct nl_date){first, 1, 1};
}

/* Whether the meetings before slots[lo] could change a warning: asks the
 * rules (continuity_doubts), and the database for the people whose answer
 * hangs on a record only. */
static enum nl_status need_earlier(struct store *store, struct history *h,
				   int year, const struct meeting *all,
				   struct meeting_history *slots, size_t lo,
				   size_t n_all, bool *needed,
				   struct nl_error *err)
{
	struct continuity_doubt doubt;
	/* The rules' doubts do not look at `attended` (counted once, at the
	 * end, with the final people). */
	h->meetings = slots + lo;
	h->n_meetings = n_all - lo;
	enum nl_status status = continuity_doubts(h, year, all, lo, &doubt,
						  err);
	h->meetings = NULL;
	h->n_meetings = 0;
	if (status != NL_OK)
		return status;
	*needed = doubt.needs_earlier;
	if (!*needed && doubt.n_people > 0)
		status = store_attendance_any_between(
			store, doubt.people, doubt.since, doubt.n_people,
			all[lo - 1].date, needed, err);
	continuity_doubt_free(&doubt);
	return status;
}

/* Condenses the window's meetings from the end back: first those from
 * the start of the year (or of this year, when it is still to come), then
 * earlier ones, more each time, for as long as they could change what the
 * rules say.  Replaying two years of logs would cost 200 meetings on a
 * busy body, where the year and its run-up are a fraction of that. */
static enum nl_status load_year_meetings(struct store *store,
					 struct history *h, int year,
					 nl_time now, struct known *known,
					 struct nl_error *err)
{
	struct nl_date from, to, full_from;
	struct meeting *all;
	struct meeting_history *slots;
	size_t n_all, lo, step = 8;
	year_window(year, now, &from, &to, &full_from);
	/* Whoever left before the year is of no meeting loaded so far:
	 * history_outcome finds them not expected (load_people). */
	enum nl_status status = load_people(store, h, full_from, known, err);
	if (status != NL_OK)
		return status;
	known->narrow = true;
	known->window_from = from;
	status = list_meetings(store, from, to, &all, &n_all, &slots, err);
	if (status != NL_OK)
		return status;
	for (lo = n_all; lo > 0 &&
			 nl_date_compare(all[lo - 1].date, full_from) >= 0;)
		lo--;
	struct att_log_filler filler = {fill_people, known};
	struct att_log log;
	bool needed = true;
	status = att_log_open_bare(store, &log, &filler, err);
	if (status == NL_OK)
		status = condense_range(store, h, known, &log, all, slots, lo,
					n_all, now, err);
	while (status == NL_OK && lo > 0) {
		status = need_earlier(store, h, year, all, slots, lo, n_all,
				      &needed, err);
		if (status != NL_OK || !needed)
			break;
		size_t next = lo > step ? lo - step : 0;
		step *= 2;
		/* Earlier meetings: the people of the whole window. */
		if (known->narrow)
			status = load_people(store, h, from, known, err);
		known->narrow = false;
		if (status == NL_OK)
			status = condense_range(store, h, known, &log, all,
						slots, next, lo, now, err);
		lo = next;
	}
	att_log_free(&log);
	free(all);
	/* The slots before lo are empty: the history starts at lo. */
	memmove(slots, slots + lo, (n_all - lo) * sizeof *slots);
	h->meetings = slots;
	h->n_meetings = n_all - lo;
	return status;
}

static enum nl_status assemble_year(struct store *store, int year,
				    nl_time now, struct history *h,
				    struct nl_error *err)
{
	struct nl_date from, to, full_from;
	year_window(year, now, &from, &to, &full_from);
	enum nl_status status = settings_load(store, &h->settings, err);
	if (status == NL_OK)
		status = store_municipality_list(store, &h->municipalities,
						 &h->n_municipalities, err);
	if (status == NL_OK)
		status = roster_load(store, h->settings.term_years, &h->roster,
				     err);
	struct known known = {0};
	if (status == NL_OK)
		status = load_year_meetings(store, h, year, now, &known, err);
	free(known.people);
	return status == NL_OK ? assemble_rest(store, from, to, h, err)
			       : status;
}

enum nl_status history_load_year(struct store *store, int year, nl_time now,
				 struct history *out, struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	out->today = nl_time_date(now);
	out->now = now;
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      assemble_year(store, year, now, out, err),
				      err);
	if (status != NL_OK)
		history_free(out);
	return status;
}

enum nl_status history_load(struct store *store, struct nl_date from,
			    struct nl_date to, nl_time now,
			    struct history *out, struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	out->today = nl_time_date(now);
	out->now = now;
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      assemble(store, from, to, now, out, err),
				      err);
	if (status != NL_OK)
		history_free(out);
	return status;
}

void history_free(struct history *h)
{
	for (size_t i = 0; i < h->n_meetings; i++)
		history_meeting_free(&h->meetings[i]);
	free(h->meetings);
	free(h->people);
	free(h->municipalities);
	roster_free(&h->roster);
	free(h->actions);
	free(h->advice);
	free(h->quorumless);
	memset(h, 0, sizeof *h);
}
