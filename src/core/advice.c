/*
 * advice.c — registering advice and its answer, correcting and removing
 * an advice (see advice.h).
 * Invariants: response_due ≥ sent_on; answered_on is between sent_on and
 * the day it was recorded; an answer date always has a summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "record_rules.h"
#include "settings.h"
#include "store.h"
#include "store_advice.h"
#include "store_meetings.h"

enum nl_status advice_get(struct store *store, int64_t id, struct advice *out,
			  struct nl_error *err)
{
	enum nl_status status = store_advice_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no advice with id %lld"),
			       (long long)id);
	return status;
}

enum nl_status advice_list(struct store *store, bool open_only,
			   struct advice **out, size_t *n,
			   struct nl_error *err)
{
	return store_advice_list(store, open_only, out, n, err);
}

static enum nl_status fill_dates(struct store *store,
				 const struct advice_input *in, nl_time now,
				 struct advice *a, struct nl_error *err)
{
	struct settings settings;
	char sent[NL_DATE_LEN], due[NL_DATE_LEN];
	a->sent_on = in->sent_on.year ? in->sent_on : nl_time_date(now);
	a->response_due = in->response_due;
	if (!a->response_due.year) {
		enum nl_status status = settings_load(store, &settings, err);
		if (status != NL_OK)
			return status;
		a->response_due = advice_due_default(
			a->sent_on, settings.advice_response_weeks);
		if (!nl_date_in_range(a->response_due)) {
			nl_format_date(a->sent_on, sent);
			return nl_fail(err, NL_ERR_INVALID,
				       _("an advice sent on %s would be due "
					 "after 9999-12-31 (%d weeks later); "
					 "give the date it is due"),
				       sent, settings.advice_response_weeks);
		}
	}
	if (nl_date_compare(a->response_due, a->sent_on) >= 0)
		return NL_OK;
	nl_format_date(a->sent_on, sent);
	nl_format_date(a->response_due, due);
	return nl_fail(err, NL_ERR_INVALID,
		       _("the answer cannot be due (%s) before the advice is "
			 "sent (%s)"), due, sent);
}

/* The meeting an advice came from must exist (in->meeting_id > 0), and
 * its record must still be open to change: approved minutes are final. */
static enum nl_status set_meeting(struct store *store, int64_t meeting_id,
				  struct advice *a, struct nl_error *err)
{
	struct meeting meeting;
	if (meeting_id == ADVICE_NO_MEETING)
		a->meeting_id = 0;
	if (meeting_id <= 0 || meeting_id == a->meeting_id)
		return NL_OK;
	enum nl_status status = record_meeting_editable(store, meeting_id,
							&meeting, err);
	if (status == NL_OK)
		a->meeting_id = meeting.id;
	return status;
}

/* `moved`: the edit would bring the advice into those minutes. */
static enum nl_status refuse_shown(const struct advice *a,
				   const struct meeting *m, bool moved,
				   struct nl_error *err)
{
	char day[NL_DATE_LEN], approved[NL_DATE_LEN];
	nl_format_date(m->date, day);
	nl_format_date(m->minutes_approved, approved);
	if (moved)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("advice %lld would then be in the minutes of "
				 "meeting %lld (%s), approved on %s; they can "
				 "no longer change"),
			       (long long)a->id, (long long)m->id, day,
			       approved);
	return nl_fail(err, NL_ERR_REFUSED,
		       _("advice %lld is in the minutes of meeting %lld (%s), "
			 "approved on %s; it can no longer change"),
		       (long long)a->id, (long long)m->id, day, approved);
}

/* Approved minutes show the advice of their period whether or not it
 * names the meeting (advice_shown_in_minutes): such an advice is part of
 * that final record as it stands.  Walks the held meetings from the day
 * it was sent, each with the one before it. */
static enum nl_status refuse_if_in_approved_minutes(struct store *store,
						    const struct advice *a,
						    bool moved,
						    struct nl_error *err)
{
	struct meeting *list = NULL, previous;
	size_t n = 0;
	struct meeting_filter from_sent = {.from = &a->sent_on};
	enum nl_status status = store_meeting_list(store, &from_sent, &list,
						   &n, err);
	struct nl_date before = {0, 0, 0};
	if (status == NL_OK && n > 0) {
		status = store_meeting_previous_held(store, &list[0],
						     &previous, err);
		if (status == NL_OK)
			before = previous.date;
		else if (status == NL_ERR_NOTFOUND)
			status = NL_OK;
	}
	for (size_t i = 0; status == NL_OK && i < n; i++) {
		const struct meeting *m = &list[i];
		if (!meeting_status_held(m->status))
			continue;
		if (m->minutes_approved.year &&
		    advice_shown_in_minutes(a, before, m->date))
			status = refuse_shown(a, m, moved, err);
		before = m->date;
	}
	free(list);
	return status;
}

/* An advice that names a meeting whose minutes are approved, or that
 * approved minutes show, is part of that final record: it is answered,
 * no longer edited or removed. */
static enum nl_status check_editable(struct store *store,
				     const struct advice *a,
				     struct nl_error *err)
{
	struct meeting meeting;
	enum nl_status status = NL_OK;
	if (a->meeting_id)
		status = record_meeting_editable(store, a->meeting_id,
						 &meeting, err);
	if (status == NL_OK)
		status = refuse_if_in_approved_minutes(store, a, false, err);
	return status;
}

static enum nl_status do_add(struct store *store,
			     const struct advice_input *in, nl_time now,
			     struct advice *out, struct nl_error *err)
{
	struct advice a;
	char created[NL_STAMP_LEN];
	int64_t id;
	memset(&a, 0, sizeof a);
	a.kind = in->kind;
	enum nl_status status = record_clean_field(_("subject"), in->subject,
						   NL_SUBJECT_CHARS, a.subject,
						   sizeof a.subject, err);
	if (status == NL_OK)
		status = fill_dates(store, in, now, &a, err);
	if (status == NL_OK)
		status = set_meeting(store, in->meeting_id, &a, err);
	if (status != NL_OK)
		return status;
	nl_format_stamp(now, created);
	status = store_advice_insert(store, &a, created, &id, err);
	if (status == NL_OK && out)
		status = advice_get(store, id, out, err);
	return status;
}

enum nl_status advice_add(struct store *store, const struct advice_input *in,
			  nl_time now, struct advice *out,
			  struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_add(store, in, now, out, err),
				      err);
	return status;
}

static enum nl_status check_answer_date(const struct advice *a,
					struct nl_date on, nl_time now,
					struct nl_error *err)
{
	char when[NL_DATE_LEN], sent[NL_DATE_LEN];
	nl_format_date(on, when);
	nl_format_date(a->sent_on, sent);
	if (nl_date_compare(on, a->sent_on) < 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("advice %lld was sent on %s; the answer cannot "
				 "have come before that (%s)"),
			       (long long)a->id, sent, when);
	if (nl_date_compare(on, nl_time_date(now)) > 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s is in the future; record the answer when "
				 "it has come"), when);
	return NL_OK;
}

static enum nl_status do_answer(struct store *store, int64_t id,
				struct nl_date on, const char *summary,
				bool replace, nl_time now, struct advice *out,
				struct nl_error *err)
{
	struct advice a;
	char clean[NL_ANSWER_SIZE], when[NL_DATE_LEN];
	enum nl_status status = advice_get(store, id, &a, err);
	if (status != NL_OK)
		return status;
	if (a.answered_on.year && !replace) {
		nl_format_date(a.answered_on, when);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("advice %lld was already answered on %s; use "
				 "--replace to record another answer"),
			       (long long)id, when);
	}
	if (!on.year)
		on = nl_time_date(now);
	status = record_clean_block(_("answer"), summary, NL_ANSWER_CHARS,
				    false, clean, sizeof clean, err);
	if (status == NL_OK)
		status = check_answer_date(&a, on, now, err);
	if (status == NL_OK)
		status = store_advice_set_answer(store, id, on, clean, err);
	if (status == NL_OK && out)
		status = advice_get(store, id, out, err);
	return status;
}

enum nl_status advice_answer(struct store *store, int64_t id,
			     struct nl_date on, const char *summary,
			     bool replace, nl_time now, struct advice *out,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_answer(store, id, on, summary, replace,
						now, out, err),
				      err);
	return status;
}

/* Correcting the sent date must not put an answer before it. */
static enum nl_status check_answer_after_sent(const struct advice *a,
					      struct nl_error *err)
{
	char when[NL_DATE_LEN], sent[NL_DATE_LEN];
	if (!a->answered_on.year ||
	    nl_date_compare(a->answered_on, a->sent_on) >= 0)
		return NL_OK;
	nl_format_date(a->answered_on, when);
	nl_format_date(a->sent_on, sent);
	return nl_fail(err, NL_ERR_INVALID,
		       _("advice %lld was answered on %s; it cannot have been "
			 "sent after that (%s)"),
		       (long long)a->id, when, sent);
}

/* What an edit changed, for the log of the meeting the advice came from
 * (none: no log). */
static enum nl_status log_edit(struct store *store, const struct advice *was,
			       const struct advice *now, struct nl_error *err)
{
	char a[NL_DATE_LEN], b[NL_DATE_LEN];
	int64_t meeting = was->meeting_id ? was->meeting_id : now->meeting_id,
		id = was->id;
	if (!meeting)
		return NL_OK;
	enum nl_status status = record_log_text(store, meeting,
						CHANGE_ADVICE_SUBJECT, id,
						was->subject, now->subject,
						err);
	if (status == NL_OK)
		status = record_log_text(store, meeting, CHANGE_ADVICE_KIND, id,
					 advice_kind_key(was->kind),
					 advice_kind_key(now->kind), err);
	nl_format_date(was->sent_on, a);
	nl_format_date(now->sent_on, b);
	if (status == NL_OK)
		status = record_log_text(store, meeting, CHANGE_ADVICE_SENT, id,
					 a, b, err);
	nl_format_date(was->response_due, a);
	nl_format_date(now->response_due, b);
	if (status == NL_OK)
		status = record_log_text(store, meeting, CHANGE_ADVICE_DUE, id,
					 a, b, err);
	return status;
}

static enum nl_status do_edit(struct store *store, int64_t id,
			      const struct advice_input *in, nl_time now,
			      struct advice *out, struct nl_error *err)
{
	struct advice a, was;
	enum nl_status status = advice_get(store, id, &a, err);
	was = a;
	if (status == NL_OK)
		status = check_editable(store, &a, err);
	if (status == NL_OK)
		status = record_clean_field(_("subject"), in->subject,
					    NL_SUBJECT_CHARS, a.subject,
					    sizeof a.subject, err);
	if (status == NL_OK)
		status = fill_dates(store, in, now, &a, err);
	if (status == NL_OK)
		status = check_answer_after_sent(&a, err);
	if (status == NL_OK)
		status = set_meeting(store, in->meeting_id, &a, err);
	a.kind = in->kind;
	/* Nor may an edit move an advice into approved minutes. */
	if (status == NL_OK)
		status = refuse_if_in_approved_minutes(store, &a, true, err);
	if (status != NL_OK)
		return status;
	status = store_advice_update(store, &a, err);
	if (status == NL_OK)
		status = log_edit(store, &was, &a, err);
	if (status == NL_OK && out)
		status = advice_get(store, id, out, err);
	return status;
}

enum nl_status advice_edit(struct store *store, int64_t id,
			   const struct advice_input *in, nl_time now,
			   struct advice *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_edit(store, id, in, now, out, err),
				      err);
	return status;
}

static enum nl_status do_remove(struct store *store, int64_t id,
				struct nl_error *err)
{
	struct advice a;
	enum nl_status status = advice_get(store, id, &a, err);
	if (status == NL_OK)
		status = check_editable(store, &a, err);
	if (status == NL_OK && a.meeting_id)
		status = record_log_text(store, a.meeting_id,
					 CHANGE_ADVICE_REMOVE, id, a.subject,
					 NULL, err);
	if (status == NL_OK)
		status = store_advice_delete(store, id, err);
	return status;
}

enum nl_status advice_remove(struct store *store, int64_t id,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_remove(store, id, err), err);
	return status;
}
