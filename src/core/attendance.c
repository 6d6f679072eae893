/*
 * attendance.c — the write side of the attendance log.  Events are only
 * ever appended (the schema's triggers refuse anything else); every check
 * here runs against the events in force (attendance_log.h), read inside the
 * same write transaction, so two processes recording at once cannot both
 * pass a check that only one of them should.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "attendance_log.h"
#include "attendance_replay.h"
#include "attendance_internal.h"
#include "attendance_rules.h"
#include "attendance_tally.h"
#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "settings.h"
#include "store.h"
#include "store_attendance.h"
#include "store_guests.h"
#include "store_members.h"
#include "text_show.h"


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

/* The quorum at the meeting's current moment, by the one replay. */
enum nl_status att_quorum_now(const struct att_log *log,
				 const struct settings *settings,
				 const struct meeting *meeting, nl_time now,
				 struct quorum_state *out, struct nl_error *err)
{
	struct att_replay replay = {0};
	enum nl_status status = att_replay(
		log->in_force, log->n_in_force, settings->counting_roles,
		meeting->quorum_min,
		attendance_moment_after(meeting, log->in_force,
					log->n_in_force, now),
		&replay, err);
	if (status == NL_OK)
		*out = replay.quorum;
	att_replay_free(&replay);
	return status;
}

enum nl_status attendance_quorum_for_record(struct store *store,
					    const struct meeting *meeting,
					    nl_time now,
					    struct quorum_state *out,
					    struct nl_error *err)
{
	struct settings settings;
	struct att_log log;
	struct att_replay replay = {0};
	memset(out, 0, sizeof *out);
	enum nl_status status = settings_load(store, &settings, err);
	if (status != NL_OK)
		return status;
	status = att_log_load(store, meeting->id, &log, err);
	if (status == NL_OK)
		status = att_replay(log.in_force, log.n_in_force,
				    settings.counting_roles,
				    meeting->quorum_min,
				    attendance_moment_after(meeting,
							    log.in_force,
							    log.n_in_force,
							    now),
				    &replay, err);
	if (status == NL_OK)
		*out = meeting->status == MEETING_CLOSED && meeting->closed_at
			       ? quorum_timeline_at(&replay.timeline,
						    meeting->closed_at - 1)
			       : replay.quorum;
	att_replay_free(&replay);
	att_log_free(&log);
	return status;
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

enum nl_status attendance_choose_time(const struct meeting *m,
				     enum att_kind kind, nl_time at,
				     nl_time now, nl_time *out,
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

enum nl_status attendance_open_for_checkin(struct store *store,
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

enum nl_status attendance_meeting_takes(const struct meeting *m,
				       enum att_kind kind, nl_time *at,
				       struct nl_error *err)
{
	char hhmm[NL_HHMM_LEN];
	if (m->status == MEETING_CANCELLED)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld was cancelled: it did not take "
				 "place, so no attendance is recorded for it"),
			       (long long)m->id);
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

/* What a recording starts from: the ids, or the meeting and person the
 * caller read in the same transaction (then not read again). */
struct record_subject {
	int64_t meeting_id, person_id, member_id;
	const struct meeting *meeting;
	const struct person *person;
};

static enum nl_status read_subject(struct store *store,
				   const struct record_subject *who,
				   struct att_outcome *out,
				   struct nl_error *err)
{
	enum nl_status status = NL_OK;
	if (who->meeting)
		out->meeting = *who->meeting;
	else
		status = meeting_get(store, who->meeting_id, &out->meeting,
				     err);
	if (status == NL_OK && who->person)
		out->person = *who->person;
	else if (status == NL_OK)
		status = member_get(store, who->person_id, &out->person, err);
	return status;
}

/* The meeting's tally, if it still describes the log and may judge this
 * event (attendance_tally.h); *usable false otherwise. */
static enum nl_status usable_tally(struct store *store,
				   const struct record_subject *who,
				   const struct settings *settings,
				   const struct att_outcome *out,
				   struct att_tally *tally, bool *usable,
				   struct nl_error *err)
{
	int64_t newest = 0;
	*usable = false;
	if (who->member_id || out->meeting.status != MEETING_OPEN ||
	    out->person.role == ROLE_STAND_IN)
		return NL_OK;
	enum nl_status status =
		store_tally_get(store, who->meeting_id, tally, &newest, err);
	if (status != NL_OK)
		return status == NL_ERR_NOTFOUND ? NL_OK : status;
	*usable = newest == tally->last_event_id &&
		  tally->counting == settings->counting_roles &&
		  tally->minimum == out->meeting.quorum_min &&
		  out->at > tally->last_at;
	return NL_OK;
}

/* Writes the event and the tally after it, if the tally can say what the
 * event does to the quorum (att_tally_next); mine holds the person's rows
 * and gets the event. */
static enum nl_status write_by_tally(struct store *store,
				     const struct att_tally *tally,
				     struct att_log *mine,
				     struct att_event *event, nl_time now,
				     struct att_outcome *out, bool *done,
				     struct nl_error *err)
{
	struct att_tally next;
	size_t n_before = mine->n_in_force;
	struct att_event *before = malloc((n_before + 1) * sizeof *before);
	if (!before)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	memcpy(before, mine->in_force, n_before * sizeof *before);
	enum nl_status status = att_log_append(mine, event, err);
	if (status == NL_OK &&
	    att_tally_next(tally, before, n_before, mine->in_force,
			   mine->n_in_force, event, &next, &out->before,
			   &out->after)) {
		*done = true;
		out->kind = event->kind;
		status = store_attendance_insert(store, out->meeting.id, event,
						 now, &out->event_id, err);
		next.last_event_id = out->event_id;
		if (status == NL_OK)
			status = store_tally_put(store, &next, err);
	}
	free(before);
	return status;
}

/* A presence event judged by the tally: the person's own rows and the
 * quorum kept, not the whole log.  *done false and nothing written: the
 * caller replays the log. */
static enum nl_status record_by_tally(struct store *store,
				      const struct record_subject *who,
				      enum att_kind kind, nl_time now,
				      const struct settings *settings,
				      struct att_outcome *out, bool *done,
				      struct nl_error *err)
{
	struct att_tally tally;
	struct att_log mine;
	bool usable;
	*done = false;
	enum nl_status status = usable_tally(store, who, settings, out, &tally,
					     &usable, err);
	if (status != NL_OK || !usable)
		return status;
	status = att_log_load_person(store, who->meeting_id, &out->person,
				     &mine, err);
	if (status != NL_OK || !att_tally_fits(mine.raw, mine.n_raw)) {
		att_log_free(&mine);
		return status;
	}
	/* Its id is not known before it is written, but it is the newest. */
	struct att_event event = {
		.id = INT64_MAX, .person_id = who->person_id, .kind = kind,
		.at = out->at, .role = out->person.role,
		.municipality_id = out->person.municipality_id,
	};
	nl_time since = 0;
	enum att_verdict verdict = att_check(mine.in_force, mine.n_in_force,
					     &event, &since);
	if (verdict != ATT_ACCEPTED) {
		*done = true;
		status = refuse(verdict, &out->person, since, err);
	} else {
		status = write_by_tally(store, &tally, &mine, &event, now, out,
					done, err);
	}
	att_log_free(&mine);
	return status;
}

/* After a replay of the whole log whose newest row, out->event_id, was
 * just added (an event, or an undo): the tally the next event may start
 * from, if the log allows one; out->before is the quorum without that
 * row, and before_last_at its last moment in force. */
static enum nl_status keep_tally(struct store *store,
				 const struct att_log *log,
				 const struct settings *settings,
				 const struct att_outcome *out,
				 nl_time before_last_at, struct nl_error *err)
{
	if (out->meeting.status != MEETING_OPEN ||
	    !att_tally_fits(log->raw, log->n_raw))
		return NL_OK;
	struct att_tally tally = {
		.meeting_id = out->meeting.id,
		.last_event_id = out->event_id,
		.last_at = att_log_last_in_force(log),
		.counting = settings->counting_roles,
		.minimum = out->meeting.quorum_min,
		.quorum = out->after,
		.known_before = true,
		.before_last_at = before_last_at,
		.before = out->before,
	};
	return store_tally_put(store, &tally, err);
}

static enum nl_status record(struct store *store,
			     const struct record_subject *who,
			     enum att_kind kind, nl_time at, nl_time now,
			     struct att_outcome *out, struct nl_error *err)
{
	struct settings settings;
	struct att_log log;
	nl_time since = 0;
	int64_t meeting_id = who->meeting_id, person_id = who->person_id;
	int64_t member_id = who->member_id;
	memset(out, 0, sizeof *out);
	enum nl_status status = read_subject(store, who, out, err);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = attendance_choose_time(&out->meeting, kind, at, now,
						&out->at, err);
	if (status == NL_OK)
		status = attendance_meeting_takes(&out->meeting, kind, &out->at,
						  err);
	if (status != NL_OK)
		return status;
	if (!out->person.active)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is inactive (reactivate with: notulist "
				 "member activate %lld)"),
			       QUOTED(out->person.name), (long long)person_id);
	bool done = false;
	status = record_by_tally(store, who, kind, now, &settings, out, &done,
				 err);
	if (status != NL_OK || done)
		return status;
	status = att_log_load(store, meeting_id, &log, err);
	if (status != NL_OK) {
		att_log_free(&log);
		return status;
	}
	/* "Now" from a clock that was put back goes after what is there. */
	if (at == 0 && att_log_last_in_force(&log) > out->at)
		out->at = att_log_last_in_force(&log);
	struct att_event event = {
		.person_id = person_id, .kind = kind, .at = out->at,
		.for_person_id = member_id, .role = out->person.role,
		.municipality_id = out->person.municipality_id,
	};
	status = att_check_seat(store, &log, &settings, out, &event, now, err);
	if (status != NL_OK) {
		att_log_free(&log);
		return status;
	}
	/* In a seat, the stand-in counts as the member's role, as the log
	 * read back from the store has it (store_attendance.c). */
	if (out->seat.id)
		event.role = out->seat.role;
	enum att_verdict verdict = att_check(log.in_force, log.n_in_force,
					     &event, &since);
	if (verdict != ATT_ACCEPTED) {
		att_log_free(&log);
		return refuse(verdict, &out->person, since, err);
	}
	out->kind = kind;
	status = att_quorum_now(&log, &settings, &out->meeting, now, &out->before,
			    err);
	if (status == NL_OK && kind == ATT_IN)
		status = attendance_open_for_checkin(store, &out->meeting, now,
						     &out->opened_meeting, err);
	if (status == NL_OK)
		status = store_attendance_insert(store, meeting_id, &event, now,
						 &out->event_id, err);
	event.id = out->event_id;
	nl_time before_last_at = att_log_last_in_force(&log);
	if (status == NL_OK)
		status = att_log_append(&log, &event, err);
	if (status == NL_OK)
		status = att_quorum_now(&log, &settings, &out->meeting, now,
				    &out->after, err);
	if (status == NL_OK)
		status = keep_tally(store, &log, &settings, out,
				    before_last_at, err);
	att_log_free(&log);
	return status;
}

/* One check-in, check-out or excuse in a transaction of its own. */
static enum nl_status record_one(struct store *store,
				 const struct record_subject *who,
				 enum att_kind kind, nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err)
{
	if (kind == ATT_UNDO)
		return nl_fail(err, NL_ERR_INVALID, _("use attendance_undo"));
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      record(store, who, kind, at, now, out,
					     err),
				      err);
	return status;
}

enum nl_status attendance_record(struct store *store, int64_t meeting_id,
				 int64_t person_id, enum att_kind kind,
				 nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err)
{
	struct record_subject who = {meeting_id, person_id, 0, NULL, NULL};
	return record_one(store, &who, kind, at, now, out, err);
}

enum nl_status attendance_record_read(struct store *store,
				      const struct meeting *meeting,
				      const struct person *person,
				      enum att_kind kind, nl_time at,
				      nl_time now, struct att_outcome *out,
				      struct nl_error *err)
{
	struct record_subject who = {meeting->id, person->id, 0, meeting,
				     person};
	return record_one(store, &who, kind, at, now, out, err);
}

enum nl_status attendance_stand_in(struct store *store, int64_t meeting_id,
				   int64_t person_id, int64_t member_id,
				   nl_time at, nl_time now,
				   struct att_outcome *out,
				   struct nl_error *err)
{
	struct record_subject who = {meeting_id, person_id, member_id, NULL,
				     NULL};
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      record(store, &who, ATT_IN, at, now, out,
					     err),
				      err);
	return status;
}

/* A guest counts for nothing: the quorum is the same before and after. */
static enum nl_status undo_guest(struct store *store, const struct att_log *log,
				 const struct settings *settings,
				 const struct meeting_guest *guest, nl_time now,
				 struct att_outcome *out, struct nl_error *err)
{
	out->guest = true;
	out->kind = ATT_IN;
	out->at = guest->arrived_at;
	snprintf(out->person.name, sizeof out->person.name, "%s", guest->name);
	enum nl_status status = att_quorum_now(log, settings, &out->meeting, now,
					   &out->before, err);
	out->after = out->before;
	if (status == NL_OK)
		status = store_guest_undo(store, guest->id, now, err);
	return status;
}

static enum nl_status undo(struct store *store, int64_t meeting_id,
			   nl_time now, struct att_outcome *out,
			   struct nl_error *err)
{
	struct settings settings;
	struct att_log log = {0};
	memset(out, 0, sizeof *out);
	enum nl_status status = meeting_get(store, meeting_id, &out->meeting,
					    err);
	nl_time moment = now;
	if (status == NL_OK)
		status = attendance_meeting_takes(&out->meeting, ATT_UNDO, &moment, err);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = att_log_load(store, meeting_id, &log, err);
	if (status != NL_OK) {
		att_log_free(&log);
		return status;
	}
	const struct att_event *found = att_log_undo_target(&log);
	struct meeting_guest guest;
	status = store_guest_latest(store, meeting_id, &guest, err);
	if (status == NL_OK && (!found || guest.after_event >= found->id)) {
		status = undo_guest(store, &log, &settings, &guest, now, out,
				    err);
		att_log_free(&log);
		return status;
	}
	if (status != NL_OK && status != NL_ERR_NOTFOUND) {
		att_log_free(&log);
		return status;
	}
	if (!found) {
		att_log_free(&log);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("nothing to undo in meeting %lld"),
			       (long long)meeting_id);
	}
	/* Copies: appending to the log moves its events. */
	const struct att_event target = *found;
	nl_time before_last_at = att_log_last_in_force(&log);
	const struct att_row *row;
	att_log_find(&log, target.id, &row);
	out->kind = target.kind;
	out->at = row->at;
	out->rows = att_log_command_size(&log, target.id);
	if (att_kind_is_correction(target.kind)) {
		const struct att_event *fixed = att_log_find(&log, target.target,
							     &row);
		out->corrected_id = target.target;
		out->corrected_kind = fixed ? fixed->kind : ATT_IN;
		out->at = target.recorded_at;
	}
	struct att_event event = {.person_id = target.person_id,
				  .kind = ATT_UNDO, .at = now,
				  .target = target.id, .recorded_at = now};
	status = att_quorum_now(&log, &settings, &out->meeting, now, &out->before,
			    err);
	if (status == NL_OK)
		status = member_get(store, target.person_id,
					    &out->person, err);
	if (status == NL_OK)
		status = store_attendance_insert(store, meeting_id, &event, now,
						 &out->event_id, err);
	event.id = out->event_id;
	event.role = out->person.role;
	event.municipality_id = out->person.municipality_id;
	if (status == NL_OK)
		status = att_log_append(&log, &event, err);
	/* An undone correction changes the record after the fact. */
	struct change_entry c = {.meeting_id = meeting_id, .changed_at = now,
				 .what = CHANGE_ATT_UNDO, .item_id = target.id,
				 .person_id = target.person_id};
	if (status == NL_OK && out->corrected_id)
		status = change_log_add(store, &c, err);
	/* Where the corrected event is now that the correction is gone. */
	if (status == NL_OK && out->corrected_id &&
	    att_log_find(&log, out->corrected_id, &row))
		out->corrected_at = row->at;
	if (status == NL_OK)
		status = att_quorum_now(&log, &settings, &out->meeting, now,
				    &out->after, err);
	/* The board's next check-in after an undo need not replay again. */
	if (status == NL_OK)
		status = keep_tally(store, &log, &settings, out,
				    before_last_at, err);
	att_log_free(&log);
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

/* Whether two undos take back the same action. */
static bool same_action(const struct att_outcome *a,
			const struct att_outcome *b)
{
	return a->guest == b->guest && a->kind == b->kind && a->at == b->at &&
	       a->person.id == b->person.id &&
	       strcmp(a->person.name, b->person.name) == 0;
}

/* The undo itself, rolled back: what it would take back is then exactly
 * what attendance_undo finds, by the same code. */
enum nl_status attendance_undo_preview(struct store *store,
				       int64_t meeting_id, nl_time now,
				       struct att_outcome *out,
				       struct nl_error *err)
{
	return attendance_undo_expected(store, meeting_id, now, NULL, out,
					err);
}

enum nl_status attendance_undo_expected(struct store *store,
					int64_t meeting_id, nl_time now,
					const struct att_outcome *expected,
					struct att_outcome *out,
					struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status != NL_OK)
		return status;
	status = undo(store, meeting_id, now, out, err);
	if (!expected) {                 /* a preview: nothing is kept */
		store_rollback(store);
		return status;
	}
	if (status == NL_OK && !same_action(expected, out))
		status = nl_fail(err, NL_ERR_REFUSED, "%s",
				 _("the last attendance action changed "
				   "meanwhile: nothing undone"));
	return store_finish(store, status, err);
}

static enum nl_status walk_in(struct store *store, int64_t meeting_id,
			      const struct member_input *person,
			      int64_t member_id, nl_time now,
			      struct att_outcome *out, struct nl_error *err)
{
	int64_t person_id;
	enum nl_status status = member_add(store, person, now, &person_id, err);
	if (status != NL_OK)
		return status;
	struct record_subject who = {meeting_id, person_id, member_id, NULL,
				     NULL};
	return record(store, &who, ATT_IN, 0, now, out, err);
}

enum nl_status attendance_walk_in(struct store *store, int64_t meeting_id,
				  const struct member_input *person,
				  int64_t member_id, nl_time now,
				  struct att_outcome *out,
				  struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      walk_in(store, meeting_id, person,
					      member_id, now, out, err),
				      err);
	return status;
}

enum role attendance_role(const struct person *p,
			  const struct person_attendance *a)
{
	return a && a->for_person_id ? a->role : p->role;
}

bool attendance_counts(role_mask counting, const struct person *p,
		       const struct person_attendance *a)
{
	return role_counts(counting, attendance_role(p, a));
}
