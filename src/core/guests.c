/*
 * guests.c — one-time guests of a meeting (see guests.h).  A guest is
 * recorded in its own table, never in the attendance log: nothing that
 * counts people (quorum, balance, expected members, allowances) can see
 * one.  The time rules are the check-in's (attendance_internal.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance_internal.h"
#include "guests.h"
#include "i18n.h"
#include "meetings.h"
#include "store.h"
#include "store_guests.h"
#include "text.h"

static enum nl_status clean(const char *what, const char *in, bool required,
			    char *out, size_t size, struct nl_error *err)
{
	const char *why;
	out[0] = '\0';
	if (!required && (!in || !*in))
		return NL_OK;
	if (!text_clean_field(in ? in : "", NL_NAME_CHARS, out, size, &why))
		/* TRANSLATORS: a field ("guest name") and what is wrong with
		 * it ("is too long"). */
		return nl_fail(err, NL_ERR_INVALID, _("%s %s"), what, _(why));
	return NL_OK;
}

static enum nl_status refuse_twice(struct store *store,
				   const struct meeting_guest *g,
				   struct nl_error *err)
{
	struct meeting_guest *all;
	size_t n;
	char key[NL_NAME_SIZE * 2], other[NL_NAME_SIZE * 2];
	enum nl_status status = store_guest_list(store, g->meeting_id, &all, &n,
						 err);
	if (status != NL_OK)
		return status;
	text_fold(g->name, FOLD_CASE, key, sizeof key);
	for (size_t i = 0; i < n && status == NL_OK; i++) {
		char hhmm[NL_HHMM_LEN];
		text_fold(all[i].name, FOLD_CASE, other, sizeof other);
		if (strcmp(key, other) != 0)
			continue;
		nl_format_hhmm(all[i].arrived_at, hhmm);
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s is already recorded as a guest at %s"),
				 all[i].name, hhmm);
	}
	free(all);
	return status;
}

static enum nl_status checkin(struct store *store, int64_t meeting_id,
			      const char *name, const char *organisation,
			      nl_time at, nl_time now,
			      struct meeting_guest *out, struct nl_error *err)
{
	struct meeting m;
	bool opened;
	memset(out, 0, sizeof *out);
	out->meeting_id = meeting_id;
	enum nl_status status = clean(_("guest name"), name, true, out->name,
				      sizeof out->name, err);
	if (status == NL_OK)
		status = clean(_("organisation"), organisation, false,
			       out->organisation, sizeof out->organisation,
			       err);
	if (status == NL_OK)
		status = meeting_get(store, meeting_id, &m, err);
	if (status == NL_OK)
		status = attendance_choose_time(&m, ATT_IN, at, now,
						&out->arrived_at, err);
	if (status == NL_OK)
		status = attendance_meeting_takes(&m, ATT_IN, &out->arrived_at,
						  err);
	if (status == NL_OK)
		status = refuse_twice(store, out, err);
	if (status == NL_OK)
		status = attendance_open_for_checkin(store, &m, now, &opened,
						     err);
	if (status == NL_OK)
		status = store_guest_insert(store, out, now, err);
	return status;
}

enum nl_status guest_checkin(struct store *store, int64_t meeting_id,
			     const char *name, const char *organisation,
			     nl_time at, nl_time now, struct meeting_guest *out,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      checkin(store, meeting_id, name,
					      organisation, at, now, out, err),
				      err);
	return status;
}

enum nl_status guest_list(struct store *store, int64_t meeting_id,
			  struct meeting_guest **out, size_t *n,
			  struct nl_error *err)
{
	return store_guest_list(store, meeting_id, out, n, err);
}
