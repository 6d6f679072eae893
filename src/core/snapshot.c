/*
 * snapshot.c — assembles one consistent picture of a meeting inside a
 * single read transaction: the log read and replayed once
 * (attendance_log.h, attendance_replay.h), then the people and the balance
 * by the pure rules.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "attendance_log.h"
#include "attendance_replay.h"
#include "i18n.h"
#include "meetings.h"
#include "roster.h"
#include "snapshot.h"
#include "store.h"
#include "store_guests.h"
#include "store_members.h"
#include "text.h"

/* Municipality (none last), then name, as the store orders people: needed
 * again only when someone belonged elsewhere on the meeting's day. */
static int compare_attendees(const void *pa, const void *pb)
{
	const struct attendee *a = pa, *b = pb;
	char ka[NL_NAME_SIZE * 2], kb[NL_NAME_SIZE * 2];
	if (!a->person.municipality_id != !b->person.municipality_id)
		return a->person.municipality_id ? -1 : 1;
	text_fold(a->person.municipality, FOLD_CASE, ka, sizeof ka);
	text_fold(b->person.municipality, FOLD_CASE, kb, sizeof kb);
	int c = strcmp(ka, kb);
	if (c)
		return c;
	if (a->person.municipality_id != b->person.municipality_id)
		return a->person.municipality_id < b->person.municipality_id
			       ? -1 : 1;
	text_fold(a->person.name, FOLD_CASE, ka, sizeof ka);
	text_fold(b->person.name, FOLD_CASE, kb, sizeof kb);
	c = strcmp(ka, kb);
	if (c)
		return c;
	return (a->person.id > b->person.id) - (a->person.id < b->person.id);
}

static enum nl_status load_people(struct store *store,
				  struct meeting_snapshot *s,
				  const struct roster *roster,
				  const struct att_replay *replay,
				  struct nl_error *err)
{
	struct person *all;
	size_t n_all;
	bool placed_elsewhere = false;
	char date[NL_DATE_LEN];
	nl_format_date(s->meeting.date, date);
	/* Not everyone who ever was a member: the start-up of the board and
	 * `status` must not grow with the years. */
	enum nl_status status = store_person_list_for_meeting(
		store, s->meeting.id, date, &all, &n_all, err);
	if (status != NL_OK)
		return status;
	s->people = calloc(n_all ? n_all : 1, sizeof *s->people);
	if (!s->people) {
		free(all);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n_all; i++) {
		/* Expected (roster_expected_at), or seen: anyone with a
		 * record, even if they have left the body since. */
		const struct person_attendance *record =
			att_find(replay->people, replay->n_people, all[i].id);
		bool expected = roster_expected_at(roster, &all[i], &s->meeting);
		if (!record && !expected)
			continue;
		struct attendee *a = &s->people[s->n_people++];
		a->person = all[i];
		roster_place(roster, &a->person, s->meeting.date);
		placed_elsewhere |= a->person.municipality_id !=
				    all[i].municipality_id;
		a->expected = expected;
		if (record)
			a->attendance = *record;
		else
			att_not_arrived(all[i].id, &a->attendance);
		a->counts = attendance_counts(s->settings.counting_roles,
					      &a->person, record);
	}
	free(all);
	if (placed_elsewhere)
		qsort(s->people, s->n_people, sizeof *s->people,
		      compare_attendees);
	return NL_OK;
}

static enum nl_status load_balance(struct store *store,
				   struct meeting_snapshot *s,
				   const struct roster *roster,
				   struct nl_error *err)
{
	struct municipality *all;
	size_t n_all;
	enum nl_status status = store_municipality_list(store, &all, &n_all,
							err);
	if (status != NL_OK)
		return status;
	struct balance_input *in = calloc(n_all ? n_all : 1, sizeof *in);
	struct balance_row *rows = calloc(n_all ? n_all : 1, sizeof *rows);
	s->balance = calloc(n_all ? n_all : 1, sizeof *s->balance);
	if (!in || !rows || !s->balance) {
		free(in);
		free(rows);
		free(all);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n_all; i++) {
		/* One that has left has no bar and no share. */
		if (!roster_takes_part(roster, all[i].id, s->meeting.date))
			continue;
		struct balance_input *b = &in[s->n_balance];
		b->municipality_id = all[i].id;
		b->weight = all[i].weight;
		for (size_t k = 0; k < s->n_people; k++) {
			const struct attendee *a = &s->people[k];
			if (!a->counts || a->person.municipality_id != all[i].id)
				continue;
			b->pool += a->expected;
			b->present += a->attendance.state == PRESENCE_PRESENT;
		}
		s->balance[s->n_balance++].municipality = all[i];
	}
	balance_compute(in, s->n_balance, s->settings.balance_tolerance, rows,
			&s->balance_report);
	for (size_t i = 0; i < s->n_balance; i++)
		s->balance[i].row = rows[i];
	free(in);
	free(rows);
	free(all);
	return NL_OK;
}

/* The meeting's log, replayed up to the snapshot's moment: its close, or
 * now (never before its last event: a clock may have been put back). */
static enum nl_status replay_log(struct store *store,
				 struct meeting_snapshot *s, nl_time now,
				 struct att_replay *replay, struct nl_error *err)
{
	struct att_log log;
	enum nl_status status = att_log_load(store, s->meeting.id, &log, err);
	s->moment = attendance_moment_after(&s->meeting, log.in_force,
					    log.n_in_force, now);
	if (status == NL_OK)
		status = att_replay(log.in_force, log.n_in_force,
				    s->settings.counting_roles,
				    s->meeting.quorum_min, s->moment, replay,
				    err);
	s->n_events = log.n_in_force;
	att_log_free(&log);
	return status;
}

static enum nl_status assemble(struct store *store, int64_t meeting_id,
			       nl_time now, struct meeting_snapshot *s,
			       struct nl_error *err)
{
	enum nl_status status = meeting_get(store, meeting_id, &s->meeting, err);
	if (status == NL_OK)
		status = settings_load(store, &s->settings, err);
	if (status != NL_OK)
		return status;
	struct att_replay replay = {0};
	struct roster roster;
	status = roster_load(store, s->settings.term_years, &roster, err);
	if (status == NL_OK)
		status = replay_log(store, s, now, &replay, err);
	if (status == NL_OK)
		status = load_people(store, s, &roster, &replay, err);
	if (status == NL_OK)
		status = load_balance(store, s, &roster, err);
	if (status == NL_OK)
		status = store_guest_list(store, meeting_id, &s->guests,
					  &s->n_guests, err);
	roster_free(&roster);
	if (status == NL_OK) {
		s->quorum = replay.quorum;
		/* The snapshot keeps the timeline; the rest goes. */
		s->timeline = replay.timeline;
		memset(&replay.timeline, 0, sizeof replay.timeline);
	}
	att_replay_free(&replay);
	return status;
}

enum nl_status snapshot_load(struct store *store, int64_t meeting_id,
			     nl_time now, struct meeting_snapshot *out,
			     struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      assemble(store, meeting_id, now, out, err),
				      err);
	if (status != NL_OK)
		snapshot_free(out);
	return status;
}

void snapshot_free(struct meeting_snapshot *s)
{
	free(s->people);
	free(s->balance);
	free(s->guests);
	quorum_timeline_free(&s->timeline);
	memset(s, 0, sizeof *s);
}

const struct attendee *snapshot_find(const struct meeting_snapshot *s,
				     int64_t person_id)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (s->people[i].person.id == person_id)
			return &s->people[i];
	return NULL;
}

const struct attendee *snapshot_stand_in_for(const struct meeting_snapshot *s,
					     int64_t member_id)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (s->people[i].attendance.for_person_id == member_id)
			return &s->people[i];
	return NULL;
}

const struct quorum_lapse *snapshot_current_lapse(
	const struct meeting_snapshot *s)
{
	if (s->timeline.n_lapses == 0)
		return NULL;
	const struct quorum_lapse *last =
		&s->timeline.lapses[s->timeline.n_lapses - 1];
	if (attendance_lapse_at_close(&s->meeting, last))
		return NULL;
	return last->restored_at == 0 ? last : NULL;
}

struct presence_counts snapshot_presence_counts(const struct meeting_snapshot *s)
{
	struct presence_counts c = {0, 0, 0, 0};
	for (size_t i = 0; i < s->n_people; i++) {
		switch (s->people[i].attendance.state) {
		case PRESENCE_PRESENT: c.present++; break;
		case PRESENCE_LEFT: c.left++; break;
		case PRESENCE_EXCUSED: c.excused++; break;
		case PRESENCE_NONE: c.not_arrived++; break;
		}
	}
	return c;
}

struct group_count snapshot_group_count(const struct meeting_snapshot *s,
					int64_t municipality_id)
{
	struct group_count g = {0, 0};
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		if (!a->counts || a->person.municipality_id != municipality_id)
			continue;
		g.listed++;
		g.present += a->attendance.state == PRESENCE_PRESENT;
	}
	return g;
}

double snapshot_balance_scale(const struct meeting_snapshot *s)
{
	double scale = 1;
	for (size_t i = 0; i < s->n_balance; i++) {
		const struct balance_row *r = &s->balance[i].row;
		scale = r->present > scale ? r->present : scale;
		scale = r->expected_count > scale ? r->expected_count : scale;
	}
	return scale;
}
