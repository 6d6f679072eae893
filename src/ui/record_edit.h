/*
 * record_edit.h — editing a long text of the meeting record (an agenda
 * item's notes or its decision) in the user's editor: the one flow both
 * front ends use, so `agenda note MEETING POS` and the board's n key
 * refuse, save and report alike.
 *
 * No transaction is held while the editor runs (it may take minutes): the
 * core is asked first whether the item may still change, so nobody types
 * in vain; the save afterwards is one transaction of its own that checks
 * again.
 */
#ifndef NOTULIST_RECORD_EDIT_H
#define NOTULIST_RECORD_EDIT_H

#include "nl_error.h"
#include "record_model.h"

struct store;

enum record_text { RECORD_NOTES, RECORD_DECISION };

enum record_edit_result {
	RECORD_EDIT_SAVED,     /* changed and saved (an empty decision is
				* cleared) */
	RECORD_EDIT_UNCHANGED, /* the editor gave back what was there */
	RECORD_EDIT_FAILED     /* err says why; nothing was saved */
};

/* How a front end runs the editor: editor_edit (editor.h), or the board's
 * wrapper that leaves curses mode around it. */
typedef enum nl_status record_editor_fn(const char *initial, char **edited,
					struct nl_error *err);

/* Edits the notes or the decision of *item (as the front end shows it)
 * with run, cleans what comes back (text_block.h) and saves it unless it
 * is unchanged.  Afterwards *item is the item as it is now (read again:
 * its position may have changed while the editor ran). */
enum record_edit_result record_edit(struct store *store,
				    enum record_text which,
				    record_editor_fn *run,
				    struct agenda_item *item,
				    struct nl_error *err);

#endif
