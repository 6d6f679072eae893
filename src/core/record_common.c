/*
 * record_common.c — the checks every change to the meeting record shares
 * (see record_internal.h).  Invariant: nothing of a meeting whose minutes
 * are approved changes, except that its actions can still be closed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "text.h"
#include "text_block.h"

enum nl_status record_meeting_editable(struct store *store, int64_t meeting_id,
				       struct meeting *out,
				       struct nl_error *err)
{
	enum nl_status status = meeting_get(store, meeting_id, out, err);
	if (status != NL_OK || !out->minutes_approved.year)
		return status;
	return record_refuse_approved(out, err);
}

enum nl_status record_refuse_approved(const struct meeting *m,
				      struct nl_error *err)
{
	char date[NL_DATE_LEN];
	nl_format_date(m->minutes_approved, date);
	return nl_fail(err, NL_ERR_REFUSED,
		       _("the minutes of meeting %lld were approved on %s; its "
			 "record can no longer change"),
		       (long long)m->id, date);
}

static enum nl_status refuse_too_long(const char *what, size_t max_chars,
				      struct nl_error *err)
{
	return nl_fail(err, NL_ERR_INVALID,
		       _("%s is too long (at most %zu characters)"), what,
		       max_chars);
}

/* "title is empty"; a text that is too long says the limit.  (A field's
 * fault comes as text_clean_field's predicate.) */
static enum nl_status refuse_text(const char *what, const char *why,
				  size_t max_chars, struct nl_error *err)
{
	if (strcmp(why, "is too long") == 0)
		return refuse_too_long(what, max_chars, err);
	return nl_fail(err, NL_ERR_INVALID, _("%s %s"), what, _(why));
}

enum nl_status record_clean_field(const char *what, const char *in,
				  size_t max_chars, char *out, size_t size,
				  struct nl_error *err)
{
	const char *why;
	if (text_clean_field(in ? in : "", max_chars, out, size, &why))
		return NL_OK;
	return refuse_text(what, why, max_chars, err);
}

enum nl_status record_clean_block(const char *what, const char *in,
				  size_t max_chars, bool allow_empty,
				  char *out, size_t size,
				  struct nl_error *err)
{
	enum text_block_fault fault = text_block_clean(
		in ? in : "", max_chars, allow_empty, out, size);
	if (fault == TEXT_BLOCK_OK)
		return NL_OK;
	if (fault == TEXT_BLOCK_TOO_LONG)
		return refuse_too_long(what, max_chars, err);
	return nl_fail(err, NL_ERR_INVALID, _("%s %s"), what,
		       _(text_block_fault_text(fault)));
}

enum nl_status record_log_change(struct store *store, struct change_entry *c,
				 struct nl_error *err)
{
	struct meeting m;
	enum nl_status status = meeting_get(store, c->meeting_id, &m, err);
	if (status != NL_OK)
		return status;
	if (m.status != MEETING_OPEN && m.status != MEETING_CLOSED)
		return NL_OK;
	if (!c->changed_at)
		c->changed_at = nl_now();
	return change_log_add(store, c, err);
}

enum nl_status record_log_text(struct store *store, int64_t meeting_id,
			       int what, int64_t item_id, const char *old,
			       const char *new_value, struct nl_error *err)
{
	if (!old)
		old = "";
	if (!new_value)
		new_value = "";
	if (strcmp(old, new_value) == 0)
		return NL_OK;
	struct change_entry *c = calloc(1, sizeof *c);
	if (!c)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	c->meeting_id = meeting_id;
	c->what = (enum change_what)what;
	c->item_id = item_id;
	snprintf(c->old_value, sizeof c->old_value, "%s", old);
	snprintf(c->new_value, sizeof c->new_value, "%s", new_value);
	enum nl_status status = record_log_change(store, c, err);
	free(c);
	return status;
}
