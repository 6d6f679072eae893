/*
 * attendance.c — the write side of the attendance log.  Events are only
 * ever appended (the schema's triggers refuse anything else); every check
 * here runs against the effective log inside the same write transaction, so
 * two processes recording at once cannot both pass a check that only one of
 * them should.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "attendance_rules.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "settings.h"
#include "store.h"
#include "store_meetings.h"
#include "store_members.h"
#include "text_show.h"

struct meeting_log {
	struct att_event *raw;
	size_t n_raw;
	struct att_event *effective;
	size_t n_effective;
};

static void log_free(struct meeting_log *log)
{
	free(log->raw);
	free(log->effective);
	memset(log, 0, sizeof *log);
}

static enum nl_status log_load(struct store *store, int64_t meeting_id,
			       struct meeting_log *log, struct nl_error *err)
{
	memset(log, 0, sizeof *log);
	enum nl_status status = store_attendance_list(store, meeting_id,
						      &log->raw, &log->n_raw,
						      err);
	if (status != NL_OK)
		return status;
	log->effective = malloc((log->n_raw + 1) * sizeof *log->effective);
	if (!log->effective) {
		log_free(log);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	log->n_effective = att_effective(log->raw, log->n_raw, log->effective);
	return NL_OK;
}

/* Adds an event just written to the log in memory, as reading the log
 * again would have found it: the write transaction is still ours, so
 * nothing else can have been added in between. */
static enum nl_status log_append(struct meeting_log *log,
				 const struct att_event *event,
				 struct nl_error *err)
{
	struct att_event *raw = realloc(log->raw,
					(log->n_raw + 1) * sizeof *raw);
	if (raw)
		log->raw = raw;
	struct att_event *effective =
		raw ? realloc(log->effective,
			      (log->n_raw + 2) * sizeof *effective)
		    : NULL;
	if (!effective)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	log->effective = effective;
	log->raw[log->n_raw++] = *event;
	/* The effective log stays sorted by time, then entry: an undo takes
	 * its target out; anything else, the newest entry, goes after every
	 * event at or before its time (what att_effective would give,
	 * without sorting the whole log again). */
	size_t i = 0, n = log->n_effective;
	if (event->kind == ATT_UNDO) {
		while (i < n && effective[i].id != event->undoes)
			i++;
		if (i < n)
			memmove(&effective[i], &effective[i + 1],
				(n - i - 1) * sizeof *effective);
		log->n_effective = i < n ? n - 1 : n;
		return NL_OK;
	}
	while (i < n && effective[i].at <= event->at)
		i++;
	memmove(&effective[i + 1], &effective[i], (n - i) * sizeof *effective);
	effective[i] = *event;
	log->n_effective = n + 1;
	return NL_OK;
}

nl_time attendance_moment(const struct meeting *meeting, nl_time now)
{
	return meeting->status == MEETING_CLOSED && meeting->closed_at
		       ? meeting->closed_at
		       : now;
}

nl_time attendance_moment_after(const struct meeting *meeting,
				const struct att_event *effective, size_t n,
				nl_time now)
{
	nl_time moment = attendance_moment(meeting, now);
	if (meeting->status == MEETING_CLOSED && meeting->closed_at)
		return moment;
	return n && effective[n - 1].at > moment ? effective[n - 1].at : moment;
}

bool attendance_lapse_at_close(const struct meeting *meeting,
			       const struct quorum_lapse *lapse)
{
	return meeting->status == MEETING_CLOSED && meeting->closed_at &&
	       !lapse->restored_at && lapse->lost_at >= meeting->closed_at;
}

static struct quorum_state quorum_now(const struct meeting_log *log,
				      const struct settings *settings,
				      const struct meeting *meeting,
				      nl_time now)
{
	return quorum_at(log->effective, log->n_effective,
			 settings->counting_roles, meeting->quorum_min,
			 attendance_moment_after(meeting, log->effective,
						 log->n_effective, now));
}

static enum nl_status refuse(enum att_verdict verdict, const struct person *p,
			     nl_time when, struct nl_error *err)
{
	char hhmm[NL_HHMM_LEN];
	nl_format_hhmm(when, hhmm);
	switch (verdict) {
	case ATT_ALREADY_PRESENT:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is already present (since %s)"),
			       QUOTED(p->name), hhmm);
	case ATT_NOT_PRESENT:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is not present, so cannot be checked "
				 "out"), QUOTED(p->name));
	case ATT_ALREADY_EXCUSED:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is already excused"), QUOTED(p->name));
	case ATT_EXCUSE_ATTENDED:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s has attended this meeting, so cannot be "
				 "excused"), QUOTED(p->name));
	case ATT_CONFLICTS_LATER:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("that does not fit %s's later record at %s; "
				 "undo that first"), QUOTED(p->name), hhmm);
	case ATT_ACCEPTED:
		break;
	}
	return NL_OK;
}

static enum nl_status choose_time(const struct meeting *m, enum att_kind kind,
				  nl_time at, nl_time now, nl_time *out,
				  struct nl_error *err)
{
	char date[NL_DATE_LEN];
	nl_format_date(m->date, date);
	if (at == 0) {
		/* An excuse may arrive any day; presence needs a real time. */
		if (kind != ATT_EXCUSED && !meeting_is_current(m, now))
			return nl_fail(err, NL_ERR_INVALID,
				       _("meeting %lld is on %s, not today: "
					 "give the time with --at HH:MM"),
				       (long long)m->id, date);
		*out = now;
		return NL_OK;
	}
	if (at > now + MEETING_CLOCK_SLACK)
		return nl_fail(err, NL_ERR_INVALID,
			       _("that time is in the future; attendance is "
				 "recorded when it happens"));
	*out = at;
	return NL_OK;
}

static enum nl_status open_for_checkin(struct store *store,
				       struct meeting *m, nl_time now,
				       bool *opened, struct nl_error *err)
{
	*opened = false;
	if (m->status != MEETING_PLANNED)
		return NL_OK;
	enum nl_status status = meeting_open(store, m->id, now, m, err);
	*opened = status == NL_OK;
	return status;
}

static enum nl_status meeting_takes(const struct meeting *m,
				    enum att_kind kind, nl_time *at,
				    struct nl_error *err)
{
	char hhmm[NL_HHMM_LEN];
	switch (att_meeting_accepts(m, kind, *at, at)) {
	case ATT_MEETING_APPROVED:
		return record_refuse_approved(m, err);
	case ATT_MEETING_AFTER_CLOSE:
		nl_format_hhmm(m->closed_at, hhmm);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld was closed at %s; only what "
				 "happened before then can be recorded"),
			       (long long)m->id, hhmm);
	case ATT_MEETING_ACCEPTS:
		break;
	}
	return NL_OK;
}

static enum nl_status record(struct store *store, int64_t meeting_id,
			     int64_t person_id, enum att_kind kind, nl_time at,
			     nl_time now, struct att_outcome *out,
			     struct nl_error *err)
{
	struct settings settings;
	struct meeting_log log;
	nl_time since = 0;
	memset(out, 0, sizeof *out);
	enum nl_status status = meeting_get(store, meeting_id, &out->meeting,
					    err);
	if (status == NL_OK)
		status = store_person_by_id(store, person_id, &out->person, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no person with id %lld"),
			       (long long)person_id);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = choose_time(&out->meeting, kind, at, now, &out->at, err);
	if (status == NL_OK)
		status = meeting_takes(&out->meeting, kind, &out->at, err);
	if (status != NL_OK)
		return status;
	if (!out->person.active)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is inactive (reactivate with: notulist "
				 "member activate %lld)"),
			       QUOTED(out->person.name), (long long)person_id);
	status = log_load(store, meeting_id, &log, err);
	if (status != NL_OK)
		return status;
	/* "Now" from a clock that was put back goes after what is there. */
	if (at == 0 && log.n_effective &&
	    log.effective[log.n_effective - 1].at > out->at)
		out->at = log.effective[log.n_effective - 1].at;
	struct att_event event = {
		.person_id = person_id, .kind = kind, .at = out->at,
		.role = out->person.role,
		.municipality_id = out->person.municipality_id,
	};
	enum att_verdict verdict = att_check(log.effective, log.n_effective,
					     &event, &since);
	if (verdict != ATT_ACCEPTED) {
		log_free(&log);
		return refuse(verdict, &out->person, since, err);
	}
	out->kind = kind;
	out->before = quorum_now(&log, &settings, &out->meeting, now);
	if (kind == ATT_IN)
		status = open_for_checkin(store, &out->meeting, now,
					  &out->opened_meeting, err);
	if (status == NL_OK)
		status = store_attendance_insert(store, meeting_id, &event, now,
						 &out->event_id, err);
	event.id = out->event_id;
	if (status == NL_OK)
		status = log_append(&log, &event, err);
	if (status == NL_OK)
		out->after = quorum_now(&log, &settings, &out->meeting, now);
	log_free(&log);
	return status;
}

enum nl_status attendance_record(struct store *store, int64_t meeting_id,
				 int64_t person_id, enum att_kind kind,
				 nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err)
{
	if (kind == ATT_UNDO)
		return nl_fail(err, NL_ERR_INVALID, _("use attendance_undo"));
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      record(store, meeting_id, person_id, kind,
					     at, now, out, err),
				      err);
	return status;
}

static const struct att_event *find_event(const struct meeting_log *log,
					  int64_t id)
{
	for (size_t i = 0; i < log->n_raw; i++)
		if (log->raw[i].id == id)
			return &log->raw[i];
	return NULL;
}

static enum nl_status undo(struct store *store, int64_t meeting_id,
			   nl_time now, struct att_outcome *out,
			   struct nl_error *err)
{
	struct settings settings;
	struct meeting_log log;
	memset(out, 0, sizeof *out);
	enum nl_status status = meeting_get(store, meeting_id, &out->meeting,
					    err);
	nl_time moment = now;
	if (status == NL_OK)
		status = meeting_takes(&out->meeting, ATT_UNDO, &moment, err);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = log_load(store, meeting_id, &log, err);
	if (status != NL_OK)
		return status;
	const struct att_event *target =
		find_event(&log, att_undo_target(log.raw, log.n_raw));
	if (!target) {
		log_free(&log);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("nothing to undo in meeting %lld"),
			       (long long)meeting_id);
	}
	struct att_event event = {.person_id = target->person_id,
				  .kind = ATT_UNDO, .at = now,
				  .undoes = target->id};
	out->kind = target->kind;
	out->at = target->at;
	out->before = quorum_now(&log, &settings, &out->meeting, now);
	status = store_person_by_id(store, target->person_id, &out->person, err);
	if (status == NL_OK)
		status = store_attendance_insert(store, meeting_id, &event, now,
						 &out->event_id, err);
	event.id = out->event_id;
	event.role = out->person.role;
	event.municipality_id = out->person.municipality_id;
	if (status == NL_OK)
		status = log_append(&log, &event, err);
	if (status == NL_OK)
		out->after = quorum_now(&log, &settings, &out->meeting, now);
	log_free(&log);
	return status;
}

enum nl_status attendance_undo(struct store *store, int64_t meeting_id,
			       nl_time now, struct att_outcome *out,
			       struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      undo(store, meeting_id, now, out, err),
				      err);
	return status;
}

static enum nl_status walk_in(struct store *store, int64_t meeting_id,
			      const struct member_input *person, nl_time now,
			      struct att_outcome *out, struct nl_error *err)
{
	int64_t person_id;
	enum nl_status status = member_add(store, person, now, &person_id, err);
	if (status != NL_OK)
		return status;
	return attendance_record(store, meeting_id, person_id, ATT_IN, 0, now,
				 out, err);
}

enum nl_status attendance_walk_in(struct store *store, int64_t meeting_id,
				  const struct member_input *person,
				  nl_time now, struct att_outcome *out,
				  struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      walk_in(store, meeting_id, person, now,
					      out, err),
				      err);
	return status;
}
