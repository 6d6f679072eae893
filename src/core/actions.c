/*
 * actions.c — adding, correcting, listing and closing action items (see
 * actions.h).
 * Invariants: a due date is never before the meeting that agreed the
 * action; an open action has no closing date and a closed one has one; a
 * meeting with approved minutes gains, changes or loses no action.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "agenda.h"
#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "record_internal.h"
#include "record_rules.h"
#include "store.h"
#include "store_actions.h"
#include "store_members.h"
#include "text.h"

enum nl_status action_get(struct store *store, int64_t id,
			  struct action_item *out, struct nl_error *err)
{
	enum nl_status status = store_action_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no action item with id %lld"),
			       (long long)id);
	return status;
}

enum nl_status action_list(struct store *store, bool open_only,
			   struct action_item **out, size_t *n,
			   struct nl_error *err)
{
	return store_action_list(store, open_only, out, n, err);
}

static enum nl_status list_for_meeting(struct store *store, int64_t meeting_id,
				       struct action_item **out, size_t *n,
				       struct nl_error *err)
{
	struct meeting meeting;
	enum nl_status status = meeting_get(store, meeting_id, &meeting, err);
	if (status == NL_OK)
		status = store_action_list(store, false, out, n, err);
	if (status != NL_OK)
		return status;
	struct meeting_key key = meeting_key_of(&meeting);
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++)
		if (action_place_in(&(*out)[i], &key) != ACTION_NOT_LISTED)
			(*out)[kept++] = (*out)[i];
	*n = kept;
	return NL_OK;
}

enum nl_status action_list_for_meeting(struct store *store, int64_t meeting_id,
				       struct action_item **out, size_t *n,
				       struct nl_error *err)
{
	*out = NULL;
	*n = 0;
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      list_for_meeting(store, meeting_id, out, n,
						       err),
				      err);
	if (status != NL_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return status;
}

/* A person when the text names exactly one, else the text itself. */
static enum nl_status set_owner(struct store *store, const char *text,
				struct action_item *a, struct nl_error *err)
{
	char key[NL_NAME_SIZE * 2];
	struct person *found;
	size_t n;
	a->owner_id = 0;
	a->owner[0] = '\0';
	if (!text || !*text)
		return NL_OK;
	enum nl_status status = record_clean_field(_("owner"), text,
						   NL_NAME_CHARS, a->owner,
						   sizeof a->owner, err);
	if (status != NL_OK)
		return status;
	text_fold(a->owner, FOLD_CASE, key, sizeof key);
	status = store_person_by_key(store, key, &found, &n, err);
	if (status != NL_OK)
		return status;
	if (n == 1) {
		a->owner_id = found[0].id;
		snprintf(a->owner, sizeof a->owner, "%s", found[0].name);
	}
	free(found);
	return NL_OK;
}

static enum nl_status check_due(const struct meeting *meeting,
				struct nl_date due, struct nl_error *err)
{
	char when[NL_DATE_LEN], day[NL_DATE_LEN];
	if (!due.year || nl_date_compare(due, meeting->date) >= 0)
		return NL_OK;
	nl_format_date(due, when);
	nl_format_date(meeting->date, day);
	return nl_fail(err, NL_ERR_INVALID,
		       _("the due date %s is before the meeting (%s)"), when,
		       day);
}

/* The item at `position` of the action's own meeting (0: none). */
static enum nl_status set_agenda_item(struct store *store, int64_t meeting_id,
				      int position, struct action_item *a,
				      struct nl_error *err)
{
	struct agenda_item item;
	a->agenda_item_id = 0;
	if (!position)
		return NL_OK;
	enum nl_status status = agenda_get(store, meeting_id, position, &item,
					   err);
	if (status == NL_OK)
		a->agenda_item_id = item.id;
	return status;
}

static enum nl_status do_add(struct store *store, int64_t meeting_id,
			     const struct action_input *in, nl_time now,
			     struct action_item *out, struct nl_error *err)
{
	struct meeting meeting;
	struct action_item a;
	char created[NL_STAMP_LEN];
	int64_t id;
	memset(&a, 0, sizeof a);
	enum nl_status status = record_meeting_editable(store, meeting_id,
							&meeting, err);
	if (status == NL_OK)
		status = record_clean_field(_("description"), in->description,
					    NL_ACTION_CHARS, a.description,
					    sizeof a.description, err);
	if (status == NL_OK)
		status = set_owner(store, in->owner, &a, err);
	if (status == NL_OK)
		status = check_due(&meeting, in->due, err);
	if (status == NL_OK)
		status = set_agenda_item(store, meeting_id, in->agenda_position,
					 &a, err);
	if (status != NL_OK)
		return status;
	a.origin = meeting_key_of(&meeting);
	a.due = in->due;
	nl_format_stamp(now, created);
	status = store_action_insert(store, &a, created, &id, err);
	if (status == NL_OK && out)
		status = action_get(store, id, out, err);
	return status;
}

enum nl_status action_add(struct store *store, int64_t meeting_id,
			  const struct action_input *in, nl_time now,
			  struct action_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_add(store, meeting_id, in, now, out,
					     err),
				      err);
	return status;
}

/* The owner in the log: a person by id (so an erased one shows under a
 * pseudonym), free text as it is. */
static enum nl_status log_owner(struct store *store,
				const struct action_item *was,
				const struct action_item *now,
				struct nl_error *err)
{
	if (was->owner_id == now->owner_id &&
	    (was->owner_id || strcmp(was->owner, now->owner) == 0))
		return NL_OK;
	struct change_entry *c = calloc(1, sizeof *c);
	if (!c)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	c->meeting_id = was->origin.id;
	c->what = CHANGE_ACTION_OWNER;
	c->item_id = was->id;
	c->old_person_id = was->owner_id;
	c->new_person_id = now->owner_id;
	if (!was->owner_id)
		snprintf(c->old_value, sizeof c->old_value, "%s", was->owner);
	if (!now->owner_id)
		snprintf(c->new_value, sizeof c->new_value, "%s", now->owner);
	enum nl_status status = record_log_change(store, c, err);
	free(c);
	return status;
}

static void format_due(struct nl_date due, char out[NL_DATE_LEN])
{
	out[0] = '\0';
	if (due.year)
		nl_format_date(due, out);
}

/* What an edit changed, one entry per field, for the meeting's log. */
static enum nl_status log_edit(struct store *store,
			       const struct action_item *was,
			       const struct action_item *now,
			       struct nl_error *err)
{
	char a[NL_DATE_LEN], b[NL_DATE_LEN], pa[16] = "", pb[16] = "";
	int64_t meeting = was->origin.id, id = was->id;
	enum nl_status status = record_log_text(store, meeting,
						CHANGE_ACTION_TEXT, id,
						was->description,
						now->description, err);
	if (status == NL_OK)
		status = log_owner(store, was, now, err);
	format_due(was->due, a);
	format_due(now->due, b);
	if (status == NL_OK)
		status = record_log_text(store, meeting, CHANGE_ACTION_DUE, id,
					 a, b, err);
	if (was->agenda_position)
		snprintf(pa, sizeof pa, "%d", was->agenda_position);
	if (now->agenda_position)
		snprintf(pb, sizeof pb, "%d", now->agenda_position);
	if (status == NL_OK)
		status = record_log_text(store, meeting, CHANGE_ACTION_ITEM, id,
					 pa, pb, err);
	return status;
}

static enum nl_status do_edit(struct store *store, int64_t id,
			      const struct action_edit *edit,
			      struct action_item *out, struct nl_error *err)
{
	struct action_item a, was, now;
	struct meeting meeting;
	enum nl_status status = action_get(store, id, &a, err);
	was = a;
	if (status == NL_OK)
		status = record_meeting_editable(store, a.origin.id, &meeting,
						 err);
	if (status == NL_OK && edit->description)
		status = record_clean_field(_("description"), edit->description,
					    NL_ACTION_CHARS, a.description,
					    sizeof a.description, err);
	if (status == NL_OK && edit->owner)
		status = set_owner(store, edit->owner, &a, err);
	if (status == NL_OK && edit->due) {
		status = check_due(&meeting, *edit->due, err);
		a.due = *edit->due;
	}
	if (status == NL_OK && edit->agenda_position)
		status = set_agenda_item(store, a.origin.id,
					 *edit->agenda_position, &a, err);
	if (status == NL_OK)
		status = store_action_update(store, &a, err);
	if (status == NL_OK)
		status = action_get(store, id, &now, err);
	if (status == NL_OK)
		status = log_edit(store, &was, &now, err);
	if (status == NL_OK && out)
		*out = now;
	return status;
}

enum nl_status action_edit(struct store *store, int64_t id,
			   const struct action_edit *edit,
			   struct action_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_edit(store, id, edit, out, err),
				      err);
	return status;
}

static enum nl_status refuse_closed(const struct action_item *a,
				    struct nl_error *err)
{
	char on[NL_DATE_LEN];
	nl_format_date(a->closed_on, on);
	return nl_fail(err, NL_ERR_REFUSED,
		       a->status == ACTION_DONE
			       ? _("action %lld is already done (on %s)")
			       : _("action %lld is already dropped (on %s)"),
		       (long long)a->id, on);
}

static enum nl_status do_close(struct store *store, int64_t id,
			       enum action_status how, struct nl_date on,
			       struct action_item *out, struct nl_error *err)
{
	struct action_item a;
	if (how == ACTION_OPEN)
		return nl_fail(err, NL_ERR_INVALID,
			       _("an action is closed as done or dropped"));
	enum nl_status status = action_get(store, id, &a, err);
	if (status != NL_OK)
		return status;
	if (a.status != ACTION_OPEN)
		return refuse_closed(&a, err);
	status = store_action_set_status(store, id, how, on, err);
	if (status == NL_OK && out)
		status = action_get(store, id, out, err);
	return status;
}

enum nl_status action_close(struct store *store, int64_t id,
			    enum action_status how, struct nl_date on,
			    struct action_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_close(store, id, how, on, out, err),
				      err);
	return status;
}

static enum nl_status do_reopen(struct store *store, int64_t id,
				struct action_item *out, struct nl_error *err)
{
	struct action_item a;
	enum nl_status status = action_get(store, id, &a, err);
	if (status != NL_OK)
		return status;
	if (a.status == ACTION_OPEN)
		return nl_fail(err, NL_ERR_REFUSED, _("action %lld is open"),
			       (long long)id);
	status = store_action_set_status(store, id, ACTION_OPEN,
					 (struct nl_date){0, 0, 0}, err);
	if (status == NL_OK && out)
		status = action_get(store, id, out, err);
	return status;
}

enum nl_status action_reopen(struct store *store, int64_t id,
			     struct action_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_reopen(store, id, out, err),
				      err);
	return status;
}

static enum nl_status do_remove(struct store *store, int64_t id,
				struct nl_error *err)
{
	struct action_item a;
	struct meeting meeting;
	enum nl_status status = action_get(store, id, &a, err);
	if (status == NL_OK)
		status = record_meeting_editable(store, a.origin.id, &meeting,
						 err);
	if (status == NL_OK)
		status = record_log_text(store, a.origin.id,
					 CHANGE_ACTION_REMOVE, id,
					 a.description, NULL, err);
	if (status == NL_OK)
		status = store_action_delete(store, id, err);
	return status;
}

enum nl_status action_remove(struct store *store, int64_t id,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, do_remove(store, id, err), err);
	return status;
}
