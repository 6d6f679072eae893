/*
 * meetings.c — meeting life cycle: planned → open → closed (re-openable)
 * → minutes approved (final).  Invariants kept here: at most one meeting
 * has status open; a meeting whose minutes are approved stays closed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "members.h"
#include "settings.h"
#include "store.h"
#include "store_agenda.h"
#include "store_meetings.h"
#include "text.h"
#include "text_show.h"

void meeting_describe(const struct meeting *m, char *out, size_t size)
{
	char date[NL_DATE_LEN], start[NL_HHMM_LEN] = "";
	char place[NL_PLACE_SIZE * 2];
	nl_format_date(m->date, date);
	if (m->start_minute >= 0)
		nl_format_hhmm(meeting_start(m), start);
	text_show(m->location, SHOW_LINE, place, sizeof place);
	snprintf(out, size, "%lld (%s%s%s%s%s)", (long long)m->id, date,
		 *start ? " " : "", start, m->location[0] ? ", " : "", place);
}

nl_time meeting_start(const struct meeting *m)
{
	return nl_time_from(m->date, m->start_minute >= 0 ? m->start_minute : 0);
}

nl_time meeting_night_end(const struct meeting *m)
{
	return nl_time_from(nl_date_add_days(m->date, 1), MEETING_NIGHT_END);
}

enum nl_status meeting_check_changeable(const struct meeting *m,
					struct nl_error *err)
{
	return m->minutes_approved.year ? record_refuse_approved(m, err)
					: NL_OK;
}

bool meeting_is_current(const struct meeting *m, nl_time now)
{
	return now >= nl_time_from(m->date, 0) && now < meeting_night_end(m);
}

/* Where a bare HH:MM before MEETING_NIGHT_END falls on the next morning:
 * before the planned start, or, without one, before the meeting opened
 * on its own day. */
static nl_time night_reference(const struct meeting *m)
{
	if (m->start_minute >= 0 || !m->opened_at ||
	    nl_date_compare(nl_time_date(m->opened_at), m->date) != 0)
		return meeting_start(m);
	return m->opened_at;
}

static enum nl_status refuse_skipped(struct nl_date day, int64_t second,
				     nl_time read_as, struct nl_error *err)
{
	char date[NL_DATE_LEN], hhmm[NL_HHMM_LEN], meant[NL_HHMM_LEN];
	nl_format_date(day, date);
	nl_format_minutes((int)(second / 60), hhmm);
	nl_format_hhmm(read_as, meant);
	return nl_fail(err, NL_ERR_INVALID,
		       /* TRANSLATORS: "2026-03-29 02:30 does not exist: …;
			* did you mean 03:30?" — the hour skipped when
			* summer time starts. */
		       _("%s %s does not exist: the clocks were put forward "
			 "that night; did you mean %s?"), date, hhmm, meant);
}

static enum nl_status refuse_outside_night(const struct meeting *m,
					   const char *text,
					   struct nl_error *err)
{
	char from[NL_DATE_LEN], to[NL_DATE_LEN], end[NL_HHMM_LEN];
	struct nl_date next = nl_date_add_days(m->date, 1);
	nl_format_date(m->date, from);
	if (!nl_date_in_range(next))
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s is not during meeting %lld: give a time "
				 "on %s"), QUOTED(text), (long long)m->id, from);
	nl_format_date(next, to);
	nl_format_minutes(MEETING_NIGHT_END, end);
	return nl_fail(err, NL_ERR_INVALID,
		       _("%s is not during meeting %lld: give a time from %s "
			 "00:00 to %s %s"), QUOTED(text), (long long)m->id,
		       from, to, end);
}

static enum nl_status refuse_syntax(const char *label, const char *text,
				    struct nl_error *err)
{
	if (label)
		return nl_fail(err, NL_ERR_INVALID,
			       /* TRANSLATORS: the first %s is the option,
				* "--at". */
			       _("%s \"%s\" is not a time HH:MM (00:00-23:59) "
				 "or YYYY-MM-DDTHH:MM"), label, QUOTED(text));
	return nl_fail(err, NL_ERR_INVALID,
		       _("\"%s\" is not a time HH:MM (00:00-23:59) or "
			 "YYYY-MM-DDTHH:MM"), QUOTED(text));
}

/* "YYYY-MM-DD HH:MM" ('T' for the space), or with its offset. */
static enum nl_status read_full_time(const struct meeting *m,
				     const char *label, const char *text,
				     nl_time *at, struct nl_error *err)
{
	struct nl_date day;
	int64_t second;
	if (nl_parse_local(text, &day, &second)) {
		if (nl_local_instant(day, second, at) == NL_LOCAL_SKIPPED)
			return refuse_skipped(day, second, *at, err);
	} else if (!nl_parse_instant(text, at)) {
		return refuse_syntax(label, text, err);
	}
	if (*at < nl_time_from(m->date, 0) || *at >= meeting_night_end(m))
		return refuse_outside_night(m, text, err);
	return NL_OK;
}

enum nl_status meeting_time_read(const struct meeting *m, const char *label,
				 const char *text, nl_time *at,
				 struct nl_error *err)
{
	int minutes;
	struct nl_date day = m->date;
	if (!text || !nl_parse_hhmm(text, &minutes))
		return read_full_time(m, label, text ? text : "", at, err);
	if (minutes < MEETING_NIGHT_END &&
	    nl_time_from(day, minutes) < night_reference(m))
		day = nl_date_add_days(day, 1);
	if (nl_local_instant(day, (int64_t)minutes * 60, at) ==
	    NL_LOCAL_SKIPPED)
		return refuse_skipped(day, (int64_t)minutes * 60, *at, err);
	return NL_OK;
}

static enum nl_status insert_meeting(struct store *store,
				     const struct meeting_input *in,
				     nl_time now, int64_t *id,
				     struct nl_error *err)
{
	struct meeting m;
	struct settings settings;
	const char *why;
	char created[NL_STAMP_LEN];
	memset(&m, 0, sizeof m);
	m.date = in->date;
	m.start_minute = in->start_minute;
	if (in->location && *in->location &&
	    !text_clean_field(in->location, NL_PLACE_CHARS, m.location,
			      sizeof m.location, &why))
		/* TRANSLATORS: %s says what is wrong ("is too long"). */
		return nl_fail(err, NL_ERR_INVALID, _("location %s"), _(why));
	enum nl_status status = settings_load(store, &settings, err);
	if (status != NL_OK)
		return status;
	if (in->quorum_min < 0 || in->quorum_min > 1000)
		return nl_fail(err, NL_ERR_INVALID,
			       _("quorum must be between 1 and 1000"));
	m.quorum_min = in->quorum_min ? in->quorum_min : settings.quorum_min;
	if (in->chair && *in->chair) {
		struct person chair;
		status = member_resolve(store, in->chair, &chair, err);
		if (status != NL_OK)
			return status;
		m.chair_id = chair.id;
	}
	nl_format_stamp(now, created);
	return store_meeting_insert(store, &m, created, id, err);
}

enum nl_status meeting_add(struct store *store, const struct meeting_input *in,
			   nl_time now, int64_t *id, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      insert_meeting(store, in, now, id, err),
				      err);
	return status;
}

enum nl_status meeting_list(struct store *store, int year,
			    struct meeting **out, size_t *n,
			    struct nl_error *err)
{
	struct meeting_filter filter = {.year = year};
	return store_meeting_list(store, &filter, out, n, err);
}

enum nl_status meeting_get(struct store *store, int64_t id,
			   struct meeting *out, struct nl_error *err)
{
	enum nl_status status = store_meeting_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no meeting with id %lld"),
			       (long long)id);
	return status;
}

static void append_meetings(char *msg, size_t size, const struct meeting *m,
			    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char what[NL_PLACE_SIZE + 64];
		size_t used = strlen(msg);
		meeting_describe(&m[i], what, sizeof what);
		snprintf(msg + used, size - used, "%s%s", i ? ", " : " ", what);
	}
}

enum nl_status meeting_resolve(struct store *store, const char *ref,
			       struct meeting *out, struct nl_error *err)
{
	int64_t id;
	struct nl_date date;
	struct meeting *found;
	size_t n;
	if (parse_id(ref, &id))
		return meeting_get(store, id, out, err);
	if (!nl_parse_date(ref, &date))
		return nl_fail(err, NL_ERR_INVALID,
			       _("\"%s\" is not a meeting id or a date "
				 "(YYYY-MM-DD)"), QUOTED(ref ? ref : ""));
	struct meeting_filter filter = {.date = &date};
	enum nl_status status = store_meeting_list(store, &filter, &found, &n,
						   err);
	if (status != NL_OK)
		return status;
	if (n == 1) {
		*out = found[0];
	} else if (n == 0) {
		status = nl_fail(err, NL_ERR_NOTFOUND,
				 _("no meeting on %s (see: notulist meeting "
				   "list)"), ref);
	} else {
		char msg[sizeof err->message];
		snprintf(msg, sizeof msg,
			 _("%zu meetings on %s; use the id:"), n, ref);
		append_meetings(msg, sizeof msg, found, n);
		status = nl_fail(err, NL_ERR_AMBIGUOUS, "%s", msg);
	}
	free(found);
	return status;
}

enum nl_status meeting_find_open(struct store *store, struct meeting *out,
				 bool *found, struct nl_error *err)
{
	enum meeting_status open = MEETING_OPEN;
	struct meeting_filter filter = {.status = &open};
	struct meeting *rows;
	size_t n;
	enum nl_status status = store_meeting_list(store, &filter, &rows, &n,
						   err);
	if (status != NL_OK)
		return status;
	*found = n > 0;
	if (n > 0)
		*out = rows[n - 1];
	free(rows);
	return NL_OK;
}

static enum nl_status do_open(struct store *store, int64_t id, nl_time now,
			      struct meeting *out, struct nl_error *err)
{
	struct meeting other;
	bool busy;
	enum nl_status status = meeting_get(store, id, out, err);
	if (status != NL_OK)
		return status;
	if (out->status == MEETING_OPEN)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld is already open"),
			       (long long)id);
	if (out->status == MEETING_CANCELLED)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld was cancelled: it did not take "
				 "place"), (long long)id);
	if (out->minutes_approved.year) {
		char date[NL_DATE_LEN];
		nl_format_date(out->minutes_approved, date);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("the minutes of meeting %lld were approved on "
				 "%s; it cannot be opened again"),
			       (long long)id, date);
	}
	status = meeting_find_open(store, &other, &busy, err);
	if (status != NL_OK)
		return status;
	if (busy) {
		char what[NL_PLACE_SIZE + 64];
		meeting_describe(&other, what, sizeof what);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %s is still open; close it first "
				 "(notulist meeting close %lld)"),
			       what, (long long)other.id);
	}
	out->status = MEETING_OPEN;
	if (!out->opened_at)
		out->opened_at = now;
	out->closed_at = 0;
	return store_meeting_set_status(store, id, MEETING_OPEN, out->opened_at,
					0, err);
}

enum nl_status meeting_open(struct store *store, int64_t id, nl_time now,
			    struct meeting *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_open(store, id, now, out, err),
				      err);
	return status;
}

/* The latest moment of the meeting's attendance still in force (0: none):
 * an undone check-in at 23:30 is not part of the record. */
static enum nl_status last_in_force(struct store *store, int64_t meeting_id,
				    nl_time *last, struct nl_error *err)
{
	struct att_log log;
	enum nl_status status = att_log_load(store, meeting_id, &log, err);
	*last = status == NL_OK ? att_log_last_in_force(&log) : 0;
	att_log_free(&log);
	return status;
}

/* When nobody says when a past meeting ended, its last moment on record is
 * the honest answer; a meeting without events ends at its start. */
static enum nl_status default_close_time(struct store *store,
					 const struct meeting *m, nl_time now,
					 nl_time *at, struct nl_error *err)
{
	nl_time last;
	enum nl_status status = last_in_force(store, m->id, &last, err);
	/* During its day and night a meeting closes now, but never before
	 * what it recorded: the clock may have been put back since. */
	*at = meeting_is_current(m, now) ? now : meeting_start(m);
	if (status == NL_OK && last > *at)
		*at = last;
	return status;
}

/* A close time given by hand must not hide recorded attendance: the
 * meeting is judged at its close. */
static enum nl_status check_close_time(struct store *store,
				       const struct meeting *m, nl_time at,
				       struct nl_error *err)
{
	char hhmm[NL_HHMM_LEN];
	nl_time last;
	enum nl_status status = last_in_force(store, m->id, &last, err);
	if (status != NL_OK || at >= last)
		return status;
	nl_format_hhmm(last, hhmm);
	return nl_fail(err, NL_ERR_INVALID,
		       _("attendance of meeting %lld is recorded up to %s; "
			 "it cannot close before that"),
		       (long long)m->id, hhmm);
}

static enum nl_status do_close(struct store *store, int64_t id, nl_time at,
			       nl_time now, struct meeting *out,
			       struct nl_error *err)
{
	enum nl_status status = meeting_get(store, id, out, err);
	if (status != NL_OK)
		return status;
	if (out->status != MEETING_OPEN)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld is not open (it is %s)"),
			       (long long)id, meeting_status_label(out->status));
	if (at > now + MEETING_CLOCK_SLACK)
		return nl_fail(err, NL_ERR_INVALID,
			       _("that time is in the future; a meeting is "
				 "closed when it ends"));
	if (!at)
		status = default_close_time(store, out, now, &at, err);
	else
		status = check_close_time(store, out, at, err);
	if (status != NL_OK)
		return status;
	out->status = MEETING_CLOSED;
	out->closed_at = at;
	status = store_meeting_set_status(store, id, MEETING_CLOSED,
					  out->opened_at, at, err);
	/* Nothing is under discussion once the meeting is over. */
	if (status == NL_OK)
		status = store_agenda_set_current(store, id, 0, err);
	return status;
}

enum nl_status meeting_close(struct store *store, int64_t id, nl_time at,
			     nl_time now, struct meeting *out,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_close(store, id, at, now, out, err),
				      err);
	return status;
}

static enum nl_status do_approve(struct store *store, int64_t id,
				 struct nl_date on, nl_time now,
				 struct meeting *out, struct nl_error *err)
{
	char date[NL_DATE_LEN], day[NL_DATE_LEN];
	enum nl_status status = meeting_get(store, id, out, err);
	if (status != NL_OK)
		return status;
	if (out->minutes_approved.year) {
		nl_format_date(out->minutes_approved, date);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("the minutes of meeting %lld were already "
				 "approved on %s"), (long long)id, date);
	}
	if (out->status != MEETING_CLOSED)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("meeting %lld is %s; only the minutes of a "
				 "closed meeting can be approved"),
			       (long long)id, meeting_status_label(out->status));
	nl_format_date(on, date);
	nl_format_date(out->date, day);
	if (nl_date_compare(on, out->date) < 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("the minutes of meeting %lld cannot be approved "
				 "on %s, before the meeting itself (%s)"),
			       (long long)id, date, day);
	if (nl_date_compare(on, nl_time_date(now)) > 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s is in the future; approve the minutes on "
				 "the day it happens"), date);
	out->minutes_approved = on;
	return store_meeting_set_approved(store, id, on, err);
}

enum nl_status meeting_approve_minutes(struct store *store, int64_t id,
				       struct nl_date on, nl_time now,
				       struct meeting *out,
				       struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_approve(store, id, on, now, out, err),
				      err);
	return status;
}

/* The invitation goes out before the meeting, never in the future. */
static enum nl_status do_invitation(struct store *store, int64_t id,
				    struct nl_date on, nl_time now,
				    struct meeting *out, struct nl_error *err)
{
	char date[NL_DATE_LEN], day[NL_DATE_LEN];
	enum nl_status status = meeting_get(store, id, out, err);
	if (status != NL_OK)
		return status;
	nl_format_date(on, date);
	nl_format_date(out->date, day);
	if (nl_date_compare(on, out->date) > 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("an invitation to meeting %lld cannot be sent "
				 "on %s, after the meeting itself (%s)"),
			       (long long)id, date, day);
	if (nl_date_compare(on, nl_time_date(now)) > 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s is in the future; record the invitation "
				 "on the day it goes out"), date);
	out->invitation_sent = on;
	return store_meeting_set_invitation(store, id, on, err);
}

enum nl_status meeting_record_invitation(struct store *store, int64_t id,
					 struct nl_date on, nl_time now,
					 struct meeting *out,
					 struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_invitation(store, id, on, now, out,
						    err),
				      err);
	return status;
}
