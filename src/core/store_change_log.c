/*
 * store_change_log.c — SQL for the change log (include/change_log.h).
 *
 * Invariants: rows are only inserted (a trigger refuses updates); names are
 * never written, only person ids, and they are joined in when read, so an
 * erased person appears under their pseudonym.
 */
#include <stdlib.h>
#include <string.h>

#include "change_log.h"
#include "i18n.h"
#include "store_internal.h"

static const struct {
	const char *key, *label;
} whats[] = {
	/* TRANSLATORS: kinds of change in `notulist meeting log`. */
	[CHANGE_ATT_STRIKE] = {"attendance.strike", N_("attendance struck")},
	[CHANGE_ATT_RETIME] = {"attendance.retime", N_("attendance moved")},
	[CHANGE_ATT_CLEAR] = {"attendance.clear", N_("attendance cleared")},
	[CHANGE_ATT_UNDO] = {"attendance.undo", N_("correction undone")},
	[CHANGE_MEETING_DATE] = {"meeting.date", N_("date")},
	[CHANGE_MEETING_TIME] = {"meeting.time", N_("time")},
	[CHANGE_MEETING_LOCATION] = {"meeting.location", N_("location")},
	[CHANGE_MEETING_CHAIR] = {"meeting.chair", N_("chair")},
	[CHANGE_MEETING_QUORUM] = {"meeting.quorum", N_("quorum")},
	[CHANGE_MEETING_STATUS] = {"meeting.status", N_("status")},
	[CHANGE_AGENDA_NOTES] = {"agenda.notes", N_("notes")},
	[CHANGE_AGENDA_DECISION] = {"agenda.decision", N_("decision")},
	[CHANGE_AGENDA_TITLE] = {"agenda.title", N_("agenda item title")},
	[CHANGE_AGENDA_MOVE] = {"agenda.move", N_("agenda item moved")},
	[CHANGE_AGENDA_REMOVE] = {"agenda.remove", N_("agenda item removed")},
	[CHANGE_ACTION_TEXT] = {"action.text", N_("action text")},
	[CHANGE_ACTION_OWNER] = {"action.owner", N_("action owner")},
	[CHANGE_ACTION_DUE] = {"action.due", N_("action due date")},
	[CHANGE_ACTION_ITEM] = {"action.item", N_("action agenda item")},
	[CHANGE_ACTION_REMOVE] = {"action.remove", N_("action removed")},
	[CHANGE_ADVICE_SUBJECT] = {"advice.subject", N_("advice subject")},
	[CHANGE_ADVICE_KIND] = {"advice.kind", N_("advice kind")},
	[CHANGE_ADVICE_SENT] = {"advice.sent", N_("advice sent")},
	[CHANGE_ADVICE_DUE] = {"advice.due", N_("advice due date")},
	[CHANGE_ADVICE_REMOVE] = {"advice.remove", N_("advice removed")},
};
_Static_assert(sizeof whats / sizeof *whats == CHANGE_WHAT_COUNT,
	       "every change has its key");

const char *change_what_key(enum change_what what)
{
	return what < CHANGE_WHAT_COUNT ? whats[what].key : "?";
}

const char *change_what_label(enum change_what what)
{
	return what < CHANGE_WHAT_COUNT ? _(whats[what].label) : "?";
}

static enum change_what what_parse(const char *key)
{
	for (int i = 0; i < CHANGE_WHAT_COUNT; i++)
		if (strcmp(whats[i].key, key) == 0)
			return (enum change_what)i;
	return CHANGE_WHAT_COUNT;
}

static void bind_id(sqlite3_stmt *stmt, int index, int64_t id)
{
	if (id)
		sqlite3_bind_int64(stmt, index, id);
}

enum nl_status change_log_add(struct store *store,
			      const struct change_entry *c,
			      struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO change_log (meeting_id, changed_at, what, item_id, "
		"person_id, old_value, new_value, old_person_id, new_person_id) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, c->meeting_id);
	store_bind_time(stmt, 2, c->changed_at);
	store_bind_text(stmt, 3, change_what_key(c->what));
	bind_id(stmt, 4, c->item_id);
	bind_id(stmt, 5, c->person_id);
	store_bind_text_or_null(stmt, 6, c->old_value);
	store_bind_text_or_null(stmt, 7, c->new_value);
	bind_id(stmt, 8, c->old_person_id);
	bind_id(stmt, 9, c->new_person_id);
	return store_step_done(store, stmt, err);
}

static void read_change(sqlite3_stmt *stmt, void *row)
{
	struct change_entry *c = row;
	char key[64];
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(stmt, 0);
	c->meeting_id = sqlite3_column_int64(stmt, 1);
	c->changed_at = store_column_time(stmt, 2);
	store_column_copy(stmt, 3, key, sizeof key);
	c->what = what_parse(key);
	c->item_id = sqlite3_column_int64(stmt, 4);
	c->person_id = sqlite3_column_int64(stmt, 5);
	store_column_copy(stmt, 6, c->old_value, sizeof c->old_value);
	store_column_copy(stmt, 7, c->new_value, sizeof c->new_value);
	c->old_person_id = sqlite3_column_int64(stmt, 8);
	c->new_person_id = sqlite3_column_int64(stmt, 9);
	store_column_copy(stmt, 10, c->person, sizeof c->person);
	store_column_copy(stmt, 11, c->old_person, sizeof c->old_person);
	store_column_copy(stmt, 12, c->new_person, sizeof c->new_person);
}

enum nl_status change_log_list(struct store *store, int64_t meeting_id,
			       struct change_entry **out, size_t *n,
			       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	*out = NULL;
	*n = 0;
	enum nl_status status = store_prepare(
		store,
		"SELECT c.id, c.meeting_id, c.changed_at, c.what, "
		"coalesce(c.item_id, 0), coalesce(c.person_id, 0), "
		"c.old_value, c.new_value, coalesce(c.old_person_id, 0), "
		"coalesce(c.new_person_id, 0), p.name, op.name, np.name "
		"FROM change_log c "
		"LEFT JOIN person p ON p.id = c.person_id "
		"LEFT JOIN person op ON op.id = c.old_person_id "
		"LEFT JOIN person np ON np.id = c.new_person_id "
		"WHERE c.meeting_id = ?1 ORDER BY c.id", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return store_collect(store, stmt, sizeof **out, read_change,
			     (void **)out, n, err);
}
