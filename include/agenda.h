/*
 * agenda.h — the agenda of a meeting: items with their notes, decision and
 * status, the current item, and deferral to the next meeting.
 *
 * Everything works by row id (agenda_get turns a meeting and position into
 * an item), so a front end holds ids, never SQL.  Each function that writes
 * is one transaction (nested calls join the caller's) and re-reads the item
 * into `out` (which may be NULL) afterwards.  Once a meeting's minutes are
 * approved its agenda is final: every write is refused.
 *
 * Deferral: the item stays in its meeting, marked deferred, and a copy
 * linked to it goes to the end of the agenda of the next meeting (the
 * earliest later meeting that is not closed).  Without such a meeting the
 * item just stays deferred; deferring it again after planning one moves it.
 * An item moves forward only once.
 */
#ifndef NOTULIST_AGENDA_H
#define NOTULIST_AGENDA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "nltime.h"
#include "record_model.h"

struct store;

enum nl_status agenda_list(struct store *store, int64_t meeting_id,
			   struct agenda_item **out, size_t *n,
			   struct nl_error *err);
/* NL_ERR_NOTFOUND "meeting 1 has no agenda item 7". */
enum nl_status agenda_get(struct store *store, int64_t meeting_id,
			  int position, struct agenda_item *out,
			  struct nl_error *err);
enum nl_status agenda_get_by_id(struct store *store, int64_t item_id,
				struct agenda_item *out, struct nl_error *err);
/* *found is false (and NL_OK returned) when no item is current. */
enum nl_status agenda_find_current(struct store *store, int64_t meeting_id,
				   struct agenda_item *out, bool *found,
				   struct nl_error *err);
/* NL_OK when the item's meeting may still change (its minutes are not
 * approved): lets a front end refuse before opening an editor. */
enum nl_status agenda_can_change(struct store *store, int64_t item_id,
				 struct nl_error *err);

struct agenda_input {
	const char *title;
	enum agenda_topic topic;
	const char *submitted_by;  /* PERSON reference; NULL or "": nobody */
};

/* Appends an item to the meeting's agenda, planned. */
enum nl_status agenda_add(struct store *store, int64_t meeting_id,
			  const struct agenda_input *in, nl_time now,
			  struct agenda_item *out, struct nl_error *err);

struct agenda_edit {
	const char *title;               /* NULL: unchanged */
	const enum agenda_topic *topic;  /* NULL: unchanged */
	const char *submitted_by;        /* NULL: unchanged; "": nobody */
};

enum nl_status agenda_edit(struct store *store, int64_t item_id,
			   const struct agenda_edit *edit,
			   struct agenda_item *out, struct nl_error *err);

/* Replaces the notes (a cleaned text block; "" clears them). */
enum nl_status agenda_set_notes(struct store *store, int64_t item_id,
				const char *notes, struct agenda_item *out,
				struct nl_error *err);
/* Adds a line (or lines) at the end of the notes; empty text refused. */
enum nl_status agenda_append_note(struct store *store, int64_t item_id,
				  const char *text, struct agenda_item *out,
				  struct nl_error *err);
/* Records the decision (empty refused); a planned item becomes
 * discussed, since a decision is taken in discussion.  The first time an
 * item gets a decision, `now` is kept as when it was taken, with whether
 * the meeting had its quorum then (an open meeting: at `now`; a closed one:
 * just before its close; a planned one: no); a later change of its text
 * keeps both.  votes (NULL: leave them as they are) records the count. */
enum nl_status agenda_decide(struct store *store, int64_t item_id,
			     const char *decision,
			     const struct agenda_votes *votes, nl_time now,
			     struct agenda_item *out, struct nl_error *err);
/* agenda_decide without votes, now being the clock (nl_now). */
enum nl_status agenda_set_decision(struct store *store, int64_t item_id,
				   const char *decision,
				   struct agenda_item *out,
				   struct nl_error *err);
enum nl_status agenda_clear_decision(struct store *store, int64_t item_id,
				     struct agenda_item *out,
				     struct nl_error *err);
/* Planned or discussed; deferring goes through agenda_defer. */
enum nl_status agenda_set_status(struct store *store, int64_t item_id,
				 enum agenda_status status,
				 struct agenda_item *out, struct nl_error *err);

/* Moves the item to new_position (1..n); the others close up. */
enum nl_status agenda_move(struct store *store, int64_t item_id,
			   int new_position, struct agenda_item *out,
			   struct nl_error *err);
/* Removes the item; those after it move up.  Action items that named it
 * stay with the meeting. */
enum nl_status agenda_remove(struct store *store, int64_t item_id,
			     struct nl_error *err);

/* Makes item_id the meeting's current item; 0 clears it.  A deferred
 * item cannot be current. */
enum nl_status agenda_set_current(struct store *store, int64_t meeting_id,
				  int64_t item_id, struct nl_error *err);

struct agenda_deferral {
	struct agenda_item item;  /* the deferred item, after the change */
	bool moved;               /* a copy went to the next meeting */
	struct agenda_item copy;  /* that copy, when moved */
};

enum nl_status agenda_defer(struct store *store, int64_t item_id, nl_time now,
			    struct agenda_deferral *out, struct nl_error *err);

#endif
