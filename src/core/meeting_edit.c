/*
 * meeting_edit.c — correcting a meeting's plan after the fact: edit,
 * cancel, remove (issue 14).
 *
 * Invariants: nothing changes once the minutes are approved; the date
 * moves only while no attendance is recorded (times are instants on that
 * date); a cancelled meeting has no attendance in force; a meeting is
 * deleted only when nothing refers to it, with its change log; every edit
 * and cancel writes one change-log entry per field, in its transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_log.h"
#include "change_log.h"
#include "guests.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "record_internal.h"
#include "store.h"
#include "store_meetings.h"
#include "text.h"

bool meeting_status_held(enum meeting_status status)
{
	return status == MEETING_OPEN || status == MEETING_CLOSED;
}

void meeting_status_text(const struct meeting *m, char *out, size_t size)
{
	char date[NL_DATE_LEN];
	if (!m->minutes_approved.year) {
		snprintf(out, size, "%s", meeting_status_label(m->status));
		return;
	}
	nl_format_date(m->minutes_approved, date);
	/* TRANSLATORS: a meeting's status once its minutes are approved,
	 * with the day: "approved 2026-04-01". */
	snprintf(out, size, _("approved %s"), date);
}

static enum nl_status editable(struct store *store, int64_t id,
			       struct meeting *out, struct nl_error *err)
{
	enum nl_status status = meeting_get(store, id, out, err);
	if (status == NL_OK && out->minutes_approved.year)
		status = record_refuse_approved(out, err);
	return status;
}

static enum nl_status log_field(struct store *store, int64_t meeting_id,
				enum change_what what, const char *old_value,
				const char *new_value, nl_time now,
				struct nl_error *err)
{
	struct change_entry c = {.meeting_id = meeting_id, .changed_at = now,
				 .what = what};
	snprintf(c.old_value, sizeof c.old_value, "%s", old_value);
	snprintf(c.new_value, sizeof c.new_value, "%s", new_value);
	return change_log_add(store, &c, err);
}

static void format_start(int minute, char out[NL_HHMM_LEN])
{
	if (minute >= 0)
		nl_format_minutes(minute, out);
	else
		out[0] = '\0';
}

static enum nl_status change_date(struct store *store, struct meeting *m,
				  struct nl_date date, nl_time now,
				  struct nl_error *err)
{
	struct meeting_contents c;
	char a[NL_DATE_LEN], b[NL_DATE_LEN];
	if (nl_date_compare(date, m->date) == 0)
		return NL_OK;
	enum nl_status status = store_meeting_contents(store, m->id, &c, err);
	if (status == NL_OK && c.attendance > 0)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("attendance is recorded for meeting %lld, "
				   "so its date cannot change"),
				 (long long)m->id);
	nl_format_date(m->date, a);
	nl_format_date(date, b);
	if (status == NL_OK)
		status = log_field(store, m->id, CHANGE_MEETING_DATE, a, b, now,
				   err);
	m->date = date;
	return status;
}

static enum nl_status change_chair(struct store *store, struct meeting *m,
				   const char *ref, nl_time now,
				   struct nl_error *err)
{
	struct person chair = {0};
	enum nl_status status = NL_OK;
	if (*ref)
		status = member_resolve(store, ref, &chair, err);
	if (status != NL_OK || chair.id == m->chair_id)
		return status;
	struct change_entry c = {.meeting_id = m->id, .changed_at = now,
				 .what = CHANGE_MEETING_CHAIR,
				 .old_person_id = m->chair_id,
				 .new_person_id = chair.id};
	m->chair_id = chair.id;
	return change_log_add(store, &c, err);
}

static enum nl_status change_text_fields(struct store *store,
					 struct meeting *m,
					 const struct meeting_changes *ch,
					 nl_time now, struct nl_error *err)
{
	enum nl_status status = NL_OK;
	char a[16], b[16];
	if (ch->start_minute != -2 && ch->start_minute != m->start_minute) {
		format_start(m->start_minute, a);
		format_start(ch->start_minute, b);
		status = log_field(store, m->id, CHANGE_MEETING_TIME, a, b, now,
				   err);
		m->start_minute = ch->start_minute;
	}
	if (status == NL_OK && ch->quorum_min &&
	    ch->quorum_min != m->quorum_min) {
		snprintf(a, sizeof a, "%d", m->quorum_min);
		snprintf(b, sizeof b, "%d", ch->quorum_min);
		status = log_field(store, m->id, CHANGE_MEETING_QUORUM, a, b,
				   now, err);
		m->quorum_min = ch->quorum_min;
	}
	if (status != NL_OK || !ch->location)
		return status;
	char location[NL_PLACE_SIZE] = "";
	const char *why;
	if (*ch->location &&
	    !text_clean_field(ch->location, NL_PLACE_CHARS, location,
			      sizeof location, &why))
		return nl_fail(err, NL_ERR_INVALID, _("location %s"), _(why));
	if (strcmp(location, m->location) == 0)
		return NL_OK;
	status = log_field(store, m->id, CHANGE_MEETING_LOCATION, m->location,
			   location, now, err);
	memcpy(m->location, location, sizeof location);
	return status;
}

static enum nl_status do_edit(struct store *store, int64_t id,
			      const struct meeting_changes *ch, nl_time now,
			      struct meeting *out, struct nl_error *err)
{
	struct meeting before;
	if (ch->quorum_min < 0 || ch->quorum_min > 1000)
		return nl_fail(err, NL_ERR_INVALID,
			       _("quorum must be between 1 and 1000"));
	enum nl_status status = editable(store, id, out, err);
	before = *out;
	if (status == NL_OK && ch->date)
		status = change_date(store, out, *ch->date, now, err);
	if (status == NL_OK && ch->chair)
		status = change_chair(store, out, ch->chair, now, err);
	if (status == NL_OK)
		status = change_text_fields(store, out, ch, now, err);
	if (status == NL_OK && memcmp(&before, out, sizeof before) == 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("nothing to change: meeting %lld is already "
				 "like that"), (long long)id);
	if (status == NL_OK)
		status = store_meeting_update(store, out, err);
	if (status == NL_OK)
		status = meeting_get(store, id, out, err);
	return status;
}

enum nl_status meeting_edit(struct store *store, int64_t id,
			    const struct meeting_changes *changes,
			    nl_time now, struct meeting *out,
			    struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_edit(store, id, changes, now, out,
					      err),
				      err);
	return status;
}

static enum nl_status do_cancel(struct store *store, int64_t id, nl_time now,
				struct meeting *out, struct nl_error *err)
{
	struct att_log log;
	enum nl_status status = editable(store, id, out, err);
	if (status == NL_OK && out->status == MEETING_CANCELLED)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld is already cancelled"),
			       (long long)id);
	if (status != NL_OK)
		return status;
	status = att_log_load(store, id, &log, err);
	size_t n = status == NL_OK ? log.n_in_force : 0;
	att_log_free(&log);
	/* A guest who came is attendance too. */
	struct meeting_guest *guests = NULL;
	size_t n_guests = 0;
	if (status == NL_OK)
		status = guest_list(store, id, &guests, &n_guests, err);
	free(guests);
	n += n_guests;
	if (status == NL_OK && n > 0)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("attendance is recorded for meeting %lld; a "
				 "cancelled meeting has none (clear it first: "
				 "notulist attendance list %lld)"),
			       (long long)id, (long long)id);
	if (status == NL_OK)
		status = log_field(store, id, CHANGE_MEETING_STATUS,
				   meeting_status_key(out->status),
				   meeting_status_key(MEETING_CANCELLED), now,
				   err);
	out->status = MEETING_CANCELLED;
	out->closed_at = 0;
	if (status == NL_OK)
		status = store_meeting_set_status(store, id, MEETING_CANCELLED,
						  out->opened_at, 0, err);
	return status;
}

enum nl_status meeting_cancel(struct store *store, int64_t id, nl_time now,
			      struct meeting *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_cancel(store, id, now, out, err),
				      err);
	return status;
}

/* "3 attendance events, 1 agenda item" … for the refusal. */
static void list_contents(const struct meeting_contents *c, char *out,
			  size_t size)
{
	const struct {
		int n;
		const char *one, *many;
	} parts[] = {
		{c->attendance, N_("%d attendance event"),
		 N_("%d attendance events")},
		{c->agenda, N_("%d agenda item"), N_("%d agenda items")},
		{c->actions, N_("%d action item"), N_("%d action items")},
		{c->advice, N_("%d advice"), N_("%d advice items")},
		{c->guests, N_("%d guest"), N_("%d guests")},
	};
	out[0] = '\0';
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		if (!parts[i].n)
			continue;
		size_t used = strlen(out);
		char part[64];
		/* Dutch and English both take the singular for one only. */
		snprintf(part, sizeof part,
			 _(parts[i].n == 1 ? parts[i].one : parts[i].many),
			 parts[i].n);
		snprintf(out + used, size - used, "%s%s", used ? ", " : "",
			 part);
	}
}

static enum nl_status do_remove(struct store *store, int64_t id,
				struct meeting *out, struct nl_error *err)
{
	struct meeting_contents c;
	char what[256];
	enum nl_status status = editable(store, id, out, err);
	if (status == NL_OK)
		status = store_meeting_contents(store, id, &c, err);
	if (status != NL_OK)
		return status;
	list_contents(&c, what, sizeof what);
	if (what[0])
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld has %s; only a meeting with "
				 "nothing recorded can be removed (a meeting "
				 "that did not take place: notulist meeting "
				 "cancel %lld)"),
			       (long long)id, what, (long long)id);
	return store_meeting_delete(store, id, err);
}

enum nl_status meeting_remove(struct store *store, int64_t id,
			      struct meeting *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_remove(store, id, out, err),
				      err);
	return status;
}
