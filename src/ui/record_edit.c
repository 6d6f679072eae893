/*
 * record_edit.c — the notes-and-decision editing flow of both front ends
 * (see record_edit.h).  The refusals end in "nothing was saved", since the
 * user has just spent minutes in the editor.
 */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "i18n.h"
#include "record_edit.h"
#include "text_block.h"

static enum nl_status refuse(enum record_text which,
			     enum text_block_fault fault, size_t max_chars,
			     struct nl_error *err)
{
	const char *predicate = _(text_block_fault_text(fault));
	if (which == RECORD_NOTES && fault == TEXT_BLOCK_TOO_LONG)
		return nl_fail(err, NL_ERR_INVALID,
			       _("the notes are too long (at most %d "
				 "characters); nothing was saved"),
			       (int)max_chars);
	if (which == RECORD_NOTES)
		return nl_fail(err, NL_ERR_INVALID,
			       _("the notes %s; nothing was saved"), predicate);
	if (fault == TEXT_BLOCK_TOO_LONG)
		return nl_fail(err, NL_ERR_INVALID,
			       _("the decision is too long (at most %d "
				 "characters); nothing was saved"),
			       (int)max_chars);
	return nl_fail(err, NL_ERR_INVALID,
		       _("the decision %s; nothing was saved"), predicate);
}

static enum nl_status save(struct store *store, enum record_text which,
			   const char *text, struct agenda_item *item,
			   struct nl_error *err)
{
	if (which == RECORD_NOTES)
		return agenda_set_notes(store, item->id, text, item, err);
	if (!*text)
		return agenda_clear_decision(store, item->id, item, err);
	return agenda_set_decision(store, item->id, text, item, err);
}

enum record_edit_result record_edit(struct store *store,
				    enum record_text which,
				    record_editor_fn *run,
				    struct agenda_item *item,
				    struct nl_error *err)
{
	size_t max_chars = which == RECORD_NOTES ? NL_NOTES_CHARS
						 : NL_DECISION_CHARS;
	enum record_edit_result result = RECORD_EDIT_FAILED;
	char *edited = NULL, *clean = malloc(NL_NOTES_SIZE);
	char *before = strdup(which == RECORD_NOTES ? item->notes
						    : item->decision);
	enum nl_status status = agenda_can_change(store, item->id, err);
	if (status == NL_OK && (!clean || !before))
		status = nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	if (status == NL_OK)
		status = run(before, &edited, err);
	if (status == NL_OK) {
		enum text_block_fault fault = text_block_clean(
			edited, max_chars, true, clean, NL_NOTES_SIZE);
		if (fault != TEXT_BLOCK_OK)
			status = refuse(which, fault, max_chars, err);
	}
	if (status == NL_OK && strcmp(clean, before) == 0) {
		if (agenda_get_by_id(store, item->id, item, err) == NL_OK)
			result = RECORD_EDIT_UNCHANGED;
	} else if (status == NL_OK &&
		   save(store, which, clean, item, err) == NL_OK) {
		result = RECORD_EDIT_SAVED;
	}
	free(edited);
	free(clean);
	free(before);
	return result;
}
