/*
 * change_log.h — what was changed in a meeting's record after it was made.
 *
 * Every correction of the record (attendance strikes, retimes, clears and
 * the undo of one; meeting edits; once the meeting has been opened, notes
 * and decisions rewritten, agenda items retitled, moved or removed, its
 * actions and the advice it sent edited or removed) appends one entry in
 * the same transaction as the change itself, with when it was done and the
 * old and new value.  Entries are never changed; they go only with their meeting.
 * No name is stored: people are named by id and their current name (a
 * pseudonym after `member erase`) is looked up when the log is read.
 * The minutes do not show the log; `notulist meeting log` does.
 */
#ifndef NOTULIST_CHANGE_LOG_H
#define NOTULIST_CHANGE_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "record_model.h"
#include "nl_error.h"

struct store;

/* What changed: the stored key of each (change_log.what). */
enum change_what {
	CHANGE_ATT_STRIKE,     /* item: the struck row; old: its time */
	CHANGE_ATT_RETIME,     /* item: the moved row; old, new: times */
	CHANGE_ATT_CLEAR,      /* item: the first strike; old: rows struck;
				* new: "excused" or empty */
	CHANGE_ATT_UNDO,       /* item: the correction taken back */
	CHANGE_MEETING_DATE,
	CHANGE_MEETING_TIME,
	CHANGE_MEETING_LOCATION,
	CHANGE_MEETING_CHAIR,  /* old, new: people */
	CHANGE_MEETING_QUORUM,
	CHANGE_MEETING_STATUS, /* a cancel */
	/* item: the agenda item; old, new: texts (a move: positions; a
	 * removal: "2. Title") */
	CHANGE_AGENDA_NOTES,
	CHANGE_AGENDA_DECISION,
	CHANGE_AGENDA_TITLE,
	CHANGE_AGENDA_MOVE,
	CHANGE_AGENDA_REMOVE,
	/* item: the action; an owner who is a person by old/new_person_id */
	CHANGE_ACTION_TEXT,
	CHANGE_ACTION_OWNER,
	CHANGE_ACTION_DUE,
	CHANGE_ACTION_ITEM,    /* old, new: agenda positions */
	CHANGE_ACTION_REMOVE,  /* old: its text */
	/* item: the advice (one that names this meeting) */
	CHANGE_ADVICE_SUBJECT,
	CHANGE_ADVICE_KIND,
	CHANGE_ADVICE_SENT,
	CHANGE_ADVICE_DUE,
	CHANGE_ADVICE_REMOVE,  /* old: its subject */
	CHANGE_WHAT_COUNT
};
const char *change_what_key(enum change_what what);
const char *change_what_label(enum change_what what); /* translated */

/* Large enough for a whole text of the record (notes are the longest). */
#define CHANGE_VALUE_SIZE NL_NOTES_SIZE

struct change_entry {
	int64_t id;
	int64_t meeting_id;
	nl_time changed_at;
	enum change_what what;
	int64_t item_id;         /* 0: none */
	int64_t person_id;       /* whose record changed; 0: none */
	char old_value[CHANGE_VALUE_SIZE], new_value[CHANGE_VALUE_SIZE];
	int64_t old_person_id, new_person_id; /* 0: none */
	/* Filled when read: the current names (pseudonyms when erased). */
	char person[NL_NAME_SIZE], old_person[NL_NAME_SIZE],
		new_person[NL_NAME_SIZE];
};

/* Appends one entry (its id and the names are ignored).  Called by core
 * inside the transaction of the change it describes. */
enum nl_status change_log_add(struct store *store,
			      const struct change_entry *entry,
			      struct nl_error *err);

/* A meeting's log, oldest first; free() the array. */
enum nl_status change_log_list(struct store *store, int64_t meeting_id,
			       struct change_entry **out, size_t *n,
			       struct nl_error *err);

#endif
