/*
 * attendance_correct.c — corrections of the attendance log: strike, retime
 * and clear, and the listing that shows what became of every row.
 *
 * Invariants: a correction is appended, never a deletion or an update (the
 * schema's triggers refuse those); it is judged against the log as the one
 * reader resolves it (attendance_log.h), read inside the write transaction;
 * a correction that would leave a person's record not making sense (a
 * check-out without its check-in) is refused, so what is in force always
 * replays without a misfit; every correction writes one change-log entry
 * in the same transaction; nothing changes once the minutes are approved.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "attendance_internal.h"
#include "attendance_log.h"
#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "settings.h"
#include "store.h"
#include "store_attendance.h"
#include "store_members.h"

/* What one correction works on: the meeting, its settings and its log. */
struct fix {
	struct meeting meeting;
	struct settings settings;
	struct att_log log;
};

static enum nl_status load_meeting(struct store *store, int64_t meeting_id,
				   struct fix *f, struct nl_error *err)
{
	memset(f, 0, sizeof *f);
	enum nl_status status = meeting_get(store, meeting_id, &f->meeting,
					    err);
	if (status == NL_OK && f->meeting.minutes_approved.year)
		status = record_refuse_approved(&f->meeting, err);
	if (status == NL_OK)
		status = settings_load(store, &f->settings, err);
	if (status == NL_OK)
		status = att_log_load(store, meeting_id, &f->log, err);
	return status;
}

enum nl_status attendance_event_meeting(struct store *store,
					int64_t event_id,
					struct meeting *out,
					struct nl_error *err)
{
	int64_t meeting_id;
	enum nl_status status = store_attendance_meeting_of(store, event_id,
							    &meeting_id, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status,
			       _("no attendance event with id %lld (see "
				 "notulist attendance list MEETING)"),
			       (long long)event_id);
	if (status != NL_OK)
		return status;
	return meeting_get(store, meeting_id, out, err);
}

/* The presence row a strike or retime acts on: still in force. */
static enum nl_status find_target(const struct fix *f, int64_t event_id,
				  struct att_event *target,
				  struct nl_error *err)
{
	const struct att_row *row;
	const struct att_event *e = att_log_find(&f->log, event_id, &row);
	if (!e)
		return nl_fail(err, NL_ERR_NOTFOUND,
			       _("no attendance event with id %lld"),
			       (long long)event_id);
	if (!att_kind_is_presence(e->kind))
		return nl_fail(err, NL_ERR_REFUSED,
			       _("event %lld is itself a correction (%s); only "
				 "check-ins, check-outs and excuses can be "
				 "struck or moved (undo takes back the latest "
				 "correction)"),
			       (long long)event_id, att_kind_label(e->kind));
	if (row->state == ATT_ROW_STRUCK || row->state == ATT_ROW_UNDONE)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("event %lld is no longer in force (see "
				 "notulist attendance list MEETING --all)"),
			       (long long)event_id);
	*target = *e;
	target->at = row->at;
	return NL_OK;
}

/* Appends a correction to the table and to the log in memory. */
static enum nl_status append(struct store *store, struct fix *f,
			     struct att_event *event, nl_time now,
			     struct nl_error *err)
{
	event->recorded_at = now;
	enum nl_status status = store_attendance_insert(
		store, f->meeting.id, event, now, &event->id, err);
	if (status == NL_OK)
		status = att_log_append(&f->log, event, err);
	return status;
}

/* After a strike: the person's first row that no longer fits, with what to
 * do about it. */
static enum nl_status refuse_strike(const struct att_event *struck,
				    const struct att_event *misfit,
				    const struct person *p,
				    struct nl_error *err)
{
	char hhmm[NL_HHMM_LEN];
	long long id = (long long)struck->id, other = (long long)misfit->id;
	nl_format_hhmm(misfit->at, hhmm);
	switch (misfit->kind) {
	case ATT_OUT:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("striking event %lld would leave %s's "
				 "check-out at %s (event %lld) without a "
				 "check-in: strike event %lld too, or use "
				 "attendance clear"),
			       id, p->name, hhmm, other, other);
	case ATT_EXCUSED:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("striking event %lld would leave %s excused "
				 "at %s (event %lld) after attending: strike "
				 "event %lld too, or use attendance clear"),
			       id, p->name, hhmm, other, other);
	default:
		return nl_fail(err, NL_ERR_REFUSED,
			       _("striking event %lld would leave %s's "
				 "check-in at %s (event %lld) while already "
				 "present: strike event %lld too, or use "
				 "attendance clear"),
			       id, p->name, hhmm, other, other);
	}
}

static void describe_row(const struct att_event *e, const struct person *p,
			 struct att_outcome *out)
{
	out->person = *p;
	out->corrected_id = e->id;
	out->corrected_kind = e->kind;
	out->corrected_at = e->at;
}

static enum nl_status log_change(struct store *store, const struct fix *f,
				 struct change_entry *c, nl_time now,
				 struct nl_error *err)
{
	c->meeting_id = f->meeting.id;
	c->changed_at = now;
	return change_log_add(store, c, err);
}

static void stamp(nl_time t, char *out, size_t size)
{
	char text[NL_STAMP_LEN];
	nl_format_stamp(t, text);
	snprintf(out, size, "%s", text);
}

static enum nl_status strike(struct store *store, int64_t event_id,
			     nl_time now, struct att_outcome *out,
			     struct nl_error *err)
{
	struct fix f = {0};
	struct att_event target = {0};
	int64_t meeting_id;
	memset(out, 0, sizeof *out);
	enum nl_status status = store_attendance_meeting_of(store, event_id,
							    &meeting_id, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status,
			       _("no attendance event with id %lld"),
			       (long long)event_id);
	if (status == NL_OK)
		status = load_meeting(store, meeting_id, &f, err);
	if (status == NL_OK)
		status = find_target(&f, event_id, &target, err);
	if (status == NL_OK)
		status = store_person_by_id(store, target.person_id,
					    &out->person, err);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->before, err);
	struct att_event event = {
		.person_id = target.person_id, .kind = ATT_STRIKE, .at = now,
		.target = target.id, .role = target.role,
		.municipality_id = target.municipality_id,
	};
	if (status == NL_OK)
		status = append(store, &f, &event, now, err);
	const struct att_event *misfit =
		status == NL_OK ? att_first_misfit(f.log.in_force,
						   f.log.n_in_force,
						   target.person_id)
				: NULL;
	if (misfit)
		status = refuse_strike(&target, misfit, &out->person, err);
	struct change_entry c = {.what = CHANGE_ATT_STRIKE,
				 .item_id = target.id,
				 .person_id = target.person_id};
	stamp(target.at, c.old_value, sizeof c.old_value);
	if (status == NL_OK)
		status = log_change(store, &f, &c, now, err);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->after, err);
	describe_row(&target, &out->person, out);
	out->kind = ATT_STRIKE;
	out->at = target.at;
	out->event_id = event.id;
	out->meeting = f.meeting;
	att_log_free(&f.log);
	return status;
}

/* The person's rows in force next to the target, by time: the new time
 * must stay between them. */
static enum nl_status check_order(const struct fix *f,
				  const struct att_event *target, nl_time at,
				  const struct person *p,
				  struct nl_error *err)
{
	const struct att_event *before = NULL, *after = NULL;
	bool passed = false;
	for (size_t i = 0; i < f->log.n_in_force; i++) {
		const struct att_event *e = &f->log.in_force[i];
		if (e->person_id != target->person_id)
			continue;
		if (e->id == target->id)
			passed = true;
		else if (!passed)
			before = e;
		else if (!after)
			after = e;
	}
	char want[NL_HHMM_LEN], hhmm[NL_HHMM_LEN];
	nl_format_hhmm(at, want);
	if (before && at < before->at) {
		nl_format_hhmm(before->at, hhmm);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("event %lld cannot move to %s: that is before "
				 "%s's %s at %s (event %lld); move or strike "
				 "that one first"),
			       (long long)target->id, want, p->name,
			       att_kind_label(before->kind), hhmm,
			       (long long)before->id);
	}
	if (after && at > after->at) {
		nl_format_hhmm(after->at, hhmm);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("event %lld cannot move to %s: that is after "
				 "%s's %s at %s (event %lld); move or strike "
				 "that one first"),
			       (long long)target->id, want, p->name,
			       att_kind_label(after->kind), hhmm,
			       (long long)after->id);
	}
	return NL_OK;
}

static enum nl_status retime(struct store *store, int64_t event_id,
			     nl_time at, nl_time now, struct att_outcome *out,
			     struct nl_error *err)
{
	struct fix f = {0};
	struct att_event target = {0};
	memset(out, 0, sizeof *out);
	enum nl_status status = attendance_event_meeting(store, event_id,
							 &f.meeting, err);
	if (status == NL_OK)
		status = load_meeting(store, f.meeting.id, &f, err);
	if (status == NL_OK)
		status = find_target(&f, event_id, &target, err);
	if (status == NL_OK)
		status = store_person_by_id(store, target.person_id,
					    &out->person, err);
	if (status == NL_OK)
		status = attendance_choose_time(&f.meeting, target.kind, at, now, &at,
					 err);
	if (status == NL_OK)
		status = attendance_meeting_takes(&f.meeting, target.kind, &at, err);
	if (status == NL_OK && at == target.at) {
		char hhmm[NL_HHMM_LEN];
		nl_format_hhmm(at, hhmm);
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("event %lld is already at %s"),
				 (long long)event_id, hhmm);
	}
	if (status == NL_OK)
		status = check_order(&f, &target, at, &out->person, err);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->before, err);
	struct att_event event = {
		.person_id = target.person_id, .kind = ATT_RETIME, .at = at,
		.target = target.id, .role = target.role,
		.municipality_id = target.municipality_id,
	};
	if (status == NL_OK)
		status = append(store, &f, &event, now, err);
	const struct att_event *misfit =
		status == NL_OK ? att_first_misfit(f.log.in_force,
						   f.log.n_in_force,
						   target.person_id)
				: NULL;
	if (misfit)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("moving event %lld there would not fit "
				   "%s's other records; move or strike event "
				   "%lld first"),
				 (long long)event_id, out->person.name,
				 (long long)misfit->id);
	struct change_entry c = {.what = CHANGE_ATT_RETIME,
				 .item_id = target.id,
				 .person_id = target.person_id};
	stamp(target.at, c.old_value, sizeof c.old_value);
	stamp(at, c.new_value, sizeof c.new_value);
	if (status == NL_OK)
		status = log_change(store, &f, &c, now, err);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->after, err);
	describe_row(&target, &out->person, out);
	out->kind = ATT_RETIME;
	out->at = at;
	out->event_id = event.id;
	out->meeting = f.meeting;
	att_log_free(&f.log);
	return status;
}

/* Strikes every presence row of the person still in force (void ones
 * too), the first heading the command; returns how many in *n. */
static enum nl_status strike_all(struct store *store, struct fix *f,
				 const struct person *p, nl_time now,
				 int64_t *head, size_t *n,
				 struct nl_error *err)
{
	enum nl_status status = NL_OK;
	size_t n_raw = f->log.n_raw;
	*head = 0;
	*n = 0;
	for (size_t i = 0; i < n_raw && status == NL_OK; i++) {
		/* A copy: appending moves the log's rows. */
		const struct att_event e = f->log.raw[i];
		enum att_row_state state = f->log.rows[i].state;
		if (e.person_id != p->id || !att_kind_is_presence(e.kind) ||
		    (state != ATT_ROW_IN_FORCE && state != ATT_ROW_VOID))
			continue;
		struct att_event event = {
			.person_id = p->id, .kind = ATT_STRIKE, .at = now,
			.target = e.id, .part_of = *head, .role = e.role,
			.municipality_id = e.municipality_id,
		};
		status = append(store, f, &event, now, err);
		if (!*head)
			*head = event.id;
		(*n)++;
	}
	return status;
}

static enum nl_status excuse_after_clear(struct store *store, struct fix *f,
					 const struct person *p, int64_t head,
					 nl_time now, struct nl_error *err)
{
	struct att_event event = {
		.person_id = p->id, .kind = ATT_EXCUSED, .at = now,
		.part_of = head, .role = p->role,
		.municipality_id = p->municipality_id,
	};
	enum nl_status status = attendance_meeting_takes(&f->meeting, ATT_EXCUSED,
						  &event.at, err);
	if (status == NL_OK)
		status = append(store, f, &event, now, err);
	return status;
}

static enum nl_status clear(struct store *store, int64_t meeting_id,
			    int64_t person_id, bool excuse, nl_time now,
			    struct att_outcome *out, struct nl_error *err)
{
	struct fix f = {0};
	int64_t head = 0;
	memset(out, 0, sizeof *out);
	enum nl_status status = load_meeting(store, meeting_id, &f, err);
	if (status == NL_OK)
		status = store_person_by_id(store, person_id, &out->person,
					    err);
	if (status == NL_ERR_NOTFOUND)
		status = nl_fail(err, status, _("no person with id %lld"),
				 (long long)person_id);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->before, err);
	if (status == NL_OK)
		status = strike_all(store, &f, &out->person, now, &head,
				    &out->rows, err);
	if (status == NL_OK && out->rows == 0)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s has nothing recorded at meeting %lld "
				   "that could be cleared"),
				 out->person.name, (long long)meeting_id);
	if (status == NL_OK && excuse)
		status = excuse_after_clear(store, &f, &out->person, head, now,
					    err);
	struct change_entry c = {.what = CHANGE_ATT_CLEAR, .item_id = head,
				 .person_id = person_id};
	snprintf(c.old_value, sizeof c.old_value, "%zu", out->rows);
	if (excuse)
		snprintf(c.new_value, sizeof c.new_value, "excused");
	if (status == NL_OK)
		status = log_change(store, &f, &c, now, err);
	if (status == NL_OK)
		status = att_quorum_now(&f.log, &f.settings, &f.meeting, now,
					&out->after, err);
	out->kind = ATT_STRIKE;
	out->excused = excuse;
	out->event_id = head;
	out->at = now;
	out->meeting = f.meeting;
	att_log_free(&f.log);
	return status;
}

enum nl_status attendance_strike(struct store *store, int64_t event_id,
				 nl_time now, struct att_outcome *out,
				 struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      strike(store, event_id, now, out, err),
				      err);
	return status;
}

enum nl_status attendance_retime(struct store *store, int64_t event_id,
				 nl_time at, nl_time now,
				 struct att_outcome *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      retime(store, event_id, at, now, out,
					     err),
				      err);
	return status;
}

enum nl_status attendance_clear(struct store *store, int64_t meeting_id,
				int64_t person_id, bool excuse, nl_time now,
				struct att_outcome *out,
				struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      clear(store, meeting_id, person_id,
					    excuse, now, out, err),
				      err);
	return status;
}

/* ---- the listing ----------------------------------------------------------- */

static enum att_entry_state entry_state(enum att_row_state state)
{
	switch (state) {
	case ATT_ROW_IN_FORCE: return ATT_ENTRY_IN_FORCE;
	case ATT_ROW_VOID: return ATT_ENTRY_VOID;
	case ATT_ROW_STRUCK: return ATT_ENTRY_STRUCK;
	case ATT_ROW_UNDONE: return ATT_ENTRY_UNDONE;
	case ATT_ROW_APPLIED: return ATT_ENTRY_CORRECTION;
	case ATT_ROW_IGNORED: break;
	}
	return ATT_ENTRY_NO_EFFECT;
}

static int compare_entries(const void *pa, const void *pb)
{
	const struct att_entry *a = pa, *b = pb;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static bool listed(const struct att_event *e, const struct att_row *row,
		   int64_t person_id, bool all)
{
	if (person_id && e->person_id != person_id)
		return false;
	return all || (att_kind_is_presence(e->kind) &&
		       (row->state == ATT_ROW_IN_FORCE ||
			row->state == ATT_ROW_VOID));
}

static void fill_entry(const struct att_event *e, const struct att_row *row,
		       struct att_entry *x)
{
	memset(x, 0, sizeof *x);
	x->id = e->id;
	x->person_id = e->person_id;
	x->kind = e->kind;
	x->entered_at = e->at;
	x->at = att_kind_is_presence(e->kind) ? row->at : e->recorded_at;
	x->target = e->target;
	x->state = entry_state(row->state);
	x->ended_by = row->ended_by;
	x->ended_at = row->ended_at;
	x->moved_by = row->moved_by;
	x->moved_at = row->moved_at;
}

static enum nl_status name_entries(struct store *store, struct att_entry *all,
				   size_t n, struct nl_error *err)
{
	struct person p;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && all[i - 1].person_id == all[i].person_id) {
			memcpy(all[i].person, all[i - 1].person,
			       sizeof all[i].person);
			continue;
		}
		enum nl_status status = store_person_by_id(
			store, all[i].person_id, &p, err);
		if (status != NL_OK)
			return status;
		memcpy(all[i].person, p.name, sizeof p.name);
	}
	return NL_OK;
}

enum nl_status attendance_entries(struct store *store, int64_t meeting_id,
				  int64_t person_id, bool all,
				  struct att_entry **out, size_t *n,
				  struct nl_error *err)
{
	struct att_log log;
	*out = NULL;
	*n = 0;
	enum nl_status status = att_log_load(store, meeting_id, &log, err);
	struct att_entry *entries =
		status == NL_OK ? calloc(log.n_raw + 1, sizeof *entries) : NULL;
	if (status == NL_OK && !entries)
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	size_t kept = 0;
	for (size_t i = 0; status == NL_OK && i < log.n_raw; i++)
		if (listed(&log.raw[i], &log.rows[i], person_id, all))
			fill_entry(&log.raw[i], &log.rows[i],
				   &entries[kept++]);
	if (status == NL_OK)
		status = name_entries(store, entries, kept, err);
	att_log_free(&log);
	if (status != NL_OK) {
		free(entries);
		return status;
	}
	qsort(entries, kept, sizeof *entries, compare_entries);
	*out = entries;
	*n = kept;
	return NL_OK;
}

void attendance_clear_describe(const struct att_outcome *out,
			       int64_t meeting_id, bool excuse, char *buf,
			       size_t size)
{
	if (excuse)
		snprintf(buf, size,
			 ngettext("Cleared the attendance of %s at meeting "
				  "%lld (%zu event struck) and recorded them "
				  "as excused",
				  "Cleared the attendance of %s at meeting "
				  "%lld (%zu events struck) and recorded them "
				  "as excused",
				  (unsigned long)out->rows),
			 out->person.name, (long long)meeting_id, out->rows);
	else
		snprintf(buf, size,
			 ngettext("Cleared the attendance of %s at meeting "
				  "%lld (%zu event struck)",
				  "Cleared the attendance of %s at meeting "
				  "%lld (%zu events struck)",
				  (unsigned long)out->rows),
			 out->person.name, (long long)meeting_id, out->rows);
}
