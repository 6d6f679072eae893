/*
 * agenda.c — adding, editing, ordering and deferring agenda items.
 *
 * Every public function is one write transaction (nested calls join the
 * caller's).  Invariants: positions are 1..n per meeting after every
 * change (order changes are computed by the pure agenda_reorder /
 * agenda_without and written by store_agenda_renumber); at most one
 * current item per meeting; nothing of a meeting with approved minutes
 * changes.  The `out` arguments may be NULL, except agenda_defer's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "attendance_internal.h"
#include "change_log.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "record_internal.h"
#include "record_rules.h"
#include "store.h"
#include "store_agenda.h"
#include "text.h"

static enum nl_status refuse_moved_twice(const struct agenda_item *item,
					 struct nl_error *err);

/* ---- reading ------------------------------------------------------------- */

enum nl_status agenda_list(struct store *store, int64_t meeting_id,
			   struct agenda_item **out, size_t *n,
			   struct nl_error *err)
{
	return store_agenda_list(store, meeting_id, out, n, err);
}

enum nl_status agenda_get(struct store *store, int64_t meeting_id,
			  int position, struct agenda_item *out,
			  struct nl_error *err)
{
	enum nl_status status = store_agenda_by_position(store, meeting_id,
							 position, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("meeting %lld has no agenda item %d"),
			       (long long)meeting_id, position);
	return status;
}

enum nl_status agenda_get_by_id(struct store *store, int64_t item_id,
				struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_agenda_by_id(store, item_id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no agenda item with id %lld"),
			       (long long)item_id);
	return status;
}

enum nl_status agenda_find_current(struct store *store, int64_t meeting_id,
				   struct agenda_item *out, bool *found,
				   struct nl_error *err)
{
	struct agenda_item *items;
	size_t n;
	enum nl_status status = store_agenda_list(store, meeting_id, &items, &n,
						  err);
	*found = false;
	for (size_t i = 0; status == NL_OK && i < n && !*found; i++) {
		if (items[i].current) {
			memcpy(out, &items[i], sizeof *out);
			*found = true;
		}
	}
	free(items);
	return status;
}

/* ---- helpers for writing ------------------------------------------------- */

/* The item and its meeting, when the record of that meeting may change. */
static enum nl_status load_for_change(struct store *store, int64_t item_id,
				      struct agenda_item *item,
				      struct nl_error *err)
{
	struct meeting meeting;
	enum nl_status status = agenda_get_by_id(store, item_id, item, err);
	if (status == NL_OK)
		status = record_meeting_editable(store, item->meeting_id,
						 &meeting, err);
	return status;
}

enum nl_status agenda_can_change(struct store *store, int64_t item_id,
				 struct nl_error *err)
{
	struct agenda_item item;
	return load_for_change(store, item_id, &item, err);
}

/* Writes the item's fields and reads it back (with its joins) into out. */
static enum nl_status save(struct store *store, const struct agenda_item *item,
			   struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_agenda_update(store, item, err);
	if (status == NL_OK && out)
		status = agenda_get_by_id(store, item->id, out, err);
	return status;
}

static enum nl_status set_submitter(struct store *store, const char *ref,
				    struct agenda_item *item,
				    struct nl_error *err)
{
	struct person person;
	item->submitted_by_id = 0;
	if (!ref || !*ref)
		return NL_OK;
	enum nl_status status = member_resolve(store, ref, &person, err);
	if (status == NL_OK)
		item->submitted_by_id = person.id;
	return status;
}

static enum nl_status check_room(int64_t meeting_id, size_t n,
				 struct nl_error *err)
{
	if (n < AGENDA_MAX_ITEMS)
		return NL_OK;
	return nl_fail(err, NL_ERR_REFUSED,
		       _("the agenda of meeting %lld is full (%d items)"),
		       (long long)meeting_id, AGENDA_MAX_ITEMS);
}

/* Inserts item at the end of its meeting's agenda; fills item->id. */
static enum nl_status append_item(struct store *store, struct agenda_item *item,
				  nl_time now, struct nl_error *err)
{
	int64_t *ids;
	size_t n;
	char created[NL_STAMP_LEN];
	enum nl_status status = store_agenda_ids(store, item->meeting_id, &ids,
						 &n, err);
	if (status != NL_OK)
		return status;
	free(ids);
	status = check_room(item->meeting_id, n, err);
	if (status != NL_OK)
		return status;
	item->position = (int)n + 1;
	nl_format_stamp(now, created);
	return store_agenda_insert(store, item, created, &item->id, err);
}

/* ---- adding and editing -------------------------------------------------- */

static enum nl_status do_add(struct store *store, int64_t meeting_id,
			     const struct agenda_input *in, nl_time now,
			     struct agenda_item *out, struct nl_error *err)
{
	struct agenda_item item;
	struct meeting meeting;
	memset(&item, 0, sizeof item);
	enum nl_status status = record_meeting_editable(store, meeting_id,
							&meeting, err);
	if (status == NL_OK)
		status = record_clean_field(_("title"), in->title,
					    NL_TITLE_CHARS, item.title,
					    sizeof item.title, err);
	if (status == NL_OK)
		status = set_submitter(store, in->submitted_by, &item, err);
	if (status != NL_OK)
		return status;
	item.meeting_id = meeting_id;
	item.topic = in->topic;
	item.status = AGENDA_PLANNED;
	status = append_item(store, &item, now, err);
	if (status == NL_OK && out)
		status = agenda_get_by_id(store, item.id, out, err);
	return status;
}

enum nl_status agenda_add(struct store *store, int64_t meeting_id,
			  const struct agenda_input *in, nl_time now,
			  struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_add(store, meeting_id, in, now, out, err),
				      err);
	return status;
}

static enum nl_status do_edit(struct store *store, int64_t item_id,
			      const struct agenda_edit *edit,
			      struct agenda_item *out, struct nl_error *err)
{
	struct agenda_item item;
	char old[NL_TITLE_SIZE];
	enum nl_status status = load_for_change(store, item_id, &item, err);
	snprintf(old, sizeof old, "%s", item.title);
	if (status == NL_OK && edit->title)
		status = record_clean_field(_("title"), edit->title,
					    NL_TITLE_CHARS, item.title,
					    sizeof item.title, err);
	if (status == NL_OK)
		status = record_log_text(store, item.meeting_id,
					 CHANGE_AGENDA_TITLE, item.id, old,
					 item.title, err);
	if (status == NL_OK && edit->submitted_by)
		status = set_submitter(store, edit->submitted_by, &item, err);
	if (status != NL_OK)
		return status;
	if (edit->topic)
		item.topic = *edit->topic;
	return save(store, &item, out, err);
}

enum nl_status agenda_edit(struct store *store, int64_t item_id,
			   const struct agenda_edit *edit,
			   struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_edit(store, item_id, edit, out, err),
				      err);
	return status;
}

static enum nl_status do_set_notes(struct store *store, int64_t item_id,
				   const char *notes, struct agenda_item *out,
				   struct nl_error *err)
{
	struct agenda_item item;
	char *old = NULL;
	enum nl_status status = load_for_change(store, item_id, &item, err);
	/* Rewriting notes that were there is a correction, for the log. */
	if (status == NL_OK && item.notes[0] && !(old = strdup(item.notes)))
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	if (status == NL_OK)
		status = record_clean_block(_("notes"), notes, NL_NOTES_CHARS,
					    true, item.notes, sizeof item.notes,
					    err);
	if (status == NL_OK && old)
		status = record_log_text(store, item.meeting_id,
					 CHANGE_AGENDA_NOTES, item.id, old,
					 item.notes, err);
	free(old);
	if (status == NL_OK)
		status = save(store, &item, out, err);
	return status;
}

enum nl_status agenda_set_notes(struct store *store, int64_t item_id,
				const char *notes, struct agenda_item *out,
				struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_set_notes(store, item_id, notes, out, err),
				      err);
	return status;
}

static enum nl_status do_append_note(struct store *store, int64_t item_id,
				     const char *text, struct agenda_item *out,
				     struct nl_error *err)
{
	struct agenda_item item;
	enum nl_status status = load_for_change(store, item_id, &item, err);
	char *clean = malloc(NL_NOTES_SIZE), *joined = malloc(NL_NOTES_SIZE * 2 + 2);
	if (status == NL_OK && (!clean || !joined))
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	if (status == NL_OK)
		status = record_clean_block(_("note"), text, NL_NOTES_CHARS,
					    false, clean, NL_NOTES_SIZE, err);
	if (status == NL_OK) {
		snprintf(joined, NL_NOTES_SIZE * 2 + 2, "%s%s%s", item.notes,
			 item.notes[0] ? "\n" : "", clean);
		if (utf8_length(joined) > NL_NOTES_CHARS)
			status = nl_fail(err, NL_ERR_INVALID,
					 _("the notes of item %d would become "
					   "too long (at most %d characters); "
					   "edit them instead"),
					 item.position, NL_NOTES_CHARS);
	}
	if (status == NL_OK)
		status = record_clean_block(_("notes"), joined, NL_NOTES_CHARS,
					    false, item.notes, sizeof item.notes,
					    err);
	free(clean);
	free(joined);
	if (status == NL_OK)
		status = save(store, &item, out, err);
	return status;
}

enum nl_status agenda_append_note(struct store *store, int64_t item_id,
				  const char *line, struct agenda_item *out,
				  struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_append_note(store, item_id, line, out, err),
				      err);
	return status;
}

/* A decision's moment and quorum: stamped when the item first gets one,
 * kept while its text is corrected, gone with it. */
static enum nl_status stamp_decision(struct store *store, bool had_one,
				     nl_time now, struct agenda_item *item,
				     struct nl_error *err)
{
	struct meeting meeting;
	struct quorum_state quorum;
	if (!item->decision[0]) {
		item->decided_at = 0;
		item->decided_without_quorum = false;
		item->votes.counted = false;
		return NL_OK;
	}
	if (had_one)
		return NL_OK;
	enum nl_status status = meeting_get(store, item->meeting_id, &meeting,
					    err);
	if (status == NL_OK)
		status = attendance_quorum_for_record(store, &meeting, now,
						      &quorum, err);
	if (status == NL_OK) {
		item->decided_at = now;
		item->decided_without_quorum = !quorum.met;
	}
	return status;
}

static enum nl_status do_set_decision(struct store *store, int64_t item_id,
				      const char *decision,
				      const struct agenda_votes *votes,
				      nl_time now, struct agenda_item *out,
				      struct nl_error *err)
{
	struct agenda_item item;
	char *old = NULL;
	enum nl_status status = load_for_change(store, item_id, &item, err);
	bool clear = decision == NULL, had_one = item.decision[0] != '\0';
	if (status == NL_OK && had_one && !(old = strdup(item.decision)))
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	if (status == NL_OK && !clear)
		status = record_clean_block(_("decision"), decision,
					    NL_DECISION_CHARS, false,
					    item.decision, sizeof item.decision,
					    err);
	if (status == NL_OK && clear)
		item.decision[0] = '\0';
	/* A decision rewritten or taken back is a correction, for the log. */
	if (status == NL_OK && old)
		status = record_log_text(store, item.meeting_id,
					 CHANGE_AGENDA_DECISION, item.id, old,
					 item.decision, err);
	free(old);
	if (status != NL_OK)
		return status;
	if (votes && !clear)
		item.votes = *votes;
	status = stamp_decision(store, had_one, now, &item, err);
	if (status != NL_OK)
		return status;
	/* A decision is taken in discussion; a deferred item stays deferred. */
	if (!clear && item.status == AGENDA_PLANNED)
		item.status = AGENDA_DISCUSSED;
	return save(store, &item, out, err);
}

enum nl_status agenda_decide(struct store *store, int64_t item_id,
			     const char *decision,
			     const struct agenda_votes *votes, nl_time now,
			     struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_set_decision(store, item_id,
						      decision ? decision : "",
						      votes, now, out, err),
				      err);
	return status;
}

enum nl_status agenda_set_decision(struct store *store, int64_t item_id,
				   const char *decision,
				   struct agenda_item *out,
				   struct nl_error *err)
{
	return agenda_decide(store, item_id, decision, NULL, nl_now(), out,
			     err);
}

enum nl_status agenda_clear_decision(struct store *store, int64_t item_id,
				     struct agenda_item *out,
				     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_set_decision(store, item_id, NULL,
						      NULL, 0, out, err),
				      err);
	return status;
}

static enum nl_status do_set_status(struct store *store, int64_t item_id,
				    enum agenda_status status_wanted,
				    struct agenda_item *out,
				    struct nl_error *err)
{
	struct agenda_item item;
	if (status_wanted == AGENDA_DEFERRED)
		return nl_fail(err, NL_ERR_INVALID,
			       _("to defer an item use: notulist agenda defer "
				 "MEETING POS"));
	enum nl_status status = load_for_change(store, item_id, &item, err);
	if (status != NL_OK)
		return status;
	/* Its copy is on a later agenda now: that is where it lives on. */
	if (item.moved_to_meeting_id)
		return refuse_moved_twice(&item, err);
	item.status = status_wanted;
	return save(store, &item, out, err);
}

enum nl_status agenda_set_status(struct store *store, int64_t item_id,
				 enum agenda_status wanted,
				 struct agenda_item *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_set_status(store, item_id, wanted, out, err),
				      err);
	return status;
}

/* ---- order ------------------------------------------------------------- */

static enum nl_status do_move(struct store *store, int64_t item_id,
			      int new_position, struct agenda_item *out,
			      struct nl_error *err)
{
	struct agenda_item item;
	int64_t *ids = NULL, *order = NULL;
	size_t n = 0;
	enum nl_status status = load_for_change(store, item_id, &item, err);
	if (status == NL_OK)
		status = store_agenda_ids(store, item.meeting_id, &ids, &n, err);
	if (status != NL_OK)
		return status;
	if (new_position < 1 || (size_t)new_position > n) {
		free(ids);
		return nl_fail(err, NL_ERR_INVALID,
			       _("meeting %lld has no agenda position %d "
				 "(1-%zu)"),
			       (long long)item.meeting_id, new_position, n);
	}
	order = malloc(n * sizeof *order);
	if (!order)
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	else if (!agenda_reorder(ids, n, (size_t)item.position - 1,
				 (size_t)new_position - 1, order))
		status = nl_fail(err, NL_ERR_DB,
				 _("agenda item %lld has no valid position"),
				 (long long)item_id);
	else
		status = store_agenda_renumber(store, item.meeting_id, order, n,
					       err);
	free(ids);
	free(order);
	if (status == NL_OK) {
		char from[16], to[16];
		snprintf(from, sizeof from, "%d", item.position);
		snprintf(to, sizeof to, "%d", new_position);
		status = record_log_text(store, item.meeting_id,
					 CHANGE_AGENDA_MOVE, item.id, from, to,
					 err);
	}
	if (status == NL_OK && out)
		status = agenda_get_by_id(store, item_id, out, err);
	return status;
}

enum nl_status agenda_move(struct store *store, int64_t item_id,
			   int new_position, struct agenda_item *out,
			   struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_move(store, item_id, new_position, out, err),
				      err);
	return status;
}

static enum nl_status do_remove(struct store *store, int64_t item_id,
				struct nl_error *err)
{
	struct agenda_item item;
	int64_t *ids = NULL, *rest = NULL;
	size_t n = 0;
	enum nl_status status = load_for_change(store, item_id, &item, err);
	if (status == NL_OK)
		status = store_agenda_ids(store, item.meeting_id, &ids, &n, err);
	if (status != NL_OK)
		return status;
	rest = malloc((n ? n : 1) * sizeof *rest);
	if (!rest)
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	else if (!agenda_without(ids, n, (size_t)item.position - 1, rest))
		status = nl_fail(err, NL_ERR_DB,
				 _("agenda item %lld has no valid position"),
				 (long long)item_id);
	if (status == NL_OK) {
		char what[NL_TITLE_SIZE + 16];
		snprintf(what, sizeof what, "%d. %s", item.position, item.title);
		status = record_log_text(store, item.meeting_id,
					 CHANGE_AGENDA_REMOVE, item.id, what,
					 NULL, err);
	}
	/* Delete first: its position must be free before the others move. */
	if (status == NL_OK)
		status = store_agenda_delete(store, item_id, err);
	if (status == NL_OK)
		status = store_agenda_renumber(store, item.meeting_id, rest,
					       n - 1, err);
	free(ids);
	free(rest);
	return status;
}

enum nl_status agenda_remove(struct store *store, int64_t item_id,
			     struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_remove(store, item_id, err),
				      err);
	return status;
}

static enum nl_status do_set_current(struct store *store, int64_t meeting_id,
				     int64_t item_id, struct nl_error *err)
{
	struct agenda_item item;
	struct meeting meeting;
	enum nl_status status = record_meeting_editable(store, meeting_id,
							&meeting, err);
	if (status != NL_OK || !item_id)
		return status == NL_OK
			       ? store_agenda_set_current(store, meeting_id, 0,
							  err)
			       : status;
	status = agenda_get_by_id(store, item_id, &item, err);
	if (status == NL_OK && item.meeting_id != meeting_id)
		status = nl_fail(err, NL_ERR_INVALID,
				 _("agenda item %lld is not on the agenda of "
				   "meeting %lld"),
				 (long long)item_id, (long long)meeting_id);
	if (status == NL_OK && item.status == AGENDA_DEFERRED)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("item %d of meeting %lld is deferred; it "
				   "cannot be the current item"),
				 item.position, (long long)meeting_id);
	if (status == NL_OK)
		status = store_agenda_set_current(store, meeting_id, item_id,
						  err);
	return status;
}

enum nl_status agenda_set_current(struct store *store, int64_t meeting_id,
				  int64_t item_id, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_set_current(store, meeting_id, item_id, err),
				      err);
	return status;
}

/* ---- deferral ------------------------------------------------------------ */

/* The earliest meeting after `after` that is not closed; *found false when
 * there is none. */
static enum nl_status next_meeting(struct store *store,
				   const struct meeting *after,
				   struct meeting *out, bool *found,
				   struct nl_error *err)
{
	struct meeting *all;
	size_t n;
	struct meeting_key from = meeting_key_of(after);
	enum nl_status status = meeting_list(store, 0, &all, &n, err);
	*found = false;
	for (size_t i = 0; status == NL_OK && i < n && !*found; i++) {
		struct meeting_key key = meeting_key_of(&all[i]);
		if (meeting_key_compare(&key, &from) > 0 &&
		    all[i].status != MEETING_CLOSED &&
		    all[i].status != MEETING_CANCELLED) {
			*out = all[i];
			*found = true;
		}
	}
	free(all);
	return status;
}

static enum nl_status refuse_moved_twice(const struct agenda_item *item,
					 struct nl_error *err)
{
	char date[NL_DATE_LEN];
	nl_format_date(item->moved_to_date, date);
	return nl_fail(err, NL_ERR_REFUSED,
		       _("item %d of meeting %lld was already moved to meeting "
			 "%lld (%s) as item %d"),
		       item->position, (long long)item->meeting_id,
		       (long long)item->moved_to_meeting_id, date,
		       item->moved_to_position);
}

/* Appends a copy of item, linked to it, to the agenda of meeting `to`. */
static enum nl_status carry_forward(struct store *store,
				    const struct agenda_item *item,
				    int64_t to, nl_time now,
				    struct agenda_item *copy,
				    struct nl_error *err)
{
	memset(copy, 0, sizeof *copy);
	copy->meeting_id = to;
	snprintf(copy->title, sizeof copy->title, "%s", item->title);
	copy->topic = item->topic;
	copy->submitted_by_id = item->submitted_by_id;
	copy->status = AGENDA_PLANNED;
	copy->from_item_id = item->id;
	enum nl_status status = append_item(store, copy, now, err);
	if (status == NL_OK)
		status = agenda_get_by_id(store, copy->id, copy, err);
	return status;
}

static enum nl_status do_defer(struct store *store, int64_t item_id,
			       nl_time now, struct agenda_deferral *out,
			       struct nl_error *err)
{
	struct meeting meeting, next;
	bool found;
	memset(out, 0, sizeof *out);
	enum nl_status status = load_for_change(store, item_id, &out->item,
						err);
	if (status != NL_OK)
		return status;
	if (out->item.moved_to_meeting_id)
		return refuse_moved_twice(&out->item, err);
	out->item.status = AGENDA_DEFERRED;
	status = store_agenda_update(store, &out->item, err);
	/* A deferred item is not under discussion any more. */
	if (status == NL_OK && out->item.current)
		status = store_agenda_set_current(store, out->item.meeting_id,
						  0, err);
	if (status == NL_OK)
		status = meeting_get(store, out->item.meeting_id, &meeting, err);
	if (status == NL_OK)
		status = next_meeting(store, &meeting, &next, &found, err);
	if (status == NL_OK && found) {
		status = carry_forward(store, &out->item, next.id, now,
				       &out->copy, err);
		out->moved = status == NL_OK;
	}
	if (status == NL_OK)
		status = agenda_get_by_id(store, item_id, &out->item, err);
	return status;
}

enum nl_status agenda_defer(struct store *store, int64_t item_id, nl_time now,
			    struct agenda_deferral *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      do_defer(store, item_id, now, out, err),
				      err);
	return status;
}
