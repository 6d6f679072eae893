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
#include "history.h"
#include "history_internal.h"
#include "i18n.h"
#include "store.h"
#include "store_agenda.h"
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
		if (!history_counts(h, m, &h->people[i]))
			continue;
		const struct person_attendance *a =
			att_find(m->attendance, m->n_attendance,
				 h->people[i].id);
		attended += a && a->visits > 0;
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

static enum nl_status load_meetings(struct store *store, struct history *h,
				    struct nl_date from, struct nl_date to,
				    nl_time now, struct nl_error *err)
{
	/* Only the period's meetings: years of history must not be read,
	 * nor held in memory while each meeting is condensed. */
	struct meeting_filter period = {.from = &from, .to = &to};
	struct meeting *all;
	size_t n_all;
	enum nl_status status = store_meeting_list(store, &period, &all, &n_all,
						   err);
	if (status != NL_OK)
		return status;
	h->meetings = calloc(n_all ? n_all : 1, sizeof *h->meetings);
	if (!h->meetings) {
		free(all);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	struct att_log log;
	status = att_log_open(store, &log, err);
	for (size_t i = 0; i < n_all && status == NL_OK; i++) {
		struct meeting_history *m = &h->meetings[h->n_meetings++];
		m->meeting = all[i];
		status = att_log_read(&log, m->meeting.id, err);
		if (status == NL_OK)
			status = history_condense(m, log.in_force,
						  log.n_in_force,
						  h->settings.counting_roles,
						  now, err);
	}
	att_log_free(&log);
	free(all);
	return status;
}

static int compare_ids(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return (a > b) - (a < b);
}

/* Whether everyone with a record in a meeting of the period is among the
 * people loaded (false also when memory ran out: then load them all). */
static bool people_cover_records(const struct history *h)
{
	int64_t *ids = malloc((h->n_people ? h->n_people : 1) * sizeof *ids);
	bool covered = ids != NULL;
	for (size_t i = 0; ids && i < h->n_people; i++)
		ids[i] = h->people[i].id;
	if (ids)
		qsort(ids, h->n_people, sizeof *ids, compare_ids);
	for (size_t i = 0; covered && i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		for (size_t k = 0; covered && k < m->n_attendance; k++)
			covered = bsearch(&m->attendance[k].person_id, ids,
					  h->n_people, sizeof *ids,
					  compare_ids) != NULL;
	}
	free(ids);
	return covered;
}

/* The people of the period: whoever was still a member when it began,
 * and anyone with a record in one of its meetings.  Those who left before
 * it and had no part in it are most of an old database, and change no
 * rule's outcome (history_outcome: not expected); reading them all cost
 * the board's warnings line megabytes. */
static enum nl_status load_people(struct store *store, struct history *h,
				  struct nl_date from, struct nl_error *err)
{
	char date[NL_DATE_LEN];
	nl_format_date(from, date);
	enum nl_status status = store_person_list_since(store, date,
							&h->people,
							&h->n_people, err);
	if (status != NL_OK || people_cover_records(h))
		return status;
	/* Someone left before the period yet has a record in it (an excuse
	 * sent before leaving): everyone, as before. */
	free(h->people);
	h->people = NULL;
	h->n_people = 0;
	return store_person_list(store, true, &h->people, &h->n_people, err);
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
	if (status == NL_OK)
		status = load_meetings(store, h, from, to, now, err);
	if (status == NL_OK)
		status = load_people(store, h, from, err);
	if (status == NL_OK)
		history_count_attended(h);
	if (status == NL_OK)
		status = action_list(store, false, &h->actions, &h->n_actions,
				     err);
	if (status == NL_OK)
		status = advice_list(store, false, &h->advice, &h->n_advice,
				     err);
	if (status == NL_OK)
		status = store_agenda_quorumless(store, from, to,
						 &h->quorumless,
						 &h->n_quorumless, err);
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
