/*
 * change_log.h — what was changed in a meeting's record after it was made.
 *
 * Every correction of the record (attendance strikes, retimes, clears and
 * the undo of one; meeting edits) appends one entry in the same
 * transaction as the change itself, with when it was done and the old and
 * new value.  Entries are never changed; they go only with their meeting.
 * No name is stored: people are named by id and their current name (a
 * pseudonym after `member erase`) is looked up when the log is read.
 * The minutes do not show the log; `notulist meeting log` does.
 */
#ifndef NOTULIST_CHANGE_LOG_H
#define NOTULIST_CHANGE_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
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
	CHANGE_WHAT_COUNT
};
const char *change_what_key(enum change_what what);
const char *change_what_label(enum change_what what); /* translated */

#define CHANGE_VALUE_SIZE NL_PLACE_SIZE

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
