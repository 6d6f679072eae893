/*
 * snapshot.c — assembles one consistent picture of a meeting inside a
 * single read transaction, then hands the arithmetic to the pure rules.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "i18n.h"
#include "meetings.h"
#include "snapshot.h"
#include "store.h"
#include "store_meetings.h"
#include "store_members.h"

static enum nl_status load_people(struct store *store,
				  struct meeting_snapshot *s,
				  struct nl_error *err)
{
	struct person *all;
	size_t n_all, n_seen;
	char date[NL_DATE_LEN];
	nl_format_date(s->meeting.date, date);
	/* Not everyone who ever was a member: the start-up of the board and
	 * `status` must not grow with the years. */
	enum nl_status status = store_person_list_for_meeting(
		store, s->meeting.id, date, &all, &n_all, err);
	if (status != NL_OK)
		return status;
	struct person_attendance *seen =
		malloc((s->n_events ? s->n_events : 1) * sizeof *seen);
	s->people = calloc(n_all ? n_all : 1, sizeof *s->people);
	n_seen = seen ? att_replay_all(s->events, s->n_events, s->moment, seen)
		      : (size_t)-1;
	if (!s->people || n_seen == (size_t)-1) {
		free(all);
		free(seen);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n_all; i++) {
		/* Expected (person_expected_at), or seen: anyone with a
		 * record, even if they have left the body since. */
		const struct person_attendance *record =
			att_find(seen, n_seen, all[i].id);
		if (!record && !person_expected_at(&all[i], &s->meeting))
			continue;
		struct attendee *a = &s->people[s->n_people++];
		a->person = all[i];
		a->counts = (s->settings.counting_roles &
			     ROLE_BIT(all[i].role)) != 0;
		if (record)
			a->attendance = *record;
		else
			att_replay_person(NULL, 0, all[i].id, s->moment,
					  &a->attendance);
	}
	free(seen);
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

static enum nl_status load_events(struct store *store,
				  struct meeting_snapshot *s,
				  struct nl_error *err)
{
	struct att_event *raw;
	size_t n_raw;
	enum nl_status status = store_attendance_list(store, s->meeting.id,
						      &raw, &n_raw, err);
	if (status != NL_OK)
		return status;
	s->events = malloc((n_raw + 1) * sizeof *s->events);
	if (!s->events) {
		free(raw);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	s->n_events = att_effective(raw, n_raw, s->events);
	s->undo_target = att_undo_target(raw, n_raw);
	free(raw);
	return NL_OK;
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
	status = load_events(store, s, err);
	if (status == NL_OK)
		s->moment = attendance_moment_after(&s->meeting, s->events,
						    s->n_events, now);
	if (status == NL_OK)
		status = load_people(store, s, err);
	if (status == NL_OK)
		status = load_balance(store, s, err);
	if (status != NL_OK)
		return status;
	role_mask counting = s->settings.counting_roles;
	s->quorum = quorum_at(s->events, s->n_events, counting,
			      s->meeting.quorum_min, s->moment);
	return quorum_timeline_build(s->events, s->n_events, counting,
				     s->meeting.quorum_min, s->moment,
				     &s->timeline, err);
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
	free(s->events);
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
