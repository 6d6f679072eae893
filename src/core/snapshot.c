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
#include "snapshot.h"
#include "store.h"
#include "store_members.h"

static enum nl_status load_people(struct store *store,
				  struct meeting_snapshot *s,
				  const struct att_replay *replay,
				  struct nl_error *err)
{
	struct person *all;
	size_t n_all;
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
		/* Expected (person_expected_at), or seen: anyone with a
		 * record, even if they have left the body since. */
		const struct person_attendance *record =
			att_find(replay->people, replay->n_people, all[i].id);
		if (!record && !person_expected_at(&all[i], &s->meeting))
			continue;
		struct attendee *a = &s->people[s->n_people++];
		a->person = all[i];
		a->counts = role_counts(s->settings.counting_roles,
					all[i].role);
		if (record)
			a->attendance = *record;
		else
			att_not_arrived(all[i].id, &a->attendance);
	}
	free(all);
	return NL_OK;
}

static enum nl_status load_balance(struct store *store,
				   struct meeting_snapshot *s,
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
		if (!all[i].active)
			continue;
		struct balance_input *b = &in[s->n_balance];
		b->municipality_id = all[i].id;
		b->weight = all[i].weight;
		for (size_t k = 0; k < s->n_people; k++) {
			const struct attendee *a = &s->people[k];
			if (!a->counts || a->person.municipality_id != all[i].id)
				continue;
			b->pool += person_expected_at(&a->person, &s->meeting);
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
	status = replay_log(store, s, now, &replay, err);
	if (status == NL_OK)
		status = load_people(store, s, &replay, err);
	if (status == NL_OK)
		status = load_balance(store, s, err);
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
	quorum_timeline_free(&s->timeline);
	memset(s, 0, sizeof *s);
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
